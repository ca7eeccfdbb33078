from base import *
E = expect

case("en-goal-001", "goals", "goals_prompt", "fatima", "2026-10-06 21:14",
"""Hi there,

Short-term I want to get my cover letter into shape for the Branch Head posting at Mississauga that closes next month, and long term I'd like to be running a branch of my own in five years or so, ideally one with a big newcomer community.

Thanks for organizing this!""",
E(goals=[G("new", horizon="short", title="cover letter"), G("new", horizon="long", title="branch")], has=["cover letter into shape", "running a branch of my own"]),
"Short-term and long-term goal in one paragraph of prose: both are new goals.", style="outlook")

case("en-goal-002", "goals", "checkin", "grace", "2026-10-19 08:02",
"""Quick update, no meeting to log yet (Jordan's been sick) but I finished my cover letter!! Sent it off to UBC on Friday. Fingers crossed.""",
E(goals=[G("done", title="cover letter")], has=["I finished my cover letter"]),
"'finished my cover letter' updates an existing goal to done; no meeting was held.", style="iphone")

case("en-goal-003", "goals", "midsession", "arjun", "2026-11-09 12:40",
"""Hello,

Goal 2 is done - I got the certificate in research data management last week. Goal 1 is the same as before.

Arjun""",
E(goals=[G("done", ref="2")], has=["Goal 2 is done"]),
"'Goal 2 is done' marks numbered goal 2 done; 'the same as before' is not an update.", style="outlook")

case("en-goal-004", "goals", "checkin", "daniel", "2026-10-22 16:55",
"""Hey, I'm still working on my LinkedIn profile -- it's maybe half done. Aisha gave me some great pointers on the headline. Nothing else to report this round.""",
E(goals=[G("in_progress", title="linkedin")], has=["still working on my LinkedIn profile"]),
"'still working on my LinkedIn' is an in-progress update of that goal.", flowed=True)

case("en-goal-005", "goals", "midsession", "samira", "2026-11-12 10:03",
"""Hi,

I'm going to drop the goal about the cataloguing course. Our PD budget got frozen until April, so it's just not happening this term. The other goal still stands.

Best,
Samira""",
E(goals=[G("dropped", title="cataloguing")], has=["drop the goal about the cataloguing course"]),
"Dropping a goal in prose: status dropped; 'the other goal still stands' is not an update.", style="origmsg")

case("en-goal-006", "goals", "goals_prompt", "daniel", "2026-10-05 23:11",
"""Here's what I'm thinking:

- short term: finish my MLIS capstone on open educational resources
- short term: apply to at least 3 academic library jobs before the holidays
- long term: become a subject liaison librarian in the sciences

Let me know if that's too many!""",
E(goals=[G("new", horizon="short", title="capstone"), G("new", horizon="short", title="academic"), G("new", horizon="long", title="liaison")], has=["finish my MLIS capstone", "become a subject liaison librarian"]),
"Three goals in a bullet list, two short-term and one long-term.")

case("en-goal-007", "goals", "goals_prompt", "kwame", "2026-10-07 07:30",
"""Answers inline below.

On Mon, Oct 5, 2026 at 8:05 AM Mentorship Program <program@mentormail.ca> wrote:
> Hi Kwame,
>
> Knowing what you want from this session helps Olu help
> you. What would you like to achieve soon, and where are you heading
> over the next few years?

Soon: get through my first round of job interviews without freezing up.
Next few years: a permanent, full-time position in a public library, no more contracts.

> Just reply with a short-term and a long-term goal, one per line,
> like this:
>
> Short term: update my CV and send two applications
> Long term: lead a public services team within five years

Kwame""",
E(goals=[G("new", horizon="short", title="interviews"), G("new", horizon="long", title="permanent")], has=["get through my first round of job interviews", "a permanent, full-time position"], not_=["update my CV and send two applications"]),
"Goals answered under the quoted goals prompt: 'Soon' is short-term, 'Next few years' long-term; the quoted example is not a goal.",
noquote=True, nosig=True)

