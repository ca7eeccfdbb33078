# Questions (asked without the word) and non-questions; goals in prose.
from gen import C, M, G, K

TO, VA, HA, WI, SJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

# ---------------- question, English ----------------

C("t10-en-q-001", "en", "question", "nudge", TO, "2026-11-18 22:05", ("Tanvir Ahmed", "tanvir.ahmed@gmail.com"),
"""Hi,

Honestly we haven't met because I can't get hold of her. She hasn't answered my last three emails and I don't want to be a pest. Is there a way to switch partners, or should I keep trying?

Tanvir""",
"A problem in the pair and a request for guidance: question true; no meeting.",
question=True, has=["Is there a way to switch partners"])

C("t10-en-q-002", "en", "question", "wrapup", TO, "2026-12-01 11:20", ("Monica Reyes", "monica.reyes@ottawa.ca"),
"""Hi,

Thanks for running this, it was a great experience. Could someone tell me whether the participation letter can be addressed to my manager directly? She needs it for my PD file.

Monica""",
"Asks the committee for something ('Could someone tell me whether...'): question true.",
question=True, has=["Could someone tell me whether the participation letter can be addressed to my manager"], quote=True)

C("t10-en-q-003", "en", "question", "confidentiality", VA, "2026-11-10 16:30", ("Leah Santos", "leah.santos@surreylibraries.ca"),
"""Hi,

I'm not sure how to say this. During our last call my mentor made a comment about my accent that didn't sit right with me, and I haven't known what to do about it since. I'd really appreciate some advice on how to handle it.

Leah""",
"A request for help with a problem in the pair, with no question mark: question true.",
question=True, has=["I'd really appreciate some advice on how to handle it"], style="outlook")

C("t10-en-q-004", "en", "question", "wrapup", WI, "2026-12-02 09:10", ("Adebayo Ogunleye", "a.ogunleye@uwinnipeg.ca"),
"""Hello,

It went well overall. Wondering if mentees from this session can sign up as mentors for the next one -- I'd love to give back, even though I'm still pretty new.

Adebayo""",
"'Wondering if...' asks the committee something that needs an answer: question true. No rating given.",
question=True, has=["Wondering if mentees from this session can sign up as mentors"])

C("t10-en-q-005", "en", "question", "midsession", TO, "2026-11-16 14:40", ("Zara Ali", "zara.ali@durham.ca"),
"""Who knew a mentorship program could be this much fun? Seriously, thank you for setting this up. Priya has been amazing and my goals still fit.

Zara""",
"A rhetorical question plus thanks: nothing for the committee to answer.",
question=False, has=["Who knew a mentorship program could be this much fun?"], style="iphone")

C("t10-en-q-006", "en", "question", "", TO, "2026-10-06 10:30", ("Vikram Singh", "vikram.singh@yorku.ca"),
"""Hi,

Just wanted to say thank you so much for pairing me with Priya! We've already exchanged a couple of emails and she seems lovely. Looking forward to the session.

Vikram""",
"Thanks only, no ask: question false. (Subject is a fresh message, not a reply to a prompt.)",
question=False, has=["thank you so much for pairing me with Priya"], quote=False, subject="Thank you!")

C("t10-en-q-007", "en", "question", "checkin", HA, "2026-11-12 12:15", ("Hannah Cho", "hannah.cho@smu.ca"),
"""Hi both (cc'ing Priya since she asked me to),

Not yet this round -- Priya, did you want to do Thursday or Friday next week? Either works for me after 2.

Hannah""",
"A question addressed to the partner about scheduling, not to the committee: question false; a plan only, no meeting.",
question=False, has=["Priya, did you want to do Thursday or Friday next week?"])

C("t10-en-q-008", "en", "question", "midsession", VA, "2026-11-17 08:25", ("Ryan Mendoza", "ryan.mendoza@okanagan.bc.ca"),
"""Can you believe it's already halfway?! Time flies. Conversations are covering what I hoped, no changes needed on our end.

Ryan""",
"Rhetorical question: question false.",
question=False, has=["Can you believe it's already halfway?!"], style="apple")

C("t10-en-q-009", "en", "question", "checkin", TO, "2026-11-25 17:50", ("Ngozi Adeyemi", "ngozi.adeyemi@uwaterloo.ca"),
"""Hi,

No meeting this time, sorry. Bit of news: Priya is starting her mat leave on December 7 (so happy for her!). What happens to our pairing for the last few weeks of the session?

Ngozi""",
"Asks the committee what happens to the pair: question true; no meeting.",
question=True, has=["What happens to our pairing for the last few weeks"], style="outlook")

