from base import *
E = expect

s = "2026-10-21"
case("en-meet-001", "meeting", "checkin", "grace", s + " 09:12",
"""We met yesterady for about an hour over Zoom, mostly talked about interviews and how to answer the "tell me about a time" questions.""",
E(meeting=M(ago(s, 1), 60, "video", topics=["interviews"]), has=["We met yesterady for about an hour"]),
"Typo 'yesterady' still means yesterday; about an hour = 60; Zoom = video.", style="iphone")

s = "2026-11-06"
case("en-meet-002", "meeting", "checkin", "daniel", s + " 14:30",
"""Had a call with Aisha Thursday, no wait, Wednesday - Thursday was my exam. 40 min by phone, we went over my resume.""",
E(meeting=M(lastwd(s, "wed"), 40, "phone", topics=["job_applications"]), has=["Thursday, no wait, Wednesday"]),
"Self-correction: the meeting was Wednesday, not Thursday.", nosig=True)

s = "2026-11-18"
case("en-meet-003", "meeting", "checkin", "fatima", s + " 12:05",
"""Met with Mariam on Monday, maybe an hr, at the Starbucks on Queen near her branch. Good chat about managing a team of part-timers.""",
E(meeting=M(lastwd(s, "mon"), 60, "in_person", topics=["management"]), has=["maybe an hr"]),
"'maybe an hr' = 60 minutes; a Starbucks means in person.", style="outlook")

s = "2026-11-13"
case("en-meet-004", "meeting", "checkin", "arjun", s + " 17:45",
"""We did a Teams call on Nov 12, 1hr and a half. Covered my tenure dossier and the conference I'm presenting at.""",
E(meeting=M("2026-11-12", 90, "video", topics=["conferences"]), has=["1hr and a half"]),
"'1hr and a half' = 90; a Teams call is video.")

s = "2026-10-26"
case("en-meet-005", "meeting", "checkin", "kwame", s + " 10:20",
"""Farid and I grabbed coffee at Café Olimpico on Saturday morning. Talked about my path from engineering into libraries.""",
E(meeting=M(lastwd(s, "sat"), None, "in_person", topics=["career_path"]), has=["grabbed coffee at Café Olimpico"]),
"A named café means in person; no length given.", nosig=True)

s = "2026-11-04"
case("en-meet-006", "meeting", "checkin", "samira", s + " 13:40",
"""Spoke with Sunita by phone at lunch today, half an hour. She had great advice on my collection development plan.""",
E(meeting=M(s, 30, "phone"), has=["by phone at lunch today"]),
"'by phone at lunch' is one way of meeting (phone), date today; half an hour = 30.")

s = "2026-11-25"
case("en-meet-007", "meeting", "checkin", "mei", s + " 16:10",
"""Kevin and I had a long Teams chat yesterday afternoon, 45 minutes or so of back and forth while he was at the desk. Mostly about cataloguing backlogs.""",
E(meeting=M(ago(s, 1), 45, "chat", topics=["specialties"]), has=["long Teams chat yesterday afternoon"]),
"A Teams chat is one way of meeting: chat (not video and chat); the disclaimer's 'e-mail' is not a mode.", style="outlook")

s = "2026-10-29"
case("en-meet-008", "meeting", "checkin", "mei", s + " 11:25",
"""We met Tuesday for 50 minutes. Good session, talked through what my current role involves day to day.""",
E(meeting=M(lastwd(s, "tue"), 50, None, topics=["current_role"]), has=["We met Tuesday for 50 minutes"]),
"No way of meeting is stated; the 'e-mail' in the confidentiality notice must not make it email.")

s = "2026-10-16"
case("en-meet-009", "meeting", "introduction", "rohan", s + " 20:15",
"""We finally had our first chat! About 45 min on Zoom. Leah is lovely.""",
E(meeting=M(None, 45, "video"), warn=True, has=["We finally had our first chat"]),
"A meeting with no date at all: date null and warn (the receipt must ask).", style="apple")

s = "2026-11-20"
case("en-meet-010", "meeting", "nudge", "tunde", s + " 09:05",
"""Sorry for the silence, we did meet earlier this month, an hour on the phone, just forgot to log it.""",
E(meeting=M(None, 60, "phone"), warn=True, has=["we did meet earlier this month"]),
"'earlier this month' is too vague to date: date null, warn.", tz="America/Regina")

