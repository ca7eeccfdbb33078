# Meetings (incl. not_meeting) and topics said in other words.
from gen import C, M, G, K

TO, VA, HA, WI, SJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

# ---------------- meeting, English ----------------

C("t10-en-meet-001", "en", "meeting", "checkin", TO, "2026-11-05 20:14", ("Aisha Rahman", "aisha.rahman@gmail.com"),
"""Hi there,

Sorry for the slow reply, it's been a zoo here with the Friends of the Library book sale (I now know more about boxing up 4000 paperbacks than anyone should).

Priya and I finally caught up on Tuesday over Zoom, maybe an hr? We mostly went through what to expect at my interview with Peel next week. She had some really good advice about the STAR thing.

Anyway that's my news!
Aisha""",
"Tuesday before Thu Nov 5 is Nov 3; 'maybe an hr' is 60 min; Zoom is video; interview prep is the topic.",
meeting=M("2026-11-03", 60, "video", topics=["interviews"]),
has=["Priya and I finally caught up on Tuesday over Zoom"], not_=[])

C("t10-en-meet-002", "en", "meeting", "checkin", VA, "2026-11-09 10:02", ("Kevin Nguyen", "knguyen@shaw.ca"),
"""hey! quick one before my desk shift

we met yesterady at the JJ Bean on Commercial, 1hr and a half-ish, ran way over because Priya was telling me how she got into libraries after 10 yrs as a paralegal. super inspiring honestly

next time I'm bringing my actual questions lol""",
"Typo 'yesterady' = Nov 8 (sent Mon Nov 9, Vancouver); '1hr and a half' = 90; a named cafe means in person; her path into libraries.",
meeting=M("2026-11-08", 90, "in_person", topics=["career_path"]),
has=["we met yesterady at the JJ Bean on Commercial"], style="iphone")

C("t10-en-meet-003", "en", "meeting", "checkin", HA, "2026-11-13 16:40", ("Omar Haddad", "omar.haddad@dal.ca"),
"""Hello,

Yes we met! It was Thursday, no wait, Wednesday -- Thursday I was at the branch heads retreat all day. Sorry, long week.

About half an hour by phone, mostly about whether I should do the archives certificate at Dal.

Omar""",
"Self-correction 'Thursday, no wait, Wednesday' settles on Wednesday (Nov 11, sent Fri Nov 13); 30 min; phone; a certificate = professional development.",
meeting=M("2026-11-11", 30, "phone", topics=["professional_development"]),
has=["About half an hour by phone"], style="outlook")

C("t10-en-meet-004", "en", "meeting", "checkin", TO, "2026-11-20 12:05", ("Grace Liu", "grace.liu@torontopubliclibrary.ca"),
"""Hi!

Things are good, busy with the Diwali and then the holiday programming planning. Priya and I did meet -- I think it was Wednesday? or maybe Thursday, honestly the week is a blur. We were on video for about 45 minutes and talked through the reorg that's happening in my branch.

Thanks for the reminder emails, they really do help.

Grace""",
"Meeting happened (45 min, video, reorg) but the person cannot say whether Wednesday or Thursday: date null, warn.",
meeting=M(None, 45, "video", topics=["change_management"]), warn=True,
has=["I think it was Wednesday? or maybe Thursday"])

C("t10-en-meet-005", "en", "meeting", "nudge", WI, "2026-11-17 13:22", ("Daniel Okafor", "dokafor@wpl.winnipeg.ca"),
"""Hi, yes sorry we've been bad at logging. We spoke last Friday by phone at lunch, 20 min or so. Short but useful, she gave me a few people in her network to reach out to at the U of M libraries.

Will try to be better about replying to these!

Dan""",
"Last Friday from Tue Nov 17 = Nov 13; 'by phone at lunch' is one way (phone); 20 min; people in her network = networking.",
meeting=M("2026-11-13", 20, "phone", topics=["lis_resources"]),
has=["We spoke last Friday by phone at lunch"], style="oldoutlook")