C("t10-en-q-010", "en", "question", "digest", TO, "2026-11-05 09:00", ("Harpreet Gill", "harpreet.gill@brampton.ca"),
"""Hi,

I'm moving to a new job in January and will lose this address. How do I get the program to use my personal email instead?

Thanks,
Harpreet""",
"Asks the committee to change their address: question true (not a command).",
question=True, has=["How do I get the program to use my personal email instead?"])

C("t10-en-q-011", "en", "question", "checkin", TO, "2026-11-09 19:10", ("Kenji Watanabe", "kenji.w@uoguelph.ca"),
"""Hi,

I was wondering what to bring to our next chat, but Priya already sent me a list of things to think about, so all good! We're meeting next Tuesday.

Kenji""",
"'I was wondering' is already resolved; nothing to answer; next Tuesday is a plan only.",
question=False, has=["Priya already sent me a list of things to think about, so all good"])

C("t10-en-q-012", "en", "question", "wrapup", TO, "2026-12-02 15:30", ("Lisa Huang", "lisa.huang@markham.ca"),
"""Hi,

Please let me know if the program is running again in the spring. I'd like my colleague Deborah to sign up as a mentee, she'd get a lot out of it.

Lisa""",
"'Please let me know if...' asks the committee: question true. No rating given. HTML-only Outlook.",
question=True, has=["Please let me know if the program is running again in the spring"], style="html_outlook")

C("t10-en-q-013", "en", "question", "wrapup", VA, "2026-12-01 20:00", ("Bilal Qureshi", "bilal.qureshi@kpu.ca"),
"""> What worked well?
Having someone outside my library to talk to.

> Would you take part again, perhaps one day as a mentor?
Absolutely, why wouldn't I?

Bilal""",
"Survey answers under quoted questions; 'why wouldn't I?' is rhetorical: question false; no rating.",
question=False, has=["Having someone outside my library to talk to."], quote=False,
subject="Re: Thank you, and a short survey", not_=["What worked well?"])

C("t10-en-q-014", "en", "question", "confidentiality", TO, "2026-11-11 13:25", ("Rosa Kaur", "rosa.kaur@ottawapubliclibrary.ca"),
"""Hi,

Priya and I had an idea: we know another pair through work and thought it could be fun to do a joint session with the four of us. Is that OK under the confidentiality guidelines, or should we keep it one-on-one?

Rosa""",
"Asks whether a joint session is allowed: question true.",
question=True, has=["Is that OK under the confidentiality guidelines"])

# ---------------- question, French ----------------

C("t10-fr-q-001", "fr", "question", "midsession", TO, "2026-11-16 21:15", ("Ariane Dufour", "ariane.dufour@gmail.com"),
"""Bonsoir,

Je vais être honnête : ça ne clique pas du tout avec ma mentore. Elle annule une rencontre sur deux. Est-ce possible de changer de personne mentore pour la fin de la session?

Ariane""",
"Problème dans le duo et demande au comité : question vraie.",
question=True, has=["Est-ce possible de changer de personne mentore"])

C("t10-fr-q-002", "fr", "question", "wrapup", TO, "2026-12-02 10:40", ("Simon Gauthier", "simon.gauthier@uqo.ca"),
"""Bonjour,

Belle expérience, merci. J'aimerais savoir si l'attestation de participation peut aussi être envoyée en anglais, pour mon dossier à Ottawa.

Simon""",
"'J'aimerais savoir si' demande une réponse au comité : question vraie.",
question=True, has=["J'aimerais savoir si l'attestation de participation peut aussi être envoyée en anglais"], style="outlook")

C("t10-fr-q-003", "fr", "question", "midsession", TO, "2026-11-17 12:00", ("Nadia Benoit", "nadia.benoit@bibliosherbrooke.ca"),
"""Bonjour,

Merci mille fois pour ce beau programme! Tout va très bien avec Mélanie, nos objectifs tiennent toujours.

Nadia""",
"Remerciements seulement : question fausse.",
question=False, has=["Merci mille fois pour ce beau programme!"], style="iphone")

