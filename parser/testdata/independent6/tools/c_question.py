from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cases():
    L = []
    L.append(reply("i6-q-01", "en", "question", "nudge", TO, "2026-11-03 10:20",
        ("Shanthi Kumar", "shanthi.kumar@torontomu.ca"),
        """Hi,

My mentor hasn't answered my last three emails and I'm starting to worry. Is there someone else I could be paired with, or should I keep waiting?

Shanthi""",
        "Asks the committee for help with a problem in the pair (no answer from mentor).",
        style="gmail", partner="Robert", question=True,
        has=["Is there someone else I could be paired with"]))
    L.append(reply("i6-q-02", "en", "question", "midsession", HFX, "2026-11-12 14:05",
        ("Tendai Moyo", "tendai.moyo@stfx.ca"),
        """Do we get some kind of certificate at the end? My employer asks for proof for our professional development records.""",
        "Asks the committee about a certificate of participation.",
        style="outlook", partner="Ellen", question=True,
        sig="Tendai Moyo\nLibrary Assistant, Angus L. Macdonald Library, St. Francis Xavier University",
        has=["Do we get some kind of certificate at the end?"], rnot=["Angus L. Macdonald Library"]))
    L.append(reply("i6-q-03", "en", "question", "checkin", VAN, "2026-11-04 09:45",
        ("Arjun Patel", "arjun.patel@sfu.ca"),
        """What happens if we can't fit in two meetings this month? I'm having surgery next week and will be off for about two weeks.""",
        "Asks what happens if they miss the meeting target; needs an answer. No pause is requested.",
        style="iphone", partner="Lisa", question=True,
        has=["What happens if we can't fit in two meetings this month?"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-q-04", "en", "question", "midsession", TO, "2026-11-16 11:15",
        ("Chloe Wong", "chloe.wong@markham.library.on.ca"),
        """Hi there,

I'm wondering whether it's ok to give my mentor's contact info to a colleague who'd like to join next session. I don't want to break any confidentiality rules.

Chloe""",
        "'I'm wondering whether it's ok...' asks the committee for guidance.",
        style="outlook", partner="Sandra", question=True,
        sig="Chloe Wong\nLibrary Associate, Markham Public Library",
        has=["I'm wondering whether it's ok to give my mentor's contact info"], rnot=["Library Associate, Markham Public Library"]))
    L.append(reply("i6-q-05", "en", "question", "digest", WPG, "2026-11-18 15:40",
        ("Laura Mendes", "lmendes@rrc.ca"),
        """Is the next session open to people outside Manitoba? A friend of mine in Regina is really interested and I'd love to point her your way.""",
        "Asks about eligibility for the next session.",
        style="gmail", partner="Joseph", role="mentor", question=True,
        has=["Is the next session open to people outside Manitoba?"]))
    L.append(reply("i6-q-06", "en", "question", "confidentiality", TO, "2026-11-10 22:05",
        ("Hyun-woo Kim", "hyunwoo.kim@gmail.com"),
        """Honestly I feel a bit uncomfortable. My mentor has made a couple of comments about my accent that didn't sit right with me, and I don't know how to bring it up without making things awkward. I'd appreciate some advice on how to handle it.""",
        "Asks the committee for advice on a problem in the pair, without a question mark.",
        style="gmail", partner="Stephen", question=True,
        has=["I'd appreciate some advice on how to handle it"]))
    L.append(reply("i6-q-07", "en", "question", "wrapup", STJ, "2026-11-27 12:30",
        ("Rohan Fernandes", "rohan.fernandes@mun.ca"),
        """Rating: 5

Loved it. Can mentors and mentees switch roles in the next session? I think I'd be ready to mentor someone newer.""",
        "Rating 5 plus a real query to the committee about switching roles.",
        style="gmail", partner="Deborah", question=True, commands=[C("rating", value=5)],
        has=["Can mentors and mentees switch roles in the next session?"]))
    L.append(reply("i6-q-08", "en", "question", "checkin", HFX, "2026-10-22 16:50",
        ("Nadine Barakat", "nadine.barakat@dal.ca"),
        """Everything's going well, nothing to report yet. We're planning to meet next week once midterms are over.""",
        "No question for the committee (and the meeting is only planned).",
        style="outlook", partner="Paula", question=False,
        sig="Nadine Barakat\nGraduate Student, School of Information Management, Dalhousie University",
        has=["Everything's going well, nothing to report yet"], rnot=["School of Information Management"]))
    L.append(reply("i6-q-09", "en", "question", "wrapup", VAN, "2026-12-01 10:10",
        ("Eun-ji Han", "eunji.han@richmond.ca"),
        """Hi, where do I find the survey? I think I deleted the earlier email by accident and now I only have this one on my phone.""",
        "Asks the committee where to find something; needs an answer.",
        style="html_gmail", partner="Irene", question=True,
        sig="Eun-ji Han\nLibrary Technician, Richmond Public Library",
        has=["where do I find the survey?"], rnot=["Library Technician, Richmond Public Library"]))
    L.append(reply("i6-q-10", "en", "question", "checkin", TO, "2026-11-04 13:00",
        ("Marcus Brown", "marcus.brown@londonpubliclibrary.ca"),
        """Can you believe it's already November? Time flies. Things are good on our end, we'll log our next chat once it happens.""",
        "A rhetorical exclamation, not a question for the committee.",
        style="gmail", partner="Dwayne", question=False,
        has=["Can you believe it's already November?"]))
    # ---- French
    L.append(reply("i6-q-11", "fr", "question", "nudge", TO, "2026-11-05 09:30",
        ("Mariam Touré", "mariam.toure@cmaisonneuve.qc.ca"),
        """Bonjour,

Ma mentore ne répond plus à mes courriels depuis trois semaines. Que devrais-je faire? Je ne veux pas la brusquer.

Mariam""",
        "Demande d'aide au comité pour un problème dans le duo.",
        style="outlook", partner="Josée", question=True,
        sig="Mariam Touré\nTechnicienne en documentation\nCollège de Maisonneuve",
        has=["Que devrais-je faire?"], rnot=["Collège de Maisonneuve"]))
    L.append(reply("i6-q-12", "fr", "question", "checkin", TO, "2026-11-18 14:25",
        ("Guillaume Dao", "guillaume.dao@umontreal.ca"),
        """Est-ce qu'on pourrait faire une rencontre à quatre avec une autre dyade? Nos sujets se recoupent beaucoup et ça pourrait être enrichissant.""",
        "Demande au comité si une rencontre avec une autre dyade est permise.",
        style="gmail", partner="Alain", question=True,
        has=["faire une rencontre à quatre avec une autre dyade"]))
    L.append(reply("i6-q-13", "fr", "question", "midsession", TO, "2026-11-11 16:15",
        ("Yvette Ndiaye", "yvette.ndiaye@ville.quebec.qc.ca"),
        """Bonjour,

Je me demandais si le programme remettait une attestation que je pourrais ajouter à mon dossier de formation continue.

Merci!
Yvette""",
        "« Je me demandais si... » appelle une réponse du comité (attestation).",
        style="outlook", partner="Christiane", question=True,
        sig="Yvette Ndiaye\nBibliothécaire, Ville de Québec",
        has=["Je me demandais si le programme remettait une attestation"], rnot=["Bibliothécaire, Ville de Québec"]))
    L.append(reply("i6-q-14", "fr", "question", "checkin", HFX, "2026-10-27 11:55",
        ("Patrick Léger-Obi", "patrick.legerobi@umoncton.ca"),
        """Bonjour,

J'aimerais savoir s'il est possible de changer de mentor. On s'entend bien, mais ses horaires ne collent vraiment pas aux miens.

Patrick""",
        "« J'aimerais savoir si... » : demande au comité au sujet du jumelage.",
        style="gmail", partner="Réjean", question=True,
        has=["J'aimerais savoir s'il est possible de changer de mentor"]))
    L.append(reply("i6-q-15", "fr", "question", "digest", TO, "2026-11-17 20:40",
        ("Louise Caron", "louise.caron@collanaud.qc.ca"),
        """Bonjour,

J'ai besoin de conseils : mon mentoré annule à la dernière minute à chaque fois et je ne sais plus comment aborder la chose avec lui sans le décourager.

Louise""",
        "Demande de conseils au comité pour un problème dans le duo, sans point d'interrogation.",
        style="outlook", partner="Samuel", role="mentor", question=True,
        sig="Louise Caron\nCoordonnatrice, Centre de documentation\nCégep régional de Lanaudière",
        has=["J'ai besoin de conseils"], rnot=["Coordonnatrice, Centre de documentation"]))
    L.append(reply("i6-q-16", "fr", "question", "wrapup", TO, "2026-11-28 10:00",
        ("Farida Hamdi", "farida.hamdi@gmail.com"),
        """Y aura-t-il une prochaine cohorte au printemps? J'aimerais beaucoup y participer de nouveau.""",
        "Demande au comité s'il y aura une prochaine cohorte.",
        style="iphone", partner="Nadine", question=True,
        has=["Y aura-t-il une prochaine cohorte au printemps?"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-q-17", "fr", "question", "checkin", TO, "2026-11-23 12:50",
        ("Jonathan Phan", "jonathan.phan@bibliotheques.montreal.ca"),
        """Comment je fais pour ajouter mon adresse personnelle? Je n'aurai plus accès à mon courriel de travail après décembre.""",
        "Demande pratique au comité (changer d'adresse), sans le mot « question ».",
        style="outlook", partner="Sylvain", question=True,
        sig="Jonathan Phan\nAgent de bibliothèque, Bibliothèque Mordecai-Richler",
        has=["Comment je fais pour ajouter mon adresse personnelle?"], rnot=["Bibliothèque Mordecai-Richler"]))
    L.append(reply("i6-q-18", "fr", "question", "confidentiality", TO, "2026-11-09 15:35",
        ("Élodie Kamga", "elodie.kamga@uqam.ca"),
        """Question : est-ce que les échanges par courriel comptent comme des rencontres? Ma mentore et moi on s'écrit beaucoup mais on se voit rarement.""",
        "Question explicite au comité; « on s'écrit beaucoup » est une habitude, pas une rencontre.",
        style="gmail", partner="Danielle", question=True,
        has=["est-ce que les échanges par courriel comptent comme des rencontres?"]))
    L.append(reply("i6-q-19", "fr", "question", "nudge", TO, "2026-11-20 08:40",
        ("Bianca Florès", "bianca.flores@gmail.com"),
        """Merci pour le rappel! Tout va bien de notre côté, on se reparle bientôt.""",
        "Simple remerciement : aucune question pour le comité.",
        style="gmail", partner="Carmen", question=False,
        has=["Tout va bien de notre côté"]))
    L.append(reply("i6-q-20", "fr", "question", "midsession", TO, "2026-11-13 17:30",
        ("Moussa Sow", "moussa.sow@ulaval.ca"),
        """Quelle belle initiative que ce programme! Je tenais simplement à vous remercier, j'apprends énormément avec Jacinthe.

Moussa""",
        "Exclamation et remerciement : aucune question pour le comité.",
        style="outlook", partner="Jacinthe", question=False,
        sig="Moussa Sow\nÉtudiant, Maîtrise en sciences de l'information",
        has=["Quelle belle initiative que ce programme!"], rnot=["Maîtrise en sciences de l'information"]))
    return L