s = "2026-11-23"
case("en-meet-011", "meeting", "checkin", "amara", s + " 19:30",
"""Date: Nov 18
Length: 1h
How: in person
Topics: 7
Notes: mock interview at the Central Library, very useful""",
E(meeting=M("2026-11-18", 60, "in_person", topics=["interviews"]), has=["mock interview at the Central Library"], not_=["went over my cover letter for the Halifax posting"]),
"Structured form filled in like the example; the quoted example below is not a second meeting.")

s = "2026-11-09"
case("en-meet-012", "meeting", "checkin", "priya", s + " 15:50",
"""Two to log: we met on Oct 28 (phone, 30 min) and again on Nov 4 over coffee at JJ Bean for about an hour.""",
E(meeting=M("2026-10-28", 30, "phone"), count=2, has=["we met on Oct 28"]),
"Two meetings logged; the first is Oct 28 by phone for 30 min.")

s = "2026-11-18"
case("en-meet-013", "meeting", "checkin", "hana", s + " 18:00",
"""Met with Olu today for an hour on Zoom. Next one is Dec 2, same time.""",
E(meeting=M(s, 60, "video", nxt="2026-12-02"), has=["Next one is Dec 2"]),
"Meeting today plus a next meeting date.", role="mentor")

s = "2026-11-10"
case("en-meet-014", "meeting", "checkin", "rohan", s + " 22:40",
"""Jordan and I talked yesterday evening over Google Meet for 35 minutes. Nice to finally compare notes on the job market out here.""",
E(meeting=M(ago(s, 1), 35, "video", topics=["job_precarity"]), has=["talked yesterday evening over Google Meet"]),
"Date header is in UTC (already the next day); in St. John's it was still Nov 10, so yesterday is Nov 9.", utc_header=True)

s = "2026-10-20"
case("en-meet-015", "meeting", "checkin", "grace", s + " 19:30",
"""Had a video call with Jordan this morning before work, 25 min. Short but useful.""",
E(meeting=M(s, 25, "video"), has=["video call with Jordan this morning"]),
"Date header in UTC is Oct 21; in Vancouver it is Oct 20, so 'this morning' is Oct 20.", utc_header=True)

s = "2026-11-30"
case("en-meet-016", "meeting", "nudge", "kwame", s + " 08:40",
"""We had a quick 20-min phone call on Friday, just a check-in, nothing heavy.""",
E(meeting=M(lastwd(s, "fri"), 20, "phone"), has=["quick 20-min phone call on Friday"]),
"Friday = the most recent past Friday; 20 minutes by phone.", nosig=True)

s = "2026-10-15"
case("en-meet-017", "meeting", "checkin", "samira", s + " 10:15",
"""We talked for three quarters of an hour on Tuesday over Zoom about balancing evening shifts with family.""",
E(meeting=M(lastwd(s, "tue"), 45, "video", topics=["work_life_balance"]), has=["three quarters of an hour"]),
"'three quarters of an hour' = 45 minutes.", style="outlook")

s = "2026-11-02"
case("en-meet-018", "meeting", "checkin", "arjun", s + " 09:55",
"""90 mins via Google Meet on Oct 30 — long one! Worked through my research consultation workflow.""",
E(meeting=M("2026-10-30", 90, "video"), has=["90 mins via Google Meet on Oct 30"]),
"'90 mins' and Google Meet = video.", flowed=True)

s = "2026-10-28"
case("en-meet-019", "meeting", "checkin", "tunde", s + " 14:05",
"""We didn't manage a call this time, but we had a long email exchange on Monday about her job search in Regina.""",
E(meeting=M(lastwd(s, "mon"), None, "email"), has=["long email exchange on Monday"]),
"An email exchange counts as a meeting by email.", tz="America/Regina")

s = "2026-11-17"
case("en-meet-020", "meeting", "checkin", "daniel", s + " 21:20",
"""We met on the 14th, or was it the 15th? I'd have to check my calendar. Anyway it was about an hour on Zoom.""",
E(meeting=M(None, 60, "video"), warn=True, has=["or was it the 15th"]),
"A self-correction that stays unclear: date null and warn rather than guessing.", nosig=True)

s = "2026-10-13"
case("en-meet-021", "meeting", "checkin", "hana", s + " 16:45",
"""Two hours (!) in person at the Bennett Library yesterday. We toured the archives and then talked shop.""",
E(meeting=M(ago(s, 1), 120, "in_person", topics=["specialties"]), has=["Two hours (!) in person"]),
"Two hours in person, yesterday.", role="mentor")