C("t10-fr-q-004", "fr", "question", "midsession", TO, "2026-11-18 07:55", ("Louis Fortin", "louis.fortin@cegepgarneau.ca"),
"""Déjà la moitié? Qui aurait cru que ça passerait si vite! Ça se passe bien, rien à changer de notre côté.

Louis""",
"Questions rhétoriques : rien à répondre.",
question=False, has=["Qui aurait cru que ça passerait si vite!"])

C("t10-fr-q-005", "fr", "question", "nudge", TO, "2026-11-23 19:30", ("Aïcha Koné", "aicha.kone@umontreal.ca"),
"""Bonjour,

Pas de rencontre, et ce n'est pas faute d'essayer : Mélanie ne répond plus à mes courriels depuis trois semaines. Que dois-je faire?

Aïcha""",
"Demande d'aide pour un problème dans le duo : question vraie; pas de rencontre.",
question=True, has=["Mélanie ne répond plus à mes courriels depuis trois semaines"], style="apple")

C("t10-fr-q-006", "fr", "question", "checkin", TO, "2026-11-12 16:05", ("Thomas Girard", "thomas.girard@bibliotheques.montreal.ca"),
"""Bonjour (je mets Mélanie en copie),

Pas encore cette fois. Mélanie, tu préfères mardi ou jeudi pour la prochaine? Moi je suis libre les deux après-midi.

Thomas""",
"Question adressée à la partenaire, pas au comité : question fausse; un projet seulement.",
question=False, has=["Mélanie, tu préfères mardi ou jeudi pour la prochaine?"])

C("t10-fr-q-007", "fr", "question", "wrapup", TO, "2026-12-01 13:45", ("Maude Lapointe", "maude.lapointe@uquebec.ca"),
"""Bonjour,

Pourriez-vous me dire si le programme sera offert à l'hiver? Deux collègues sont intéressées.

Maude""",
"Demande polie au comité ('Pourriez-vous me dire si'): question vraie; pas de note.",
question=True, has=["Pourriez-vous me dire si le programme sera offert à l'hiver?"], style="html_gmail")

C("t10-fr-q-008", "fr", "question", "midsession", HA, "2026-11-19 10:25", ("Pascal Richard", "pascal.richard@umoncton.ca"),
"""Bonjour,

Ça va très bien, tellement qu'on se demandait si on pouvait prolonger notre jumelage d'un mois après la fin de la session. Faites-nous signe.

Pascal""",
"'On se demandait si on pouvait...' + 'Faites-nous signe' : demande au comité, question vraie.",
question=True, has=["on se demandait si on pouvait prolonger notre jumelage"], enc="latin1")

C("t10-fr-q-009", "fr", "question", "midsession", TO, "2026-11-16 15:10", ("Geneviève Morin", "gen.morin@videotron.ca"),
"""Bonjour,

Pas de souci de notre côté, tout roule. Pourquoi changer une formule gagnante?

Geneviève""",
"Question rhétorique : question fausse.",
question=False, has=["Pourquoi changer une formule gagnante?"], style="outlook")

C("t10-fr-q-010", "fr", "question", "confidentiality", TO, "2026-11-10 22:30", ("Khadija Mansour", "khadija.mansour@uqam.ca"),
"""Bonsoir,

Ma mentore m'a raconté des choses assez personnelles sur une collègue que je connais, et je suis mal à l'aise. Je ne sais pas trop comment réagir. J'aurais besoin de conseils.

Khadija""",
"Demande de conseils sur un problème dans le duo, sans point d'interrogation : question vraie.",
question=True, has=["J'aurais besoin de conseils."])

C("t10-fr-q-011", "fr", "question", "nudge", TO, "2026-11-06 09:15", ("Benoît Caron", "benoit.caron@cegeplimoilou.ca"),
"""Merci pour le rappel! C'est noté, promis. Comment oublier, avec tous vos courriels? ;)

Benoît""",
"Remerciement et boutade rhétorique : question fausse; pas de commande, pas de rencontre.",
question=False, has=["Merci pour le rappel! C'est noté, promis."], style="iphone")

# ---------------- goals, English ----------------

C("t10-en-goal-001", "en", "goals", "checkin", TO, "2026-11-13 18:30", ("Deepa Krishnan", "deepa.krishnan@gmail.com"),
"""Hi,

No meeting this week (Priya's at a conference), but some good news: I finally finished my cover letter and sent it off to Oakville yesterday! Fingers crossed.

Also my cat learned to open the pantry, so that's my weekend sorted.

Deepa""",
"Prose update: the cover letter goal is done; no meeting.",
goals=[G("done", "cover letter")], has=["I finally finished my cover letter"])

