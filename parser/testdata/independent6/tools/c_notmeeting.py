from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
           "intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, "
           "use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the "
           "sender by reply e-mail and destroy all copies of the original message.")
DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont destinés exclusivement au(x) "
           "destinataire(s) et peuvent contenir des renseignements confidentiels. Si vous avez reçu ce courriel par "
           "erreur, veuillez en aviser l'expéditeur par courriel et le détruire.")

def cases():
    L = []
    L.append(reply("i6-nm-01", "en", "not_meeting", "wrapup", TO, "2026-11-26 19:50",
        ("Deepa Iyer", "deepa.iyer@uwaterloo.ca"),
        """What worked well?
We met about every two weeks, usually on Zoom, and Carol always came with an article or a posting to look at.

What could be better?
The session felt short.""",
        "Survey answer about how often they met is a habit, not a meeting log; no rating given.",
        style="gmail", partner="Carol", has=["We met about every two weeks, usually on Zoom"]))
    L.append(reply("i6-nm-02", "en", "not_meeting", "nudge", VAN, "2026-11-19 09:15",
        ("Kamal Singh", "kamal.singh@gmail.com"),
        """Please don't send me emails about this for a while, I'm on leave until January 4. I'll pick things back up with Daniel when I'm back.""",
        "'don't send me emails ... until January 4' is a pause, not a meeting by email: pause until 2027-01-04.",
        style="iphone", partner="Daniel", commands=[C("pause", "2027-01-04")],
        has=["I'm on leave until January 4"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-nm-03", "en", "not_meeting", "checkin", HFX, "2026-10-15 11:40",
        ("Sadia Islam", "sadia.islam@halifaxlibraries.ca"),
        """Hi! We've scheduled our first call for next Tuesday at 7pm. Excited!""",
        "Only a planned call: no meeting logged.",
        style="gmail", partner="Beverly", has=["We've scheduled our first call for next Tuesday"]))
    L.append(reply("i6-nm-04", "en", "not_meeting", "checkin", TO, "2026-11-11 08:25",
        ("Omar Farouk", "omar.farouk@yorku.ca"),
        """We were supposed to meet yesterday for an hour on Zoom but Sheila had a family emergency, so we'll reschedule for later this month.""",
        "A cancelled meeting is not a meeting.",
        style="outlook", partner="Sheila",
        sig="Omar Farouk\nCollections Assistant, York University Libraries",
        has=["We were supposed to meet yesterday"], rnot=["Collections Assistant, York University Libraries"]))
    L.append(reply("i6-nm-05", "en", "not_meeting", "nudge", WPG, "2026-11-06 14:00",
        ("Grace Adebayo", "grace.adebayo@umanitoba.ca"),
        """Hi, we've been emailing back and forth pretty much every week, nothing formal. She's been great about sending me postings.""",
        "A habit of weekly emails, no particular meeting logged.",
        style="gmail", partner="Brenda", has=["we've been emailing back and forth pretty much every week"]))
    L.append(reply("i6-nm-06", "en", "not_meeting", "checkin", TO, "2026-10-20 09:55",
        ("Jason Lee", "jason.lee@ontario.ca"),
        """Thanks for the reminder, I'll touch base with Aisha soon.

Jason""",
        "No meeting; the e-mail in the legal disclaimer is not a way of meeting.",
        style="outlook", partner="Aisha",
        sig="Jason Lee\nInformation Specialist, Ministry of Public and Business Service Delivery\n\n" + DISC_EN,
        has=["I'll touch base with Aisha soon"], rnot=["CONFIDENTIALITY NOTICE: This e-mail message"]))
    L.append(reply("i6-nm-07", "en", "not_meeting", "checkin", STJ, "2026-11-17 12:15",
        ("Linh Pham", "linh.pham@nl.library.ca"),
        """Haven't met Joanne yet this cycle, we keep missing each other. I did have a long meeting with my own manager yesterday about my performance review, which is exactly what I want to talk to Joanne about.""",
        "The meeting yesterday was with her manager, not with her mentoring partner.",
        style="gmail", partner="Joanne", has=["Haven't met Joanne yet this cycle"]))
    L.append(reply("i6-nm-08", "en", "not_meeting", "midsession", TO, "2026-11-12 17:05",
        ("Rebecca Osei", "rebecca.osei@uwindsor.ca"),
        """All good! Looking forward to our chat on the 20th, we're going to go over my cover letter then.""",
        "A planned chat on the 20th, not a meeting that happened.",
        style="apple", partner="Nancy", has=["Looking forward to our chat on the 20th"]))
    L.append(reply("i6-nm-09", "en", "not_meeting", "nudge", VAN, "2026-10-29 20:30",
        ("Ji-hoon Baek", "jihoon.baek@vpl.ca"),
        """Not yet, sorry! Things have been crazy at the branch with the renovation. We'll try to find a time next week.""",
        "Not yet met; nothing to log.",
        style="outlook", partner="Ming",
        sig="Ji-hoon Baek\nLibrary Assistant, Vancouver Public Library - Kitsilano Branch",
        has=["Not yet, sorry!"], rnot=["Kitsilano Branch"]))
    L.append(reply("i6-nm-10", "en", "not_meeting", "nudge", HFX, "2026-11-24 13:45",
        ("Ama Owusu", "ama.owusu@nscc.ca"),
        """Sorry, we haven't managed it yet. I'll email her today to set something up.""",
        "No meeting; the example log (last Tuesday, 30 min, phone) is only in the quoted nudge.",
        style="gmail", partner="Catherine", has=["we haven't managed it yet"]))
    # ---- French
    L.append(reply("i6-nm-11", "fr", "not_meeting", "wrapup", TO, "2026-11-27 09:50",
        ("Marc-André Nguyen", "marcandre.nguyen@uqam.ca"),
        """Qu'est-ce qui a bien fonctionné?
On se parlait environ deux fois par mois, surtout au téléphone, et Lise préparait toujours quelques questions.

Qu'est-ce qui pourrait être amélioré?
Plus de temps.""",
        "Réponse au sondage sur la fréquence des échanges : une habitude, pas une rencontre; aucune note.",
        style="gmail", partner="Lise", has=["On se parlait environ deux fois par mois"]))
    L.append(reply("i6-nm-12", "fr", "not_meeting", "checkin", TO, "2026-11-18 10:05",
        ("Zineb Alaoui", "zineb.alaoui@usherbrooke.ca"),
        """Bonjour, on a prévu un appel vidéo jeudi prochain pour parler de mon entrevue. Je vous redonne des nouvelles après!""",
        "Un appel prévu seulement : aucune rencontre.",
        style="outlook", partner="Manon",
        sig="Zineb Alaoui\nStagiaire, Service des bibliothèques, Université de Sherbrooke",
        has=["on a prévu un appel vidéo jeudi prochain"], rnot=["Stagiaire, Service des bibliothèques"]))
    L.append(reply("i6-nm-13", "fr", "not_meeting", "checkin", TO, "2026-11-05 16:30",
        ("Christophe Tran", "christophe.tran@cegepdrummond.ca"),
        """Notre rencontre de mardi a été annulée, Sophie était malade. On va essayer la semaine prochaine.""",
        "Rencontre annulée : aucune rencontre.",
        style="gmail", partner="Sophie", has=["Notre rencontre de mardi a été annulée"]))
    L.append(reply("i6-nm-14", "fr", "not_meeting", "nudge", TO, "2026-11-04 11:20",
        ("Rokia Coulibaly", "rokia.coulibaly@gmail.com"),
        """Bonjour, svp ne m'envoyez plus de courriels pour l'instant, je suis en congé de maternité jusqu'au 1er mars. Je reprendrai avec Annie à mon retour.""",
        "« ne m'envoyez plus de courriels » jusqu'au 1er mars = pause jusqu'au 2027-03-01, pas une rencontre par courriel ni un départ.",
        style="iphone", partner="Annie", commands=[C("pause", "2027-03-01")],
        has=["je suis en congé de maternité jusqu'au 1er mars"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-nm-15", "fr", "not_meeting", "nudge", TO, "2026-11-13 13:10",
        ("Serge Kanyinda", "serge.kanyinda@uqac.ca"),
        """Bonjour, on s'écrit par courriel à peu près chaque semaine, rien de très formel. Tout va bien!""",
        "Habitude d'échanges hebdomadaires par courriel : aucune rencontre précise.",
        style="outlook", partner="Gaétan",
        sig="Serge Kanyinda\nBibliothécaire de référence, Bibliothèque Paul-Émile-Boulet, UQAC",
        has=["on s'écrit par courriel à peu près chaque semaine"], rnot=["Bibliothèque Paul-Émile-Boulet"]))
    L.append(reply("i6-nm-16", "fr", "not_meeting", "checkin", TO, "2026-10-16 09:35",
        ("Nour Saleh", "nour.saleh@umontreal.ca"),
        """Pas encore de rencontre, on essaie de trouver une date qui convient à nos deux horaires.""",
        "Pas encore de rencontre.",
        style="gmail", partner="Francis", has=["Pas encore de rencontre"]))
    L.append(reply("i6-nm-17", "fr", "not_meeting", "checkin", TO, "2026-11-25 15:15",
        ("Annie Vo-Tremblay", "annie.votremblay@ulaval.ca"),
        """Bonjour! J'ai assisté hier au webinaire de l'ABQLA sur l'IA en bibliothèque, très intéressant; je vais le suggérer à Julien pour notre prochaine rencontre.""",
        "Assister à un webinaire n'est pas une rencontre du duo.",
        style="gmail", partner="Julien", has=["J'ai assisté hier au webinaire de l'ABQLA"]))
    L.append(reply("i6-nm-18", "fr", "not_meeting", "confidentiality", TO, "2026-11-06 10:45",
        ("Geneviève Hoang", "genevieve.hoang@mcc.gouv.qc.ca"),
        """Bien reçu, merci pour le rappel.

Geneviève""",
        "Accusé de lecture humain; le « courriel » de l'avis de confidentialité n'est pas une rencontre.",
        style="outlook", partner="Ibrahim",
        sig="Geneviève Hoang\nConseillère en gestion documentaire\nMinistère de la Culture et des Communications\n\n" + DISC_FR,
        has=["Bien reçu, merci pour le rappel"], rnot=["AVIS DE CONFIDENTIALITÉ"]))
    L.append(reply("i6-nm-19", "fr", "not_meeting", "checkin", TO, "2026-11-27 14:20",
        ("Jade Lamothe-Sun", "jade.lamothesun@gmail.com"),
        """On se voit le 3 décembre au café, pour une heure environ. Je vous en reparle après!""",
        "Rencontre future (3 décembre) seulement : aucune rencontre consignée.",
        style="gmail", partner="Monique", has=["On se voit le 3 décembre au café"]))
    L.append(reply("i6-nm-20", "fr", "not_meeting", "nudge", TO, "2026-11-30 12:35",
        ("Rémi Dubé-Kaba", "remi.dubekaba@biblio.gatineau.qc.ca"),
        """Bonjour,

Nous n'avons pas pu nous parler ces deux dernières semaines à cause de la grève. On reprend dès que possible.

Rémi""",
        "Aucune rencontre dans les deux dernières semaines.",
        style="outlook", partner="Josette",
        sig="Rémi Dubé-Kaba\nTechnicien en documentation, Bibliothèque de Gatineau",
        has=["Nous n'avons pas pu nous parler ces deux dernières semaines"], rnot=["Technicien en documentation, Bibliothèque de Gatineau"]))
    return L