C("t10-en-meet-006", "en", "meeting", "checkin", TO, "2026-11-25 09:48", ("Mei Chen", "mei.chen@uottawa.ca"),
"""Morning,

Neither of us could swing a call this time (she's covering two desks until the new hire starts), so we did a longish back-and-forth over Teams chat Monday afternoon instead. Mostly about time management -- how she keeps on top of everything.

Does that count? I hope so!

Mei""",
"Teams chat on Monday (Nov 23, sent Wed Nov 25) is one way: chat, not video; no length given; the closing 'Does that count?' is about logging, a careful reader logs it.",
meeting=M("2026-11-23", None, "chat", topics=["time_management"]),
has=["we did a longish back-and-forth over Teams chat Monday afternoon"], style="outlook")

C("t10-en-meet-007", "en", "meeting", "checkin", TO, "2026-11-02 08:31", ("Farah Siddiqui", "farah.siddiqui@hamiltonpl.ca"),
"""Good morning,

Priya and I met in person at the Central Library on Oct 29 for about 45 minutes. We talked about her experience on hiring panels and what they actually look for in behavioural answers.

Have a good week,
Farah""",
"Absolute date Oct 29; 45 min; in person; interviews. The disclaimer's 'e-mail' is not a way of meeting.",
meeting=M("2026-10-29", 45, "in_person", topics=["interviews"]),
has=["met in person at the Central Library on Oct 29"],
sig="""Farah Siddiqui
Librarian, Collections & Technical Services
Hamilton Public Library | 55 York Blvd, Hamilton ON
905-546-3200 ext. 3411

This e-mail and any attachments are intended only for the named recipient and may contain confidential information. If you have received this e-mail in error, please notify the sender by e-mail and delete it.""",
not_=["Librarian, Collections & Technical Services", "If you have received this e-mail in error"], style="outlook")

C("t10-en-meet-008", "en", "meeting", "checkin", VA, "2026-11-18 21:10", ("Jasmine Park", "jaspark@gmail.com"),
"""Hi hi,

We did manage to meet! Maybe 40 min on Zoom. She's been through two rounds of union bargaining so I picked her brain about my auxiliary position and whether it's ever going to turn into something permanent. Kind of bleak but also helpful.

Also I finally saw the Hilma af Klint show, highly recommend.

J.""",
"A meeting with no date at all: date null and warn; 40 min, video, precarity/union.",
meeting=M(None, 40, "video", topics=["job_precarity"]), warn=True,
has=["We did manage to meet! Maybe 40 min on Zoom."], enc="flowed")

C("t10-en-meet-009", "en", "meeting", "nudge", TO, "2026-11-20 15:15", ("Ravi Patel", "ravi.patel@queensu.ca"),
"""Hello!

No need to worry, we haven't fallen off the map. We met early in the month, I forget exactly which day, and we're planning another one after my exams.

Cheers
Ravi""",
"'Early in the month' is a vague date: a meeting happened but a careful reader asks for the date (warn).",
meeting=M(None, None, None), warn=True,
has=["We met early in the month, I forget exactly which day"], style="apple")

C("t10-en-meet-010", "en", "meeting", "checkin", SJ, "2026-11-03 19:05", ("Nadia Hussain", "nhussain@mun.ca"),
"""Hi there,

Two to log actually! We met on the 27th (video, 30 min) and again yesterday for coffee at Rocket, which was lovely, maybe an hour. Lots about my cover letter for the MUN posting.

Nadia""",
"Two meetings: first Oct 27 (video, 30 min), second Nov 2; meeting is the first; meetings_count 2.",
meeting=M("2026-10-27", 30, "video", topics=[]), meetings_count=2,
has=["We met on the 27th (video, 30 min)"])

C("t10-en-meet-011", "en", "meeting", "checkin", TO, "2026-11-30 10:20", ("Tomás Alvarez", "talvarez@kpl.org"),
"""Hi,

Quick update. We talked last Thursday for about 45 min on the phone -- mostly about managing student staff, which I'm doing for the first time this year and finding hard.

Next one is Dec 3, same time.

Take care,
Tomás""",
"Last Thursday from Mon Nov 30 = Nov 26; 45 min phone; management; next meeting Dec 3.",
meeting=M("2026-11-26", 45, "phone", next="2026-12-03", topics=["management"]),
has=["We talked last Thursday for about 45 min on the phone"], style="outlook")

