from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

add("cmd-en-01", "en", "commands", "nudge", T, "2026-11-16 08:05", "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "Hi, can you pause my reminders until Dec 7? I'm buried in budget season.",
    "a pause asked as a question is still a pause; until Dec 7",
    commands=[C("pause", "2026-12-07")], has=["buried in budget season"])
add("cmd-en-02", "en", "commands", "nudge", V, "2026-11-30 10:20", "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "I'm back! Exams are over, please start sending the check-ins again.",
    "'I'm back' = resume",
    commands=[C("resume")], has=["Exams are over"], style="outlook")
add("cmd-en-03", "en", "commands", "nudge", H, "2026-11-09 13:00", "Colin MacIsaac <cmacisaac@halifax.ca>",
    "My partner is away on leave and back on January 4, so could you hold off on reminders until then?",
    "'until then' refers to the date earlier in the sentence: pause until 2027-01-04",
    commands=[C("pause", "2027-01-04")], has=["back on January 4"], style="gmail")
add("cmd-en-04", "en", "commands", "wrapup", W, "2026-12-01 12:30", "Rachel Dyck <rdyck@umanitoba.ca>",
    "Rating: 4\nWhat worked well?\nHaving someone outside my own library to talk to.\nWhat could be better?\nMore structure for the first meeting.",
    "rating answered inline under the quoted survey line: 4",
    commands=[C("rating", value=4)], has=["Having someone outside my own library"], style="gmail")
add("cmd-en-05", "en", "commands", "", T, "2026-11-20 16:45", "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Oops, can you undo that? I logged the meeting twice by accident.",
    "undo asked as a question", commands=[C("undo")], has=["logged the meeting twice"], style="none", subject="Re: Meeting logged: Nov 18")
add("cmd-en-06", "en", "commands", "checkin", S, "2026-11-24 20:10", "Siobhan Walsh <swalsh@mun.ca>",
    "Could you send me fewer reminders? Once a month is plenty for us, we meet regularly anyway.",
    "fewer reminders, not a stop and not a pause; 'we meet regularly' is a habit, not a meeting",
    commands=[C("fewer_reminders")], has=["Once a month is plenty"], style="apple")
add("cmd-en-07", "en", "commands", "digest", V, "2026-11-30 09:15", "Tom Birchall <tbirchall@sfu.ca>",
    "Please turn off the monthly digest for me, I already get the check-ins.",
    "words ask for the digest off", commands=[C("digest_off")], has=["turn off the monthly digest"], style="outlook")
add("cmd-en-08", "en", "commands", "midsession", T, "2026-11-14 11:50", "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "I'm sorry but I need to withdraw from the program. I've accepted a job outside the library field and won't have time. Please take me off.",
    "clear request to leave: stop",
    commands=[C("stop")], has=["I need to withdraw from the program"], style="gmail")
add("cmd-en-09", "en", "commands", "introduction", W, "2026-10-05 15:00", "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "help\n\nDana",
    "a bare 'help' command",
    commands=[C("help")], has=["help"], style="gmail")
add("cmd-en-10", "en", "commands", "nudge", H, "2026-10-28 22:00", "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "Busy until Nov 15 with the move to the new branch. We'll catch up after that.\n\nPriya",
    "'busy until Nov 15' = pause until 2026-11-15",
    commands=[C("pause", "2026-11-15")], has=["move to the new branch"], style="outlook", enc="qp")

add("cmd-fr-01", "fr", "commands", "nudge", T, "2026-11-13 09:30", "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Est-ce que vous pourriez suspendre les rappels jusqu'au 8 décembre? C'est la folie au travail.",
    "pause demandée sous forme de question : jusqu'au 8 décembre",
    commands=[C("pause", "2026-12-08")], has=["C'est la folie au travail"])
add("cmd-fr-02", "fr", "commands", "nudge", T, "2026-11-29 19:40", "Nadia Benali <nadia.benali@uqam.ca>",
    "De retour! Vous pouvez recommencer à m'envoyer les suivis.",
    "'De retour' = resume",
    commands=[C("resume")], has=["recommencer à m'envoyer les suivis"], style="outlook")
add("cmd-fr-03", "fr", "commands", "nudge", T, "2026-11-05 12:10", "Luc Cormier <luc.cormier@umoncton.ca>",
    "Je pars en congé le 6 novembre et je reviens le 30 novembre. Pouvez-vous arrêter les rappels jusque-là?",
    "'jusque-là' renvoie au retour le 30 novembre",
    commands=[C("pause", "2026-11-30")], has=["je reviens le 30 novembre"], style="gmail")
add("cmd-fr-04", "fr", "commands", "wrapup", T, "2026-12-02 10:00", "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Évaluation : 5\nQu'est-ce qui a bien fonctionné?\nTout! Karine était super disponible.",
    "note donnée en ligne sous la question du sondage : 5",
    commands=[C("rating", value=5)], has=["super disponible"], style="gmail")
add("cmd-fr-05", "fr", "commands", "", T, "2026-11-21 08:30", "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Pouvez-vous annuler ça? Je me suis trompé de date, je vais renvoyer.",
    "annulation demandée par question = undo",
    commands=[C("undo")], has=["Je me suis trompé de date"], style="none", subject="RE: Rencontre consignée : 19 nov.")
add("cmd-fr-06", "fr", "commands", "checkin", T, "2026-11-24 14:00", "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Serait-il possible de recevoir moins de rappels? On se parle chaque semaine de toute façon.",
    "moins de rappels = fewer_reminders; une habitude n'est pas une rencontre",
    commands=[C("fewer_reminders")], has=["recevoir moins de rappels"], style="apple")
add("cmd-fr-07", "fr", "commands", "digest", H, "2026-11-30 16:20", "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Résumé non, merci. Je préfère ne plus recevoir le résumé mensuel.",
    "désactiver le résumé = digest_off",
    commands=[C("digest_off")], has=["ne plus recevoir le résumé mensuel"], style="outlook")
add("cmd-fr-08", "fr", "commands", "midsession", T, "2026-11-15 21:30", "Annie Roy <annie.roy@biblio.laval.ca>",
    "Bonsoir, je dois malheureusement quitter le programme pour des raisons personnelles. Merci pour tout et désolée.",
    "demande claire de quitter le programme = stop",
    commands=[C("stop")], has=["quitter le programme pour des raisons personnelles"], style="gmail")
add("cmd-fr-09", "fr", "commands", "wrapup", W, "2026-12-01 09:45", "Chantal Fillion <cfillion@ustboniface.ca>",
    "Je donnerais 3 sur 5. Les rencontres étaient bien mais on a eu du mal à trouver du temps.",
    "note en prose : 3",
    commands=[C("rating", value=3)], has=["du mal à trouver du temps"], style="outlook", enc="qp")
add("cmd-fr-10", "fr", "commands", "nudge", T, "2026-12-02 07:55", "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Pause jusqu'au 11 janvier svp, les Fêtes arrivent.",
    "pause avec une date l'an prochain : 2027-01-11",
    commands=[C("pause", "2027-01-11")], has=["les Fêtes arrivent"], style="gmail", enc="b64")
