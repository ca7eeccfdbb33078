# Commands in prose; reply text (signatures, disclaimers, land acknowledgements, HTML-only).
from gen import C, M, G, K

TO, VA, HA, WI, SJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

# ---------------- commands, English ----------------

C("t10-en-cmd-001", "en", "commands", "nudge", TO, "2026-11-23 09:15", ("Patricia Oyelaran", "p.oyelaran@tpl.ca"),
"""Hi all,

I'm back from leave as of today, so you can start sending the reminders again. Priya and I are setting something up for next week.

Patricia""",
"'I'm back ... start sending the reminders again' = resume; next week is a plan only.",
commands=[K("resume")], has=["I'm back from leave as of today"], style="outlook")

C("t10-en-cmd-002", "en", "commands", "checkin", VA, "2026-11-27 14:30", ("George Tanaka", "george.tanaka@richmondlibrary.ca"),
"""Hi,

Could you hold off on the reminders until January 10? I'm having surgery next week and will be off for a while. I've let Priya know.

Thanks for understanding,
George""",
"A pause asked as a question, with its last day: pause until 2027-01-10.",
commands=[K("pause", until="2027-01-10")], has=["Could you hold off on the reminders until January 10?"])

C("t10-en-cmd-003", "en", "commands", "checkin", TO, "2026-11-24 22:10", ("Divya Iyer", "divya.iyer@mail.utoronto.ca"),
"""Hi,

Exams are eating me alive. My last one is December 12, so could we pause everything until then? Priya's fine with it.

Divya""",
"'Until then' refers to the date earlier in the sentence: pause until 2026-12-12.",
commands=[K("pause", until="2026-12-12")], has=["My last one is December 12, so could we pause everything until then?"], style="iphone")

C("t10-en-cmd-004", "en", "commands", "", TO, "2026-11-10 11:05", ("Robert Chang", "robert.chang@yorku.ca"),
"""Oops -- the meeting I logged this morning was actually for my other mentee (different program, long story). Can you undo that?

Robert""",
"Undo of the last log asked as a question. (Fresh reply to a receipt, no program prompt quoted.)",
commands=[K("undo")], has=["Can you undo that?"], quote=False, subject="Re: Meeting logged")

C("t10-en-cmd-005", "en", "commands", "wrapup", HA, "2026-12-01 18:40", ("Ayesha Khan", "ayesha.khan@dal.ca"),
"""> Rating:
4

> What worked well?
The flexibility, and how honest Priya was about her own path.

> What could be better?
Maybe a kickoff call with all the pairs?

Ayesha""",
"Rating answered inline under the quoted 'Rating:' line: rating 4. The suggestion ends in '?' but is feedback, not a question needing an answer.",
commands=[K("rating", value=4)], has=["The flexibility, and how honest Priya was"], quote=False,
subject="Re: Thank you, and a short survey", not_=["What could be better?"])

C("t10-en-cmd-006", "en", "commands", "nudge", WI, "2026-11-19 20:15", ("Stephanie Wu", "stephanie.wu@wpl.winnipeg.ca"),
"""Hi,

We're fine, just busy -- we're in touch and have a call booked. Honestly the nudges are a bit much for us; one reminder a month would be plenty.

Steph""",
"Asks for fewer reminders (not a pause, not leaving); a booked call is only a plan.",
commands=[K("fewer_reminders")], has=["one reminder a month would be plenty"], style="apple")

C("t10-en-cmd-007", "en", "commands", "digest", TO, "2026-11-06 07:50", ("Andrew Park", "andrew.park@carleton.ca"),
"""Hi,

I don't really need the digest emails -- Priya keeps me up to date directly and I end up reading the same thing twice. Could you switch those off for me? The check-ins are fine.

Andrew""",
"Digest off, asked as a question; 'don't need the digest emails' is not a meeting by email.",
commands=[K("digest_off")], has=["Could you switch those off for me?"], role="mentor", partner="Joel", style="outlook")