C("t10-en-meet-012", "en", "not_meeting", "checkin", TO, "2026-11-12 17:45", ("Leila Ahmadi", "leila.ahmadi@mcgill.ca"),
"""Hi,

Not yet this round, unfortunately. We were supposed to meet Tuesday but her little one got sick so we cancelled. Trying again next week, probably Thursday.

Leila""",
"Cancelled meeting and a plan only: no meeting logged.",
meeting=None, has=["We were supposed to meet Tuesday"])

C("t10-en-meet-013", "en", "not_meeting", "midsession", VA, "2026-11-16 11:30", ("Anjali Mehta", "anjali.mehta@ubc.ca"),
"""Hi!

It's going really well. We've been meeting about every two weeks on video, usually 45 minutes, and the conversations have mostly been about job applications and getting my CV into shape. Goals still fit.

Second half: I'd like to do a mock interview at some point.

Anjali""",
"A habit ('about every two weeks') in a mid-session answer, not a dated meeting: meeting null, no warn.",
meeting=None, has=["We've been meeting about every two weeks on video"])

C("t10-en-meet-014", "en", "meeting", "checkin", VA, "2026-11-09 21:30", ("Sofia Martinez", "sofia.m@sfu.ca"),
"""Hi!

Had a video call with Priya today, 50 min. We went over my application for the liaison librarian posting at Langara -- she had great suggestions on tailoring the cover letter.

Sofia""",
"Date header is in UTC (Nov 10 05:30 +0000) but the sender is in Vancouver, where it is still Nov 9: 'today' = Nov 9.",
meeting=M("2026-11-09", 50, "video", topics=["job_applications"]),
has=["Had a video call with Priya today, 50 min."], utc_header=True)

C("t10-en-meet-015", "en", "meeting", "checkin", HA, "2026-10-29 14:02", ("Chidi Eze", "chidi.eze@nscc.ca"),
"""Hi

spoke w/ Priya on Tues, 45ish mins on the phone. good chat about what a typical day looks like for her at the college library vs my public library gig. also the weather here is already awful, send help

C""",
"'Tues' from Thu Oct 29 = Oct 27; '45ish mins' = 45; phone; typical day.",
meeting=M("2026-10-27", 45, "phone", topics=["typical_day"]),
has=["spoke w/ Priya on Tues, 45ish mins on the phone"])

C("t10-en-meet-016", "en", "meeting", "checkin", TO, "2026-11-24 13:37", ("Hana Yoshida", "hana.yoshida@brocku.ca"),
"""Hello,

Belated, but we met on Novmber 20th at the Second Cup near her work, 1hr. We chatted about LinkedIn and she's going to introduce me to a couple of people in her network.

Hope everyone on the committee is staying warm!

Hana""",
"Typo 'Novmber 20th' = 2026-11-20; a named cafe = in person; 1hr = 60; networking.",
meeting=M("2026-11-20", 60, "in_person", topics=["lis_resources"]),
has=["we met on Novmber 20th at the Second Cup near her work"], style="apple")

C("t10-en-meet-017", "en", "meeting", "checkin", WI, "2026-11-16 08:50", ("Marcus Thompson", "mthompson@umanitoba.ca"),
"""Morning,

Yes! We met on the weekend at a cafe in Osborne Village for about an hour. Talked a lot about burnout, which, honestly, timely.

M.""",
"'On the weekend' could be Sat Nov 14 or Sun Nov 15: meeting logged with date null and warn; in person, 60 min.",
meeting=M(None, 60, "in_person", topics=["work_life_balance"]), warn=True,
has=["We met on the weekend at a cafe in Osborne Village"])

C("t10-en-meet-018", "en", "meeting", "checkin", WI, "2026-11-27 11:40", ("Gurpreet Sandhu", "gsandhu@brandonu.ca"),
"""Met w Priya this am, 30 min phone. More later, running to a meeting""",
"'This am' = the day of sending, Nov 27 (Winnipeg); 30 min; phone.",
meeting=M("2026-11-27", 30, "phone"),
has=["Met w Priya this am, 30 min phone"], style="iphone")

