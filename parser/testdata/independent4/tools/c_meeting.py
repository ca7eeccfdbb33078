from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"
SIG_UBC = "Jordan Whitfield (he/him)\nMLIS Candidate | Graduate Academic Assistant\nUniversity of British Columbia iSchool\n\nI live and work on the traditional, ancestral and unceded territory of the xwməθkwəy̓əm (Musqueam) people."
SIG_BANQ = "Geneviève Tremblay\nBibliothécaire de référence\nBibliothèque et Archives nationales du Québec\n514 873-1100 poste 5521"

w = "2026-11-12 21:40"
add("meet-en-01", "en", "meeting", "checkin", V, w, "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "Hi!\n\nPriya and I met yesterady for about 40 min over Zoom. Mostly talked about my cover letter for the VPL posting.\n\nThanks,\nJordan",
    "typo 'yesterady' still means the day before the Date (local Vancouver), 40 min, Zoom = video",
    meeting=M(rel(w, -1), 40, "video", ["job_applications"]), has=["for about 40 min over Zoom"], not_=["Graduate Academic Assistant", "unceded territory"], sig=SIG_UBC, utc=True)
w = "2026-11-03 08:15"
add("meet-en-02", "en", "meeting", "checkin", T, w, "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "We had coffee at Balzac's on Friday, maybe an hr or so. Talked a lot about interview prep for the branch head competition.\n\nAisha",
    "a named café means in person; 'maybe an hr' = 60 minutes; 'Friday' = most recent past Friday",
    meeting=M(lastwd(w, 4), 60, "in_person", ["interviews"]), has=["coffee at Balzac's on Friday"], style="outlook")
w = "2026-10-22 12:05"
add("meet-en-03", "en", "meeting", "checkin", H, w, "Colin MacIsaac <cmacisaac@halifax.ca>",
    "Logged: we talked by phone at lunch on Tuesday, 1hr and a half. She walked me through her typical day as a branch manager.\n\nColin\n\nSent from my iPhone",
    "'by phone at lunch' is one mode (phone); '1hr and a half' = 90 min",
    meeting=M(lastwd(w, 1), 90, "phone", ["typical_day"]), has=["1hr and a half"], not_=["Sent from my iPhone"], style="apple")
w = "2026-11-19 16:30"
add("meet-en-04", "en", "meeting", "nudge", W, w, "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "Sorry for the silence! We did meet. Thursday, no wait, it was Wednesday the 11th, on Teams. 30 minutes. Conferences, mostly whether I should present at MLA.",
    "self-correction resolves cleanly to Wednesday Nov 11; Teams call = video",
    meeting=M("2026-11-11", 30, "video", ["conferences"]), has=["Wednesday the 11th"], style="gmail")
w = "2026-11-25 10:10"
add("meet-en-05", "en", "meeting", "checkin", T, w, "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Date: Nov 20\nLength: 45 min\nHow: video\nTopics: 4, 12\nNotes: she shared her approach to managing student staff\n\nNext meeting: Dec 4",
    "structured reply mirroring the example; next meeting given",
    meeting=M("2026-11-20", 45, "video", ["job_applications", "management"], "2026-12-04"), has=["managing student staff"], style="html_gmail")
w = "2026-10-30 19:45"
add("meet-en-06", "en", "meeting", "checkin", S, w, "Siobhan Walsh <swalsh@mun.ca>",
    "hey, quick one - we met at the Rocket Bakery downtown last Saturday afternoon, maybe 2 hours. Talked about her path into librarianship (she was a nurse first!) and about burnout.",
    "bakery/café = in person; career story = career_path; burnout = work_life_balance; St. John's tz",
    meeting=M(lastwd(w, 5), 120, "in_person", ["career_path", "work_life_balance"]), has=["she was a nurse first"], style="gmail", enc="flowed")
w = "2026-11-16 09:00"
add("meet-en-07", "en", "meeting", "nudge", V, w, "Tom Birchall <tbirchall@sfu.ca>",
    "We've met, just haven't logged it. Sometime early in the month, by phone, we went over my resume.",
    "'early in the month' is a vague date: log the meeting undated and warn",
    meeting=M(None, None, "phone", ["job_applications"]), warn=True, has=["early in the month"], style="outlook")
w = "2026-11-27 14:20"
add("meet-en-08", "en", "meeting", "checkin", H, w, "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "Two meetings to log:\n- Nov 10, video, 1 h, current role and her MLIS studies\n- Nov 24, phone, 20 min, quick chat about an article on AI in reference\n\nPriya Raman\nReference Librarian | Halifax Public Libraries\nShe/Her",
    "two meetings; the first is Nov 10; meetings_count 2",
    meeting=M("2026-11-10", 60, "video", ["current_role"]), mcount=2, has=["quick chat about an article"], not_=["Reference Librarian | Halifax Public Libraries"], style="gmail")
w = "2026-10-14 11:00"
add("meet-en-09", "en", "meeting", "introduction", T, w, "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Hi, just wanted to say Priya and I had our first call this morning! Very nice. Talked for a good 50 minutes on Google Meet about how she got into libraries and my current job.",
    "'this morning' = the Date's day; Google Meet = video",
    meeting=M(rel(w, 0), 50, "video", ["career_path", "current_role"]), has=["our first call this morning"], style="gmail",
    sig="Ben Okafor\nLibrary Technician, Ottawa Public Library\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.",
    not_=["may contain confidential information"])
w = "2026-11-09 07:50"
add("meet-en-10", "en", "meeting", "checkin", W, w, "Rachel Dyck <rdyck@umanitoba.ca>",
    "Met Thurs by video for an hour and 15. Mock interview practice, behavioural questions. Super helpful.",
    "'an hour and 15' = 75 min; 'Thurs' = most recent Thursday",
    meeting=M(lastwd(w, 3), 75, "video", ["interviews"]), has=["Mock interview practice"], style="original", enc="qp")

