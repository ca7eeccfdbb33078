from build import *

MTL, T, MON, H = "America/Montreal", "America/Toronto", "America/Moncton", "America/Halifax"

# ============================================================ rencontres
reply("fr-meet-001", "fr", "meeting", "checkin", MTL,
 "« hier sur Teams pendant 45 minutes » (mar. 24 nov. -> 23 nov.), vidéo; préparation d'entrevue = interviews; signature retirée",
 ("Aïcha Benali", "aicha.benali@bibliotheque.example.ca"), "2026-11-24 14:30",
 """Bonjour,

On s'est vues hier sur Teams pendant 45 minutes, surtout pour préparer mon entrevue pour le poste de bibliothécaire à BAnQ. Marie-Claude m'a posé des questions types et m'a donné plein de conseils.

Merci!
Aïcha""",
 R(M("2026-11-23", 45, "video", ["interviews"]), has=["hier sur Teams pendant 45 minutes"], not_=["Arrondissement de Saint-Laurent", "Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Aïcha", "Marie-Claude", 2, 1, "2026-11-05", ["interviews", "career_goals"]),
 sig="Aïcha Benali\nBibliothécaire de référence\nBibliothèques de Montréal – Arrondissement de Saint-Laurent",
 client="outlook")

reply("fr-meet-002", "fr", "meeting", "checkin", MTL,
 "« mardi dernier » (jeu. 19 nov.) = 17 nov.; téléphone; « une heure et quart » = 75; contrat depuis trois ans = job_precarity",
 ("Mamadou Diallo", "mamadou.diallo@ulaval.example.ca"), "2026-11-19 19:10",
 """Bonsoir, petit compte rendu : on s'est parlé au téléphone mardi dernier, une heure et quart environ. On a surtout parlé de précarité : je suis à contrat depuis trois ans à l'Université Laval et je me demande si je devrais viser le secteur public.

Mamadou""",
 R(M("2026-11-17", 75, "phone", ["job_precarity"]), has=["une heure et quart environ"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Mamadou", "Pierre-Luc", 2, 1, "2026-11-03", ["job_precarity", "career_goals"]),
 client="gmail", qdays=2)

reply("fr-meet-003", "fr", "meeting", "checkin", MTL,
 "« le 3 décembre » autour d'un café au Café Olimpico = en personne; « 1 h 30 » = 90; son parcours = career_path",
 ("Karim Belkacem", "karim.belkacem@videotron.example.ca"), "2026-12-07 08:20",
 """Bonjour! Rencontre le 3 décembre autour d'un café au Café Olimpico (Mile End), 1 h 30. On a jasé de mon parcours et de ses débuts comme bibliothécaire en Algérie avant d'immigrer.""",
 R(M("2026-12-03", 90, "in_person", ["career_path"]), has=["Rencontre le 3 décembre"], not_=["Envoyé de mon iPhone", "Besoin d'idées pour la prochaine fois"]),
 pe=checkin("fr", "Karim", "Nadia", 4, 3, "2026-11-19", ["career_path", "diversity"]),
 footer="Envoyé de mon iPhone", client="iphone", cte="qp", qdays=1)

reply("fr-meet-004", "fr", "meeting", "checkin", T,
 "coquille « mecredi passé » (ven. 13 nov.) = 11 nov.; Zoom, une heure; sa journée type = typical_day",
 ("Fatou Ndiaye", "fatou.ndiaye@biblio.gatineau.example.ca"), "2026-11-13 12:05",
 """Allo! On s'est rencontrées mecredi passé sur Zoom, une heure. Elle m'a parlé de sa journée type comme gestionnaire de succursale, c'était vraiment éclairant.

Fatou""",
 R(M("2026-11-11", 60, "video", ["typical_day"]), has=["mecredi passé sur Zoom"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Fatou", "Hélène", 2, 1, "2026-10-29", ["typical_day", "management"]),
 client="gmail", fmt="alt", qdays=3)

reply("fr-meet-005", "fr", "meeting", "checkin", T,
 "autocorrection « jeudi — non, attendez, c'était mercredi » (lun. 9 nov.) = mer. 4 nov.; dîner à la bibliothèque = en personne; durée absente; défis d'équipe = work_scenarios; HTML seul",
 ("Rachid Amrani", "rachid.amrani@usherbrooke.example.ca"), "2026-11-09 10:00",
 """Bonjour,
On s'est vus jeudi — non, attendez, c'était mercredi — pour dîner à la bibliothèque. On a discuté des défis de mon équipe avec la nouvelle direction.
Rachid""",
 R(M("2026-11-04", None, "in_person", ["work_scenarios"]), has=["pour dîner à la bibliothèque"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Rachid", "Youssef", 1, 0, None, ["work_scenarios", "change_management"]),
 client="outlook", fmt="html", qdays=4)

reply("fr-meet-006", "fr", "meeting", "checkin", MTL,
 "deux rencontres : 2 nov. au téléphone 20 min, puis 16 nov. sur Zoom une heure (CV et lettre); la première est celle du 2 nov.",
 ("Sophie Nguyen", "sophie.nguyen@cegepmontpetit.example.ca"), "2026-11-18 21:00",
 """Bonsoir! Deux rencontres à consigner :

1) le 2 novembre, par téléphone, 20 minutes (on a surtout planifié la suite)
2) le 16 novembre sur Zoom, une heure : révision de mon CV et de ma lettre de motivation pour le poste au Cégep

Bonne soirée,
Sophie""",
 R(M("2026-11-02", 20, "phone", []), count=2, has=["Deux rencontres à consigner"], not_=["révision de ma lettre de présentation pour le poste à Sherbrooke"]),
 pe=checkin("fr", "Sophie", "Fabiola", 2, 0, None, ["job_applications", "interviews"]),
 client="gmail", qdays=1)

reply("fr-meet-007", "fr", "meeting", "checkin", MON,
 "rencontre sans aucune date : « 1 h en visio » -> date null + avertissement; gestion d'équipe = management",
 ("Jean-Philippe Nkurunziza", "jp.nkurunziza@umoncton.example.ca"), "2026-11-25 16:40",
 """Bonjour,

Nous nous sommes rencontrés, 1 h en visio, pour parler de la gestion de mon équipe de commis et des horaires.

Merci,
J.-P.""",
 R(M(None, 60, "video", ["management"]), warn=True, has=["1 h en visio"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Jean-Philippe", "Nadège", 3, 2, "2026-11-06", ["management", "time_management"]),
 client="outlook", qdays=2)

reply("fr-meet-008", "fr", "meeting", "checkin", MTL,
 "date vague « au début du mois » -> date null + avertissement; appel vidéo sur Teams d'environ 40 min; conciliation travail-famille = work_life_balance",
 ("Widlene Pierre", "widlene.pierre@hotmail.example.com"), "2026-11-20 20:45",
 """Au début du mois on a eu un bon appel vidéo sur Teams, d'environ 40 minutes. On a parlé de conciliation travail-famille, elle a deux jeunes enfants elle aussi.""",
 R(M(None, 40, "video", ["work_life_balance"]), warn=True, has=["Au début du mois"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Widlene", "Guerda", 2, 0, None, ["work_life_balance"]),
 footer="Envoyé de mon iPhone", client="iphone", qdays=3)

reply("fr-meet-009", "fr", "meeting", "checkin", T,
 "clavardage sur Teams ce matin (2 déc.) = chat, « une vingtaine de minutes » = 20; formation en gestion de projet = professional_development",
 ("Hoda Saleh", "hoda.saleh@uottawa.example.ca"), "2026-12-02 11:30",
 """Bonjour,

Petit échange par clavardage sur Teams ce matin, une vingtaine de minutes, au sujet de mon inscription à une formation en gestion de projet. Je le note quand même, ça compte aussi!

Hoda""",
 R(M("2026-12-02", 20, "chat", ["professional_development"]), has=["clavardage sur Teams ce matin"], not_=["Bibliothèque Morisset", "Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Hoda", "Claudette", 3, 2, "2026-11-17", ["professional_development", "lis_resources"]),
 sig="Hoda Saleh\nTechnicienne en documentation | Bibliothèque Morisset\nUniversité d'Ottawa",
 client="outlook", fmt="alt", qdays=1)

reply("fr-meet-010", "fr", "meeting", "checkin", MTL,
 "échange par courriel le 18 novembre (lettre de présentation) = mode email, sans durée",
 ("Inès Mbarga", "ines.mbarga@ulaval.example.ca"), "2026-11-23 09:40",
 """Pas de rencontre en direct cette fois-ci : on a échangé par courriel le 18 novembre. Pierre-Luc m'a renvoyé ma lettre de présentation avec ses commentaires et je lui ai envoyé une nouvelle version le lendemain.

Inès""",
 R(M("2026-11-18", None, "email", ["job_applications"]), has=["on a échangé par courriel le 18 novembre"], not_=["Une simple phrase fonctionne aussi"]),
 pe=checkin("fr", "Inès", "Pierre-Luc", 2, 1, "2026-11-04", ["job_applications"]),
 client="gmail", qdays=1)

reply("fr-meet-011", "fr", "meeting", "checkin", MTL,
 "« vendredi dernier » (lun. 23 nov.) = 20 nov. dans un café, une heure; « Prochaine rencontre le 4 décembre » = next_meeting",
 ("Youssef Chraibi", "youssef.chraibi@uqam.example.ca"), "2026-11-23 09:15",
 """Bonjour, rencontre vendredi dernier dans un café près de l'UQAM, une heure. Prochaine rencontre le 4 décembre.

Youssef""",
 R(M("2026-11-20", 60, "in_person", [], next="2026-12-04"), has=["Prochaine rencontre le 4 décembre"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Youssef", "Rachid", 3, 2, "2026-11-06", ["career_goals"], role="mentor"),
 client="apple", cte="qp", qdays=0, qtime="06:00")

reply("fr-meet-012", "fr", "meeting", "checkin", MTL,
 "formulaire rempli : Date : 10 novembre, 1 h, vidéo, Sujets : 7, 14 (numéros de la liste citée : entrevues, congrès)",
 ("Marc-André Joseph", "marcandre.joseph@gmail.example.com"), "2026-11-12 17:25",
 """Date : 10 novembre
Durée : 1 h
Mode : vidéo (Zoom)
Sujets : 7, 14
Notes : simulation d'entrevue, puis on a parlé du Congrès des milieux documentaires""",
 R(M("2026-11-10", 60, "video", ["interviews", "conferences"]), has=["simulation d'entrevue"], not_=["révision de ma lettre de présentation pour le poste à Sherbrooke"]),
 pe=checkin("fr", "Marc-André", "Fabiola", 2, 1, "2026-10-28", ["interviews", "conferences", "lis_resources"]),
 client="gmail", qdays=2)

reply("fr-meet-013", "fr", "meeting", "checkin", MON,
 "« jeudi passé » (mar. 1er déc.) = 26 nov.; appel = téléphone; « trois quarts d'heure » = 45; conseil d'administration d'une association = committees",
 ("Nadège Étienne", "nadege.etienne@umoncton.example.ca"), "2026-12-01 13:20",
 """Bonjour,

On s'est appelé jeudi passé pendant trois quarts d'heure. On a parlé de mon rôle au conseil d'administration de l'association des bibliothèques publiques du N.-B. et de comment trouver du temps pour ça.

Nadège""",
 R(M("2026-11-26", 45, "phone", ["committees"]), has=["pendant trois quarts d'heure"], not_=["Bibliothèque Champlain", "Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Nadège", "Jean-Philippe", 3, 2, "2026-11-12", ["committees"], role="mentor"),
 sig="Nadège Étienne\nBibliothécaire, services aux usagers\nBibliothèque Champlain, Université de Moncton",
 client="outlook", qdays=1)

reply("fr-meet-014", "fr", "meeting", "checkin", T,
 "« avant-hier » (mer. 4 nov.) = 2 nov.; en personne à la bibliothèque; « une demi-heure » = 30; études à la maîtrise = current_role",
 ("Ousmane Sow", "ousmane.sow@uottawa.example.ca"), "2026-11-04 17:00",
 """Rencontre en personne avant-hier à la bibliothèque Morisset, une demi-heure entre deux cours. On a parlé de mes études à la maîtrise et des stages.""",
 R(M("2026-11-02", 30, "in_person", ["current_role"]), has=["avant-hier"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Ousmane", "Hoda", 1, 0, None, ["current_role", "career_path"]),
 client="generic", xmailer="Roundcube Webmail/1.6.9", qdays=2)

reply("fr-meet-015", "fr", "meeting", "checkin", MTL,
 "minuscules sans accents : « sur zoom lundi pendant 1h30 » (jeu. 29 oct.) = 26 oct., 90 min; gestion du temps / échéances = time_management",
 ("Linh Tran", "linh.tran@umontreal.example.ca"), "2026-10-29 23:10",
 """on sest vu sur zoom lundi pendant 1h30 on a parle de gestion du temps pis de mes echeances de fin de session, ca ma fait du bien""",
 R(M("2026-10-26", 90, "video", ["time_management"]), has=["sur zoom lundi pendant 1h30"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Linh", "Myriam", 1, 0, None, ["time_management", "work_life_balance"]),
 client="android", qdays=2)

reply("fr-meet-016", "fr", "meeting", "checkin", MTL,
 "Apple Mail, quoted-printable : « le 20 novembre à la Grande Bibliothèque », deux heures = 120, en personne; catalogage/métadonnées/archives = specialties",
 ("Myriam Saint-Louis", "myriam.saintlouis@banq.example.qc.ca"), "2026-11-23 10:45",
 """Bonjour à l'équipe,

Super rencontre le 20 novembre à la Grande Bibliothèque : deux heures à parler de catalogage, de métadonnées et de mon intérêt pour les archives. Le temps a passé vite!

Myriam""",
 R(M("2026-11-20", 120, "in_person", ["specialties"]), has=["Super rencontre le 20 novembre"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Myriam", "Linh", 3, 2, "2026-11-05", ["specialties"], role="mentor"),
 client="apple", fmt="alt", cte="qp", qdays=2)

# ============================================================ sujets
reply("fr-top-001", "fr", "topics", "checkin", MTL,
 "« Appel vidéo mercredi » (ven. 30 oct.) = 28 oct., ~50 min; comment il est arrivé en bibliothéconomie = career_path",
 ("Adama Traoré", "adama.traore@umontreal.example.ca"), "2026-10-30 15:20",
 """Appel vidéo mercredi, environ 50 minutes. Il m'a raconté comment il est arrivé en bibliothéconomie après dix ans en journalisme à Dakar. Ça m'a fait réfléchir à mon propre cheminement.

Adama""",
 R(M("2026-10-28", 50, "video", ["career_path"]), has=["Appel vidéo mercredi"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Adama", "Mamadou", 1, 0, None, ["career_path"]),
 client="gmail", qdays=3)

reply("fr-top-002", "fr", "topics", "checkin", MTL,
 "être la seule personne racisée de l'équipe = diversity; « lundi au téléphone » (mar. 10 nov.) = 9 nov., 45 min",
 ("Guerda Jean-Baptiste", "guerda.jeanbaptiste@laval.example.qc.ca"), "2026-11-10 08:55",
 """Bonjour,

Nous nous sommes parlé lundi au téléphone (45 min). J'avais besoin de parler du fait d'être la seule personne racisée de mon équipe et des remarques qu'on me fait sur mes cheveux. Elle a vécu la même chose.

Guerda""",
 R(M("2026-11-09", 45, "phone", ["diversity"]), has=["la seule personne racisée de mon équipe"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Guerda", "Widlene", 2, 1, "2026-10-27", ["diversity"], role="mentor"),
 client="outlook", qdays=0, qtime="06:00")

reply("fr-top-003", "fr", "topics", "checkin", T,
 "épuisement professionnel, décrocher le soir = work_life_balance; « samedi matin » (lun. 16 nov.) = 14 nov.; vidéo une heure",
 ("Lina Haddad", "lina.haddad@biblio.gatineau.example.ca"), "2026-11-16 08:10",
 """Rencontre vidéo samedi matin, une heure. On a surtout parlé d'épuisement professionnel : je n'arrive plus à décrocher le soir et elle m'a donné des trucs concrets.""",
 R(M("2026-11-14", 60, "video", ["work_life_balance"]), has=["Rencontre vidéo samedi matin"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Lina", "Aminata", 2, 1, "2026-11-02", ["work_life_balance"]),
 client="apple", cte="qp", qdays=2)

reply("fr-top-004", "fr", "topics", "checkin", MTL,
 "prioriser quand toutes les échéances tombent la même semaine = time_management; « mardi midi » (jeu. 26 nov.) = 24 nov. au café étudiant, 40 min; HTML seul",
 ("Boubacar Keïta", "boubacar.keita@ulaval.example.ca"), "2026-11-26 13:40",
 """Bonjour,
On s'est vus mardi midi au café étudiant, 40 min. Je voulais savoir comment prioriser quand toutes mes échéances tombent la même semaine (rapport annuel, formations documentaires, migration du catalogue).
Boubacar""",
 R(M("2026-11-24", 40, "in_person", ["time_management"]), has=["mardi midi au café étudiant"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Boubacar", "Amadou", 3, 2, "2026-11-10", ["time_management"]),
 client="outlook", fmt="html", qdays=2)

reply("fr-top-005", "fr", "topics", "checkin", MTL,
 "conseils pour le Congrès des milieux documentaires = conferences; « Appel Zoom hier » (jeu. 19 nov.) = 18 nov., 35 min",
 ("Fabiola Estimé", "fabiola.estime@gmail.example.com"), "2026-11-19 12:15",
 """Appel Zoom hier, 35 minutes. Mon mentor m'a donné des conseils pour mon premier Congrès des milieux documentaires la semaine prochaine : quelles conférences choisir, comment aborder les gens au salon des exposants.""",
 R(M("2026-11-18", 35, "video", ["conferences"]), has=["Appel Zoom hier, 35 minutes"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Fabiola", "Marc-André", 2, 1, "2026-11-04", ["conferences"]),
 client="gmail", fmt="alt", qdays=2)

reply("fr-top-006", "fr", "topics", "checkin", MTL,
 "se présenter au conseil d'administration de la CBPQ = committees; « lundi soir » (mer. 21 oct.) = 19 oct., vidéo une heure; format=flowed",
 ("Amadou Bah", "amadou.bah@concordia.example.ca"), "2026-10-21 09:30",
 """Bonjour,

Nous nous sommes rencontrés lundi soir par vidéo pendant une heure. Je lui ai demandé si je devrais me présenter au conseil d'administration de la Corporation des bibliothécaires professionnels du Québec, et ce que ça implique concrètement en temps et en énergie.

Amadou""",
 R(M("2026-10-19", 60, "video", ["committees"]), has=["lundi soir par vidéo pendant une heure"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Amadou", "Boubacar", 1, 0, None, ["committees", "lis_resources"], role="mentor"),
 client="tbird", fmt="flowed", qdays=1)

reply("fr-top-007", "fr", "topics", "checkin", MTL,
 "formulaire avec les libellés du catalogue : 2 déc., 50 min, en personne, Gestion + Gestion du changement",
 ("Kim Anh Lê", "kimanh.le@bibliotheque.example.ca"), "2026-12-04 10:05",
 """Date : 2 décembre
Durée : 50 min
Mode : en personne
Sujets : Gestion : conseils et stratégies; Gestion du changement
Notes : fusion de deux succursales, comment accompagner l'équipe""",
 R(M("2026-12-02", 50, "in_person", ["management", "change_management"]), has=["fusion de deux succursales"], not_=["révision de ma lettre de présentation pour le poste à Sherbrooke"]),
 pe=checkin("fr", "Kim Anh", "Stéphanie", 4, 3, "2026-11-18", ["management", "change_management"]),
 client="outlook", qdays=2)

reply("fr-top-008", "fr", "topics", "checkin", T,
 "préparation d'entrevue + lettre de motivation = interviews + job_applications; « appelées hier soir » (mer. 28 oct.) = 27 oct., téléphone 1 h",
 ("Soukaina Bennani", "soukaina.bennani@usherbrooke.example.ca"), "2026-10-28 07:30",
 """On s'est appelées hier soir (1 h). Préparation d'entrevue pour le poste à l'Université de Sherbrooke, puis relecture de ma lettre de motivation.""",
 R(M("2026-10-27", 60, "phone", ["interviews", "job_applications"]), has=["On s'est appelées hier soir"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Soukaina", "Isabelle", 1, 0, None, ["interviews", "job_applications"]),
 footer="Envoyé de mon iPhone", client="iphone", qdays=1)

# ============================================================ objectifs
reply("fr-goal-001", "fr", "goals", "goals_prompt", MTL,
 "nouveaux objectifs, un par ligne : court terme portfolio, long terme bibliothécaire de référence en milieu universitaire",
 ("Thierno Barry", "thierno.barry@umontreal.example.ca"), "2026-10-15 10:05",
 """Bonjour,

Court terme : terminer mon portfolio professionnel
Long terme : devenir bibliothécaire de référence en milieu universitaire

Merci!""",
 R(None, [G("new", horizon="short", title="portfolio"), G("new", horizon="long", title="universitaire")], has=["terminer mon portfolio professionnel"], not_=["diriger une équipe des services au public"]),
 pe=goals_prompt("fr", "Thierno", "Adama", reply_by="2026-10-20"),
 client="gmail")

reply("fr-goal-002", "fr", "goals", "goals_prompt", MTL,
 "objectifs en un paragraphe : court terme animer des ateliers, long terme (cinq ans) diriger une bibliothèque municipale",
 ("Yasmina Khelifi", "yasmina.khelifi@ville.quebec.example.ca"), "2026-10-16 13:50",
 """Bonjour,

À court terme, j'aimerais me sentir plus à l'aise pour animer des ateliers de littératie numérique. À plus long terme, d'ici cinq ans, je me vois à la tête d'une petite bibliothèque municipale.

Bonne journée""",
 R(None, [G("new", horizon="short", title="ateliers"), G("new", horizon="long", title="municipale")], has=["animer des ateliers"], not_=["Savoir ce que vous attendez de ces deux mois"]),
 pe=goals_prompt("fr", "Yasmina", "Kim Anh"),
 sig="Yasmina Khelifi\nAgente culturelle, Bibliothèque Gabrielle-Roy\nVille de Québec",
 client="outlook", qdays=2)

reply("fr-goal-003", "fr", "goals", "midsession", MTL,
 "progrès en prose : « j'ai terminé mon portfolio » = done; « je travaille encore sur mon profil LinkedIn » = in_progress; la salutation n'est pas un objectif",
 ("Hélène Cadet", "helene.cadet@icloud.example.com"), "2026-11-12 19:25",
 """Bonjour! Bonne nouvelle : j'ai terminé mon portfolio. Par contre, je travaille encore sur mon profil LinkedIn, ça avance lentement.

Bonne journée,
Hélène""",
 R(None, [G("done", title="portfolio"), G("in_progress", title="linkedin")], has=["terminé mon portfolio"], not_=["Vos échanges portent-ils sur ce que vous espériez"]),
 pe=midsession("fr", "Hélène", "Fatou", 2, 2, 2, 0, "2026-12-11"),
 client="apple", cte="qp")

reply("fr-goal-004", "fr", "goals", "midsession", T,
 "mises à jour numérotées : « Objectif 2 : terminé », « Objectif 1 : à moitié » (en cours)",
 ("Patrice Mbuyi", "patrice.mbuyi@uottawa.example.ca"), "2026-11-13 14:35",
 """Objectif 2 : terminé (j'ai suivi la formation sur Koha)
Objectif 1 : à moitié, j'ai écrit deux des quatre guides

Patrice""",
 R(None, [G("done", ref="2"), G("in_progress", ref="1")], has=["suivi la formation sur Koha"], not_=["« objectif 1 : terminé » fonctionne"]),
 pe=midsession("fr", "Patrice", "Ousmane", 2, 2, 2, 0),
 client="outlook", fmt="alt")

reply("fr-goal-005", "fr", "goals", "midsession", MTL,
 "« J'abandonne l'objectif 3 » = dropped",
 ("Rokia Coulibaly", "rokia.coulibaly@gmail.example.com"), "2026-11-17 11:45",
 """J'abandonne l'objectif 3 : finalement, le certificat en gestion documentaire ne se donne pas cet hiver. Je le reprendrai à la prochaine session.""",
 R(None, [G("dropped", ref="3")], has=["abandonne l'objectif 3"], not_=["Quelques rappels"]),
 pe=midsession("fr", "Rokia", "Myriam", 2, 2, 3, 1),
 client="gmail", qdays=4)

reply("fr-goal-006", "fr", "goals", "goals_prompt", MTL,
 "objectifs d'un mentor en prose : court terme rétroaction sur les CV, long terme publier un article; citation « Message d'origine »",
 ("Dieudonné Kasongo", "dkasongo@umontreal.example.ca"), "2026-10-14 16:00",
 """Pour ma part : à court terme, apprendre à mieux donner de la rétroaction sur les CV; à long terme, publier un article sur le mentorat des bibliothécaires issus de l'immigration.

D. Kasongo""",
 R(None, [G("new", horizon="short", title="rétroaction"), G("new", horizon="long", title="article")], has=["donner de la rétroaction sur les CV"], not_=["Le mentorat fait aussi grandir les mentors"]),
 pe=goals_prompt("fr", "Dieudonné", "Thierno", role="mentor"),
 client="outlook_orig", qdays=1)

reply("fr-goal-007", "fr", "goals", "goals_prompt", MTL,
 "listes à puces sous « À court terme » (CV; postuler à trois postes) et « À long terme » (poste permanent)",
 ("Samuel Dorvil", "samuel.dorvil@cssdm.example.qc.ca"), "2026-10-15 20:10",
 """Voici mes objectifs :

À court terme :
- mettre à jour mon CV
- postuler à au moins trois postes en bibliothèque scolaire avant Noël

À long terme :
- obtenir un poste permanent dans un centre de services scolaire

Samuel""",
 R(None, [G("new", horizon="short", title="cv"), G("new", horizon="short", title="postuler"), G("new", horizon="long", title="permanent")], has=["postuler à au moins trois postes"], not_=["mettre mon CV à jour et envoyer deux candidatures"]),
 pe=goals_prompt("fr", "Samuel", "Claudette"),
 client="gmail", fmt="alt")

reply("fr-goal-008", "fr", "goals", "goals_prompt", MON,
 "« court terme : ... / long terme : ... » en minuscules; « Merci et bonne journée, Ghislaine » n'est pas un objectif (exactement deux)",
 ("Ghislaine Mukendi", "ghislaine.mukendi@umoncton.example.ca"), "2026-10-16 08:40",
 """court terme : pratiquer les entrevues avec quelqu'un d'autre que mon chum
long terme : directrice de bibliothèque un jour!

Merci et bonne journée,
Ghislaine""",
 R(None, [G("new", horizon="short", title="entrevues"), G("new", horizon="long", title="directrice")], has=["pratiquer les entrevues"], not_=["diriger une équipe des services au public"]),
 pe=goals_prompt("fr", "Ghislaine", "Nadège"),
 client="generic", xmailer="Zimbra", qdays=2)

reply("fr-goal-009", "fr", "goals", "checkin", MTL,
 "pas de rencontre; CV à jour « c'est fait » = done; deux candidatures envoyées « ça avance » = in_progress",
 ("Jean-Robert Alexis", "jr.alexis@icloud.example.com"), "2026-11-24 21:30",
 """Pas de rencontre depuis la dernière fois, mais côté objectifs : mon CV est à jour (c'est fait!) et j'ai envoyé deux candidatures, ça avance.""",
 R(None, [G("done", title="cv"), G("in_progress", title="candidatures")], has=["mon CV est à jour"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Jean-Robert", "Patrice", 3, 2, "2026-11-02", ["job_applications"]),
 footer="Envoyé de mon iPhone", client="iphone", qdays=0, qtime="09:00")

reply("fr-goal-010", "fr", "goals", "checkin", MTL,
 "« Objectif nº 1 atteint » = done; « Objectif 2 : en cours » = in_progress; l'entrevue de la semaine prochaine n'est pas une rencontre; HTML seul",
 ("Fatima Zahra El Idrissi", "fz.elidrissi@banq.example.qc.ca"), "2026-12-08 12:10",
 """Bonjour,
Objectif nº 1 atteint : j'ai décroché un poste temporaire à BAnQ!
Objectif 2 : en cours, j'ai une entrevue la semaine prochaine.
Fatima Zahra""",
 R(None, [G("done", ref="1"), G("in_progress", ref="2")], has=["poste temporaire"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Fatima Zahra", "Myriam", 4, 4, "2026-11-30", ["interviews"]),
 client="outlook", fmt="html", cte="qp", qdays=0, qtime="09:00")

reply("fr-goal-011", "fr", "goals", "", MTL,
 "réponse à l'accusé de réception des objectifs : « Nouvel objectif (court terme) : présenter une affiche au Congrès des milieux documentaires »",
 ("Ibrahima Fall", "ibrahima.fall@ulaval.example.ca"), "2026-11-04 15:15",
 """Bonjour, j'aimerais ajouter un objectif.

Nouvel objectif (court terme) : présenter une affiche au Congrès des milieux documentaires

Merci!""",
 R(None, [G("new", horizon="short", title="affiche")], has=["présenter une affiche"], not_=["Voici ce que nous avons consigné"]),
 pe=receipt_goals("fr", "Ibrahima", [(1, "terminer mon essai de maîtrise", "court terme", "nouveau"), (2, "travailler en bibliothèque universitaire", "long terme", "nouveau")]),
 client="gmail", qdays=2)

# ============================================================ commandes
reply("fr-cmd-001", "fr", "commands", "nudge", MTL,
 "« pause jusqu'au 5 janvier svp » (15 déc.) -> 2027-01-05",
 ("Nour El-Khoury", "nour.elkhoury@umontreal.example.ca"), "2026-12-15 10:10",
 """pause jusqu'au 5 janvier svp, on reprend après les Fêtes!""",
 R(None, commands=[P("2027-01-05")], has=["pause jusqu'au 5 janvier"], not_=["pause jusqu'au [une date]"]),
 pe=nudge("fr", "Nour", "Assia", 17, "2026-11-28"),
 client="gmail")

reply("fr-cmd-002", "fr", "commands", "nudge", MTL,
 "« pas de courriels jusqu'au 4 janvier » = pause jusqu'au 2027-01-04 (pas un départ)",
 ("Alexandre Nzeyimana", "alex.nzeyimana@ulaval.example.ca"), "2026-12-18 17:45",
 """Je pars dans ma famille pour les Fêtes, pas de courriels jusqu'au 4 janvier s.v.p. Merci et joyeuses Fêtes!""",
 R(None, commands=[P("2027-01-04")], has=["pas de courriels jusqu'au 4 janvier"], not_=["Envoyé de mon iPhone", "Le quotidien est parfois chargé"]),
 pe=nudge("fr", "Alexandre", "Ibrahima", 18, "2026-11-30"),
 footer="Envoyé de mon iPhone", client="iphone")

reply("fr-cmd-003", "fr", "commands", "checkin", T,
 "« en congé du 21 décembre au 4 janvier, suspendre les rappels d'ici là » -> pause jusqu'au 2027-01-04",
 ("Leila Mansour", "leila.mansour@uottawa.example.ca"), "2026-12-09 14:00",
 """Bonjour,

Je serai en congé du 21 décembre au 4 janvier. Pourriez-vous suspendre les rappels d'ici là? Je l'ai dit à Hoda.

Merci,
Leila""",
 R(None, commands=[P("2027-01-04")], has=["du 21 décembre au 4 janvier"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Leila", "Hoda", 4, 3, "2026-11-25", ["work_life_balance"]),
 client="outlook", qdays=1)

reply("fr-cmd-004", "fr", "commands", "checkin", MTL,
 "« débordée jusqu'au 15 » (jeu. 26 nov.) + « mettre mes rappels en pause » -> pause jusqu'au 2026-12-15",
 ("Aminata Cissé", "aminata.cisse@uqam.example.ca"), "2026-11-26 16:20",
 """Je suis débordée jusqu'au 15 (fin de session, rapports...). Merci de mettre mes rappels en pause d'ici là.

Aminata""",
 R(None, commands=[P("2026-12-15")], has=["débordée jusqu'au 15"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Aminata", "Lina", 3, 2, "2026-11-14", ["time_management"], role="mentor"),
 client="gmail", fmt="alt", qdays=2)

reply("fr-cmd-005", "fr", "commands", "", MTL,
 "« De retour! » en réponse à l'avis de pause = resume",
 ("Carine Tchoumi", "carine.tchoumi@icloud.example.com"), "2026-11-30 07:50",
 """De retour! Vous pouvez réactiver mes rappels.""",
 R(None, commands=[C("resume")], has=["De retour"], not_=["Envoyé de mon iPhone", "nous suspendons les rappels"]),
 pe=receipt_pause("fr", "Carine", "2026-11-29"),
 footer="Envoyé de mon iPhone", client="iphone", qdays=10)

reply("fr-cmd-006", "fr", "commands", "", MTL,
 "« vous pouvez recommencer à m'envoyer les courriels » = resume",
 ("Olivier Toussaint", "olivier.toussaint@gmail.example.com"), "2026-12-16 09:05",
 """Bonjour, finalement mon voyage est annulé, vous pouvez recommencer à m'envoyer les courriels du programme.""",
 R(None, commands=[C("resume")], has=["recommencer à m'envoyer les courriels"], not_=["Répondez « reprendre »"]),
 pe=receipt_pause("fr", "Olivier", "2027-01-08"),
 client="gmail", qdays=3)

reply("fr-cmd-007", "fr", "commands", "", MTL,
 "« Oups, annulez la dernière » en réponse à l'accusé d'une rencontre = undo",
 ("Kevin Tremblay-Nguyen", "kevin.tremblay-nguyen@bibliotheque.example.ca"), "2026-11-19 15:35",
 """Oups, annulez la dernière, je me suis trompé de date. Je la renvoie tout de suite.""",
 R(None, commands=[C("undo")], has=["annulez la dernière"], not_=["Une erreur?"]),
 pe=receipt_meeting("fr", "Kevin", "Rokia", "2026-11-18", 60, "video", 3),
 client="outlook", qdays=0, qtime="15:20")

reply("fr-cmd-008", "fr", "commands", "checkin", MTL,
 "« Aide SVP » = help",
 ("Mariama Sylla", "mariama.sylla@hotmail.example.com"), "2026-11-10 12:40",
 """Aide SVP""",
 R(None, commands=[C("help")], has=["Aide"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Mariama", "Youssef", 2, 0, None, ["career_path"]),
 client="gmail", qdays=0, qtime="09:00")

reply("fr-cmd-009", "fr", "commands", "checkin", MTL,
 "demande claire : « je souhaite me retirer du programme » = stop; avis de confidentialité retiré",
 ("Bintou Konaté", "bintou.konate@bibliotheque.example.ca"), "2026-11-11 10:30",
 """Bonjour,

Je souhaite me retirer du programme. Ma charge de travail a beaucoup augmenté depuis septembre et je ne peux plus m'engager comme il faut. J'en ai déjà parlé avec Pierre-Luc.

Merci pour tout!
Bintou""",
 R(None, commands=[C("stop")], has=["me retirer du programme"], not_=["strictement confidentiel", "Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Bintou", "Pierre-Luc", 2, 1, "2026-10-28", ["work_life_balance"]),
 sig="Bintou Konaté\nBibliothécaire, Direction des bibliothèques\n\nCe message est strictement confidentiel et destiné uniquement à la personne à qui il est adressé. Si vous l'avez reçu par erreur, veuillez en informer l'expéditrice et le supprimer.",
 client="outlook", qdays=1)

reply("fr-cmd-010", "fr", "commands", "nudge", T,
 "« beaucoup trop de rappels, un aux deux semaines me suffirait » = fewer_reminders, pas un départ",
 ("Wilfried Aka", "wilfried.aka@biblio.gatineau.example.ca"), "2026-11-21 10:00",
 """Bonjour, sans vouloir être impoli, je reçois beaucoup trop de rappels. Un aux deux semaines me suffirait amplement. On se parle régulièrement, je vais consigner nos rencontres.""",
 R(None, commands=[C("fewer_reminders")], has=["beaucoup trop de rappels"], not_=["Le quotidien est parfois chargé"]),
 pe=nudge("fr", "Wilfried", "Lina", 16, "2026-11-05"),
 client="gmail")

reply("fr-cmd-011", "fr", "commands", "digest", MTL,
 "mentore : « merci de me désabonner du bilan » = digest_off (elle continue le mentorat)",
 ("Stéphanie Lafontant", "stephanie.lafontant@bibliotheque.example.ca"), "2026-11-20 09:20",
 """Bonjour, je n'ai pas besoin du bilan aux deux semaines, merci de me désabonner du bilan. Je continue le mentorat avec plaisir!

Stéphanie""",
 R(None, commands=[C("digest_off")], has=["me désabonner du bilan"], not_=["IDÉES POUR LA PROCHAINE FOIS"]),
 pe=digest("fr", "Stéphanie", "Kim Anh", [{"date": "2026-11-05", "minutes": 60, "mode": "in_person", "topics": ["management"]}],
           [(1, "animer une réunion d'équipe", "court terme", "en cours")], "2026-12-11", "2026-11-05", 14, ["management"], ["change_management"]),
 client="outlook")

reply("fr-cmd-012", "fr", "commands", "wrapup", MTL,
 "sondage répondu sous les questions citées : « note : 5 » sous « Évaluation : » = rating 5; « on se rencontrait environ aux deux semaines » n'est pas une rencontre",
 ("Mireille Dossou", "mireille.dossou@gmail.example.com"), "2026-12-11 19:30", "",
 R(None, commands=[RATE(5)], has=["note : 5", "toujours préparée"], not_=["Vos réponses ne sont lues que par le comité"]),
 pe=wrapup("fr", "Mireille", "Stéphanie", logged=5, done=2, survey_by="2026-12-18"),
 inline_answers={"Évaluation :": "note : 5", "Qu'est-ce qui a bien fonctionné?": "Tout! On se rencontrait environ aux deux semaines et Stéphanie était toujours préparée.",
                 "Qu'est-ce qui pourrait être amélioré?": "Peut-être une rencontre de groupe au début de la session.",
                 "Aimeriez-vous participer": "Oui, certainement.", "Autre chose à dire au comité?": "Merci pour votre beau travail!"},
 client="gmail", qdays=1)

reply("fr-cmd-013", "fr", "commands", "wrapup", T,
 "« Je donnerais 4 sur 5 » = rating 4",
 ("Pierre-Emmanuel Ngo", "pe.ngo@uottawa.example.ca"), "2026-12-12 11:00",
 """Je donnerais 4 sur 5. Le jumelage était excellent; le seul bémol, c'est que la session est un peu courte. Je serais partant pour recommencer comme mentor.""",
 R(None, commands=[RATE(4)], has=["Je donnerais 4 sur 5"], not_=["Qu'est-ce qui pourrait être amélioré?"]),
 pe=wrapup("fr", "Pierre-Emmanuel", "Ousmane", role="mentor", logged=4, done=1),
 client="outlook", fmt="alt", qdays=1)

reply("fr-cmd-014", "fr", "commands", "checkin", MTL,
 "« Arrêtez de m'écrire jusqu'au 30 » (mar. 17 nov.) = pause jusqu'au 2026-11-30, pas un départ",
 ("Roseline Pierre-Louis", "roseline.pierrelouis@icloud.example.com"), "2026-11-17 06:50",
 """Arrêtez de m'écrire jusqu'au 30 svp, je suis en formation à l'extérieur cette semaine et la suivante.""",
 R(None, commands=[P("2026-11-30")], has=["jusqu'au 30"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Roseline", "Guerda", 2, 1, "2026-11-01", ["professional_development"]),
 footer="Envoyé de mon iPhone", client="iphone", qdays=0, qtime="06:00")

reply("fr-cmd-015", "fr", "commands", "wrapup", MON,
 "« Évaluation : 3 » en haut de la réponse = rating 3; le reste est de la rétroaction",
 ("Kossi Agbeko", "kossi.agbeko@umoncton.example.ca"), "2026-12-14 10:40",
 """Évaluation : 3

Ce qui a bien fonctionné : les premières rencontres, très riches.
Ce qui pourrait être amélioré : on a eu du mal à trouver du temps en novembre, j'aurais aimé plus de souplesse dans le calendrier.

Kossi""",
 R(None, commands=[RATE(3)], has=["plus de souplesse dans le calendrier"], not_=["Aimeriez-vous participer de nouveau"]),
 pe=wrapup("fr", "Kossi", "Ghislaine", logged=3, done=0),
 client="outlook", qdays=3)

# ============================================================ questions
reply("fr-q-001", "fr", "question", "midsession", MTL,
 "« est-ce que je peux changer de mentor? » = question au comité",
 ("Assia Boudiaf", "assia.boudiaf@gmail.example.com"), "2026-11-13 20:05",
 """Bonjour, est-ce que je peux changer de mentor? On ne s'entend pas mal, mais nos domaines sont trop différents (elle est en milieu juridique, moi en bibliothèque publique).""",
 R(None, question=True, has=["est-ce que je peux changer de mentor?"], not_=["Quelques rappels"]),
 pe=midsession("fr", "Assia", "Nour", 2, 2, 2, 0),
 client="gmail", qdays=1)

reply("fr-q-002", "fr", "question", "checkin", MTL,
 "« À qui dois-je m'adresser pour obtenir une attestation de participation? » = question",
 ("Hamid Zerrouki", "hamid.zerrouki@ville.quebec.example.ca"), "2026-11-25 13:15",
 """Bonjour,

À qui dois-je m'adresser pour obtenir une attestation de participation? C'est pour déclarer mes heures de formation continue à la Corporation.

Merci d'avance,
Hamid""",
 R(None, question=True, has=["attestation de participation"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Hamid", "Yasmina", 3, 2, "2026-11-12", ["professional_development"]),
 client="outlook", qdays=1)

reply("fr-q-003", "fr", "question", "nudge", MTL,
 "demande d'aide sur le duo (mentor a annulé deux fois, ne répond plus) sans point d'interrogation = question",
 ("Véronique Mbala", "veronique.mbala@icloud.example.com"), "2026-11-27 22:15",
 """Honnêtement, ça ne va pas très bien. Mon mentor a annulé deux fois à la dernière minute et ne répond plus à mes messages… Je ne sais pas trop quoi faire.""",
 R(None, question=True, has=["ça ne va pas très bien"], not_=["Envoyé de mon iPhone", "Nous sommes là si quelque chose vous freine"]),
 pe=nudge("fr", "Véronique", "Dieudonné", 23),
 footer="Envoyé de mon iPhone", client="iphone")

reply("fr-q-004", "fr", "question", "checkin", T,
 "« Est-ce correct si on se voit juste une fois en décembre? » = question",
 ("Cheikh Diop", "cheikh.diop@uottawa.example.ca"), "2026-11-24 11:50",
 """Est-ce correct si on se voit juste une fois en décembre? Patrice part en vacances le 12 et moi je suis en examens avant.

Cheikh""",
 R(None, question=True, has=["juste une fois en décembre"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Cheikh", "Patrice", 3, 3, "2026-11-19", ["current_role"]),
 client="gmail", fmt="alt")

reply("fr-q-005", "fr", "question", "checkin", MTL,
 "une rencontre (Zoom hier = 2 déc., 45 min, réseautage = lis_resources) ET une question sur une activité au Congrès; HTML seul",
 ("Nathalie Phan", "nathalie.phan@bibliotheque.example.ca"), "2026-12-03 10:10",
 """Rencontre Zoom hier, 45 minutes, sur mes objectifs et le réseautage.
Aussi, savez-vous s'il y aura une activité pour les participants au Congrès des milieux documentaires l'an prochain?""",
 R(M("2026-12-02", 45, "video", ["lis_resources"]), question=True, has=["Rencontre Zoom hier, 45 minutes", "savez-vous"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Nathalie", "Marc-André", 4, 3, "2026-11-18", ["lis_resources", "conferences"]),
 client="outlook", fmt="html")

reply("fr-q-006", "fr", "question", "midsession", MON,
 "« La prochaine session sera-t-elle ouverte aux techniciens en documentation? » = question",
 ("Rodrigue Nsengiyumva", "rodrigue.nseng@gmail.example.com"), "2026-11-14 09:45",
 """Tout va bien de notre côté. La prochaine session sera-t-elle ouverte aux techniciens en documentation? Un collègue aimerait beaucoup participer.""",
 R(None, question=True, has=["ouverte aux techniciens en documentation"], not_=["Quelques questions à vous poser"]),
 pe=midsession("fr", "Rodrigue", "Kossi", 3, 2, 2, 1),
 client="gmail", qdays=2)

reply("fr-q-007", "fr", "question", "nudge", MTL,
 "mentore : sa mentorée ne répond plus depuis trois semaines, « Que dois-je faire? » = question",
 ("Claudette Beauvais", "claudette.beauvais@bibliotheque.example.ca"), "2026-11-26 14:25",
 """Bonjour,

Ma mentorée ne répond plus à mes courriels depuis trois semaines. J'ai essayé par téléphone aussi. Que dois-je faire? Je ne voudrais pas abandonner le jumelage sans avoir essayé.

Claudette Beauvais""",
 R(None, question=True, has=["Que dois-je faire?"], not_=["Le quotidien est parfois chargé"]),
 pe=nudge("fr", "Claudette", "Samuel", 25, "2026-11-01"),
 sig="Bibliothécaire-conseil\nBibliothèques de Montréal",
 client="outlook")

# ============================================================ pas des rencontres
reply("fr-nm-001", "fr", "not_meeting", "wrapup", MTL,
 "sondage : « Je mettrais 4 » = rating 4; « on se rencontrait à peu près toutes les deux semaines » est une habitude, pas une rencontre",
 ("Bertrand Kouamé", "bertrand.kouame@ulaval.example.ca"), "2026-12-12 15:40",
 """Je mettrais 4. On se rencontrait à peu près toutes les deux semaines, presque toujours sur Teams. Merci au comité!""",
 R(None, commands=[RATE(4)], has=["Je mettrais 4"], not_=["Vos réponses ne sont lues que par le comité"]),
 pe=wrapup("fr", "Bertrand", "Inès", role="mentor", logged=4, done=1),
 client="apple", cte="qp", qdays=1)

reply("fr-nm-002", "fr", "not_meeting", "checkin", MTL,
 "seulement un projet : « On se voit jeudi prochain sur Zoom » -> aucune rencontre consignée",
 ("Anne-Sophie Tran", "annesophie.tran@gmail.example.com"), "2026-11-23 18:20",
 """On n'a pas pu se parler cette semaine, mais on se voit jeudi prochain sur Zoom.""",
 R(None, has=["on se voit jeudi prochain sur Zoom"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Anne-Sophie", "Cheikh", 3, 2, "2026-11-05", ["career_goals"]),
 client="gmail", qdays=0, qtime="09:00")

reply("fr-nm-003", "fr", "not_meeting", "checkin", MTL,
 "rencontre annulée : « On devait se voir hier mais elle était malade; reporté à vendredi » -> aucune rencontre",
 ("Maude Ilunga", "maude.ilunga@icloud.example.com"), "2026-11-25 12:05",
 """On devait se voir hier mais elle était malade; on a reporté à vendredi.""",
 R(None, has=["On devait se voir hier"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Maude", "Rokia", 3, 2, "2026-11-10", ["diversity"]),
 footer="Envoyé de mon iPhone", client="iphone", qdays=1)

reply("fr-nm-004", "fr", "not_meeting", "nudge", T,
 "« On n'a pas encore réussi à se rencontrer, on essaie de trouver une date en décembre » -> aucune rencontre, pas de question",
 ("Nasser Haidari", "nasser.haidari@uottawa.example.ca"), "2026-11-30 16:30",
 """Bonjour,

On n'a pas encore réussi à se rencontrer, nos horaires ne concordent pas. On essaie de trouver une date en décembre.

Nasser""",
 R(None, has=["pas encore réussi à se rencontrer"], not_=["Le quotidien est parfois chargé"]),
 pe=nudge("fr", "Nasser", "Leila", 30),
 client="outlook", qdays=1)

reply("fr-nm-005", "fr", "not_meeting", "nudge", MTL,
 "« On se parle chaque semaine de toute façon, pas besoin de m'envoyer autant de courriels » = fewer_reminders; pas une rencontre",
 ("Rébecca Moïse", "rebecca.moise@gmail.example.com"), "2026-11-22 10:30",
 """On se parle chaque semaine de toute façon, pas besoin de m'envoyer autant de courriels. Un rappel par mois serait parfait.""",
 R(None, commands=[C("fewer_reminders")], has=["On se parle chaque semaine"], not_=["Si vous vous êtes parlé"]),
 pe=nudge("fr", "Rébecca", "Véronique", 16, "2026-11-06"),
 client="gmail")

# ============================================================ texte de la réponse
reply("fr-txt-001", "fr", "reply_text", "checkin", MTL,
 "avis de confidentialité bilingue à retirer; « vendredi dernier » (mar. 10 nov.) = 6 nov., Teams vidéo 1 h; emploi actuel = current_role",
 ("Isabelle Nsimba", "isabelle.nsimba@mcc.gouv.example.qc.ca"), "2026-11-10 09:35",
 """Bonjour,

Rencontre vendredi dernier par Teams (vidéo), 1 h. On a parlé de mon emploi actuel au ministère et de la possibilité de retourner en bibliothèque publique.

Isabelle""",
 R(M("2026-11-06", 60, "video", ["current_role"]), has=["Rencontre vendredi dernier par Teams"], not_=["Ce courriel et toute pièce jointe sont confidentiels", "CONFIDENTIALITY NOTICE"]),
 pe=checkin("fr", "Isabelle", "Soukaina", 2, 1, "2026-10-23", ["current_role", "career_goals"], role="mentor"),
 sig="Isabelle Nsimba\nConseillère en gestion documentaire\nMinistère de la Culture et des Communications\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et toute pièce jointe sont confidentiels et peuvent contenir des renseignements protégés. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire. Merci.\nCONFIDENTIALITY NOTICE: This email and any attachment are confidential. If you received it in error, please notify the sender and delete it.",
 client="outlook", fmt="alt", cte="qp", qdays=1)

reply("fr-txt-002", "fr", "reply_text", "checkin", MTL,
 "« Objectif 1 : terminé! » avec pronoms et reconnaissance territoriale dans la signature (à retirer); la présentation de mardi n'est pas une rencontre",
 ("Naomi Saint-Fleur", "naomi.saintfleur@verdun.example.qc.ca"), "2026-11-19 13:10",
 """Objectif 1 : terminé! J'ai présenté mon projet de club de lecture au comité de direction mardi.""",
 R(None, [G("done", ref="1")], has=["projet de club de lecture"], not_=["territoire traditionnel non cédé", "Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Naomi", "Mireille", 2, 1, "2026-11-03", ["specialties"]),
 sig="Naomi Saint-Fleur (elle/la)\nBibliothécaire jeunesse | Bibliothèque de Verdun\n\nJe reconnais que je travaille sur le territoire traditionnel non cédé de la Nation Kanien'kehá:ka, reconnue comme gardienne des terres et des eaux de Tiohtià:ke/Montréal.",
 client="gmail", fmt="alt", qdays=2)

reply("fr-txt-003", "fr", "reply_text", "checkin", T,
 "Gmail HTML seul : « samedi matin » (lun. 30 nov.) = 28 nov., à la bibliothèque = en personne, environ 1 h 15 = 75; IA générative = technology",
 ("Abdoulaye Sy", "abdoulaye.sy@gmail.example.com"), "2026-11-30 08:05",
 """Bonjour,

On s'est rencontrés samedi matin à la Bibliothèque publique d'Ottawa, succursale centrale, pendant environ 1 h 15. On a parlé de l'IA générative et de son impact sur le service de référence.

Abdoulaye""",
 R(M("2026-11-28", 75, "in_person", ["technology"]), has=["samedi matin"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Abdoulaye", "Nasser", 3, 2, "2026-11-13", ["technology"]),
 client="gmail", fmt="html", qdays=0, qtime="06:00")

reply("fr-txt-004", "fr", "reply_text", "checkin", MTL,
 "corps en base64 depuis un iPhone : « Appel hier soir » (jeu. 22 oct.) = 21 oct., 40 min au téléphone; syndicats et marché de l'emploi = job_precarity",
 ("Laetitia Fotso", "laetitia.fotso@icloud.example.com"), "2026-10-22 07:15",
 """Appel hier soir avec Marie-Claude, 40 min au téléphone. On a parlé de syndicats et du marché de l'emploi en bibliothèque au Québec.""",
 R(M("2026-10-21", 40, "phone", ["job_precarity"]), has=["Appel hier soir avec Marie-Claude"], not_=["Envoyé de mon iPhone"]),
 pe=checkin("fr", "Laetitia", "Marie-Claude", 1, 0, None, ["job_precarity"]),
 footer="Envoyé de mon iPhone", client="iphone", cte="b64", qdays=2)

reply("fr-txt-005", "fr", "reply_text", "checkin", MON,
 "signature bilingue et « Obtenir Outlook pour iOS » à retirer; « ce midi » (ven. 4 déc.) = 4 déc. au Tim Hortons = en personne, ~45 min; gestion du temps",
 ("Jessica Ndayishimiye", "jessica.ndayishimiye@umoncton.example.ca"), "2026-12-04 13:30",
 """Rencontre ce midi au Tim Hortons près de l'Université de Moncton, environ 45 minutes. Sujet principal : la gestion du temps pendant la rédaction de mon mémoire.""",
 R(M("2026-12-04", 45, "in_person", ["time_management"]), has=["Rencontre ce midi au Tim Hortons"], not_=["Obtenir Outlook pour iOS", "Library Assistant"]),
 pe=checkin("fr", "Jessica", "Rodrigue", 4, 3, "2026-11-20", ["time_management"]),
 sig="Jessica Ndayishimiye\nAgente de bibliothèque | Library Assistant\nBibliothèque Champlain, Université de Moncton",
 footer="Obtenir Outlook pour iOS", client="outlook", qdays=1)