C("t10-en-meet-019", "en", "meeting", "checkin", TO, "2026-12-02 16:12", ("Esther Mensah", "esther.mensah@ryerson.ca"),
"""Hi,

We couldn't line up a call with exam season, but we had a long email exchange on Monday about my cover letter for the TMU posting -- she marked it up line by line. Does email count as a meeting? I'm going to assume yes!

Esther""",
"Monday from Wed Dec 2 = Nov 30; an email exchange is mode email; cover letter = job_applications. The 'does email count' aside needs no committee answer.",
meeting=M("2026-11-30", None, "email", topics=["job_applications"]),
has=["we had a long email exchange on Monday about my cover letter"], style="gmail", alt=True)

# ---------------- meeting, French ----------------

C("t10-fr-meet-001", "fr", "meeting", "checkin", TO, "2026-11-10 19:30", ("Émilie Tremblay", "emilie.tremblay@videotron.ca"),
"""Bonjour,

Désolée du retard, grosse semaine avec l'inventaire. On s'est parlé hier au téléphone, une heure et quart à peu près. On a surtout jasé de mon contrat qui finit en janvier pis de ce que je fais après.

Bonne soirée!
Émilie""",
"Hier depuis mar. 10 nov. = 9 nov.; une heure et quart = 75 min; téléphone; fin de contrat = précarité.",
meeting=M("2026-11-09", 75, "phone", topics=["job_precarity"]),
has=["On s'est parlé hier au téléphone, une heure et quart"])

C("t10-fr-meet-002", "fr", "meeting", "checkin", TO, "2026-11-19 12:10", ("Karim Benali", "karim.benali@umontreal.ca"),
"""Salut,

Petite mise à jour : rencontre mardi dernier sur Teams (vidéo), 1 h 30. On a parlé de la gestion d'équipe parce que je vais superviser deux techniciens à partir de janvier. Ça me stresse un peu mais ça va.

Karim""",
"Mardi dernier depuis jeu. 19 nov. = 17 nov.; 1 h 30 = 90; vidéo; gestion.",
meeting=M("2026-11-17", 90, "video", topics=["management"]),
has=["rencontre mardi dernier sur Teams (vidéo), 1 h 30"], style="outlook")

C("t10-fr-meet-003", "fr", "meeting", "nudge", TO, "2026-11-21 10:05", ("Sarah Joseph", "sarah.joseph@banq.qc.ca"),
"""Bonjour!

Pas d'inquiétude, on ne s'est pas perdues de vue. On s'est vues au début du mois au café près de la Grande Bibliothèque, je ne me souviens plus de la date exacte. On se reparle bientôt.

Sarah""",
"'Au début du mois' est une date vague : rencontre en personne sans date, warn.",
meeting=M(None, None, "in_person"), warn=True,
has=["On s'est vues au début du mois au café"])

C("t10-fr-meet-004", "fr", "meeting", "checkin", TO, "2026-11-23 08:45", ("Mathieu Gagnon", "mgagnon@bibliotheques.qc.ca"),
"""Bon matin,

Oui, jeudi passé on s'est rejoints au Café Olimpico sur Saint-Viateur. Super jasette sur son cheminement, elle a commencé en archives avant de passer en bibliothèque publique.

À bientôt,
Mathieu""",
"Jeudi passé depuis lun. 23 nov. = 19 nov.; un café nommé = en personne; durée non dite; cheminement = parcours.",
meeting=M("2026-11-19", None, "in_person", topics=["career_path"]),
has=["jeudi passé on s'est rejoints au Café Olimpico"])

C("t10-fr-meet-005", "fr", "meeting", "checkin", TO, "2026-11-06 15:20", ("Fatou Diallo", "fatou.diallo@uqam.ca"),
"""Bonjour,

Oui, on s'est parlé lundi, non attends, c'était mardi (lundi j'étais en formation toute la journée). 45 minutes en vidéo. On a regardé ensemble des offres d'emploi en bibliothèque universitaire.

Fatou""",
"Auto-correction claire : mardi (3 nov., envoyé ven. 6 nov.); 45 min; vidéo; offres d'emploi.",
meeting=M("2026-11-03", 45, "video", topics=["job_applications"]),
has=["lundi, non attends, c'était mardi"], style="apple")