case("en-goal-008", "goals", "goals_prompt", "grace", "2026-10-08 19:47",
"""Short term: prep for my interview at SFU next week
Long term: get a permanent librarian position somewhere in the Lower Mainland

Thanks so much for setting this up!
Always learning,
Grace""",
E(goals=[G("new", horizon="short", title="interview"), G("new", horizon="long", title="permanent")], has=["prep for my interview at SFU"]),
"Two goal lines; the sign-off lines ('Thanks so much...', 'Always learning') must not become goals.")

case("en-goal-009", "goals", "checkin", "mei", "2026-10-27 14:20",
"""Goal 1: still in progress, I've drafted two of the four sections of the metadata guide. Hoping to have it done by the end of the session.""",
E(goals=[G("in_progress", ref="1")], has=["drafted two of the four sections"]),
"Progress on numbered goal 1 is in_progress.", style="outlook")

case("en-goal-010", "goals", "midsession", "tunde", "2026-11-10 09:15",
"""Progress on goal 3: I signed up for the Library Juice Academy webinar series and have done the first two sessions. Three more to go.""",
E(goals=[G("in_progress", ref="3")], has=["signed up for the Library Juice Academy webinar series"]),
"Progress reported on numbered goal 3: in_progress, not done ('three more to go').", tz="America/Regina")

case("en-goal-011", "goals", "goals_prompt", "hana", "2026-10-06 11:02",
"""Hi! As a mentor I wasn't sure I'd have goals of my own but here goes. This fall I want to work on my presentation skills (I freeze in front of big rooms), and longer-term I'm hoping to move into a management role in special collections within the next few years.""",
E(goals=[G("new", horizon="short", title="presentation"), G("new", horizon="long", title="management")], has=["work on my presentation skills"]),
"A mentor's two goals in one paragraph: 'this fall' short-term, 'longer-term ... next few years' long-term.", role="mentor")

case("en-goal-012", "goals", "checkin", "priya", "2026-11-02 17:31",
"""Update: the resume is done (finally!!) and I'm still plugging away at the portfolio. No meeting since the last one, we're both slammed.""",
E(goals=[G("done", title="resume"), G("in_progress", title="portfolio")], has=["the resume is done", "still plugging away at the portfolio"]),
"Two goal updates in one sentence: resume done, portfolio in progress.", style="html_gmail")

case("en-goal-013", "goals", "midsession", "arjun", "2026-11-10 20:05",
"""Scratch the goal about learning Python, it's not realistic with my teaching load this fall. I'd like to replace it with a short-term one: get comfortable enough with SQL to pull our own circulation reports.""",
E(goals=[G("dropped", title="python"), G("new", horizon="short", title="sql")], has=["Scratch the goal about learning Python"]),
"'Scratch the goal' drops it; the replacement is a new short-term goal.")

case("en-goal-014", "goals", "goals_prompt", "rohan", "2026-10-05 15:50",
"""My goals: 1) get my first professional library job (short-term) 2) in the long run, do a PhD in information studies.""",
E(goals=[G("new", horizon="short", title="library job"), G("new", horizon="long", title="phd")], has=["get my first professional library job"]),
"Two goals numbered inline with horizons in parentheses and in prose.", style="apple")

case("en-goal-015", "goals", "midsession", "samira", "2026-11-13 13:13",
"""Re goal 2 - I no longer want to pursue this one. Talking it through with Leah made me realize I prefer front-line work to supervising.""",
E(goals=[G("dropped", ref="2")], has=["I no longer want to pursue this one"]),
"'no longer want to pursue' numbered goal 2: dropped.", style="outlook")

case("en-goal-016", "goals", "checkin", "amara", "2026-11-16 18:45",
"""Good news: I completed the cultural competency training, so you can mark that one done (it was goal 1).""",
E(goals=[G("done", ref="1")], has=["I completed the cultural competency training"]),
"Completion named in prose with its number given afterwards: goal 1 done.")

case("en-goal-017", "goals", "goals_prompt", "kwame", "2026-10-09 22:10",
"""My goal for the next few weeks is to polish my portfolio website so I can link it in applications.

Here's to a great session!
Cheers and keep up the good work,
Kwame""",
E(goals=[G("new", horizon="short", title="portfolio")], has=["polish my portfolio website"]),
"One short-term goal; 'Here's to a great session!' and the cheer are sign-offs, not goals.", nosig=True)