C("t10-en-cmd-008", "en", "commands", "checkin", TO, "2026-11-25 12:45", ("Sunita Bose", "sunita.bose@hamiltonpl.ca"),
"""Hi,

I'm sorry to do this, but I've decided to withdraw from the program. I've started a new job with a heavy onboarding and don't have the bandwidth to be a good mentee right now. Please take me off the list. I've already told Priya and thanked her.

Sunita""",
"A clear request to leave the program: stop.",
commands=[K("stop")], has=["I've decided to withdraw from the program"])

# ---------------- commands, French ----------------

C("t10-fr-cmd-001", "fr", "commands", "nudge", TO, "2026-11-16 08:30", ("Josée Lachance", "josee.lachance@bibliotrois-rivieres.ca"),
"""Bonjour,

De retour de vacances! Vous pouvez reprendre les rappels, Mélanie et moi on se reparle cette semaine.

Josée""",
"'De retour ... reprendre les rappels' = reprise (resume).",
commands=[K("resume")], has=["De retour de vacances!"])

C("t10-fr-cmd-002", "fr", "commands", "checkin", TO, "2026-11-26 13:20", ("Antoine Sauvé", "antoine.sauve@uqam.ca"),
"""Bonjour,

Est-ce que vous pourriez suspendre les rappels jusqu'au 4 janvier? Je pars rejoindre ma famille en Haïti pour les Fêtes. Mélanie est au courant.

Antoine""",
"Pause demandée sous forme de question : pause jusqu'au 2027-01-04.",
commands=[K("pause", until="2027-01-04")], has=["suspendre les rappels jusqu'au 4 janvier?"], style="outlook")

C("t10-fr-cmd-003", "fr", "commands", "checkin", TO, "2026-11-27 21:50", ("Camille Fournier", "camille.fournier@umontreal.ca"),
"""Bonsoir,

Mes examens finissent le 11 décembre, alors pause jusque-là s'il vous plaît. Je vais écrire à Mélanie aussi.

Camille""",
"'Jusque-là' renvoie à la date plus tôt dans la phrase : pause jusqu'au 2026-12-11.",
commands=[K("pause", until="2026-12-11")], has=["Mes examens finissent le 11 décembre, alors pause jusque-là"], style="iphone")

C("t10-fr-cmd-004", "fr", "commands", "", TO, "2026-11-13 10:10", ("Élise Paradis", "elise.paradis@cegepmontpetit.ca"),
"""Bonjour,

Pouvez-vous annuler la dernière rencontre que j'ai consignée? Je l'ai envoyée deux fois par erreur.

Merci!
Élise""",
"Annulation (undo) de la dernière consignation, demandée en question.",
commands=[K("undo")], has=["Pouvez-vous annuler la dernière rencontre que j'ai consignée?"], quote=False,
subject="RE: Rencontre consignée", style="outlook")

C("t10-fr-cmd-005", "fr", "commands", "wrapup", TO, "2026-12-02 12:25", ("Lucie Charbonneau", "lucie.charbonneau@ulaval.ca"),
"""> Évaluation :
5

> Qu'est-ce qui a bien fonctionné?
Le jumelage était parfait, Mélanie comprenait exactement ma réalité.

> Autre chose à dire au comité?
Merci, tout simplement.

Lucie""",
"Note répondue sous la ligne citée « Évaluation : » : note 5.",
commands=[K("rating", value=5)], has=["Le jumelage était parfait"], quote=False,
subject="RE: Merci, et un court sondage", not_=["Autre chose à dire au comité?"])

C("t10-fr-cmd-006", "fr", "commands", "nudge", TO, "2026-11-10 12:40", ("Mireille Drouin", "mireille.drouin@videotron.ca"),
"""Bonjour,

Ne m'envoyez plus de courriels pour l'instant svp, je suis débordée jusqu'à la fin du mois avec la migration du SIGB. Mélanie le sait.

Mireille""",
"Moins de courriels jusqu'à la fin du mois = pause jusqu'au 2026-11-30, pas un départ; 'courriels' n'est pas une rencontre par courriel.",
commands=[K("pause", until="2026-11-30")], has=["je suis débordée jusqu'à la fin du mois"])