C("t10-fr-meet-006", "fr", "meeting", "checkin", TO, "2026-11-27 17:55", ("Nicolas Roy", "nicolas.roy@cegepmontpetit.ca"),
"""Bonjour,

Oui on s'est parlé! Je pense que c'était mercredi? Ou le jeudi, je ne me souviens plus trop, la semaine a passé vite. Une demi-heure au téléphone, sur l'IA générative et ce que ça change au comptoir de référence.

Nicolas""",
"La personne hésite entre mercredi et jeudi : rencontre sans date, warn; 30 min; téléphone; technologie.",
meeting=M(None, 30, "phone", topics=["technology"]), warn=True,
has=["Je pense que c'était mercredi? Ou le jeudi"])

C("t10-fr-meet-007", "fr", "meeting", "checkin", HA, "2026-11-02 11:15", ("Julie Cormier", "julie.cormier@umoncton.ca"),
"""Allo,

On s'est rencontrées le 28 octobre par Zoom, une quarantaine de minutes. Elle m'a parlé de son implication au comité des bibliothèques de l'Université, ça m'a donné des idées.

Merci à vous,
Julie""",
"Date absolue 28 oct.; 'une quarantaine de minutes' = environ 40; Zoom = vidéo; comité.",
meeting=M("2026-10-28", 40, "video", topics=["committees"]),
has=["On s'est rencontrées le 28 octobre par Zoom"], enc="latin1")

C("t10-fr-meet-008", "fr", "meeting", "checkin", TO, "2026-11-09 14:00", ("Yasmine Haddad", "yasmine.haddad@ulaval.ca"),
"""Bonjour,

Deux rencontres à consigner : le 22 oct. en personne à la bibliothèque du pavillon Bonenfant, puis le 5 nov. au téléphone, environ 30 minutes chaque fois.

Bonne semaine!""",
"Deux rencontres : la première le 22 oct. (en personne, 30 min); meetings_count 2.",
meeting=M("2026-10-22", 30, "in_person"), meetings_count=2,
has=["le 22 oct. en personne à la bibliothèque du pavillon Bonenfant"], style="outlook")

C("t10-fr-meet-009", "fr", "not_meeting", "checkin", TO, "2026-11-13 09:30", ("Alexandre Lefebvre", "alex.lefebvre@gmail.com"),
"""Bonjour,

Pas encore cette fois-ci. On devait se voir mercredi mais c'est tombé à l'eau à cause de la grève des transports. On essaie de se reprendre la semaine prochaine.

Alex""",
"Rencontre annulée et simple projet : aucune rencontre.",
meeting=None, has=["On devait se voir mercredi mais c'est tombé à l'eau"])

C("t10-fr-meet-010", "fr", "not_meeting", "midsession", TO, "2026-11-16 20:40", ("Marie-Ève Bouchard", "me.bouchard@usherbrooke.ca"),
"""Bonjour,

Ça va très bien! On se parle à peu près aux deux semaines, surtout en vidéo, et les échanges portent sur ce que j'espérais. Pour la deuxième moitié, j'aimerais qu'on parle davantage de gestion.

Marie-Ève""",
"Une habitude ('aux deux semaines') dans une réponse de mi-parcours : pas de rencontre datée.",
meeting=None, has=["On se parle à peu près aux deux semaines"])

C("t10-fr-meet-011", "fr", "meeting", "checkin", TO, "2026-11-14 10:00", ("Hugo Pelletier", "hugo.pelletier@bibliogatineau.ca"),
"""Salut l'équipe,

On s'est appelés avant-hier par téléphone sur l'heure du dîner, une trentaine de minutes. Sujet principal : mes priorités, parce que je me noie dans les projets.

Bon samedi!
Hugo""",
"Avant-hier depuis sam. 14 nov. = 12 nov.; 'par téléphone sur l'heure du dîner' = téléphone seulement; environ 30 min; priorités = gestion du temps.",
meeting=M("2026-11-12", 30, "phone", topics=["time_management"]),
has=["On s'est appelés avant-hier par téléphone"], style="iphone")