s = "2026-11-27"
case("en-meet-022", "meeting", "checkin", "fatima", s + " 11:11",
"""We met Wednesday for an hour and 15 on Teams. Next time we'll look at her interview prep.""",
E(meeting=M(lastwd(s, "wed"), 75, "video"), has=["an hour and 15 on Teams"]),
"'an hour and 15' = 75 minutes; a plan for next time is not a topic covered.", style="html_outlook")

s = "2026-10-09"
case("en-meet-023", "meeting", "checkin", "priya", s + " 13:30",
"""Logging our meeting: Oct 7, 1.5 hours, video. We talked about the BCLA conference and whether I should submit a proposal.""",
E(meeting=M("2026-10-07", 90, "video", topics=["conferences"]), has=["Oct 7, 1.5 hours, video"]),
"'1.5 hours' = 90 minutes.")

s = "2026-11-12"
case("en-meet-024", "meeting", "checkin", "amara", s + " 20:50",
"""We spoke last Tuesday on the phone, about 40 minutes. She's dealing with a lot at work.""",
E(meeting=M(lastwd(s, "tue"), 40, "phone"), has=["We spoke last Tuesday on the phone"]),
"'last Tuesday' = the most recent past Tuesday.", style="iphone")

s = "2026-10-02"
case("en-meet-025", "meeting", "introduction", "mei", s + " 10:45",
"""First meeting done! Zoom, 1 hr, this morning. We mostly got to know each other, how we each ended up in libraries.""",
E(meeting=M(s, 60, "video", topics=["career_path"]), has=["First meeting done"]),
"Meeting this morning, 1 hr, Zoom; the notice's 'e-mail' is not a mode.", style="outlook")

# ------------------------------------------------------------ French
s = "2026-10-22"
case("fr-meet-001", "meeting", "checkin", "nadia", s + " 09:30",
"""Bonjour, Geneviève et moi on s'est parlé hier par Zoom pendant une heure et quart. On a surtout parlé de mon entrevue à la BAnQ.""",
E(meeting=M(ago(s, 1), 75, "video", topics=["interviews"]), has=["une heure et quart"]),
"« une heure et quart » = 75 minutes; hier; Zoom = vidéo.", style="outlook")

s = "2026-11-06"
case("fr-meet-002", "meeting", "checkin", "jp", s + " 15:10",
"""Appel de 1 h 30 au téléphone jeudi avec Rachid. On a fait le tour de mon CV.""",
E(meeting=M(lastwd(s, "thu"), 90, "phone", topics=["job_applications"]), has=["Appel de 1 h 30"]),
"« 1 h 30 » = 90 minutes; jeudi = le plus récent jeudi passé.")

s = "2026-11-13"
case("fr-meet-003", "meeting", "checkin", "youssef", s + " 18:25",
"""On s'est parlé jeudi, non attends, mercredi (jeudi j'étais en stage). 45 minutes en vidéo.""",
E(meeting=M(lastwd(s, "wed"), 45, "video"), has=["jeudi, non attends, mercredi"]),
"Autocorrection : la rencontre a eu lieu mercredi.", nosig=True)

s = "2026-10-26"
case("fr-meet-004", "meeting", "checkin", "ines", s + " 11:00",
"""Rencontre samedi au café Olimpico avec Étienne, environ une heure. Super conversation sur son parcours.""",
E(meeting=M(lastwd(s, "sat"), 60, "in_person", topics=["career_path"]), has=["au café Olimpico"]),
"Un café nommé = en personne.", nosig=True)

s = "2026-11-04"
case("fr-meet-005", "meeting", "checkin", "sophie", s + " 13:25",
"""Jasé avec Isabelle au téléphone sur l'heure du dîner aujourd'hui, une demi-heure.""",
E(meeting=M(s, 30, "phone"), has=["sur l'heure du dîner"]),
"« au téléphone sur l'heure du dîner » : un seul mode (téléphone); une demi-heure = 30.", role="mentor")

s = "2026-11-25"
case("fr-meet-006", "meeting", "checkin", "thanh", s + " 16:40",
"""On a eu un long clavardage Teams hier après-midi avec Kim, une quarantaine de minutes, sur la gestion du temps au comptoir de prêt.""",
E(meeting=M(ago(s, 1), 40, "chat", topics=["time_management"]), has=["long clavardage Teams"]),
"Un clavardage Teams = clavardage (chat), pas vidéo; l'avis de confidentialité ne donne pas de mode.")

s = "2026-10-29"
case("fr-meet-007", "meeting", "checkin", "nadia", s + " 12:10",
"""Nous nous sommes rencontrées mardi pendant 50 minutes. Très bon échange sur mon poste actuel.""",
E(meeting=M(lastwd(s, "tue"), 50, None, topics=["current_role"]), has=["mardi pendant 50 minutes"]),
"Aucun mode n'est dit; le mot « courriel » de l'avis de confidentialité ne compte pas.")

