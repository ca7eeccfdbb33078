from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cases():
    L = []
    L.append(reply("i6-top-01", "en", "topics", "checkin", VAN, "2026-10-22 12:10",
        ("Joy Santos", "joy.santos@vpl.ca"),
        """Hi,

We had a video call yesterday, about 40 minutes. Rosa told me the whole story of how she went from being a bank teller in Manila to running a branch here, and how long it took to get her credentials recognized. Really inspiring.

Joy""",
        "Her story of getting from bank teller to branch head is her path into librarianship = career_path; 2026-10-21, 40 min, video.",
        sig="Joy Santos\nLibrary Assistant II, Vancouver Public Library\nI live and work on the unceded territories of the xwmethkwey'em (Musqueam), Skwxwu7mesh (Squamish), and Selilwitulh (Tsleil-Waututh) Nations.",
        style="gmail", partner="Rosa", meeting=M("2026-10-21", 40, "video", ["career_path"]),
        has=["how she went from being a bank teller in Manila"], rnot=["I live and work on the unceded territories"]))
    L.append(reply("i6-top-02", "en", "topics", "checkin", TO, "2026-11-06 16:02",
        ("Andre Williams", "andre.williams@mississauga.ca"),
        """We met Wednesday at lunch, in person, for about an hour. A lot of it was about what it's like being the only Black staff member at my branch, and the little comments you get used to hearing. It helped to talk to someone who's been there.""",
        "Being the only Black staff member and 'little comments' = diversity; Wednesday = 2026-11-04; 60 min; in person.",
        style="outlook", partner="Marcus", meeting=M("2026-11-04", 60, "in_person", ["diversity"]),
        sig="Andre Williams\nPage, Mississauga Library | Central Library",
        has=["being the only Black staff member at my branch"], rnot=["Page, Mississauga Library"]))
    L.append(reply("i6-top-03", "en", "topics", "checkin", HFX, "2026-11-13 20:30",
        ("Priyanka Sharma", "psharma@smu.ca"),
        """Quick log: phone call on Nov 12, maybe 35 minutes. I admitted I've been completely fried lately and answering work email at 11pm, so we talked about how to actually switch off in the evenings and protect my weekends.""",
        "Being fried, switching off in the evenings, protecting weekends = work_life_balance; 2026-11-12, 35 min, phone.",
        style="iphone", partner="Heather", meeting=M("2026-11-12", 35, "phone", ["work_life_balance"]),
        has=["how to actually switch off in the evenings"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-top-04", "en", "topics", "checkin", WPG, "2026-10-29 09:45",
        ("Minh Tran", "minh.tran@uwinnipeg.ca"),
        """Hello! Vinh and I met on Zoom on Tuesday for half an hour. I'm juggling three project deadlines at the end of the month and he shared how he plans his weeks and decides what can slip.

Minh""",
        "Juggling deadlines and planning the week = time_management; Tuesday = 2026-10-27; 30 min; video.",
        style="gmail", partner="Vinh", meeting=M("2026-10-27", 30, "video", ["time_management"]),
        sig="Minh Tran\nArchives Assistant, University of Winnipeg Archives",
        has=["I'm juggling three project deadlines"], rnot=["Archives Assistant, University of Winnipeg Archives"]))
    L.append(reply("i6-top-05", "en", "topics", "checkin", TO, "2026-11-19 10:05",
        ("Sara Haile", "sara.haile@ottawapubliclibrary.ca"),
        """Hi, we had a phone call yesterday (about 25 min). We talked about my job, mainly whether I should ask for more hours at the info desk or look elsewhere.

Sara""",
        "'my job' = current_role; yesterday = 2026-11-18; 25 min; phone.",
        style="outlook", partner="Ruth", meeting=M("2026-11-18", 25, "phone", ["current_role"]),
        sig="Sara Haile | Customer Service Assistant\nOttawa Public Library / Bibliothèque publique d'Ottawa",
        has=["We talked about my job"], rnot=["Customer Service Assistant"]))
    L.append(reply("i6-top-06", "en", "topics", "checkin", VAN, "2026-11-25 15:20",
        ("Hannah Cho", "hcho@sfu.ca"),
        """We met today over coffee on campus, about 45 min. Main thing was whether I should run for a spot on the BCLA executive next year and what that time commitment really looks like.""",
        "Running for an association's executive = committees; today = 2026-11-25; 45 min; coffee = in person.",
        style="apple", partner="Wen", meeting=M("2026-11-25", 45, "in_person", ["committees"]),
        has=["run for a spot on the BCLA executive"]))
    L.append(reply("i6-top-07", "en", "topics", "checkin", TO, "2026-11-27 11:11",
        ("Imran Qureshi", "imran.qureshi@hamiltonpl.ca"),
        """Logged: Nov 24, video, 1 hr. Aaliyah is presenting at the OLA Super Conference in January and walked me through how she put her proposal together. I might try for next year.""",
        "The OLA Super Conference (a named conference) = conferences; 2026-11-24, 60 min, video.",
        style="outlook", partner="Aaliyah", meeting=M("2026-11-24", 60, "video", ["conferences"]),
        sig="Imran Qureshi\nLibrary Technician, Local History & Archives\nHamilton Public Library",
        has=["presenting at the OLA Super Conference in January"], rnot=["Library Technician, Local History & Archives"]))
    L.append(reply("i6-top-08", "en", "topics", "checkin", STJ, "2026-10-20 14:25",
        ("Nkechi Obi", "nobi@nl.library.ca"),
        """Date: Oct 19
Length: 30 min
How: phone
Notes: we compared our current roles, mine at a rural branch and hers at the provincial resource library.""",
        "Structured log; 'current roles' (catalogue words) = current_role; 2026-10-19, 30 min, phone.",
        style="gmail", partner="Bridget", meeting=M("2026-10-19", 30, "phone", ["current_role"]),
        has=["we compared our current roles"]))
    L.append(reply("i6-top-09", "en", "topics", "checkin", TO, "2026-11-10 13:50",
        ("Leila Haddad", "leila.haddad@queensu.ca"),
        """Met Monday on Teams video for 40 minutes. Mostly about how her library is writing guidelines for students using ChatGPT and other AI tools, which is something I'd like to get involved in.""",
        "ChatGPT and AI tools = technology; Monday = 2026-11-09; 40 min; video.",
        style="html_outlook", partner="Diane", meeting=M("2026-11-09", 40, "video", ["technology"]),
        sig="Leila Haddad\nLearning & Research Services Assistant\nQueen's University Library",
        has=["students using ChatGPT and other AI tools"], rnot=["Learning & Research Services Assistant"]))
    L.append(reply("i6-top-10", "en", "topics", "checkin", WPG, "2026-12-01 09:30",
        ("Ricardo Alvarez", "ralvarez@brandonu.ca"),
        """Hi all, Farid and I talked by phone on Nov 27 for about an hour. My contract ends in March and we went over whether it's worth joining the union now and what the job market looks like on the prairies.

Cheers""",
        "Contract ending, union, job market = job_precarity; 2026-11-27, 60 min, phone.",
        style="gmail", partner="Farid", meeting=M("2026-11-27", 60, "phone", ["job_precarity"]),
        has=["My contract ends in March"]))
    # ---- French
    L.append(reply("i6-top-11", "fr", "topics", "checkin", TO, "2026-10-23 10:40",
        ("Yasmina Cherif", "yasmina.cherif@umontreal.ca"),
        """Bonjour,

Rencontre Zoom hier, environ 45 minutes. Samira m'a raconté comment elle est passée de l'enseignement au Maroc à la bibliothèque, et toutes les étapes pour faire reconnaître ses diplômes ici.

Yasmina""",
        "Le récit de son passage de l'enseignement à la bibliothèque = career_path; hier = 2026-10-22; 45 min; vidéo.",
        style="outlook", partner="Samira", meeting=M("2026-10-22", 45, "video", ["career_path"]),
        sig="Yasmina Cherif\nÉtudiante à la maîtrise, EBSI\nUniversité de Montréal",
        has=["comment elle est passée de l'enseignement au Maroc"], rnot=["Étudiante à la maîtrise, EBSI"]))
    L.append(reply("i6-top-12", "fr", "topics", "checkin", TO, "2026-11-05 14:15",
        ("Jean-Robert Célestin", "jr.celestin@biblio.laval.ca"),
        """Bonjour,

On s'est vus en personne mardi, une heure. On a surtout parlé du fait que je suis la seule personne racisée de mon équipe et des remarques qu'on me fait sur mon accent.

Merci""",
        "Seule personne racisée de l'équipe, remarques sur l'accent = diversity; mardi = 2026-11-03; 60 min; en personne.",
        style="gmail", partner="Pierre", meeting=M("2026-11-03", 60, "in_person", ["diversity"]),
        has=["la seule personne racisée de mon équipe"]))
    L.append(reply("i6-top-13", "fr", "topics", "checkin", TO, "2026-11-20 19:10",
        ("Marie-Ève Phan", "marieeve.phan@videotron.ca"),
        """Appel téléphonique le 19 novembre, 30 minutes. Je lui ai avoué que je suis à bout ces temps-ci et on a parlé de comment décrocher le soir et de ne plus lire mes courriels de travail la fin de semaine.""",
        "À bout, décrocher le soir = work_life_balance; 2026-11-19; 30 min; téléphone.",
        style="iphone", partner="Lucie", meeting=M("2026-11-19", 30, "phone", ["work_life_balance"]),
        has=["comment décrocher le soir"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-top-14", "fr", "topics", "checkin", TO, "2026-10-28 08:55",
        ("Olivier Ngo", "olivier.ngo@uqtr.ca"),
        """Bonjour,

Rencontre vidéo lundi, 40 minutes. J'ai trois dossiers à remettre la même semaine et Bernard m'a montré comment il planifie ses semaines pour arriver à tout remettre à temps.

Olivier Ngo""",
        "Remettre trois dossiers à temps, planifier ses semaines = time_management; lundi = 2026-10-26; 40 min; vidéo.",
        style="outlook", partner="Bernard", meeting=M("2026-10-26", 40, "video", ["time_management"]),
        sig="Olivier Ngo\nBibliotechnicien, Service de la bibliothèque\nUniversité du Québec à Trois-Rivières",
        has=["comment il planifie ses semaines"], rnot=["Bibliotechnicien, Service de la bibliothèque"]))
    L.append(reply("i6-top-15", "fr", "topics", "checkin", TO, "2026-11-12 12:30",
        ("Laïla Rahmani", "laila.rahmani@gmail.com"),
        """Salut! On s'est parlé en visio hier pendant une heure. Diane siège au conseil d'administration de la Corporation des bibliothécaires professionnels et elle m'encourage à m'impliquer; on a parlé de ce que ça demande vraiment.""",
        "Conseil d'administration d'une corporation professionnelle = committees; hier = 2026-11-11; 60 min; vidéo.",
        style="gmail", partner="Diane", meeting=M("2026-11-11", 60, "video", ["committees"]),
        has=["Diane siège au conseil d'administration"]))
    L.append(reply("i6-top-16", "fr", "topics", "checkin", TO, "2026-11-03 16:45",
        ("Frédéric Ouellet-Diop", "f.ouelletdiop@cegepsherbrooke.qc.ca"),
        """Bonjour,

Nous nous sommes rencontrés le 30 octobre au café, environ 45 minutes. Elle m'a parlé du Congrès des milieux documentaires et m'a conseillé d'y aller cette année pour me faire connaître.

Frédéric""",
        "Le Congrès des milieux documentaires = conferences; 2026-10-30; 45 min; café = en personne.",
        style="apple", partner="Nathalie", meeting=M("2026-10-30", 45, "in_person", ["conferences"]),
        has=["Elle m'a parlé du Congrès des milieux documentaires"]))
    L.append(reply("i6-top-17", "fr", "topics", "checkin", TO, "2026-11-18 09:20",
        ("Aïcha Konaté", "aicha.konate@usherbrooke.ca"),
        """Rencontre hier sur Teams (vidéo), 1 h. Elle m'a fait passer une fausse entrevue pour le poste de bibliothécaire de liaison, avec les questions du comité et tout. Très utile!

Aïcha""",
        "Une fausse entrevue = interviews; hier = 2026-11-17; 60 min; vidéo.",
        style="outlook", partner="Julie", meeting=M("2026-11-17", 60, "video", ["interviews"]),
        sig="Aïcha Konaté\nTechnicienne en documentation\nService des bibliothèques et archives, Université de Sherbrooke",
        has=["Elle m'a fait passer une fausse entrevue"], rnot=["Service des bibliothèques et archives"]))
    L.append(reply("i6-top-18", "fr", "topics", "checkin", TO, "2026-10-09 11:00",
        ("Thierry Mukendi", "thierry.mukendi@ville.gatineau.qc.ca"),
        """Bonjour,

Appel de 30 minutes par téléphone mercredi. On a parlé de la fusion de nos deux succursales l'an prochain et de comment l'équipe vit tout ce changement.

Merci!""",
        "Fusion de deux succursales, vivre le changement = change_management; mercredi = 2026-10-07; 30 min; téléphone.",
        style="gmail", partner="André", meeting=M("2026-10-07", 30, "phone", ["change_management"]),
        sig="Thierry Mukendi\nBibliothécaire, Réseau des bibliothèques de Gatineau",
        has=["la fusion de nos deux succursales"], rnot=["Réseau des bibliothèques de Gatineau"]))
    L.append(reply("i6-top-19", "fr", "topics", "checkin", TO, "2026-11-24 17:05",
        ("Sophie Bélanger-Tran", "sophie.belangertran@bibliothequedequebec.qc.ca"),
        """Bonjour,

On s'est vus vendredi à la bibliothèque Gabrielle-Roy pendant une heure. Je deviens chef d'équipe en janvier et elle m'a donné des conseils pour diriger une équipe de techniciens qui étaient mes collègues jusqu'ici.

Sophie""",
        "Devenir chef d'équipe et diriger une équipe = management; vendredi = 2026-11-20; 60 min; à la bibliothèque = en personne.",
        style="outlook", partner="Chantale", meeting=M("2026-11-20", 60, "in_person", ["management"]),
        sig="Sophie Bélanger-Tran\nBibliothécaire, Bibliothèque de Québec",
        has=["diriger une équipe de techniciens"], rnot=["Bibliothécaire, Bibliothèque de Québec"]))
    L.append(reply("i6-top-20", "fr", "topics", "checkin", WPG, "2026-10-14 10:25",
        ("Paul-Émile Nkurunziza", "pe.nkurunziza@ustboniface.ca"),
        """Rencontre vidéo le 13 octobre, 50 minutes. Je m'intéresse au catalogage et aux métadonnées, alors Hélène m'a montré comment son équipe décrit les fonds franco-manitobains.""",
        "Catalogage et métadonnées = specialties; 2026-10-13; 50 min; vidéo.",
        style="gmail", partner="Hélène", meeting=M("2026-10-13", 50, "video", ["specialties"]),
        has=["Je m'intéresse au catalogage et aux métadonnées"]))
    return L