C("t10-fr-cmd-007", "fr", "commands", "nudge", TO, "2026-11-20 15:05", ("Yves Bérubé", "yves.berube@biblioquebec.qc.ca"),
"""Bonjour,

Tout va bien de notre côté, on se parle régulièrement. Franchement, un rappel par mois suffirait largement, on n'oublie pas!

Yves""",
"Demande de moins de rappels : fewer_reminders; 'régulièrement' n'est pas une rencontre datée.",
commands=[K("fewer_reminders")], has=["un rappel par mois suffirait largement"], style="apple")

# ---------------- reply_text, English ----------------

C("t10-en-rt-001", "en", "reply_text", "checkin", VA, "2026-11-05 15:30", ("Jennifer Lam", "jennifer.lam@vpl.ca"),
"""Hi,

Met Priya on Tuesday, video, 45 min. We talked about outreach to newcomer families.""",
"Signature with title and a land acknowledgement must be cut. Tuesday = Nov 3.",
meeting=M("2026-11-03", 45, "video", topics=["specialties"]),
has=["Met Priya on Tuesday, video, 45 min."],
sig="""Jennifer Lam (she/her)
Children's & Family Services Librarian
Vancouver Public Library | Kensington Branch

I work on the unceded traditional territories of the xwmə0kwəy'əm (Musqueam), Skwxwú7mesh (Squamish), and səl'ilwətaɬ (Tsleil-Waututh) Nations.""",
not_=["Children's & Family Services Librarian", "unceded traditional territories"])

C("t10-en-rt-002", "en", "reply_text", "checkin", TO, "2026-11-17 10:45", ("Michael Abara", "michael.abara@torontopubliclibrary.ca"),
"""Hello,

No meeting to report yet, we're meeting on Thursday. Thanks!""",
"A legal disclaimer must be cut; a plan only, no meeting; the disclaimer's 'e-mail' is not a mode.",
has=["we're meeting on Thursday"],
sig="""Michael Abara
Branch Head, Malvern
Toronto Public Library

This e-mail is intended only for the person or entity to which it is addressed and may contain information that is privileged, confidential or exempt from disclosure under the Municipal Freedom of Information and Protection of Privacy Act. Any review, retransmission, dissemination or other use of this information by persons other than the intended recipient is prohibited.""",
not_=["Branch Head, Malvern", "Municipal Freedom of Information and Protection of Privacy Act"], style="outlook")

C("t10-en-rt-003", "en", "reply_text", "checkin", TO, "2026-11-19 16:20", ("Parisa Tehrani", "parisa.tehrani@gmail.com"),
"""Hi!

We had a phone call yesterday, about 30 minutes. Mostly catching up after her vacation.

Parisa""",
"HTML-only Gmail with a '-- ' signature block and gmail_quote: the title and the quote must go. Yesterday = Nov 18.",
meeting=M("2026-11-18", 30, "phone"),
has=["We had a phone call yesterday, about 30 minutes."],
sig="""Parisa Tehrani, MLIS
Metadata Librarian (term)
University of Toronto Libraries""",
not_=["Metadata Librarian (term)"], style="html_gmail")

C("t10-en-rt-004", "en", "reply_text", "midsession", WI, "2026-11-18 11:10", ("Chantal Beaulieu", "chantal.beaulieu@umanitoba.ca"),
"""Hi,

All good on our end, conversations are on track and the goals still fit. Thank you!""",
"HTML-only Outlook (divRplyFwdMsg) with a Treaty 1 land acknowledgement in the signature: all cut.",
has=["conversations are on track and the goals still fit"],
sig="""Chantal Beaulieu
Liaison Librarian, Faculty of Social Work
University of Manitoba Libraries

The University of Manitoba campuses are located on original lands of Anishinaabeg, Ininiwak, Anisininewuk, Dakota Oyate and Dene, and on the National Homeland of the Red River Metis.""",
not_=["Liaison Librarian, Faculty of Social Work", "original lands of Anishinaabeg"], style="html_outlook")