C("t10-en-goal-002", "en", "goals", "checkin", VA, "2026-11-06 20:10", ("Joel Fernandes", "joel.fernandes@nvdpl.ca"),
"""Hey,

No meeting yet this round. I'm still working on my LinkedIn (the headline is harder than it looks) but should have it done before we next talk.

Joel""",
"'Still working on my LinkedIn' = in progress.",
goals=[G("in_progress", "linkedin")], has=["I'm still working on my LinkedIn"], style="iphone")

C("t10-en-goal-003", "en", "goals", "midsession", TO, "2026-11-17 11:05", ("Amara Obi", "amara.obi@uwo.ca"),
"""Hi!

Going well. Goal 2 is done -- I got my application for the data librarian job in on time. Nothing new on the other one yet.

Amara""",
"Numbered update 'Goal 2 is done'; nothing else updated.",
goals=[G("done", ref="2")], has=["Goal 2 is done"], style="outlook")

C("t10-en-goal-004", "en", "goals", "checkin", HA, "2026-11-20 17:40", ("Kofi Mensah", "kofi.mensah@acadiau.ca"),
"""Hi there,

No meeting this round. Progress though: for goal 1 I sent three applications this week, two academic and one special library. Waiting to hear back.

Kofi""",
"Progress on numbered goal 1: in progress.",
goals=[G("in_progress", ref="1")], has=["for goal 1 I sent three applications this week"])

C("t10-en-goal-005", "en", "goals", "goals_prompt", TO, "2026-10-09 21:45", ("Maya Desai", "maya.desai@torontomu.ca"),
"""Hi,

Thinking about it, short-term I'd like to get my resume into shape before the December postings come out, and longer term I want to be managing a branch within five years, ideally somewhere with a strong newcomer services program.

Maya""",
"One paragraph with both a short-term (resume) and a long-term (managing a branch) goal: two new goals.",
goals=[G("new", "resume", horizon="short"), G("new", "branch", horizon="long")],
has=["short-term I'd like to get my resume into shape"], enc="flowed")

C("t10-en-goal-006", "en", "goals", "goals_prompt", WI, "2026-10-08 16:20", ("Deepa Nair", "deepa.nair@rrc.ca"),
"""Short term: prepare for panel interviews
Long term: move into an academic library

All the best for the holidays,
Deepa""",
"Two goals; the sign-off line is not a goal.",
goals=[G("new", "interviews", horizon="short"), G("new", "academic", horizon="long")],
has=["Short term: prepare for panel interviews"], style="outlook")

C("t10-en-goal-007", "en", "goals", "midsession", TO, "2026-11-18 10:10", ("Elena Petrova", "elena.petrova@uottawa.ca"),
"""Hi,

Good overall. I'm going to let go of the conference presentation goal (goal 3) -- the CFP closed before I had anything ready, and I'd rather focus on the other two.

Elena""",
"Goal 3 dropped, said in prose.",
goals=[G("dropped", ref="3")], has=["I'm going to let go of the conference presentation goal (goal 3)"])

C("t10-en-goal-008", "en", "goals", "checkin", TO, "2026-11-26 15:00", ("Sana Malik", "sana.malik@brocku.ca"),
"""Hi,

Not this time, Priya has the flu. But I'd like to add a new short-term goal: finish the copyright certificate by March. We talked about it last time and it makes sense.

Sana""",
"A new short-term goal in prose; 'we talked about it last time' is not a dated meeting.",
goals=[G("new", "copyright", horizon="short")], has=["add a new short-term goal: finish the copyright certificate"], style="apple")

C("t10-en-goal-009", "en", "goals", "goals_prompt", VA, "2026-10-07 13:15", ("Helen Wong", "helen.wong@vpl.ca"),
"""Hi,

Speaking as a mentor here: my short-term goal this session is to get better at giving feedback without jumping straight to solutions. Longer term, I'd like to be more involved in mentoring programs like this one at BCLA.

Helen""",
"A mentor's two goals in prose: feedback (short), mentoring programs (long).",
goals=[G("new", "feedback", horizon="short"), G("new", "mentoring", horizon="long")],
has=["my short-term goal this session is to get better at giving feedback"], role="mentor", partner="Joel")