s = "2026-11-10"
case("fr-meet-008", "meeting", "checkin", "marie", s + " 10:05",
"""On s'est vues au début du mois, une heure en vidéo, j'avais oublié de le noter.""",
E(meeting=M(None, 60, "video"), warn=True, has=["au début du mois"]),
"« au début du mois » est trop vague : date nulle et avertissement.", role="mentor")

s = "2026-10-15"
case("fr-meet-009", "meeting", "checkin", "karim", s + " 08:20",
"""Hier soir, 45 minutes en visio avec Mathieu. On a parlé de mes candidatures.""",
E(meeting=M(ago(s, 1), 45, "video", topics=["job_applications"]), has=["Hier soir, 45 minutes en visio"]),
"Hier soir, 45 minutes, visio = vidéo.", style="iphone")

s = "2026-11-19"
case("fr-meet-010", "meeting", "checkin", "aicha", s + " 14:50",
"""Rencontre de trois quarts d'heure lundi dernier à la bibliothèque, en personne.""",
E(meeting=M(lastwd(s, "mon"), 45, "in_person"), has=["trois quarts d'heure"]),
"« trois quarts d'heure » = 45 minutes.", style="outlook")

s = "2026-11-16"
case("fr-meet-011", "meeting", "checkin", "luc", s + " 09:40",
"""Nous nous sommes parlé le 12 novembre par téléphone, une bonne heure. Sujet principal : l'épuisement au travail.""",
E(meeting=M("2026-11-12", 60, "phone", topics=["work_life_balance"]), has=["le 12 novembre par téléphone"]),
"« une bonne heure » = 60 minutes; date absolue.")

s = "2026-11-23"
case("fr-meet-012", "meeting", "checkin", "chantal", s + " 19:10",
"""Date : 18 novembre
Durée : 1 h
Mode : en personne
Sujets : 7
Notes : simulation d'entrevue, très utile""",
E(meeting=M("2026-11-18", 60, "in_person", topics=["interviews"]), has=["simulation d'entrevue, très utile"], not_=["révision de ma lettre de présentation pour le poste à Halifax"]),
"Formulaire structuré rempli; l'exemple cité plus bas n'est pas une rencontre.")

s = "2026-11-09"
case("fr-meet-013", "meeting", "checkin", "rosalie", s + " 15:30",
"""Deux rencontres à consigner : le 28 octobre (téléphone, 30 min) et le 4 novembre au Tim Hortons, environ une heure.""",
E(meeting=M("2026-10-28", 30, "phone"), count=2, has=["Deux rencontres à consigner"]),
"Deux rencontres; la première : 28 octobre, téléphone, 30 min.")

s = "2026-11-18"
case("fr-meet-014", "meeting", "checkin", "sophie", s + " 17:55",
"""Rencontre aujourd'hui avec Isabelle, une heure sur Zoom. Prochaine rencontre le 2 décembre.""",
E(meeting=M(s, 60, "video", nxt="2026-12-02"), has=["Prochaine rencontre le 2 décembre"]),
"Rencontre aujourd'hui et prochaine rencontre datée.", role="mentor")

s = "2026-10-30"
case("fr-meet-015", "meeting", "checkin", "youssef", s + " 20:05",
"""On s'est parlé avant-hier au téléphone, 25 min, surtout de la maîtrise et des stages.""",
E(meeting=M(ago(s, 2), 25, "phone", topics=["current_role"]), has=["avant-hier au téléphone"]),
"« avant-hier » = deux jours avant la date du message.", nosig=True)

s = "2026-11-26"
case("fr-meet-016", "meeting", "nudge", "thanh", s + " 12:30",
"""Désolée du retard : on s'est vues mardi passé, 1h15 en personne à la bibliothèque de Rosemont.""",
E(meeting=M(lastwd(s, "tue"), 75, "in_person"), has=["mardi passé, 1h15"]),
"« mardi passé » (québécois) = mardi dernier; 1h15 = 75 minutes.")

s = "2026-10-19"
case("fr-meet-017", "meeting", "checkin", "karim", s + " 11:45",
"""Deux heures en personne vendredi, à la bibliothèque Gabrielle-Roy. On a visité la salle de consultation.""",
E(meeting=M(lastwd(s, "fri"), 120, "in_person"), has=["Deux heures en personne vendredi"]),
"Deux heures, en personne, vendredi passé.", style="outlook")