C("t10-fr-meet-012", "fr", "meeting", "checkin", TO, "2026-11-24 18:25", ("Amina Traoré", "amina.traore@collanaud.qc.ca"),
"""Bonjour,

Rencontre vendredi dernier en vidéo, 1 h. On a travaillé mon CV pour le poste au Collège. Prochaine rencontre le 4 décembre.

Amina""",
"Vendredi dernier depuis mar. 24 nov. = 20 nov.; 60 min; vidéo; CV; prochaine le 4 déc.",
meeting=M("2026-11-20", 60, "video", next="2026-12-04", topics=["job_applications"]),
has=["Rencontre vendredi dernier en vidéo, 1 h"])

C("t10-fr-meet-013", "fr", "meeting", "checkin", TO, "2026-11-18 13:05", ("Olivier Nguyen", "olivier.nguyen@polymtl.ca"),
"""Bonjour,

Pas eu le temps d'un appel, mais on s'est écrit longuement sur le clavardage Teams lundi après-midi. Elle m'a donné plein de conseils pour gérer les réunions de ma nouvelle équipe.

Olivier""",
"Lundi depuis mer. 18 nov. = 16 nov.; le clavardage Teams = chat (un seul mode); gestion.",
meeting=M("2026-11-16", None, "chat", topics=["management"]),
has=["on s'est écrit longuement sur le clavardage Teams lundi"], style="outlook")

C("t10-fr-meet-014", "fr", "meeting", "nudge", TO, "2026-11-11 21:00", ("Catherine Lavoie", "cath.lavoie@hotmail.com"),
"""Bonsoir,

On a fini par se parler, youpi! Environ 45 minutes en vidéo, sur la conciliation travail-famille surtout (j'ai deux petits et un poste à temps plein, vous comprenez).

Catherine""",
"Rencontre sans aucune date : date null et warn; 45 min; vidéo; conciliation.",
meeting=M(None, 45, "video", topics=["work_life_balance"]), warn=True,
has=["On a fini par se parler, youpi!"], enc="flowed")

C("t10-fr-meet-015", "fr", "meeting", "checkin", HA, "2026-12-01 14:30", ("Isabelle LeBlanc", "isabelle.leblanc@umoncton.ca"),
"""Bonjour,

Ce matin on s'est vues en personne à la bibliothèque Champlain, 1 h. On a parlé de mon contrat de remplacement et de la suite.

Isabelle""",
"Ce matin = 1er déc. (Halifax); en personne; 60 min; remplacement = précarité. Encodage ISO-8859-1.",
meeting=M("2026-12-01", 60, "in_person", topics=["job_precarity"]),
has=["Ce matin on s'est vues en personne"], enc="latin1")

C("t10-fr-meet-016", "fr", "meeting", "checkin", TO, "2026-11-26 16:00", ("David Jean-Baptiste", "djb@bibliomontreal.ca"),
"""Bonjour,

Oui, on s'est vus la semaine passée, je ne sais plus quel jour exactement, en vidéo. C'était bien.

David""",
"'La semaine passée' sans le jour : rencontre sans date, warn; vidéo.",
meeting=M(None, None, "video"), warn=True,
has=["on s'est vus la semaine passée, je ne sais plus quel jour"], style="oldoutlook")

# ---------------- topics said in other words ----------------

C("t10-en-top-001", "en", "topics", "checkin", VA, "2026-11-12 19:20", ("Lina Farouk", "lina.farouk@vpl.ca"),
"""Hi,

We had a video call on Tuesday, about an hour. Priya told me the whole story of how she went from being a paralegal to doing her MLIS at 40, and why she ended up in libraries rather than law. Really reassuring for a second-career person like me.

Lina""",
"Tuesday = Nov 10; her move from law into libraries is the career path topic.",
meeting=M("2026-11-10", 60, "video", topics=["career_path"]),
has=["how she went from being a paralegal to doing her MLIS at 40"])

C("t10-en-top-002", "en", "topics", "checkin", TO, "2026-11-19 18:02", ("Samuel Osei", "samuel.osei@mississauga.ca"),
"""Hello,

Met Priya yesterday, 45 min over Zoom. Heavy one: I'm the only racialized person on staff at my branch and some of the comments have started to wear on me. She's been there, and it helped a lot to hear how she handled it.

Samuel""",
"Yesterday = Nov 18; being the only racialized person on staff is the diversity topic.",
meeting=M("2026-11-18", 45, "video", topics=["diversity"]),
has=["I'm the only racialized person on staff at my branch"], style="outlook")