case("en-goal-018", "goals", "goals_prompt", "hana", "2026-10-07 09:41",
"""Here are mine:

Short term: finish processing the Nikkei fonds backlog
Long term: teach an archives course at UBC iSchool""",
E(goals=[G("new", horizon="short", title="nikkei"), G("new", horizon="long", title="archives course")], has=["finish processing the Nikkei fonds backlog"]),
"HTML-only bullet list of a short-term and a long-term goal.", style="html_outlook", role="mentor",
body_html="<div>Here are mine:</div><ul><li>Short term: finish processing the Nikkei fonds backlog</li><li>Long term: teach an archives course at UBC iSchool</li></ul><div><br></div><div>Hana Yoshida</div><div>Archivist, Special Collections</div><div>Simon Fraser University Library</div>")

case("en-goal-019", "goals", "goals_prompt", "grace", "2026-10-10 13:22",
"""long-term: I'd love to be head of special collections somewhere someday. short-term honestly nothing more than getting through my probation period lol""",
E(goals=[G("new", horizon="long", title="special collections"), G("new", horizon="short", title="probation")], has=["head of special collections", "getting through my probation period"]),
"Long-term goal given first, then a short-term one in casual prose.", style="iphone")

case("en-goal-020", "goals", "checkin", "daniel", "2026-11-05 12:12",
"""goal 1 done, goal 2 still going""",
E(goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["goal 1 done, goal 2 still going"]),
"Terse two updates: goal 1 done, goal 2 in progress.", nosig=True)

case("en-goal-021", "goals", "checkin", "fatima", "2026-11-19 16:00",
"""Hi all,

I've wrapped up the grant application (my short term goal) - submitted it Tuesday, two days before the deadline. Very relieved.""",
E(goals=[G("done", title="grant")], has=["I've wrapped up the grant application"]),
"'wrapped up' the grant application goal: done. The submission date is not a meeting.", style="outlook")

case("en-goal-022", "goals", "goals_prompt", "tunde", "2026-10-08 08:48",
"""I've been thinking and I'd rather not set a long-term goal yet. For now: get through my first conference presentation (SLA Saskatchewan in February) without reading off the slides.""",
E(goals=[G("new", horizon="short", title="presentation")], has=["get through my first conference presentation"]),
"Only a short-term goal; declining to set a long-term one creates nothing.", tz="America/Regina")

case("en-goal-023", "goals", "nudge", "rohan", "2026-11-24 11:35",
"""No meeting to report, sorry. Still chipping away at my cover letter template, nothing to mark as done yet.""",
E(goals=[G("in_progress", title="cover letter")], has=["Still chipping away at my cover letter template"]),
"'still chipping away' is in progress; 'no meeting' means no meeting.", style="gmail")

case("en-goal-024", "goals", "midsession", "mei", "2026-11-11 15:28",
"""Let's forget about the certification goal; the program I was going to take has closed its intake for the year. Everything else is on track.""",
E(goals=[G("dropped", title="certification")], has=["forget about the certification goal"]),
"'forget about the certification goal' drops it.", style="outlook")

case("en-goal-025", "goals", "checkin", "priya", "2026-12-01 17:05",
"""Goal 3: done!

Thanks again for everything this session, it's been such a good experience.

Best wishes for the holidays! Take care,
Priya""",
E(goals=[G("done", ref="3")], has=["Goal 3: done"]),
"One numbered update; holiday wishes and thanks are sign-offs, not goals.")

# ------------------------------------------------------------ French
case("fr-goal-001", "goals", "goals_prompt", "nadia", "2026-10-06 20:10",
"""Bonjour,

À court terme, j'aimerais refaire mon CV et postuler à deux offres à la Grande Bibliothèque. À plus long terme, je me vois coordonnatrice d'une bibliothèque scolaire d'ici cinq ans, idéalement dans un quartier multiethnique.

Merci!""",
E(goals=[G("new", horizon="short", title="cv"), G("new", horizon="long", title="bibliothèque scolaire")], has=["refaire mon CV", "coordonnatrice d'une bibliothèque scolaire"]),
"Objectif à court terme et objectif à long terme dans un même paragraphe : deux nouveaux objectifs.", style="outlook")