C("t10-en-goal-010", "en", "goals", "midsession", TO, "2026-11-19 09:40", ("Ibrahim Yusuf", "ibrahim.yusuf@sheridancollege.ca"),
"""goal 1 -- done! goal 2 -- about halfway there, we're working on it together.

thanks!!""",
"Two numbered updates: 1 done, 2 in progress.",
goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["goal 1 -- done!"], style="iphone")

C("t10-en-goal-011", "en", "goals", "checkin", TO, "2026-11-27 19:05", ("Carmen Lopez", "carmen.lopez@tpl.ca"),
"""Hi,

We haven't met again yet but wanted to share: the portfolio is finally done and online! Priya gave me feedback on the first draft a few weeks ago and it made a big difference.

Carmen""",
"'The portfolio is finally done' = portfolio goal done; no new meeting.",
goals=[G("done", "portfolio")], has=["the portfolio is finally done and online"])

C("t10-en-goal-012", "en", "goals", "goals_prompt", TO, "2026-10-08 12:00", ("Aaliyah Brown", "aaliyah.brown@ottawa.ca"),
"""Hi!

Soon: sign up for the OLA webinar series on reader services and actually attend them.
Later on: become a systems librarian.

Thanks,
Aaliyah""",
"'Soon' and 'Later on' are short and long term: two new goals. HTML-only Gmail.",
goals=[G("new", "webinar", horizon="short"), G("new", "systems", horizon="long")],
has=["sign up for the OLA webinar series"], style="html_gmail")

C("t10-en-goal-013", "en", "goals", "checkin", WI, "2026-11-21 10:30", ("Xavier Dubois", "xavier.dubois@umanitoba.ca"),
"""Quick update - the CV goal is done, sent it to Priya for a last look and she said it's good to go.""",
"The CV goal is done.",
goals=[G("done", "cv")], has=["the CV goal is done"], style="iphone")

C("t10-en-goal-014", "en", "goals", "midsession", SJ, "2026-11-18 14:50", ("Oluwaseun Ade", "o.ade@mun.ca"),
"""Hi,

On the long-term one (goal 2), I've started shadowing our branch manager one afternoon a week, so: progress! Not much else to report.

Seun""",
"Progress on numbered goal 2: in progress.",
goals=[G("in_progress", ref="2")], has=["I've started shadowing our branch manager"], style="outlook")

# ---------------- goals, French ----------------

C("t10-fr-goal-001", "fr", "goals", "checkin", TO, "2026-11-12 20:20", ("Roxanne Paquette", "roxanne.paquette@gmail.com"),
"""Bonsoir,

Pas de rencontre cette fois (Mélanie est en congé), mais une bonne nouvelle : j'ai terminé mon portfolio! Je l'ai mis en ligne hier soir.

Roxanne""",
"'J'ai terminé mon portfolio' = objectif portfolio atteint; pas de rencontre.",
goals=[G("done", "portfolio")], has=["j'ai terminé mon portfolio!"])

C("t10-fr-goal-002", "fr", "goals", "midsession", TO, "2026-11-17 09:30", ("Étienne Bélanger", "etienne.belanger@ulaval.ca"),
"""Bonjour,

Objectif 2 : c'est fait! J'ai passé l'entrevue et j'ai eu le poste. Pour l'autre, rien de neuf.

Étienne""",
"'Objectif 2 : c'est fait' = 2 terminé; 'pour l'autre, rien de neuf' n'est pas une mise à jour.",
goals=[G("done", ref="2")], has=["Objectif 2 : c'est fait!"], style="outlook")

C("t10-fr-goal-003", "fr", "goals", "goals_prompt", TO, "2026-10-08 19:45", ("Laurence Giroux", "laurence.giroux@cegepsherbrooke.qc.ca"),
"""Bonjour,

À court terme, je voudrais refaire mon CV au complet avant les affichages de janvier, et à plus long terme j'aimerais devenir bibliothécaire de référence dans un cégep.

Laurence""",
"Deux objectifs dans un même paragraphe : CV (court terme), cégep (long terme).",
goals=[G("new", "cv", horizon="short"), G("new", "cégep", horizon="long")],
has=["je voudrais refaire mon CV au complet"])

