from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cases():
    L = []
    # Thu 2026-11-05
    L.append(reply("i6-meet-01", "en", "meeting", "checkin", TO, "2026-11-05 08:41",
        ("Farah Siddiqui", "farah.siddiqui@torontopubliclibrary.ca"),
        """Hi there,

Lots going on this week: I started the new contract at the branch on Monday, Priya and I did a 45 minute Zoom on Tuesday, and I finally handed in my MLIS capstone!

Will write again after our next chat.

Farah""",
        "Meeting told in one sentence with other news; Tuesday = 2026-11-03 (Monday is the contract start, not the meeting); 45 min; Zoom = video.",
        sig="Farah Siddiqui (she/her)\nLibrary Assistant, Children's Services\nToronto Public Library | Parkdale Branch",
        style="outlook", partner="Priya", meeting=M("2026-11-03", 45, "video"),
        has=["Priya and I did a 45 minute Zoom on Tuesday"], rnot=["Library Assistant, Children's Services"]))
    # Thu 2026-11-12, Vancouver
    L.append(reply("i6-meet-02", "en", "meeting", "checkin", VAN, "2026-11-12 13:05",
        ("Grace Liu", "gliu@bpl.bc.ca"),
        """We finally connected! It was on Monday the 9th. We talked for about an hour and a half, which went by way too fast. I went over to her branch in Burnaby, so it was in person this time.

Thanks for the nudges, they helped.""",
        "Date, length and way spread over three sentences: Monday the 9th = 2026-11-09, about 90 min, in person at her branch.",
        sig="Grace Liu\nLibrary Technician | Burnaby Public Library\n604-436-5400", style="gmail", partner="Mei",
        meeting=M("2026-11-09", 90, "in_person"),
        has=["It was on Monday the 9th"], rnot=["Library Technician | Burnaby Public Library"]))
    # Wed 2026-10-21 Halifax
    L.append(reply("i6-meet-03", "en", "meeting", "checkin", HFX, "2026-10-21 19:22",
        ("Olu Adeyemi", "olu.adeyemi@dal.ca"),
        """Met with Daniel yesterady over the phone for about 30 min. We talked about the panel interview I have next week at the provincial library, he gave me some good tips on behavioural questions.""",
        "Typo 'yesterady' still means yesterday = 2026-10-20; 30 min; phone; interviews.",
        sig="Olu Adeyemi\nMLIS candidate, Dalhousie University", style="iphone", partner="Daniel",
        meeting=M("2026-10-20", 30, "phone", ["interviews"]),
        has=["Met with Daniel yesterady over the phone"], rnot=["Sent from my iPhone", "MLIS candidate, Dalhousie University"]))
    # Fri 2026-10-16 Winnipeg
    L.append(reply("i6-meet-04", "en", "meeting", "checkin", WPG, "2026-10-16 10:30",
        ("Jasmine Kaur", "jkaur@winnipeg.ca"),
        """Hello,

We met at the Forks Market coffee shop on October 14 for an hour. Mostly we talked about the work culture at my branch and how to deal with a difficult colleague who keeps taking credit for my programs.

Jasmine""",
        "Coffee shop = in person; October 14 = 2026-10-14; 60 min; work culture / difficult colleague = work_scenarios.",
        sig="Jasmine Kaur | Library Assistant\nWinnipeg Public Library - Millennium\nWinnipeg Public Library acknowledges that we are on Treaty 1 territory and the homeland of the Red River Métis.",
        style="outlook", partner="Helen", meeting=M("2026-10-14", 60, "in_person", ["work_scenarios"]),
        has=["Forks Market coffee shop on October 14"], rnot=["acknowledges that we are on Treaty 1 territory"]))
    # Fri 2026-11-20 St John's
    L.append(reply("i6-meet-05", "en", "meeting", "nudge", STJ, "2026-11-20 15:48",
        ("Ravi Menon", "rmenon@mun.ca"),
        """Sorry for the silence! We did meet this week. Thursday - no wait, it was Wednesday, Thursday was my dentist appointment. 40 min on a Teams video call.""",
        "Self-correction is clear: Wednesday = 2026-11-18; 40 min; Teams video call = video.",
        sig="Ravi Menon\nPublic Services Librarian\nQueen Elizabeth II Library, Memorial University of Newfoundland",
        style="outlook", partner="Sandra", meeting=M("2026-11-18", 40, "video"),
        has=["it was Wednesday, Thursday was my dentist appointment"], rnot=["Public Services Librarian"]))
    # Mon 2026-11-16 Toronto, HTML gmail, "today"
    L.append(reply("i6-meet-06", "en", "meeting", "checkin", TO, "2026-11-16 14:10",
        ("Kwesi Boateng", "kwesi.boateng@gmail.com"),
        """Good news on all fronts: my manager approved my funding request, Kwame and I had a really good one-hour call by phone at lunch today, and I've started drafting my application for the Hamilton position.

Thanks!""",
        "One sentence with other news: call today = 2026-11-16; one hour; 'by phone at lunch' is phone only.",
        sig="Kwesi Boateng\nCirculation Supervisor, Brampton Library", style="html_gmail", partner="Kwame",
        meeting=M("2026-11-16", 60, "phone"),
        has=["Kwame and I had a really good one-hour call by phone at lunch today"], rnot=["Circulation Supervisor, Brampton Library"]))
    # Tue 2026-11-10 Vancouver, warn: no date
    L.append(reply("i6-meet-07", "en", "meeting", "checkin", VAN, "2026-11-10 21:15",
        ("Marisol Reyes", "marisol.reyes@ubc.ca"),
        """hi! we finally had our first chat, about an hour on Zoom, mostly about how she got into librarianship after working in publishing. Sorry, I honestly can't remember which day it was. Sometime last week.""",
        "Meeting happened but the date is vague ('sometime last week'): date null and warn; 60 min; Zoom = video; career path.",
        style="gmail", partner="Linh", meeting=M(None, 60, "video", ["career_path"]), warn=True,
        has=["we finally had our first chat"]))
    # Wed 2026-11-04 Toronto, two meetings
    L.append(reply("i6-meet-08", "en", "meeting", "checkin", TO, "2026-11-04 09:02",
        ("Daniel Osei", "d.osei@uottawa.ca"),
        """Two meetings to log since the last check-in:

Oct 27 - video, 30 min, talked about my resume
Nov 3 - phone, 45 min, mostly about the job market in Ottawa

Thanks,
Daniel""",
        "Two meetings logged; the first is Oct 27 (video, 30 min, resume = job_applications).",
        sig="Daniel Osei\nLiaison Librarian (term), University of Ottawa Library\nBibliothécaire de liaison (poste temporaire), Bibliothèque de l'Université d'Ottawa",
        style="outlook", partner="Nana", count=2, meeting=M("2026-10-27", 30, "video", ["job_applications"]),
        has=["Oct 27 - video, 30 min"], rnot=["Liaison Librarian (term), University of Ottawa Library"]))
    # Tue 2026-11-17 Halifax next meeting
    L.append(reply("i6-meet-09", "en", "meeting", "checkin", HFX, "2026-11-17 11:37",
        ("Aisha Mohamed", "aisha.mohamed@halifaxlibraries.ca"),
        """Hi,

We spoke on Nov 16 for 50 minutes over Google Meet about managing a team of student workers (I'm supervising four of them now, yikes). Our next one is booked for Nov 30.

Aisha""",
        "Nov 16 = 2026-11-16; 50 min; Google Meet = video; managing a team = management; next meeting 2026-11-30.",
        sig="Aisha Mohamed\nBranch Assistant, Halifax Public Libraries\nWe acknowledge that we are in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq People.",
        style="gmail", partner="Yusuf", meeting=M("2026-11-16", 50, "video", ["management"], "2026-11-30"),
        has=["We spoke on Nov 16 for 50 minutes over Google Meet"], rnot=["the ancestral and unceded territory of the Mi'kmaq People"]))
    # Mon 2026-11-23 Winnipeg, spread
    L.append(reply("i6-meet-10", "en", "meeting", "checkin", WPG, "2026-11-23 08:15",
        ("Tomas Villanueva", "tvillanueva@umanitoba.ca"),
        """Yes, we met. Thursday afternoon, at the little cafe in the Millennium Library. It must have been an hour and 15 minutes because I was late picking up my son from daycare.

We talked mostly about balancing work and being a new dad.""",
        "Spread over sentences: Thursday = 2026-11-19; 75 min; a cafe = in person; balancing work and family = work_life_balance.",
        style="apple", partner="Carlos", meeting=M("2026-11-19", 75, "in_person", ["work_life_balance"]),
        has=["at the little cafe in the Millennium Library"]))
    # ---- French
    # Thu 2026-10-15 Montreal
    L.append(reply("i6-meet-11", "fr", "meeting", "checkin", TO, "2026-10-15 12:20",
        ("Nadia Benali", "nadia.benali@banq.qc.ca"),
        """Bonjour!

Petite mise à jour : on s'est parlé hier en visio pendant 45 minutes, surtout au sujet de ma lettre de présentation pour le poste à la BAnQ.

Bonne journée,
Nadia""",
        "Hier = 2026-10-14; 45 min; visio = vidéo; lettre de présentation = job_applications.",
        sig="Nadia Benali\nTechnicienne en documentation\nBibliothèque et Archives nationales du Québec",
        style="outlook", partner="Sophie", meeting=M("2026-10-14", 45, "video", ["job_applications"]),
        has=["on s'est parlé hier en visio pendant 45 minutes"], rnot=["Technicienne en documentation"]))
    # Mon 2026-11-16 Montreal, one sentence with news
    L.append(reply("i6-meet-12", "fr", "meeting", "checkin", TO, "2026-11-16 09:05",
        ("Mireille Joseph", "mireille.joseph@gmail.com"),
        """Grosse semaine : j'ai obtenu ma permanence, mon chum a commencé un nouvel emploi et Josée et moi on s'est vues jeudi au Café Olimpico pendant une heure et quart.

On se reparle bientôt!""",
        "Rencontre dans une phrase avec d'autres nouvelles : jeudi = 2026-11-12; une heure et quart = 75 min; café = en personne.",
        style="gmail", partner="Josée", meeting=M("2026-11-12", 75, "in_person"),
        has=["on s'est vues jeudi au Café Olimpico"]))
    # Mon 2026-10-26 Quebec City
    L.append(reply("i6-meet-13", "fr", "meeting", "nudge", TO, "2026-10-26 16:40",
        ("Hugo Tremblay-Nguyen", "hugo.tremblay-nguyen@ulaval.ca"),
        """Bonjour,

On a finalement réussi à se parler. C'était le 22 octobre. Ça a duré 1 h 30. On l'a fait par téléphone parce que ma connexion internet était en panne ce jour-là.

Merci de votre patience!""",
        "Date, durée et mode dans trois phrases : 2026-10-22, 1 h 30 = 90 min, téléphone.",
        sig="Hugo Tremblay-Nguyen\nBibliothécaire-conseil\nBibliothèque de l'Université Laval",
        style="outlook", partner="Louise", meeting=M("2026-10-22", 90, "phone"),
        has=["C'était le 22 octobre"], rnot=["Bibliothécaire-conseil"]))
    # Tue 2026-11-24, warn "au début du mois"
    L.append(reply("i6-meet-14", "fr", "meeting", "checkin", TO, "2026-11-24 10:12",
        ("Fatou Diallo", "fatou.diallo@biblio.sherbrooke.ca"),
        """Bonjour,

Oui, on s'est vues au début du mois, à la bibliothèque, pendant environ une heure. Je n'ai pas noté la date exacte, désolée.

Fatou""",
        "« au début du mois » est vague : date nulle et avertissement; environ une heure = 60; à la bibliothèque = en personne.",
        style="apple", partner="Claire", meeting=M(None, 60, "in_person"), warn=True,
        has=["on s'est vues au début du mois"]))
    # Fri 2026-10-30 self-correction
    L.append(reply("i6-meet-15", "fr", "meeting", "checkin", TO, "2026-10-30 14:55",
        ("Samuel Pierre-Louis", "spierrelouis@cegepmontpetit.ca"),
        """Rencontre mardi... non, mercredi en fait, je mélange mes journées cette semaine. 30 minutes en vidéo sur Teams.""",
        "Autocorrection claire : mercredi = 2026-10-28; 30 min; vidéo.",
        sig="Samuel Pierre-Louis\nBibliothécaire\nCégep Édouard-Montpetit",
        style="iphone", partner="Martin", meeting=M("2026-10-28", 30, "video"),
        has=["non, mercredi en fait"], rnot=["Envoyé de mon iPhone"]))
    # Mon 2026-11-09, mardi dernier
    L.append(reply("i6-meet-16", "fr", "meeting", "checkin", TO, "2026-11-09 11:30",
        ("Amina Traoré", "amina.traore.1@ulaval.ca"),
        """Bonjour,

Nous nous sommes rencontrées mardi dernier au café près du pavillon Bonenfant, environ 40 minutes. On a parlé de mon parcours et de mes études à l'EBSI.

Merci!""",
        "Mardi dernier (envoyé un lundi) = 2026-11-03; 40 min; café = en personne; parcours et études = career_path, current_role.",
        style="gmail", partner="Geneviève", meeting=M("2026-11-03", 40, "in_person", ["career_path", "current_role"]),
        has=["Nous nous sommes rencontrées mardi dernier"]))
    # Tue 2026-11-10 two meetings
    L.append(reply("i6-meet-17", "fr", "meeting", "checkin", TO, "2026-11-10 08:50",
        ("Kevin Lam", "kevin.lam@bibliotheques.montreal.ca"),
        """Bonjour,

Deux rencontres depuis le dernier suivi :
- le 2 novembre, appel téléphonique de 20 minutes
- le 9 novembre, une heure sur Zoom

Kevin""",
        "Deux rencontres; la première : 2026-11-02, 20 min, téléphone.",
        sig="Kevin Lam\nAgent de bibliothèque | Bibliothèques de Montréal\nArrondissement de Rosemont–La Petite-Patrie",
        style="outlook", partner="Éric", count=2, meeting=M("2026-11-02", 20, "phone"),
        has=["le 2 novembre, appel téléphonique de 20 minutes"], rnot=["Agent de bibliothèque | Bibliothèques de Montréal"]))
    # Thu 2026-11-26 topics by number + next
    L.append(reply("i6-meet-18", "fr", "meeting", "checkin", TO, "2026-11-26 08:20",
        ("Roxanne Chen", "roxanne.chen@uqam.ca"),
        """On s'est parlé hier soir par Zoom, une heure pile. On a couvert les sujets 7 et 14 de votre liste. Prochaine rencontre le 4 décembre.""",
        "Hier = 2026-11-25; 60 min; vidéo; sujets 7 et 14 de la liste citée = interviews, conferences; prochaine 2026-12-04.",
        style="gmail", partner="Isabelle", topics=["interviews", "conferences", "time_management"],
        meeting=M("2026-11-25", 60, "video", ["interviews", "conferences"], "2026-12-04"),
        has=["On s'est parlé hier soir par Zoom"]))
    # Wed 2026-11-04 Moncton, HTML outlook
    L.append(reply("i6-meet-19", "fr", "meeting", "checkin", HFX, "2026-11-04 13:33",
        ("Chantal Mbeki", "chantal.mbeki@umoncton.ca"),
        """Bonjour,

On s'est rencontrés le 3 novembre à Moncton, en personne, pendant deux heures. Ma mentore m'a surtout parlé de son travail au conseil exécutif de l'association des bibliothécaires du Nouveau-Brunswick.

Merci,
Chantal""",
        "2026-11-03; deux heures = 120 min; en personne; conseil exécutif d'une association = committees.",
        sig="Chantal Mbeki\nBibliothécaire de référence\nBibliothèque Champlain, Université de Moncton",
        style="html_outlook", partner="Monique", meeting=M("2026-11-03", 120, "in_person", ["committees"]),
        has=["On s'est rencontrés le 3 novembre à Moncton"], rnot=["Bibliothèque Champlain, Université de Moncton"]))
    # Wed 2026-10-07 Saint-Boniface
    L.append(reply("i6-meet-20", "fr", "meeting", "checkin", WPG, "2026-10-07 17:45",
        ("Élise Kabongo", "elise.kabongo@ustboniface.ca"),
        """Allô! Mon fils a commencé la garderie, j'ai enfin fini de déménager, et Karim et moi avons fait un appel vidéo de 50 minutes lundi pour préparer mon entrevue à la bibliothèque de l'USB.

À bientôt""",
        "Rencontre dans une phrase avec d'autres nouvelles : lundi = 2026-10-05; 50 min; vidéo; entrevue = interviews.",
        style="gmail", partner="Karim", meeting=M("2026-10-05", 50, "video", ["interviews"]),
        has=["Karim et moi avons fait un appel vidéo de 50 minutes lundi"]))
    return L