case("fr-goal-002", "goals", "checkin", "ines", "2026-10-20 07:55",
"""Petite nouvelle : j'ai terminé mon portfolio! Pas de rencontre à signaler pour l'instant, Mathieu est en congé.""",
E(goals=[G("done", title="portfolio")], has=["j'ai terminé mon portfolio"]),
"« j'ai terminé mon portfolio » : objectif atteint, aucune rencontre.", style="iphone", nosig=True)

case("fr-goal-003", "goals", "midsession", "karim", "2026-11-09 13:05",
"""Bonjour,

L'objectif 2 est atteint : j'ai obtenu le certificat en gestion documentaire. Rien de neuf pour le 1.

Karim""",
E(goals=[G("done", ref="2")], has=["L'objectif 2 est atteint"]),
"« L'objectif 2 est atteint » : objectif numéroté 2 terminé; rien pour le 1.", style="outlook")

case("fr-goal-004", "goals", "checkin", "youssef", "2026-10-23 22:40",
"""Allo, je travaille toujours sur ma lettre de présentation, Aminata m'a fait plein de suggestions. C'est tout pour cette fois.""",
E(goals=[G("in_progress", title="lettre de présentation")], has=["je travaille toujours sur ma lettre de présentation"]),
"« je travaille toujours sur » : objectif en cours.")

case("fr-goal-005", "goals", "midsession", "aicha", "2026-11-12 09:50",
"""Bonjour,

J'abandonne l'objectif du cours de catalogage RDA : le budget de formation est gelé jusqu'en avril. L'autre objectif tient toujours.

Bonne journée""",
E(goals=[G("dropped", title="catalogage")], has=["J'abandonne l'objectif du cours de catalogage"]),
"« J'abandonne l'objectif » : objectif abandonné; l'autre n'est pas modifié.", style="origmsg")

case("fr-goal-006", "goals", "goals_prompt", "youssef", "2026-10-05 21:30",
"""Voici mes objectifs :

• court terme : terminer ma maîtrise à l'EBSI
• court terme : faire du bénévolat dans un centre d'archives
• long terme : devenir archiviste dans un service d'archives régional

C'est peut-être ambitieux!""",
E(goals=[G("new", horizon="short", title="maîtrise"), G("new", horizon="short", title="bénévolat"), G("new", horizon="long", title="archiviste")], has=["terminer ma maîtrise à l'EBSI"]),
"Trois objectifs en liste à puces : deux à court terme, un à long terme.")

case("fr-goal-007", "goals", "goals_prompt", "rosalie", "2026-10-07 12:15",
"""Mes réponses ci-dessous.

Le lun. 5 oct. 2026, à 08 h 05, Programme de mentorat <programme@mentormail.ca> a écrit :
> Bonjour Rosalie,
>
> Savoir ce que vous attendez de cette session aidera Fatou
> à bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers
> quoi souhaitez-vous aller dans les prochaines années?

Bientôt : me sentir prête pour les entrevues de la Ville de Montréal.
Dans les prochaines années : un poste permanent de bibliothécaire, fini les remplacements.

> Répondez simplement avec un objectif à court terme et un autre à long
> terme, un par ligne, comme ceci :
>
> Court terme : mettre à jour mon CV et envoyer deux candidatures
> Long terme : diriger une équipe de services au public d'ici cinq ans

Rosalie""",
E(goals=[G("new", horizon="short", title="entrevues"), G("new", horizon="long", title="poste permanent")], has=["me sentir prête pour les entrevues", "un poste permanent de bibliothécaire"], not_=["mettre à jour mon CV et envoyer deux candidatures"]),
"Objectifs écrits sous les questions citées : « Bientôt » = court terme, « prochaines années » = long terme; l'exemple cité n'est pas un objectif.",
noquote=True)