C("t10-fr-goal-004", "fr", "goals", "checkin", TO, "2026-11-06 17:15", ("Samira Belkacem", "samira.belkacem@bibliolongueuil.ca"),
"""Bonjour,

Merci pour le rappel. Pas de rencontre cette fois, mais je travaille encore sur ma lettre de présentation, Mélanie m'a donné de bons commentaires mais il me reste à la raccourcir.

Samira""",
"'Je travaille encore sur ma lettre' = en cours.",
goals=[G("in_progress", "lettre")], has=["je travaille encore sur ma lettre de présentation"], style="iphone")

C("t10-fr-goal-005", "fr", "goals", "midsession", TO, "2026-11-18 13:40", ("François Lemieux", "francois.lemieux@uqac.ca"),
"""Bonjour,

J'abandonne l'objectif 3 (présenter au congrès), il n'y a plus de budget pour les déplacements cette année. Sinon, tout va bien.

François""",
"Objectif 3 abandonné.",
goals=[G("dropped", ref="3")], has=["J'abandonne l'objectif 3"])

C("t10-fr-goal-006", "fr", "goals", "checkin", TO, "2026-11-20 11:30", ("Jade Nguyen", "jade.nguyen@polymtl.ca"),
"""Bonjour,

Pas de rencontre cette semaine. Par contre, pour l'objectif 1, j'ai envoyé deux candidatures (une à la BAnQ, une à l'UdeM).

Jade""",
"Progrès sur l'objectif 1 : en cours.",
goals=[G("in_progress", ref="1")], has=["pour l'objectif 1, j'ai envoyé deux candidatures"], style="apple")

C("t10-fr-goal-007", "fr", "goals", "checkin", TO, "2026-11-24 16:50", ("Marc-André Poirier", "ma.poirier@bibliotheques.qc.ca"),
"""Bonjour,

Rien de neuf côté rencontres, mais j'ajoute un nouvel objectif à court terme : suivre la formation sur le développement des collections offerte par la CBPQ cet hiver.

Marc-André""",
"Nouvel objectif à court terme : formation.",
goals=[G("new", "formation", horizon="short")], has=["j'ajoute un nouvel objectif à court terme"])

C("t10-fr-goal-008", "fr", "goals", "goals_prompt", TO, "2026-10-09 08:30", ("Mariam Saleh", "mariam.saleh@ciusss.gouv.qc.ca"),
"""Court terme : réussir mon entrevue au CIUSSS en novembre
Long terme : obtenir un poste permanent en bibliothèque de santé

Cordialement,
Mariam""",
"Deux objectifs; la formule de politesse n'est pas un objectif.",
goals=[G("new", "entrevue", horizon="short"), G("new", "permanent", horizon="long")],
has=["Court terme : réussir mon entrevue au CIUSSS"], style="outlook")

C("t10-fr-goal-009", "fr", "goals", "midsession", TO, "2026-11-19 18:00", ("Ines Boudreau", "ines.boudreau@gmail.com"),
"""Bonjour!

Ça va bien. Mon objectif de réseautage avance bien : trois cafés-rencontres de faits avec des bibliothécaires du réseau collégial.

Ines""",
"Objectif de réseautage en cours.",
goals=[G("in_progress", "réseautage")], has=["Mon objectif de réseautage avance bien"], enc="flowed")

C("t10-fr-goal-010", "fr", "goals", "midsession", TO, "2026-11-20 07:40", ("Samuel Tessier", "samuel.tessier@usherbrooke.ca"),
"""Bonjour,

Ça va bien. Objectif 1 terminé, objectif 2 toujours en cours.

Samuel""",
"Deux mises à jour numérotées : 1 terminé, 2 en cours.",
goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["Objectif 1 terminé, objectif 2 toujours en cours"])

C("t10-fr-goal-011", "fr", "goals", "goals_prompt", TO, "2026-10-07 14:20", ("Nathalie Bisson", "nathalie.bisson@bibliolevis.ca"),
"""Bonjour,

Pour ma part (je suis mentore), à court terme je veux apprendre à mieux écouter sans donner tout de suite des solutions. À long terme, je vise un poste de direction d'ici cinq ans.

Nathalie""",
"Deux objectifs d'une mentore dans un paragraphe : écouter (court), direction (long).",
goals=[G("new", "écouter", horizon="short"), G("new", "direction", horizon="long")],
has=["je vise un poste de direction d'ici cinq ans"], role="mentor", partner="Léa", style="html_outlook")