w = "2026-11-12 20:10"
add("meet-fr-01", "fr", "meeting", "checkin", T, w, "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Bonsoir,\n\nOn s'est parlé hier en visio, une heure et quart environ. On a jasé de ma candidature pour le poste à la BAnQ et de ma lettre de présentation.\n\nMerci!",
    "'une heure et quart' = 75 min; visio = vidéo; hier = veille (heure de Montréal)",
    meeting=M(rel(w, -1), 75, "video", ["job_applications"]), has=["une heure et quart environ"], not_=["poste 5521"], sig=SIG_BANQ, style="outlook", utc=True)
w = "2026-11-05 12:30"
add("meet-fr-02", "fr", "meeting", "checkin", T, w, "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Rencontre au Café Olimpico mardi dernier, 1 h 30. Sujets : 9 et 12.\n\nMathieu\nEnvoyé de mon iPhone",
    "un café nommé = en personne; '1 h 30' = 90 min; sujets par numéro",
    meeting=M(lastwd(w, 1), 90, "in_person", ["work_life_balance", "management"]), has=["Café Olimpico mardi dernier"], not_=["Envoyé de mon iPhone"], style="apple")
w = "2026-11-20 09:45"
add("meet-fr-03", "fr", "meeting", "nudge", T, w, "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Bonjour, oui on s'est vues, mais je ne me rappelle plus la date exacte... au début du mois je pense. Par téléphone, une demi-heure.",
    "'au début du mois' est vague: rencontre sans date et avertissement",
    meeting=M(None, 30, "phone", []), warn=True, has=["au début du mois"], style="gmail")
w = "2026-10-29 15:05"
add("meet-fr-04", "fr", "meeting", "checkin", H, w, "Luc Cormier <luc.cormier@umoncton.ca>",
    "Salut! Rencontre jeudi, non attends, c'était mercredi le 28. En personne à la bibli du campus, 45 minutes. On a parlé de mon parcours et de la gestion d'équipe.",
    "autocorrection claire : mercredi 28 octobre; en personne",
    meeting=M("2026-10-28", 45, "in_person", ["career_path", "management"]), has=["mercredi le 28"], style="gmail")
w = "2026-11-23 18:00"
add("meet-fr-05", "fr", "meeting", "checkin", T, w, "Nadia Benali <nadia.benali@uqam.ca>",
    "Date : 18 novembre\nDurée : 1h\nMode : Teams\nSujets : 4\nNotes : simulation d'entrevue pour le poste de bibliothécaire disciplinaire\nProchaine rencontre : 2 décembre",
    "réponse structurée; Teams = vidéo; prochaine rencontre",
    meeting=M("2026-11-18", 60, "video", ["job_applications", "interviews"], "2026-12-02"), has=["simulation d'entrevue"], style="html_outlook")
w = "2026-11-02 08:20"
add("meet-fr-06", "fr", "meeting", "checkin", T, w, "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Bonjour,\n\nNous nous sommes rencontrées vendredi passé au Tim Hortons près du cégep. Environ 40 min. On a surtout parlé de conciliation travail-famille et d'épuisement.\n\nBonne journée",
    "Tim Hortons = en personne; épuisement/conciliation = work_life_balance",
    meeting=M(lastwd(w, 4), 40, "in_person", ["work_life_balance"]), has=["au Tim Hortons"], style="outlook",
    sig="Karine Bouchard\nTechnicienne en documentation\nCégep de Sherbrooke\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur par courriel.",
    not_=["AVIS DE CONFIDENTIALITÉ"])
w = "2026-11-30 21:15"
add("meet-fr-07", "fr", "meeting", "checkin", T, w, "Olivier Pelletier <o.pelletier@videotron.ca>",
    "On s'est appelé dimanche, ça a duré 25 min. Rien de spécial, on a parlé de mon emploi actuel.",
    "'dimanche' envoyé un lundi = la veille; appel = téléphone",
    meeting=M(lastwd(w, 6), 25, "phone", ["current_role"]), has=["ça a duré 25 min"], style="gmail", enc="qp")
w = "2026-10-26 10:40"
add("meet-fr-08", "fr", "meeting", "checkin", H, w, "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Deux rencontres à consigner :\n1) 13 octobre, vidéo, 1 h, on a parlé du congrès de l'ABQLA\n2) 22 octobre, téléphone, 30 min, suivi sur mon CV",
    "deux rencontres; la première le 13 octobre",
    meeting=M("2026-10-13", 60, "video", ["conferences"]), mcount=2, has=["suivi sur mon CV"], style="outlook")
w = "2026-11-17 13:10"
add("meet-fr-09", "fr", "meeting", "checkin", T, w, "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Hello, on s'est vus ce matin finalement, sur Zoom. Maybe 50 min. On a parlé de la job de Geneviève et de ses défis avec une collègue difficile.",
    "mélange anglais/français; ce matin = jour du Date; Zoom = vidéo",
    meeting=M(rel(w, 0), 50, "video", ["work_scenarios"]), has=["on s'est vus ce matin finalement"], style="gmail")
w = "2026-11-08 17:25"
add("meet-fr-10", "fr", "meeting", "nudge", T, w, "Annie Roy <annie.roy@biblio.laval.ca>",
    "Oui oui, on s'est parlé avant-hier par clavardage Teams pendant environ 20 minutes. Elle m'a conseillé pour le comité de sélection.",
    "'clavardage Teams' = un seul mode (chat); avant-hier = deux jours avant",
    meeting=M(rel(w, -2), 20, "chat", ["interviews"]), has=["par clavardage Teams"], style="apple", enc="b64")