case("fr-goal-008", "goals", "goals_prompt", "thanh", "2026-10-08 18:20",
"""Court terme : préparer mon entrevue pour le poste de bibliothécaire à Rosemont
Long terme : devenir cheffe de section

Au plaisir de vous lire,
Bonne fin de semaine!
Thanh""",
E(goals=[G("new", horizon="short", title="entrevue"), G("new", horizon="long", title="cheffe de section")], has=["préparer mon entrevue"]),
"Deux objectifs; « Au plaisir de vous lire » et « Bonne fin de semaine! » sont des salutations, pas des objectifs.")

case("fr-goal-009", "goals", "checkin", "luc", "2026-10-28 14:45",
"""Objectif 1 : toujours en cours, j'ai fait la moitié du cours en ligne sur les licences ouvertes.""",
E(goals=[G("in_progress", ref="1")], has=["j'ai fait la moitié du cours en ligne"]),
"Avancement de l'objectif 1 : en cours.", style="outlook")

case("fr-goal-010", "goals", "midsession", "sophie", "2026-11-10 08:30",
"""Pour l'objectif no 3, j'avance bien : deux entrevues d'information de faites, il m'en reste une.""",
E(goals=[G("in_progress", ref="3")], has=["j'avance bien"]),
"Progrès sur l'objectif no 3 : en cours, pas terminé.")

case("fr-goal-011", "goals", "goals_prompt", "marie", "2026-10-06 10:40",
"""Bonjour! Comme mentore, je n'étais pas certaine d'avoir des objectifs, mais en voici : cet automne, je voudrais améliorer mes compétences en supervision d'équipe, et à plus long terme, siéger au conseil d'administration de la Corporation des bibliothécaires professionnels du Québec.""",
E(goals=[G("new", horizon="short", title="supervision"), G("new", horizon="long", title="conseil")], has=["améliorer mes compétences en supervision"]),
"Deux objectifs d'une mentore dans une phrase : « cet automne » court terme, « à plus long terme » long terme.", role="mentor")

case("fr-goal-012", "goals", "checkin", "chantal", "2026-11-03 16:12",
"""Des nouvelles : le CV est fini (enfin!!) et je suis encore dans ma lettre de motivation. Pas de rencontre depuis la dernière fois.""",
E(goals=[G("done", title="cv"), G("in_progress", title="lettre de motivation")], has=["le CV est fini", "je suis encore dans ma lettre de motivation"]),
"Deux mises à jour dans une phrase : CV terminé, lettre en cours.", style="html_gmail")

case("fr-goal-013", "goals", "midsession", "karim", "2026-11-11 19:25",
"""Oubliez l'objectif sur Python, ce n'est pas réaliste avec ma charge de travail. Je le remplace par un objectif à court terme : maîtriser Excel avancé pour nos statistiques de prêt.""",
E(goals=[G("dropped", title="python"), G("new", horizon="short", title="excel")], has=["Oubliez l'objectif sur Python"]),
"« Oubliez l'objectif » = abandonné; le remplacement est un nouvel objectif à court terme.")

case("fr-goal-014", "goals", "goals_prompt", "ines", "2026-10-05 17:05",
"""Mes objectifs : 1) décrocher un premier poste en bibliothèque (court terme) 2) à long terme, faire un doctorat en sciences de l'information.""",
E(goals=[G("new", horizon="short", title="premier poste"), G("new", horizon="long", title="doctorat")], has=["décrocher un premier poste"]),
"Deux objectifs numérotés dans la phrase, horizons entre parenthèses et en prose.", style="apple", nosig=True)

case("fr-goal-015", "goals", "midsession", "aicha", "2026-11-13 11:11",
"""Objectif 2 : je laisse tomber, finalement. J'ai compris en jasant avec Kim que je préfère rester aux services techniques.""",
E(goals=[G("dropped", ref="2")], has=["je laisse tomber"]),
"« je laisse tomber » l'objectif 2 : abandonné.", style="outlook")

case("fr-goal-016", "goals", "checkin", "jp", "2026-11-17 15:40",
"""Bonne nouvelle : j'ai complété la formation sur le droit d'auteur, c'était mon objectif 1.""",
E(goals=[G("done", ref="1")], has=["j'ai complété la formation sur le droit d'auteur"]),
"Formation complétée, numéro donné après : objectif 1 terminé.")