C("t10-en-rt-005", "en", "reply_text", "nudge", TO, "2026-11-09 14:55", ("Hassan Jaber", "hassan.jaber@ottawa.ca"),
"""Hi,

Sorry, we've both been swamped. We'll set something up this week.""",
"Old-style '-----Original Message-----' quote and a CONFIDENTIALITY NOTICE footer: cut; nothing else to read.",
has=["we've both been swamped"],
sig="""Hassan Jaber | Information Specialist
City of Ottawa Archives
613-580-2424 x 13200

CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and destroy all copies.""",
not_=["Information Specialist", "CONFIDENTIALITY NOTICE"], style="oldoutlook")

C("t10-en-rt-006", "en", "reply_text", "checkin", HA, "2026-11-21 09:20", ("Olivia Achebe", "olivia.achebe@halifax.ca"),
"""Met yesterday for lunch downtown, an hour. Good chat about job postings""",
"iPhone reply with a short signature and 'Sent from my iPhone': cut. Yesterday = Nov 20.",
meeting=M("2026-11-20", 60, "in_person", topics=["job_applications"]),
has=["Met yesterday for lunch downtown, an hour."],
sig="""Olivia Achebe
Library Assistant II, Halifax Central Library""",
not_=["Library Assistant II"], style="iphone")

C("t10-en-rt-007", "en", "reply_text", "checkin", VA, "2026-11-25 12:00", ("Tariq Hussein", "tariq.hussein@kpu.ca"),
"""Hi,

Nothing new yet -- Priya's been at a workshop all week. We'll catch up next Tuesday.

Tariq""",
"Signature with pronouns, phone numbers and a website line: cut.",
has=["Priya's been at a workshop all week"],
sig="""--
Tariq Hussein (he/him)
Research & Instruction Librarian
Kwantlen Polytechnic University Library
T 604.599.2000 | M 778.555.0144
www.kpu.ca/library""",
not_=["Research & Instruction Librarian", "www.kpu.ca/library"], style="apple")

C("t10-en-rt-008", "en", "reply_text", "checkin", TO, "2026-12-01 10:35", ("Natalie Brooks", "natalie.brooks@uwindsor.ca"),
"""Hi,

We met on Thursday over Teams video, 45 min, and went through my interview prep for the Leddy position.

Natalie""",
"HTML-only, base64-encoded Outlook message with a disclaimer: cut. Thursday = Nov 26.",
meeting=M("2026-11-26", 45, "video", topics=["interviews"]),
has=["went through my interview prep for the Leddy position"],
sig="""Natalie Brooks
Public Services Librarian | Leddy Library | University of Windsor

The University of Windsor sits on the traditional territory of the Three Fires Confederacy of First Nations.
This e-mail may contain PRIVILEGED AND CONFIDENTIAL INFORMATION and is intended only for the use of the specific individual(s) to which it is addressed.""",
not_=["Three Fires Confederacy", "PRIVILEGED AND CONFIDENTIAL INFORMATION"], style="html_outlook", enc="b64")

C("t10-en-rt-009", "en", "reply_text", "digest", TO, "2026-11-06 16:45", ("Karen Foster", "karen.foster@kpl.org"),
"""Thanks for this -- nice to see it all in one place. Nothing to add this time.""",
"Apple Mail reply with a long signature and an environmental footer: cut.",
has=["nice to see it all in one place"],
sig="""Karen Foster
Manager, Collections & Discovery
Kitchener Public Library
85 Queen St. N., Kitchener ON N2H 2H1

Please consider the environment before printing this email.""",
not_=["Manager, Collections & Discovery", "Please consider the environment before printing"], style="apple",
role="mentor", partner="Joel")

# ---------------- reply_text, French ----------------