s = "2026-11-05"
case("fr-meet-018", "meeting", "checkin", "aicha", s + " 16:20",
"""90 min par Teams le 3 novembre avec Fatou. On a parlé de la réorganisation des services techniques.""",
E(meeting=M("2026-11-03", 90, "video", topics=["change_management"]), has=["90 min par Teams"]),
"Teams (appel) = vidéo; 90 minutes.")

s = "2026-10-16"
case("fr-meet-019", "meeting", "introduction", "jp", s + " 19:40",
"""Première rencontre faite! Environ une heure en vidéo, Rachid est vraiment sympathique.""",
E(meeting=M(None, 60, "video"), warn=True, has=["Première rencontre faite"]),
"Rencontre sans date : date nulle et avertissement.", style="apple")

s = "2026-10-15"
case("fr-meet-020", "meeting", "checkin", "chantal", s + " 21:30",
"""Petit appel vidéo ce matin avec Étienne avant le travail, 20 minutes.""",
E(meeting=M(s, 20, "video"), has=["Petit appel vidéo ce matin"]),
"L'en-tête Date est en UTC (déjà le 16); à Moncton c'est le 15, donc « ce matin » = 15 octobre.", utc_header=True)

s = "2026-10-28"
case("fr-meet-021", "meeting", "checkin", "luc", s + " 13:15",
"""Pas d'appel cette fois, mais on a échangé plusieurs courriels lundi au sujet de ses candidatures à Winnipeg.""",
E(meeting=M(lastwd(s, "mon"), None, "email", topics=["job_applications"]), has=["on a échangé plusieurs courriels lundi"]),
"Un échange de courriels compte comme rencontre par courriel.")

s = "2026-11-02"
case("fr-meet-022", "meeting", "checkin", "rosalie", s + " 10:00",
"""Rencontre lundi dernier au Second Cup de la rue Saint-Denis, en personne évidemment, une heure et demie.""",
E(meeting=M(lastwd(s, "mon"), 90, "in_person"), has=["au Second Cup"]),
"Message envoyé un lundi : « lundi dernier » = le lundi de la semaine précédente; une heure et demie = 90.")

s = "2026-11-20"
case("fr-meet-023", "meeting", "checkin", "marie", s + " 14:35",
"""On s'est parlé au téléphone le 17, non, le 18 novembre plutôt — 40 minutes.""",
E(meeting=M("2026-11-18", 40, "phone"), has=["le 17, non, le 18 novembre"]),
"Autocorrection claire : le 18 novembre.", role="mentor")

s = "2026-10-08"
case("fr-meet-024", "meeting", "introduction", "ines", s + " 09:05",
"""Premier appel Zoom hier, 1h, avec Étienne. On a parlé de nos parcours et de mes études.""",
E(meeting=M(ago(s, 1), 60, "video", topics=["career_path"]), has=["Premier appel Zoom hier"]),
"Hier, 1h, Zoom; parcours = career_path.", style="iphone", nosig=True, enc="base64")

s = "2026-11-30"
case("fr-meet-025", "meeting", "nudge", "jp", s + " 08:15",
"""Oui oui on s'est parlé! Vendredi, une vingtaine de minutes au téléphone. Rien de spécial.""",
E(meeting=M(lastwd(s, "fri"), 20, "phone"), has=["une vingtaine de minutes"]),
"« une vingtaine de minutes » = 20; vendredi passé.", charset="iso-8859-1")

# mixed languages
s = "2026-11-19"
case("fr-meet-026", "meeting", "checkin", "thanh", s + " 12:40",
"""Allo! On a eu un call de 30 min sur Teams hier avec Kim, super utile pour ma job interview de lundi. Elle m'a donné plein de tips.""",
E(meeting=M(ago(s, 1), 30, "video", topics=["interviews"]), has=["un call de 30 min sur Teams hier"]),
"Franglais montréalais : un « call » Teams = vidéo, hier, 30 min; « job interview » = interviews.", style="iphone")

s = "2026-11-08"
case("en-meet-026", "meeting", "checkin", "kwame", s + " 16:25",
"""Had our rencontre yesterday at Café Névé with Farid, une heure environ. We talked mostly about the job market here for anglophones without great French.""",
E(meeting=M(ago(s, 1), 60, "in_person", topics=["job_precarity"]), has=["Had our rencontre yesterday at Café Névé"]),
"English with French words mixed in: a café means in person, 'une heure environ' = about 60 minutes; job market = job_precarity.", nosig=True)