case("fr-goal-017", "goals", "goals_prompt", "rosalie", "2026-10-09 21:48",
"""Mon objectif pour les prochaines semaines : préparer ma présentation pour le congrès de l'ABQLA.

Merci encore et au plaisir!
Rosalie""",
E(goals=[G("new", horizon="short", title="présentation")], has=["préparer ma présentation"]),
"Un objectif à court terme; « Merci encore et au plaisir! » est une salutation.")

case("fr-goal-018", "goals", "goals_prompt", "sophie", "2026-10-07 08:55",
"""Voici les miens :

Court terme : terminer l'élagage de la collection jeunesse
Long terme : diriger une bibliothèque de quartier""",
E(goals=[G("new", horizon="short", title="élagage"), G("new", horizon="long", title="bibliothèque de quartier")], has=["terminer l'élagage de la collection jeunesse"]),
"Liste à puces HTML seulement : un objectif à court terme et un à long terme.", style="html_outlook", role="mentor",
body_html="<div>Voici les miens :</div><ul><li>Court terme : terminer l'élagage de la collection jeunesse</li><li>Long terme : diriger une bibliothèque de quartier</li></ul><div><br></div><div>Sophie Tremblay-Diallo</div><div>Chef de section, Bibliothèques de Laval</div><div>450 555-0199, poste 2231</div>")

case("fr-goal-019", "goals", "goals_prompt", "thanh", "2026-10-10 14:02",
"""à long terme j'aimerais diriger les collections spéciales quelque part. à court terme, juste réussir ma période de probation haha""",
E(goals=[G("new", horizon="long", title="collections spéciales"), G("new", horizon="short", title="probation")], has=["diriger les collections spéciales", "réussir ma période de probation"]),
"Objectif à long terme d'abord, puis court terme, en style familier.", style="iphone", nosig=True)

case("fr-goal-020", "goals", "checkin", "youssef", "2026-11-05 12:50",
"""obj. 1 terminé, obj. 2 en cours""",
E(goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["obj. 1 terminé"]),
"Abréviations : objectif 1 terminé, objectif 2 en cours.", nosig=True)

case("fr-goal-021", "goals", "checkin", "nadia", "2026-11-19 15:15",
"""Bonjour,

J'ai fini ma demande de subvention (mon objectif à court terme), envoyée mardi, deux jours avant la date limite. Quel soulagement!""",
E(goals=[G("done", title="subvention")], has=["J'ai fini ma demande de subvention"]),
"Demande de subvention finie : objectif terminé; l'envoi mardi n'est pas une rencontre.", style="outlook")

case("fr-goal-022", "goals", "goals_prompt", "luc", "2026-10-08 09:20",
"""Pas d'objectif à long terme pour l'instant, je préfère y réfléchir. À court terme : survivre à ma première présentation au colloque de l'APFM en février sans lire mes diapos.""",
E(goals=[G("new", horizon="short", title="présentation")], has=["survivre à ma première présentation"]),
"Un seul objectif à court terme; refuser d'en fixer un à long terme ne crée rien.")

case("fr-goal-023", "goals", "nudge", "karim", "2026-11-24 10:35",
"""Rien à signaler côté rencontres, désolé. Je continue de peaufiner mon profil LinkedIn, rien de terminé encore.""",
E(goals=[G("in_progress", title="linkedin")], has=["Je continue de peaufiner mon profil LinkedIn"]),
"« je continue de peaufiner » : en cours; aucune rencontre.")

case("fr-goal-024", "goals", "midsession", "marie", "2026-11-11 16:28",
"""On peut rayer l'objectif de la certification : le programme a fermé ses inscriptions pour l'année. Le reste avance bien.""",
E(goals=[G("dropped", title="certification")], has=["rayer l'objectif de la certification"]),
"« rayer l'objectif » = abandonné.", style="outlook", role="mentor")

case("fr-goal-025", "goals", "checkin", "chantal", "2026-12-01 16:05",
"""Objectif 3 : fait!

Merci encore pour tout, ce fut une belle expérience.

Joyeuses Fêtes à toute l'équipe! Prenez soin de vous,
Chantal""",
E(goals=[G("done", ref="3")], has=["Objectif 3 : fait"]),
"Une mise à jour numérotée; les vœux des Fêtes sont des salutations.")