C("t10-en-top-003", "en", "topics", "checkin", HA, "2026-11-26 20:45", ("Rachel Kim", "rachel.kim@halifax.ca"),
"""Hi

Quick call Monday, phone, 30 min. I've been running on empty and can't switch off in the evenings, checking work email at 11pm etc. She shared how she finally started disconnecting after 5. Going to try it.

R""",
"Monday from Thu Nov 26 = Nov 23; running on empty and disconnecting is work/life balance.",
meeting=M("2026-11-23", 30, "phone", topics=["work_life_balance"]),
has=["I've been running on empty and can't switch off in the evenings"], style="iphone")

C("t10-en-top-004", "en", "topics", "checkin", TO, "2026-11-06 10:10", ("Arjun Rao", "arjun.rao@mcmaster.ca"),
"""Hi,

We met Wednesday, in person at Mills, 1hr. Mostly about how she handles three grant deadlines landing in the same week -- I have the same problem with my reports and committee work piling up.

Arjun""",
"Wednesday from Fri Nov 6 = Nov 4; juggling deadlines is time management.",
meeting=M("2026-11-04", 60, "in_person", topics=["time_management"]),
has=["how she handles three grant deadlines landing in the same week"])

C("t10-en-top-005", "en", "topics", "checkin", WI, "2026-11-10 17:30", ("Bianca Torres", "bianca.torres@gmail.com"),
"""hi!

we did a call yesterday on google meet, maybe 40 min. mostly I vented about my job for a good twenty minutes (new supervisor, lots of changes) and then she helped me sort out what I actually want to ask for.

bianca""",
"Yesterday = Nov 9; 'my job' is the current job topic.",
meeting=M("2026-11-09", 40, "video", topics=["current_role"]),
has=["I vented about my job for a good twenty minutes"], enc="flowed")

C("t10-en-top-006", "en", "topics", "checkin", VA, "2026-11-04 12:40", ("Wei Zhang", "wzhang@bclibraries.ca"),
"""Hi,

We met Monday at a Starbucks downtown, an hour or so. She's on the BCLA executive and she's encouraging me to put my name forward for the exec next spring. Not sure I'm ready but it was good to hear what it involves.

Wei""",
"Monday from Wed Nov 4 = Nov 2; an association's executive = committees; named cafe = in person.",
meeting=M("2026-11-02", 60, "in_person", topics=["committees"]),
has=["She's on the BCLA executive"])

C("t10-en-top-007", "en", "topics", "checkin", TO, "2026-12-01 09:05", ("Michelle Adeyemi", "madeyemi@tpl.ca"),
"""Morning!

We had a video call on Friday, 45 minutes. We compared notes on the OLA Super Conference -- she's presenting in January and I'm going for the first time, so she gave me a survival guide.

Michelle""",
"Friday from Tue Dec 1 = Nov 27; the OLA Super Conference named = conferences.",
meeting=M("2026-11-27", 45, "video", topics=["conferences"]),
has=["We compared notes on the OLA Super Conference"], style="outlook")

C("t10-en-top-008", "en", "topics", "checkin", SJ, "2026-11-20 15:50", ("Priyanka Das", "pdas@easternhealth.ca"),
"""Hi,

Met yesterday by phone, 30 minutes. We talked about my current role at the hospital library and how to explain it in interviews for academic jobs.

Priyanka""",
"Yesterday = Nov 19 (St. John's); the catalogue's own words 'current role' = current_role (interviews too).",
meeting=M("2026-11-19", 30, "phone", topics=["current_role"]),
has=["We talked about my current role at the hospital library"])

C("t10-fr-top-001", "fr", "topics", "checkin", TO, "2026-11-05 13:15", ("Sophie Martel", "sophie.martel@uqtr.ca"),
"""Bonjour,

Rencontre hier en vidéo, une heure. Elle m'a raconté comment elle est passée de l'enseignement au secondaire aux bibliothèques, et pourquoi elle n'a jamais regretté. Ça m'a fait du bien, moi qui hésite encore.

Sophie""",
"Hier = 4 nov.; son passage de l'enseignement aux bibliothèques = parcours.",
meeting=M("2026-11-04", 60, "video", topics=["career_path"]),
has=["comment elle est passée de l'enseignement au secondaire aux bibliothèques"])

