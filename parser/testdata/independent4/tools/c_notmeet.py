from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

add("nm-en-01", "en", "not_meeting", "wrapup", T, "2026-12-01 10:00", "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "Rating: 4\nWhat worked well?\nWe met about every two weeks by video, usually for an hour, which was perfect.",
    "survey answer describing a habit, not a meeting log",
    commands=[C("rating", value=4)], has=["We met about every two weeks"])
add("nm-en-02", "en", "not_meeting", "nudge", V, "2026-11-12 18:25", "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "Please don't send me emails about this every week, it's a lot. We're fine.",
    "'don't send me emails' is a request for less mail (fewer reminders), not a meeting by email, not a stop",
    commands=[C("fewer_reminders")], has=["it's a lot"], style="outlook")
add("nm-en-03", "en", "not_meeting", "checkin", H, "2026-11-05 09:35", "Colin MacIsaac <cmacisaac@halifax.ca>",
    "We had planned to meet yesterday but Priya got sick so we cancelled. Will try again next week.",
    "a cancelled meeting is not a meeting",
    has=["Priya got sick so we cancelled"], style="gmail")
add("nm-en-04", "en", "not_meeting", "checkin", W, "2026-11-17 13:00", "Rachel Dyck <rdyck@umanitoba.ca>",
    "Not yet, but we've booked a video call for Thursday at noon.",
    "a plan only: no meeting",
    has=["booked a video call for Thursday"], style="apple")
add("nm-en-05", "en", "not_meeting", "midsession", T, "2026-11-14 16:20", "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Are your conversations covering what you hoped?\nYes, mostly. We usually talk by phone for 30 min or so every other Friday.\n\nMarcus Lee\nDigital Scholarship Librarian\n\nThis email and any attachments are confidential. If you received this e-mail in error, please delete it.",
    "habit stated in a survey answer; the disclaimer's e-mail is not a mode",
    has=["every other Friday"], not_=["any attachments are confidential", "Digital Scholarship Librarian"], style="outlook")
add("nm-en-06", "en", "not_meeting", "checkin", S, "2026-11-26 21:00", "Siobhan Walsh <swalsh@mun.ca>",
    "No meeting this cycle, we both had the flu. Hoping for early December.",
    "explicit no meeting; a vague hope is not a log",
    has=["we both had the flu"], style="gmail")
add("nm-en-07", "en", "not_meeting", "introduction", V, "2026-10-05 12:15", "Tom Birchall <tbirchall@sfu.ca>",
    "Thanks! I've emailed Priya to introduce myself and suggested a few times next week.",
    "an introductory email to the partner is not a logged meeting",
    has=["emailed Priya to introduce myself"], style="outlook")
add("nm-en-08", "en", "not_meeting", "checkin", T, "2026-11-21 11:30", "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Thanks. I read the article you suggested on AI in libraries, really interesting. We'll talk about it when we meet on the 28th.",
    "topic words and a future date, but no meeting held",
    has=["We'll talk about it when we meet"], style="gmail")
add("nm-en-09", "en", "not_meeting", "wrapup", W, "2026-12-02 08:40", "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "Rating: 3\nWhat could be better?\nWe only managed to meet three times in total, mostly because of my schedule.",
    "a count of meetings in a survey is not a new log",
    commands=[C("rating", value=3)], has=["meet three times in total"], style="gmail")
add("nm-en-10", "en", "not_meeting", "nudge", H, "2026-11-08 14:05", "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "We keep trying to find a time but our schedules don't line up. We've been texting a bit.",
    "no meeting; ongoing texting is not a dated log",
    has=["our schedules don't line up"], style="outlook")

add("nm-fr-01", "fr", "not_meeting", "wrapup", T, "2026-12-01 13:30", "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Évaluation : 5\nQu'est-ce qui a bien fonctionné?\nOn se parlait environ aux deux semaines en visio, c'était parfait.",
    "réponse de sondage décrivant une habitude, pas une rencontre",
    commands=[C("rating", value=5)], has=["environ aux deux semaines"])
add("nm-fr-02", "fr", "not_meeting", "nudge", T, "2026-11-12 20:45", "Nadia Benali <nadia.benali@uqam.ca>",
    "Arrêtez de m'envoyer des courriels à chaque semaine svp, c'est trop.",
    "demande de moins de courriels : fewer_reminders, pas une rencontre par courriel ni un départ",
    commands=[C("fewer_reminders")], has=["c'est trop"], style="outlook")
add("nm-fr-03", "fr", "not_meeting", "checkin", T, "2026-11-06 08:50", "Luc Cormier <luc.cormier@umoncton.ca>",
    "On devait se voir hier mais j'ai dû annuler, une tempête. On remet ça à la semaine prochaine.",
    "rencontre annulée : aucune rencontre",
    has=["j'ai dû annuler"], style="gmail")
add("nm-fr-04", "fr", "not_meeting", "checkin", T, "2026-11-18 12:00", "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Pas encore! On a prévu un appel jeudi prochain à midi.",
    "un plan seulement", has=["On a prévu un appel"], style="apple")
add("nm-fr-05", "fr", "not_meeting", "midsession", T, "2026-11-15 10:10", "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Vos conversations couvrent-elles ce que vous espériez?\nOui. On se parle d'habitude le mardi midi au téléphone, une demi-heure.",
    "habitude dans une réponse de sondage", has=["le mardi midi au téléphone"], style="outlook")
add("nm-fr-06", "fr", "not_meeting", "checkin", T, "2026-11-26 19:30", "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Pas de rencontre ce cycle-ci, désolée. Mathieu était en vacances.",
    "aucune rencontre", has=["Mathieu était en vacances"], style="gmail")
add("nm-fr-07", "fr", "not_meeting", "introduction", H, "2026-10-04 11:45", "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Merci! Je viens d'écrire à Mathieu pour me présenter et lui proposer des disponibilités.",
    "courriel de présentation au partenaire, pas une rencontre",
    has=["Je viens d'écrire à Mathieu"], style="outlook")
add("nm-fr-08", "fr", "not_meeting", "confidentiality", T, "2026-10-21 15:25", "Annie Roy <annie.roy@biblio.laval.ca>",
    "Merci pour le rappel. Pas de souci de notre côté.\n\nAnnie Roy\nBibliothécaire\nBibliothèque de Laval\n\nCe courriel est confidentiel et destiné uniquement au destinataire. Toute diffusion par courriel est interdite.",
    "aucune rencontre; le 'courriel' de l'avis n'est pas un mode",
    has=["Pas de souci de notre côté"], not_=["Ce courriel est confidentiel"], style="gmail")
add("nm-fr-09", "fr", "not_meeting", "wrapup", W, "2026-12-02 09:20", "Chantal Fillion <cfillion@ustboniface.ca>",
    "Évaluation : 4\nQu'est-ce qui pourrait être amélioré?\nOn s'est vues seulement quatre fois en tout, c'est un peu peu.",
    "un décompte de rencontres n'est pas une rencontre",
    commands=[C("rating", value=4)], has=["seulement quatre fois en tout"], style="html_gmail")
add("nm-fr-10", "fr", "not_meeting", "checkin", T, "2026-11-22 16:40", "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "On essaie de se trouver un moment mais c'est difficile avec mes horaires de soir. On s'écrit des textos en attendant.",
    "pas de rencontre; des textos ne sont pas une rencontre datée",
    has=["On s'écrit des textos en attendant"], style="gmail", enc="qp")