C("t10-fr-rt-001", "fr", "reply_text", "checkin", TO, "2026-11-11 11:40", ("Mélodie Chartrand", "melodie.chartrand@cegepmaisonneuve.qc.ca"),
"""Bonjour,

Rencontre lundi en vidéo, 30 minutes, sur mes candidatures.""",
"Signature avec titre et reconnaissance territoriale (Tiohtià:ke) à retirer. Lundi = 9 nov.",
meeting=M("2026-11-09", 30, "video", topics=["job_applications"]),
has=["Rencontre lundi en vidéo, 30 minutes"],
sig="""Mélodie Chartrand
Bibliothécaire | Centre des médias
Cégep de Maisonneuve

Nous reconnaissons que nous sommes sur le territoire traditionnel non cédé des Kanien'kehá:ka, à Tiohtià:ke/Montréal.""",
not_=["Bibliothécaire | Centre des médias", "territoire traditionnel non cédé"])

C("t10-fr-rt-002", "fr", "reply_text", "checkin", TO, "2026-11-18 09:05", ("Serge Thibault", "serge.thibault@ville.quebec.qc.ca"),
"""Bonjour,

Pas encore de rencontre, on se voit vendredi. Merci!""",
"Avis de confidentialité bilingue à retirer; un projet seulement; 'courriel' dans l'avis n'est pas un mode.",
has=["on se voit vendredi"],
sig="""Serge Thibault
Chef de division, Bibliothèque Gabrielle-Roy
Ville de Québec

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please notify the sender and delete it.""",
not_=["Chef de division, Bibliothèque Gabrielle-Roy", "AVIS DE CONFIDENTIALITÉ"], style="outlook")

C("t10-fr-rt-003", "fr", "reply_text", "midsession", TO, "2026-11-17 14:25", ("Anne-Sophie Gravel", "as.gravel@usherbrooke.ca"),
"""Bonjour,

Tout se passe bien, nos échanges portent sur ce que j'espérais. Merci pour le suivi!""",
"Courriel Outlook HTML seulement (divRplyFwdMsg, « De : ») avec signature : à retirer.",
has=["nos échanges portent sur ce que j'espérais"],
sig="""Anne-Sophie Gravel
Conseillère en documentation
Service des bibliothèques et archives, Université de Sherbrooke""",
not_=["Conseillère en documentation"], style="html_outlook")

C("t10-fr-rt-004", "fr", "reply_text", "checkin", HA, "2026-11-24 10:15", ("Réjean Arsenault", "rejean.arsenault@umoncton.ca"),
"""Bonjour,

On s'est parlé hier au téléphone, 40 minutes, sur la gestion d'équipe.

Réjean""",
"Message ISO-8859-1 avec signature et titre : à retirer. Hier = 23 nov.",
meeting=M("2026-11-23", 40, "phone", topics=["management"]),
has=["On s'est parlé hier au téléphone, 40 minutes"],
sig="""Réjean Arsenault
Bibliothécaire responsable, Bibliothèque Champlain
Université de Moncton
506 858-4000""",
not_=["Bibliothécaire responsable, Bibliothèque Champlain"], enc="latin1")

C("t10-fr-rt-005", "fr", "reply_text", "checkin", TO, "2026-11-30 19:50", ("Kevin Joseph", "kevin.joseph@bibliomontreal.ca"),
"""Pas de rencontre encore, Mélanie est malade. On reporte à la semaine prochaine.""",
"Réponse iPhone avec signature courte et « Envoyé de mon iPhone » : à retirer; pas de rencontre.",
has=["Mélanie est malade"],
sig="""Kevin Joseph
Agent de liaison, Bibliothèques de Montréal""",
not_=["Agent de liaison, Bibliothèques de Montréal"], style="iphone")

C("t10-fr-rt-006", "fr", "reply_text", "nudge", TO, "2026-11-12 15:35", ("Diane Pelletier", "diane.pelletier@cssmi.qc.ca"),
"""Bonjour,

Désolée pour le silence, on s'est manquées deux fois. On se reprend bientôt.""",
"Citation « -----Message d'origine----- » et avis « Ce courriel est confidentiel » : à retirer.",
has=["on s'est manquées deux fois"],
sig="""Diane Pelletier
Technicienne en documentation
Centre de services scolaire des Mille-Îles

Ce courriel est confidentiel et destiné uniquement à la personne à qui il est adressé. Toute diffusion non autorisée est interdite.""",
not_=["Technicienne en documentation", "Ce courriel est confidentiel"], style="oldoutlook")
