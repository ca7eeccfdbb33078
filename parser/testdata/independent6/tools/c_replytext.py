from build import *
from c_notmeeting import DISC_EN, DISC_FR
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cases():
    L = []
    L.append(reply("i6-rt-01", "en", "reply_text", "checkin", VAN, "2026-11-03 11:20",
        ("Naomi Sato", "naomi.sato@ubc.ca"),
        """Hi,

We met yesterday for an hour on Zoom. Mostly talked about my application for the Koerner reference position.

Naomi""",
        "Land acknowledgement and title in the Outlook signature must be cut; the meeting itself is 2026-11-02, 60 min, video.",
        style="outlook", partner="Kiyoshi",
        sig="Naomi Sato (she/her)\nReference Assistant | Koerner Library\nThe University of British Columbia | Vancouver Campus\n\nUBC's Point Grey campus is located on the traditional, ancestral and unceded territory of the Musqueam people.",
        meeting=M("2026-11-02", 60, "video", ["job_applications"]),
        has=["We met yesterday for an hour on Zoom"], rnot=["Reference Assistant | Koerner Library", "located on the traditional, ancestral and unceded territory of the Musqueam people"]))
    L.append(reply("i6-rt-02", "en", "reply_text", "nudge", TO, "2026-11-18 16:40",
        ("Kevin Park", "kevin.park@ontario.ca"),
        """Thanks for checking in. We're fine, just busy; I'll set something up with Charles for next week.

Kevin""",
        "A long legal disclaimer under the signature must be cut; nothing else to log.",
        style="outlook", partner="Charles",
        sig="Kevin Park\nSenior Information Analyst\nArchives of Ontario | Ministry of Public and Business Service Delivery\n\n" + DISC_EN,
        has=["I'll set something up with Charles for next week"], rnot=["Senior Information Analyst", "destroy all copies of the original message"]))
    L.append(reply("i6-rt-03", "en", "reply_text", "checkin", HFX, "2026-11-06 10:10",
        ("Salma Yusuf", "salma.yusuf@gmail.com"),
        """Hi!

Phone call with Brian on Nov 5, about 45 minutes. He shared some great tips on negotiating salary.

Thanks,
Salma""",
        "HTML-only Gmail reply: gmail_signature and gmail_quote must be cut; meeting 2026-11-05, 45 min, phone.",
        style="html_gmail", partner="Brian",
        sig="Salma Yusuf, MLIS\nLibrary Technician, Halifax Central Library\n(902) 555-0143",
        meeting=M("2026-11-05", 45, "phone"),
        has=["Phone call with Brian on Nov 5, about 45 minutes"], rnot=["Library Technician, Halifax Central Library", "Plain sentences work too"], quote_phrase=False))
    L.append(reply("i6-rt-04", "en", "reply_text", "midsession", WPG, "2026-11-12 13:35",
        ("Elena Cruz", "elena.cruz@umanitoba.ca"),
        """Hello,

Halfway already! Our conversations have been covering what I hoped, and I think my goals still fit. No changes for now.

Elena""",
        "HTML-only Outlook reply: signature with Treaty 1 acknowledgement and the divRplyFwdMsg quote must be cut.",
        style="html_outlook", partner="Gail",
        sig="Elena Cruz\nArchivist, University of Manitoba Archives & Special Collections\nThe University of Manitoba campuses are located on original lands of Anishinaabeg, Ininiwak, Anisininewuk, Dakota Oyate and Denesuline, and on the National Homeland of the Red River Metis.",
        has=["Our conversations have been covering what I hoped"], rnot=["University of Manitoba Archives & Special Collections", "National Homeland of the Red River Metis", "A few questions worth a moment of thought"], quote_phrase=False))
    L.append(reply("i6-rt-05", "en", "reply_text", "checkin", TO, "2026-10-30 18:05",
        ("Devika Nair", "devika.nair@icloud.com"),
        """Met Leanne today at Balzac's downtown, about 40 min. Great chat about LinkedIn and networking""",
        "iPhone reply: the mobile footer and the Apple quote must be cut; meeting today 2026-10-30, 40 min, in person (a named cafe).",
        style="iphone", partner="Leanne",
        meeting=M("2026-10-30", 40, "in_person", ["lis_resources"]),
        has=["Met Leanne today at Balzac's downtown"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-rt-06", "en", "reply_text", "checkin", STJ, "2026-11-24 09:50",
        ("Femi Adewale", "femi.adewale@mun.ca"),
        """Hi,

Nothing new to log this week, we're meeting Thursday. Just wanted to say the topic suggestions have been really useful.

Femi""",
        "'-----Original Message-----' quote and the university confidentiality footer must be cut; no meeting (only planned).",
        style="original", partner="Moira",
        sig="Femi Adewale\nInformation Services Technician, Health Sciences Library\nMemorial University of Newfoundland\n\nThis email and any attachments are confidential and intended solely for the addressee. If you received this email in error, please notify the sender and delete it.",
        has=["the topic suggestions have been really useful"], rnot=["Information Services Technician, Health Sciences Library", "If you received this email in error, please notify the sender"]))
    L.append(reply("i6-rt-07", "en", "reply_text", "goals_prompt", TO, "2026-10-06 22:15",
        ("Thanh Huong Le", "thanhhuong.le@gmail.com"),
        """Short term: finish the SQL course I started in September
Long term: move into a data librarian role

Thanks!""",
        "Base64-encoded reply with a Gmail quote: the quoted goals example must not become goals; two goals of her own.",
        style="gmail", enc="b64", partner="Sunil",
        goals=[G("new", "sql", horizon="short"), G("new", "data librarian", horizon="long")],
        has=["finish the SQL course I started in September"], rnot=["lead a public services team within five years"]))
    L.append(reply("i6-rt-08", "en", "reply_text", "checkin", VAN, "2026-11-26 17:45",
        ("Benjamin Tan", "ben.tan@shaw.ca"),
        """Hello from a rainy Victoria. Claire and I had a video call on Monday, roughly 30 minutes, mostly about the reorganization at my library and how to keep my team on board while everything shifts around us. She recommended a couple of articles on change management that I am going to read over the weekend.""",
        "format=flowed plain text with Thunderbird signature separator and quote; meeting Monday = 2026-11-23, 30 min, video, change management.",
        style="tbird", enc="flowed", partner="Claire",
        sig="Benjamin Tan\nBranch Head, Greater Victoria Public Library - Nellie McClung",
        meeting=M("2026-11-23", 30, "video", ["change_management"]),
        has=["Claire and I had a video call on Monday, roughly 30 minutes"], rnot=["Branch Head, Greater Victoria Public Library"]))
    L.append(reply("i6-rt-09", "en", "reply_text", "digest", HFX, "2026-11-17 08:10",
        ("Rosa Moreno", "rosa.moreno@novascotia.ca"),
        """Thanks for the digest. I'll send Mónica the article on rural outreach I mentioned.

Rosa""",
        "ISO-8859-1 quoted-printable; the signature after '-- ' and the quoted digest must be cut.",
        style="tbird", enc="latin1", partner="Mónica", role="mentor",
        sig="Rosa Moreno\nRegional Librarian, Nova Scotia Provincial Library\nHalifax, Nouvelle-Écosse",
        has=["I'll send Mónica the article on rural outreach"], rnot=["Regional Librarian, Nova Scotia Provincial Library"]))
    L.append(reply("i6-rt-10", "en", "reply_text", "checkin", TO, "2026-11-09 12:55",
        ("Aditi Bose", "aditi.bose@outlook.com"),
        """Hi! We met on Friday, in person at the library, for about an hour. Merci encore à Josée pour ses conseils sur les entrevues!""",
        "Mixed English/French reply with an Outlook for Android footer and pronoun signature; Friday = 2026-11-06, 60 min, in person, interviews.",
        style="outlook", partner="Josée",
        sig="Aditi (she/elle)\nGet Outlook for Android",
        meeting=M("2026-11-06", 60, "in_person", ["interviews"]),
        has=["We met on Friday, in person at the library"], rnot=["Get Outlook for Android"]))
    # ---- French
    L.append(reply("i6-rt-11", "fr", "reply_text", "checkin", TO, "2026-11-19 09:15",
        ("Myriam Haddad", "myriam.haddad@umontreal.ca"),
        """Bonjour,

Rencontre hier par Zoom, 45 minutes. On a parlé de mes objectifs de carrière dans cinq ans.

Myriam""",
        "Outlook en français (De :/Envoyé :/À :/Objet :) avec titre et reconnaissance territoriale dans la signature; rencontre 2026-11-18, 45 min, vidéo.",
        style="outlook", partner="Nicolas",
        sig="Myriam Haddad\nBibliothécaire disciplinaire, Bibliothèques de l'Université de Montréal\n\nL'Université de Montréal est située en territoire autochtone, lequel n'a jamais été cédé. Nous remercions les nations qui ont pris soin de ce territoire.",
        meeting=M("2026-11-18", 45, "video", ["career_goals"]),
        has=["Rencontre hier par Zoom, 45 minutes"], rnot=["Bibliothécaire disciplinaire", "située en territoire autochtone, lequel n'a jamais été cédé"]))
    L.append(reply("i6-rt-12", "fr", "reply_text", "checkin", TO, "2026-11-05 19:40",
        ("Karine Lafleur-Ong", "karine.lafleurong@icloud.com"),
        """On s'est parlé au téléphone ce midi, une demi-heure. Super échange!""",
        "Réponse iPhone : « Envoyé de mon iPhone » et la citation « Le ... a écrit : » doivent être retirés; rencontre aujourd'hui 2026-11-05, 30 min, téléphone.",
        style="iphone", partner="Ginette",
        meeting=M("2026-11-05", 30, "phone"),
        has=["On s'est parlé au téléphone ce midi"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-rt-13", "fr", "reply_text", "midsession", TO, "2026-11-12 15:05",
        ("Julien Morin-Diaz", "julien.morindiaz@mcc.gouv.qc.ca"),
        """Bonjour,

Ça se passe très bien avec Anne. Nos objectifs sont toujours les bons; on garde le même rythme pour la deuxième moitié.

Julien""",
        "Courriel HTML seulement (Outlook, divRplyFwdMsg) avec avis de confidentialité : signature, avis et citation à retirer.",
        style="html_outlook", partner="Anne",
        sig="Julien Morin-Diaz\nConseiller en gestion documentaire\nMinistère de la Culture et des Communications\n\n" + DISC_FR,
        has=["Ça se passe très bien avec Anne"], rnot=["Conseiller en gestion documentaire", "AVIS DE CONFIDENTIALITÉ", "Quelques questions à vous poser"], quote_phrase=False))
    L.append(reply("i6-rt-14", "fr", "reply_text", "checkin", TO, "2026-11-05 10:30",
        ("Assia Benmoussa", "assia.benmoussa@gmail.com"),
        """Bonjour!

Rencontre vidéo mardi, 1 h 15. On a parlé de ma transition vers un poste de gestionnaire.

Merci,
Assia""",
        "Courriel HTML Gmail (gmail_quote) : signature et citation à retirer; mardi = 2026-11-03, 75 min, vidéo, gestion.",
        style="html_gmail", partner="Denise",
        sig="Assia Benmoussa\nBibliothécaire, Bibliothèque publique de Westmount",
        meeting=M("2026-11-03", 75, "video", ["management"]),
        has=["Rencontre vidéo mardi, 1 h 15"], rnot=["Bibliothécaire, Bibliothèque publique de Westmount", "Une simple phrase fonctionne aussi"], quote_phrase=False))
    L.append(reply("i6-rt-15", "fr", "reply_text", "nudge", TO, "2026-11-23 14:10",
        ("Gérard Lévesque-Ba", "gerard.levesqueba@cegeprimouski.qc.ca"),
        """Bonjour,

Désolé pour le délai, la fin de session est chargée. Nous prévoyons nous parler la semaine prochaine.

Gérard""",
        "Courriel ISO-8859-1 en quoted-printable avec citation Gmail; aucune rencontre (seulement prévue).",
        style="gmail", enc="latin1", partner="Réjeanne",
        sig="Gérard Lévesque-Ba\nTechnicien en documentation, Cégep de Rimouski",
        has=["Désolé pour le délai, la fin de session est chargée"], rnot=["Technicien en documentation, Cégep de Rimouski"]))
    L.append(reply("i6-rt-16", "fr", "reply_text", "checkin", TO, "2026-11-26 11:45",
        ("Laurence Kim", "laurence.kim@concordia.ca"),
        """Bonjour,

Rencontre le 24 novembre en personne au pavillon Webster, 50 minutes.

Laurence""",
        "Avis de confidentialité bilingue sous la signature à retirer; rencontre 2026-11-24, 50 min, en personne.",
        style="outlook", partner="Marc",
        sig="Laurence Kim\nBibliothécaire de liaison | Liaison Librarian\nBibliothèques de l'Université Concordia | Concordia University Library\n\nAVIS : Ce courriel peut contenir des renseignements confidentiels. / NOTICE: This e-mail may contain confidential information.",
        meeting=M("2026-11-24", 50, "in_person"),
        has=["Rencontre le 24 novembre en personne"], rnot=["Bibliothécaire de liaison | Liaison Librarian", "Ce courriel peut contenir des renseignements confidentiels"]))
    L.append(reply("i6-rt-17", "fr", "reply_text", "digest", TO, "2026-11-17 13:25",
        ("Normand Bouchard", "normand.bouchard@biblio.saguenay.ca"),
        """Merci pour le bilan. J'enverrai à Alicia l'offre d'emploi de Chicoutimi dont je lui ai parlé.

Normand""",
        "Citation « -----Message d'origine----- » et signature à retirer; rien d'autre à consigner.",
        style="original", partner="Alicia", role="mentor",
        sig="Normand Bouchard\nChef de division, Bibliothèques de Saguenay",
        has=["J'enverrai à Alicia l'offre d'emploi de Chicoutimi"], rnot=["Chef de division, Bibliothèques de Saguenay"]))
    L.append(reply("i6-rt-18", "fr", "reply_text", "checkin", TO, "2026-10-21 08:35",
        ("Océane Tran", "oceane.tran@ulaval.ca"),
        """Bonjour,

Appel vidéo lundi, 40 minutes, sur mes études à la maîtrise et mon stage.

Océane""",
        "Courriel en base64 (UTF-8) avec citation Gmail en français; lundi = 2026-10-19, 40 min, vidéo, études.",
        style="gmail", enc="b64", partner="Jacques",
        sig="Océane Tran\nÉtudiante, maîtrise en sciences de l'information, Université Laval",
        meeting=M("2026-10-19", 40, "video", ["current_role"]),
        has=["Appel vidéo lundi, 40 minutes"], rnot=["Étudiante, maîtrise en sciences de l'information, Université Laval"]))
    L.append(reply("i6-rt-19", "fr", "reply_text", "checkin", HFX, "2026-11-13 10:05",
        ("Diane Arsenault-Mbaye", "diane.arsenault@umoncton.ca"),
        """Bonjour, petite mise à jour : on s'est parlé jeudi en fin d'après-midi, par téléphone, pendant environ trois quarts d'heure. Martine m'a parlé de son expérience dans un comité d'embauche et de ce qu'elle regarde en premier dans une lettre de présentation, ce qui tombe bien puisque je postule à deux postes ce mois-ci.""",
        "Texte format=flowed (Thunderbird, longues lignes) avec signature « -- »; jeudi = 2026-11-12, trois quarts d'heure = 45 min, téléphone.",
        style="tbird", enc="flowed", partner="Martine",
        sig="Diane Arsenault-Mbaye\nAgente de recherche, Bibliothèque Champlain",
        meeting=M("2026-11-12", 45, "phone", ["job_applications"]),
        has=["on s'est parlé jeudi en fin d'après-midi"], rnot=["Agente de recherche, Bibliothèque Champlain"]))
    L.append(reply("i6-rt-20", "fr", "reply_text", "confidentiality", TO, "2026-11-06 14:50",
        ("Hélène Rousseau-Ali", "helene.rousseau-ali@banq.qc.ca"),
        """Bien noté, merci. Tout se passe bien avec Amadou.

Hélène""",
        "Signature avec avis environnemental et avis gouvernemental à retirer; aucune rencontre.",
        style="outlook", partner="Amadou", role="mentor",
        sig="Hélène Rousseau-Ali\nBibliothécaire, Direction des services aux usagers\nBibliothèque et Archives nationales du Québec\n\nPensez à l'environnement avant d'imprimer ce courriel.\nLe présent message est destiné uniquement à la personne à qui il est adressé. Toute diffusion non autorisée est interdite.",
        has=["Tout se passe bien avec Amadou"], rnot=["Direction des services aux usagers", "Pensez à l'environnement avant d'imprimer ce courriel", "Toute diffusion non autorisée est interdite"]))
    return L
