from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cases():
    L = []
    L.append(reply("i6-goal-01", "en", "goals", "goals_prompt", TO, "2026-10-05 21:40",
        ("Bisi Okafor", "bisi.okafor@utoronto.ca"),
        """Hi,

In the short term I want to get my resume into shape and apply to at least three academic positions before the holidays. Longer term, I'd love to be heading up a research services unit in five or so years.

Thanks for organizing this!
Bisi""",
        "Two goals in one paragraph: a short-term resume goal and a long-term research services goal.",
        style="gmail", partner="Adaeze", goals=[G("new", "resume", horizon="short"), G("new", "research services", horizon="long")],
        has=["get my resume into shape"]))
    L.append(reply("i6-goal-02", "en", "goals", "checkin", VAN, "2026-11-02 17:15",
        ("Lina Park", "lina.park@surreylibraries.ca"),
        """Small win to report: I finished my cover letter and Jae-won says it's ready to go out. No meeting since last time though, we're both swamped.""",
        "Prose update: the cover letter goal is done; no meeting logged.",
        style="outlook", partner="Jae-won", goals=[G("done", "cover letter")],
        sig="Lina Park\nLibrary Assistant, Surrey Libraries - City Centre",
        has=["I finished my cover letter"], rnot=["Library Assistant, Surrey Libraries"]))
    L.append(reply("i6-goal-03", "en", "goals", "midsession", HFX, "2026-11-09 08:30",
        ("Kofi Mensah", "kofi.mensah@nscc.ca"),
        """Hi, I'm still working on my LinkedIn profile. The headline and summary are done, just need to add my volunteer work. Otherwise things are fine.

Kofi""",
        "Prose update: the LinkedIn goal is in progress.",
        style="gmail", partner="Trevor", goals=[G("in_progress", "linkedin")],
        has=["I'm still working on my LinkedIn profile"]))
    L.append(reply("i6-goal-04", "en", "goals", "checkin", TO, "2026-11-12 15:00",
        ("Rachel Thomas", "rachel.thomas@kpl.org"),
        """goal 2 is done!! I got my certificate in the mail yesterday.""",
        "Numbered update: goal 2 done.",
        style="iphone", partner="Joanne", goals=[G("done", ref="2")],
        has=["goal 2 is done"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-goal-05", "en", "goals", "midsession", WPG, "2026-11-16 12:45",
        ("Abdi Warsame", "abdi.warsame@wpl.winnipeg.ca"),
        """Goal 1: sent out two applications this week, one more to go before I'd call it done.

Abdi""",
        "Progress on numbered goal 1 = in progress.",
        style="outlook", partner="Grant", goals=[G("in_progress", ref="1")],
        sig="Abdi Warsame\nLibrary Clerk, Winnipeg Public Library\nThis message is intended only for the use of the individual to whom it is addressed and may contain information that is confidential.",
        has=["sent out two applications this week"], rnot=["This message is intended only for the use of the individual"]))
    L.append(reply("i6-goal-06", "en", "goals", "midsession", VAN, "2026-11-18 10:10",
        ("Sunita Rao", "srao@kwantlen.ca"),
        """Hello,

I'm dropping the goal about the cataloguing certificate. My employer won't fund it this year and I can't swing it on my own. The other two goals still fit.

Sunita""",
        "Prose update: the cataloguing certificate goal is dropped.",
        style="gmail", partner="Evelyn", goals=[G("dropped", "certificate")],
        sig="Sunita Rao (she/her)\nLibrary Technician, Kwantlen Polytechnic University Library",
        has=["I'm dropping the goal about the cataloguing certificate"], rnot=["Library Technician, Kwantlen Polytechnic University Library"]))
    L.append(reply("i6-goal-07", "en", "goals", "midsession", TO, "2026-11-10 18:20",
        ("Tariq Hussain", "tariq.hussain@yorku.ca"),
        """Hi! Things are going well. One more short-term goal I'd like to add: submit a poster proposal for the CAPAL conference before the deadline.""",
        "A new short-term goal stated in prose (poster proposal).",
        style="apple", partner="Gloria", goals=[G("new", "poster", horizon="short")],
        has=["One more short-term goal I'd like to add"]))
    L.append(reply("i6-goal-08", "en", "goals", "goals_prompt", STJ, "2026-10-06 09:05",
        ("Anjali Desai", "anjali.desai@mun.ca"),
        """Short term: finish my MLIS practicum with a good reference
Long term: become a systems librarian

Looking forward to it!

Thanks,
Anjali""",
        "Two goals; the sign-off and 'Looking forward to it!' are not goals.",
        style="gmail", partner="Colleen", goals=[G("new", "practicum", horizon="short"), G("new", "systems librarian", horizon="long")],
        has=["become a systems librarian"]))
    L.append(reply("i6-goal-09", "en", "goals", "goals_prompt", TO, "2026-10-07 13:25",
        ("Margaret Chen", "margaret.chen@ottawa.ca"),
        """Hi there,

For myself, I'd like to get better at giving constructive feedback over the next couple of months, and eventually I'd like to move into a director role.

Best,
Margaret""",
        "Mentor's own goals in prose: short-term feedback, long-term director role.",
        style="outlook", partner="Amara", role="mentor", goals=[G("new", "feedback", horizon="short"), G("new", "director", horizon="long")],
        sig="Margaret Chen\nBranch Manager, Ottawa Public Library - Nepean Centrepointe",
        has=["get better at giving constructive feedback"], rnot=["Branch Manager, Ottawa Public Library"]))
    L.append(reply("i6-goal-10", "en", "goals", "midsession", HFX, "2026-11-11 16:40",
        ("Zainab Ali", "zainab.ali@acadiau.ca"),
        """Update on goals: the CV one is done, I sent it off to three places! And I'm about halfway through the interview prep goal.""",
        "Two prose updates: CV goal done, interview prep goal in progress.",
        style="gmail", partner="Michelle", goals=[G("done", "cv"), G("in_progress", "interview")],
        has=["the CV one is done"]))
    # ---- French
    L.append(reply("i6-goal-11", "fr", "goals", "checkin", TO, "2026-11-04 11:15",
        ("Gabrielle Nguyen", "gabrielle.nguyen@umontreal.ca"),
        """Bonjour!

Bonne nouvelle : j'ai terminé mon portfolio, il est en ligne depuis lundi. Pas de rencontre cette semaine, on se reprend la semaine prochaine.

Gabrielle""",
        "Mise à jour en prose : l'objectif du portfolio est terminé; pas de rencontre.",
        style="gmail", partner="Valérie", goals=[G("done", "portfolio")],
        has=["j'ai terminé mon portfolio"]))
    L.append(reply("i6-goal-12", "fr", "goals", "goals_prompt", TO, "2026-10-05 20:10",
        ("Rachid El Amrani", "rachid.elamrani@gmail.com"),
        """Bonjour,

À court terme, j'aimerais améliorer mon CV et postuler à deux postes en bibliothèque universitaire. À plus long terme, je me vois diriger une petite bibliothèque municipale en région.

Merci beaucoup,
Rachid""",
        "Deux objectifs en prose : court terme (CV), long terme (bibliothèque municipale).",
        style="gmail", partner="Francine", goals=[G("new", "cv", horizon="short"), G("new", "municipale", horizon="long")],
        has=["je me vois diriger une petite bibliothèque municipale"]))
    L.append(reply("i6-goal-13", "fr", "goals", "midsession", TO, "2026-11-10 09:40",
        ("Mélanie Dorval-Sy", "melanie.dorvalsy@cegepgarneau.ca"),
        """Objectif 2 : c'est fait! J'ai présenté mon atelier au personnel la semaine dernière.""",
        "Mise à jour numérotée : objectif 2 terminé.",
        style="outlook", partner="Catherine", goals=[G("done", ref="2")],
        sig="Mélanie Dorval-Sy\nTechnicienne en documentation\nCégep Garneau",
        has=["c'est fait!"], rnot=["Technicienne en documentation"]))
    L.append(reply("i6-goal-14", "fr", "goals", "checkin", TO, "2026-11-17 13:30",
        ("Ahmed Benyoucef", "ahmed.benyoucef@hotmail.com"),
        """Salut,

Je travaille encore sur mon profil LinkedIn, c'est à moitié fait. Je voulais l'avoir fini avant notre prochaine rencontre mais ça avance moins vite que prévu.""",
        "Mise à jour en prose : l'objectif LinkedIn est en cours.",
        style="html_outlook", partner="Luc", goals=[G("in_progress", "linkedin")],
        has=["Je travaille encore sur mon profil LinkedIn"]))
    L.append(reply("i6-goal-15", "fr", "goals", "midsession", TO, "2026-11-13 15:50",
        ("Nathalie Vo", "nathalie.vo@usherbrooke.ca"),
        """Bonjour,

J'abandonne l'objectif du certificat en archivistique, je n'aurai pas le temps cette session avec mon nouveau poste. Les autres tiennent toujours.

Nathalie""",
        "Mise à jour en prose : l'objectif du certificat est abandonné.",
        style="gmail", partner="Sylvie", goals=[G("dropped", "certificat")],
        has=["J'abandonne l'objectif du certificat en archivistique"]))
    L.append(reply("i6-goal-16", "fr", "goals", "checkin", TO, "2026-11-19 10:30",
        ("Kenza Idrissi", "kenza.idrissi@uqam.ca"),
        """Objectif 1 : j'ai envoyé trois candidatures, j'attends des nouvelles. Je vous tiens au courant!""",
        "Progrès sur l'objectif numéro 1 = en cours.",
        style="iphone", partner="Marie", goals=[G("in_progress", ref="1")],
        has=["j'ai envoyé trois candidatures"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-goal-17", "fr", "goals", "goals_prompt", TO, "2026-10-06 08:50",
        ("Lucie Gagnon", "lucie.gagnon@bibliotheques.montreal.ca"),
        """Bonjour,

Comme personne mentore, mon objectif à court terme est d'apprendre à mieux écouter sans proposer tout de suite des solutions; à long terme, je voudrais m'impliquer au conseil de l'ABQLA.

Au plaisir,
Lucie""",
        "Objectifs de la mentore en prose : court terme (écouter), long terme (ABQLA).",
        style="outlook", partner="Youssef", role="mentor", goals=[G("new", "écouter", horizon="short"), G("new", "abqla", horizon="long")],
        sig="Lucie Gagnon\nChef de section, Bibliothèque du Boisé\nBibliothèques de Montréal",
        has=["apprendre à mieux écouter"], rnot=["Chef de section, Bibliothèque du Boisé"]))
    L.append(reply("i6-goal-18", "fr", "goals", "goals_prompt", TO, "2026-10-07 19:30",
        ("Daniela Ruiz", "daniela.ruiz@gmail.com"),
        """Bonsoir! Cette session, je veux surtout me préparer à mes entrevues, et d'ici quelques années obtenir un poste permanent dans une bibliothèque publique.

Au plaisir de travailler ensemble!
Daniela""",
        "Deux objectifs dans une phrase : court terme (entrevues), long terme (poste permanent); la salutation n'est pas un objectif.",
        style="gmail", partner="Isabelle", goals=[G("new", "entrevues", horizon="short"), G("new", "permanent", horizon="long")],
        has=["me préparer à mes entrevues"]))
    L.append(reply("i6-goal-19", "fr", "goals", "goals_prompt", TO, "2026-10-06 12:05",
        ("Wilson Jean-Baptiste", "wilson.jeanbaptiste@ulaval.ca"),
        """Bonjour,

Voici mes objectifs :
- court terme : terminer ma formation en gestion de projet
- long terme : devenir coordonnateur des services numériques

Wilson""",
        "Deux objectifs en liste : court terme (formation), long terme (services numériques).",
        style="outlook", partner="Denis", goals=[G("new", "gestion de projet", horizon="short"), G("new", "numériques", horizon="long")],
        sig="Wilson Jean-Baptiste\nCommis de bibliothèque\nBibliothèque de l'Université Laval",
        has=["terminer ma formation en gestion de projet"], rnot=["Commis de bibliothèque"]))
    L.append(reply("i6-goal-20", "fr", "goals", "midsession", TO, "2026-11-12 14:20",
        ("Sandrine Moreau-Kim", "sandrine.moreaukim@polymtl.ca"),
        """Bonjour,

Mon CV est enfin à jour (objectif 1 atteint!). J'ajoute un nouvel objectif à court terme : suivre la formation sur les données ouvertes offerte en janvier.

Sandrine""",
        "Objectif 1 terminé, plus un nouvel objectif à court terme (formation sur les données ouvertes).",
        style="gmail", partner="Hélène", goals=[G("done", ref="1"), G("new", "données ouvertes", horizon="short")],
        has=["objectif 1 atteint"]))
    return L