C("t10-fr-top-002", "fr", "topics", "checkin", TO, "2026-11-17 19:40", ("Jean-Pierre Étienne", "jp.etienne@bibliolaval.ca"),
"""Bonsoir,

On s'est parlé dimanche au téléphone, 45 min. Je suis la seule personne racisée de mon équipe et certains commentaires commencent à me peser. Elle a vécu la même chose, ça m'a aidé à y voir plus clair.

J-P""",
"Dimanche depuis mar. 17 nov. = 15 nov.; seule personne racisée de l'équipe = diversité.",
meeting=M("2026-11-15", 45, "phone", topics=["diversity"]),
has=["Je suis la seule personne racisée de mon équipe"])

C("t10-fr-top-003", "fr", "topics", "checkin", TO, "2026-11-30 12:30", ("Valérie Côté", "valerie.cote@cssdm.gouv.qc.ca"),
"""Bonjour,

Appel vidéo jeudi passé, 40 minutes. Je suis à bout ces temps-ci et je n'arrive pas à décrocher le soir; elle m'a parlé de comment elle a appris à fermer l'ordi à 17 h pour vrai.

Valérie""",
"Jeudi passé depuis lun. 30 nov. = 26 nov.; être à bout et décrocher le soir = conciliation travail-vie.",
meeting=M("2026-11-26", 40, "video", topics=["work_life_balance"]),
has=["je n'arrive pas à décrocher le soir"], style="outlook")

C("t10-fr-top-004", "fr", "topics", "checkin", TO, "2026-11-20 08:20", ("Mélissa Ouellet", "melissa.ouellet@etu.umontreal.ca"),
"""Bonjour,

On s'est vues mercredi à la bibliothèque des lettres, une heure environ. Je lui ai parlé de mes échéances qui s'empilent (deux travaux de session et mon stage) et elle m'a montré sa façon de planifier la semaine.

Mélissa""",
"Mercredi depuis ven. 20 nov. = 18 nov.; échéances qui s'empilent = gestion du temps; en personne.",
meeting=M("2026-11-18", 60, "in_person", topics=["time_management"]),
has=["mes échéances qui s'empilent"], style="iphone")

C("t10-fr-top-005", "fr", "topics", "checkin", TO, "2026-11-09 17:00", ("Rachid El Amrani", "rachid.elamrani@usherbrooke.ca"),
"""Bonjour,

Rencontre vendredi en vidéo, 1 h. Elle siège au conseil exécutif de la CBPQ et m'a expliqué comment s'impliquer sans y laisser sa peau.

Rachid""",
"Vendredi depuis lun. 9 nov. = 6 nov.; le conseil exécutif de la CBPQ = comités et associations.",
meeting=M("2026-11-06", 60, "video", topics=["committees"]),
has=["Elle siège au conseil exécutif de la CBPQ"])

C("t10-fr-top-006", "fr", "topics", "checkin", TO, "2026-11-03 10:45", ("Chloé Bergeron", "chloe.bergeron@cegep-ste-foy.qc.ca"),
"""Bonjour,

On s'est parlé hier au téléphone, 30 minutes, surtout du Congrès des milieux documentaires : elle y va chaque année et m'a donné des trucs pour en profiter sans me ruiner.

Chloé""",
"Hier = 2 nov.; le Congrès des milieux documentaires nommé = congrès.",
meeting=M("2026-11-02", 30, "phone", topics=["conferences"]),
has=["surtout du Congrès des milieux documentaires"], style="apple")

C("t10-fr-top-007", "fr", "topics", "checkin", TO, "2026-11-25 15:35", ("Philippe Dubé", "philippe.dube@bibliotheque.qc.ca"),
"""Bonjour,

Rencontre lundi en personne, 1 h 15. On a parlé de la fusion de nos deux services en janvier et de comment garder l'équipe à bord pendant la transition.

Philippe""",
"Lundi depuis mer. 25 nov. = 23 nov.; la fusion de deux services = gestion du changement; 1 h 15 = 75.",
meeting=M("2026-11-23", 75, "in_person", topics=["change_management"]),
has=["la fusion de nos deux services en janvier"])
