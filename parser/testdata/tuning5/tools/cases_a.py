# French (Canadian/Quebec) cases
from common import *

CASES = []
A = CASES.append

# ---------------- goals (fr) ----------------
A(C("fr-goal-01", "fr", "goals", "goals_prompt", TO, "2026-10-06 21:12",
"Bonsoir,\n\nD'ici Noël, j'aimerais refaire mon CV au complet, il date de 2019. Plus loin, disons dans cinq ans, je me vois à la tête d'une petite bibliothèque municipale en région.\n\nMerci!",
"Prose, un seul paragraphe : un objectif court (CV d'ici Noël) et un long (diriger une bibliothèque dans cinq ans).",
sig=FR_SIG1, goals=[("", "new", "short", "cv"), ("", "new", "long", "bibliothèque")], has=["refaire mon CV au complet", "à la tête d'une petite bibliothèque"]))
A(C("fr-goal-02", "fr", "goals", "checkin", TO, "2026-11-18 12:40",
"Bonne nouvelle : j'ai terminé mon portfolio (c'était mon objectif 1)! Je l'ai mis en ligne hier soir.",
"Objectif 1 atteint, dit en prose avec le numéro entre parenthèses; rien d'autre.",
goals=[("1", "done", "")], has=["j'ai terminé mon portfolio"]))
A(C("fr-goal-03", "fr", "goals", "midsession", TO, "2026-11-16 08:55",
"Allo! Je travaille encore sur mon profil LinkedIn, ça avance tranquillement mais sûrement. Rien d'autre à signaler de mon bord.",
"Mise à jour sans numéro : le profil LinkedIn est en cours.",
sig=FR_IPHONE, quote="apple", goals=[("", "in_progress", "", "linkedin")], has=["je travaille encore sur mon profil LinkedIn"]))
A(C("fr-goal-04", "fr", "goals", "midsession", HA, "2026-11-17 19:03",
"J'abandonne l'idée du certificat en gestion documentaire cette année, je n'ai tout simplement pas le temps avec le nouveau poste. Je le garde pour plus tard.",
"Objectif abandonné, dit en mots, sans numéro (le certificat).",
goals=[("", "dropped", "", "certificat")], has=["J'abandonne l'idée du certificat"]))
A(C("fr-goal-05", "fr", "goals", "goals_prompt", TO, "2026-10-05 10:21",
"Court terme : me préparer aux entrevues pour le poste de bibliothécaire jeunesse\nLong terme : obtenir un poste permanent\n\nAu plaisir,\nJulie",
"Deux objectifs sur deux lignes; la salutation « Au plaisir, Julie » n'est pas un objectif.",
goals=[("", "new", "short", "entrevues"), ("", "new", "long", "permanent")], has=["obtenir un poste permanent"]))
A(C("fr-goal-06", "fr", "goals", "checkin", TO, "2026-11-25 16:47",
"Pour l'objectif 2, j'en suis à peu près à la moitié : trois lettres envoyées sur les six que je visais.",
"Progrès sur l'objectif numéroté 2 : en cours.",
sig=FR_SIG2, quote="outlook_fr", goals=[("2", "in_progress", "")], has=["trois lettres envoyées"]))
A(C("fr-goal-07", "fr", "goals", "midsession", WI, "2026-11-19 14:30",
"Objectif no 3 : je laisse tomber, finalement le poste que je visais à Saint-Boniface a été aboli.",
"Objectif numéroté 3 abandonné (« je laisse tomber »).",
goals=[("3", "dropped", "")], has=["je laisse tomber"]))
A(C("fr-goal-08", "fr", "goals", "goals_prompt", TO, "2026-10-07 07:58",
"Bonjour,\n\nComme mentore, j'aimerais surtout apprendre à mieux donner de la rétroaction pendant la session. À plus long terme, je souhaite siéger au conseil d'administration de l'ASTED.\n\nCordialement,",
"Mentore : objectif court (rétroaction) et long (conseil d'administration) en prose.",
sig=FR_SIG3, goals=[("", "new", "short", "rétroaction"), ("", "new", "long", "conseil")], has=["donner de la rétroaction"]))
A(C("fr-goal-09", "fr", "goals", "checkin", TO, "2026-11-11 13:15",
"Le #1 est réglé (CV envoyé à la BAnQ!) et le #2 avance bien.",
"Deux mises à jour numérotées : 1 atteint, 2 en cours.",
goals=[("1", "done", ""), ("2", "in_progress", "")], has=["Le #1 est réglé"]))
A(C("fr-goal-10", "fr", "goals", "goals_prompt", TO, "2026-10-08 22:05",
"Mon but à long terme, c'est de faire une maîtrise en sciences de l'information à l'EBSI d'ici trois ou quatre ans. Pour l'instant je suis technicienne.",
"Un seul objectif, à long terme (maîtrise dans 3-4 ans).",
goals=[("", "new", "long", "maîtrise")], has=["faire une maîtrise en sciences de l'information"]))
A(C("fr-goal-11", "fr", "goals", "goals_prompt", HA, "2026-10-09 09:40",
"Cet automne, je voudrais terminer la formation sur les métadonnées RDA que j'ai commencée au printemps. C'est pas mal ça pour l'instant!",
"Un seul objectif à court terme (cet automne : formation RDA).",
goals=[("", "new", "short", "formation")], has=["terminer la formation sur les métadonnées RDA"]))
A(C("fr-goal-12", "fr", "goals", "checkin", TO, "2026-11-27 11:02",
"J'ai enfin eu ma permanence!! Donc l'objectif d'obtenir un poste permanent est atteint 🎉 Merci à Mathieu pour ses conseils.",
"Objectif sans numéro atteint, dit en mots (poste permanent).",
goals=[("", "done", "", "permanent")], has=["J'ai enfin eu ma permanence"]))
A(C("fr-goal-13", "fr", "goals", "goals_prompt", TO, "2026-10-06 15:33",
"Voici mes objectifs :\n- à court terme : faire une simulation d'entrevue avec Mathieu avant décembre\n- à long terme : devenir chef de section\n\nBonne journée!",
"Deux objectifs en liste à puces avec « à court terme » / « à long terme ».",
sig=FR_CONF, goals=[("", "new", "short", "simulation"), ("", "new", "long", "chef")], has=["devenir chef de section"]))
A(C("fr-goal-14", "fr", "goals", "midsession", TO, "2026-11-16 20:10",
"Mon deuxième objectif (le réseautage) avance : je suis allée à deux 5 à 7 de la CBPQ ce mois-ci et j'ai parlé à plein de monde.",
"« Deuxième objectif » = objectif 2, en cours.",
goals=[("2", "in_progress", "")], has=["je suis allée à deux 5 à 7"]))
A(C("fr-goal-15", "fr", "goals", "checkin", TO, "2026-12-01 09:12",
"obj 1 ✔ fini\nobj 2 toujours en chantier",
"Abréviations : objectif 1 atteint, objectif 2 en cours.",
sig=FR_IPHONE, quote="apple", goals=[("1", "done", ""), ("2", "in_progress", "")], has=["toujours en chantier"]))
A(C("fr-goal-16", "fr", "goals", "midsession", TO, "2026-11-18 17:44",
"Finalement, je ne ferai pas de demande au programme de leadership cette année, ce n'est plus une priorité avec le déménagement.",
"Objectif sans numéro abandonné en prose (programme de leadership).",
goals=[("", "dropped", "", "leadership")], has=["je ne ferai pas de demande au programme de leadership"]))
A(C("fr-goal-17", "fr", "goals", "goals_prompt", TO, "2026-10-10 11:30",
"D'ici la fin de la session, avoir envoyé au moins cinq candidatures. Et un jour, j'aimerais enseigner à l'EBSI comme chargée de cours.",
"Court (fin de session : candidatures) et long (un jour : enseigner) dans la même phrase-paragraphe.",
goals=[("", "new", "short", "candidatures"), ("", "new", "long", "enseigner")], has=["au moins cinq candidatures"]))
A(C("fr-goal-18", "fr", "goals", "goals_prompt", WI, "2026-10-07 18:25",
"Short term: finir mon portfolio numérique\nLong terme: travailler dans un service d'archives",
"Mélange de langues dans les étiquettes : deux objectifs.",
goals=[("", "new", "short", "portfolio"), ("", "new", "long", "archives")], has=["finir mon portfolio"]))
A(C("fr-goal-19", "fr", "goals", "checkin", TO, "2026-11-20 10:05",
"Petite mise à jour : j'ai fini ma lettre de présentation pour le poste à Gatineau et je l'ai envoyée mercredi. Pour le reste, rien de neuf.",
"Objectif sans numéro atteint (lettre de présentation finie); l'envoi mercredi n'est pas une rencontre.",
sig=FR_SIG2, goals=[("", "done", "", "lettre")], has=["j'ai fini ma lettre de présentation"]))
A(C("fr-goal-20", "fr", "goals", "goals_prompt", TO, "2026-10-12 08:20",
"J'ai deux objectifs pour la session : apprendre les bases de Python pour nettoyer des métadonnées, et mieux comprendre le milieu universitaire. À long terme, viser un poste de bibliothécaire disciplinaire.",
"Deux courts (Python, milieu universitaire) et un long (bibliothécaire disciplinaire).",
goals=[("", "new", "short", "python"), ("", "new", "short", "universitaire"), ("", "new", "long", "disciplinaire")], has=["apprendre les bases de Python"]))
A(C("fr-goal-21", "fr", "goals", "midsession", TO, "2026-11-17 12:00",
"Pour l'objectif 1, c'est réglé depuis la semaine passée. Pas mal fière de moi!",
"« C'est réglé » sur l'objectif 1 = atteint.",
sig=FR_LAND, goals=[("1", "done", "")], has=["Pas mal fière de moi"]))

# ---------------- question (fr) ----------------
A(C("fr-q-01", "fr", "question", "nudge", TO, "2026-11-02 09:30",
"Bonjour,\n\nEst-ce normal que ma mentore ne réponde plus depuis trois semaines? Je lui ai écrit deux fois. Je ne sais pas trop quoi faire.",
"Demande d'aide sur un problème de jumelage (partenaire silencieuse).",
q=True, has=["ne réponde plus depuis trois semaines"]))
A(C("fr-q-02", "fr", "question", "midsession", TO, "2026-11-16 14:22",
"Je me demandais s'il était possible de changer de jumelage. Ça ne clique pas vraiment entre Mathieu et moi, même si on fait des efforts des deux côtés.",
"Question au comité sans point d'interrogation ni le mot « question ».",
sig=FR_SIG1, q=True, has=["changer de jumelage"]))
A(C("fr-q-03", "fr", "question", "checkin", HA, "2026-11-04 11:11",
"Pourriez-vous me dire si une rencontre de groupe avec d'autres duos compte comme une rencontre?",
"Question directe au comité; aucune rencontre consignée.",
q=True, has=["une rencontre de groupe avec d'autres duos"]))
A(C("fr-q-04", "fr", "question", "checkin", TO, "2026-11-05 20:02",
"Qui aurait cru que le catalogage pouvait être aussi passionnant? 😄 Bref, tout va bien de notre côté, on se reparle bientôt.",
"Question rhétorique : rien à répondre pour le comité.",
q=False, has=["tout va bien de notre côté"]))
A(C("fr-q-05", "fr", "question", "checkin", TO, "2026-11-06 08:15",
"Mathieu, tu me redis si jeudi prochain te convient toujours? Je t'ai mis en copie.",
"Question adressée au partenaire (en copie), pas au comité; un plan n'est pas une rencontre.",
q=False, has=["jeudi prochain te convient toujours"]))
A(C("fr-q-06", "fr", "question", "wrapup", TO, "2026-12-01 13:20",
"J'aurais besoin d'une attestation de participation pour mon employeur (c'est pour mes heures de perfectionnement), c'est possible?",
"Demande au comité (attestation), pas une note de sondage.",
q=True, has=["attestation de participation"]))
A(C("fr-q-07", "fr", "question", "wrapup", TO, "2026-12-02 10:45",
"Savez-vous déjà quand commence la prochaine session? J'aimerais m'inscrire comme mentore.",
"Question au comité sur la prochaine session.",
sig=FR_SIG3, q=True, has=["quand commence la prochaine session"]))
A(C("fr-q-08", "fr", "question", "checkin", TO, "2026-11-10 15:50",
"J'aimerais savoir comment indiquer une rencontre à trois avec une autre mentore, si jamais ça arrive. Merci de m'éclairer.",
"Demande d'aide sans point d'interrogation sur une rencontre hypothétique : question, pas de rencontre.",
q=True, has=["Merci de m'éclairer"]))
A(C("fr-q-09", "fr", "question", "midsession", WI, "2026-11-18 19:30",
"On se demandait, Mathieu et moi, si on avait le droit de continuer nos rencontres après la fin de la session en janvier.",
"« On se demandait si… » : question au comité.",
q=True, has=["si on avait le droit de continuer"]))
A(C("fr-q-10", "fr", "question", "wrapup", TO, "2026-12-01 21:00",
"Comment ne pas aimer ce programme? Merci au comité pour tout le travail.",
"Question rhétorique dans un remerciement : pas de question.",
q=False, has=["Comment ne pas aimer ce programme"]))
A(C("fr-q-11", "fr", "question", "confidentiality", TO, "2026-11-17 07:45",
"Bonjour,\n\nMa mentorée m'a confié quelque chose d'assez lourd au sujet de son gestionnaire et je ne sais pas si je dois en parler à quelqu'un. J'aimerais avoir votre avis, en toute confidentialité.",
"Mentore qui demande conseil au comité sur un problème dans le duo.",
sig=FR_CONF, q=True, has=["J'aimerais avoir votre avis"]))
A(C("fr-q-12", "fr", "question", "checkin", TO, "2026-10-21 12:12",
"Y a-tu moyen de recevoir vos courriels en français? Je les reçois en anglais depuis le début.",
"Question en français québécois familier (« y a-tu moyen »).",
q=True, has=["recevoir vos courriels en français"]))
A(C("fr-q-13", "fr", "question", "wrapup", HA, "2026-12-01 18:18",
"Est-ce que je dois remplir le sondage même si on s'est vues juste deux fois?",
"Question au comité sur le sondage; « vues deux fois » n'est pas une rencontre consignée, et pas de note.",
q=True, has=["remplir le sondage"]))
A(C("fr-q-14", "fr", "question", "nudge", TO, "2026-11-03 22:40",
"On s'est pas encore parlé, je sais, je sais... la honte, non? Je lui écris cette semaine, promis.",
"Question rhétorique; aucune rencontre, aucune question au comité.",
q=False, has=["Je lui écris cette semaine"]))
A(C("fr-q-15", "fr", "question", "checkin", TO, "2026-11-12 09:09",
"Je vous écris parce que ma partenaire m'a demandé de ne plus la contacter et je ne comprends pas pourquoi. Je ne sais plus quoi faire.",
"Demande d'aide pour un problème dans le duo, sans point d'interrogation.",
q=True, has=["ne plus la contacter"]))
A(C("fr-q-16", "fr", "question", "digest", TO, "2026-11-09 10:30",
"Petite question pour Mathieu : as-tu trouvé le lien vers le webinaire sur l'IA dont tu m'avais parlé?",
"Le mot « question » est là mais elle s'adresse au partenaire, pas au comité.",
q=False, has=["as-tu trouvé le lien vers le webinaire"]))
A(C("fr-q-17", "fr", "question", "midsession", TO, "2026-11-16 16:16",
"Ça va bien dans l'ensemble. Par contre j'aimerais savoir à qui m'adresser si mon mentor annule encore à la dernière minute, c'est la troisième fois.",
"« J'aimerais savoir… » : demande d'aide au comité.",
sig=FR_SIG2, quote="outlook_fr", q=True, has=["annule encore à la dernière minute"]))
A(C("fr-q-18", "fr", "question", "checkin", SJ, "2026-11-13 13:13",
"Est-ce qu'on peut être deux mentors pour une même mentorée? Ma collègue aimerait se joindre à nous.",
"Question au comité.",
q=True, has=["deux mentors pour une même mentorée"]))

# ---------------- commands (fr) ----------------
A(C("fr-cmd-01", "fr", "commands", "nudge", TO, "2026-11-05 10:02",
"Bonjour, je pars en congé de maternité la semaine prochaine. Pourriez-vous arrêter les rappels jusqu'au 15 janvier?",
"Pause demandée sous forme de question, jusqu'au 15 janvier (2027).",
cmds=[("pause", "2027-01-15")], has=["congé de maternité"]))
A(C("fr-cmd-02", "fr", "commands", "nudge", TO, "2026-12-02 08:30",
"Pas de rappels d'ici le 4 janvier svp, je suis en vacances dans le Sud! 🌴",
"« d'ici le 4 janvier » = pause jusqu'au 4 janvier 2027.",
sig=FR_IPHONE, quote="apple", cmds=[("pause", "2027-01-04")], has=["je suis en vacances"]))
A(C("fr-cmd-03", "fr", "commands", "checkin", TO, "2026-11-10 14:00",
"Mettez-moi sur pause jusqu'à la fin du mois, c'est la folie au travail avec l'inventaire.",
"« jusqu'à la fin du mois » (message du 10 novembre) = 30 novembre.",
cmds=[("pause", "2026-11-30")], has=["c'est la folie au travail"]))
A(C("fr-cmd-04", "fr", "commands", "nudge", HA, "2026-11-12 19:40",
"Je suis en congé du 20 novembre au 6 décembre, donc pas de courriels jusque-là s'il vous plaît.",
"« jusque-là » renvoie au 6 décembre, date écrite plus tôt dans la phrase.",
cmds=[("pause", "2026-12-06")], has=["Je suis en congé du 20 novembre au 6 décembre"]))
A(C("fr-cmd-05", "fr", "commands", "digest", TO, "2026-11-30 08:01",
"De retour! Vous pouvez reprendre les envois.",
"Reprise (« de retour »).",
cmds=[("resume",)], has=["De retour"]))
A(C("fr-cmd-06", "fr", "commands", "nudge", WI, "2026-11-23 09:45",
"Bonjour,\n\nJe suis revenue de mon congé de maladie, vous pouvez recommencer à m'envoyer les rappels. Merci de votre patience.",
"Reprise dite en prose.",
sig=FR_SIG1, cmds=[("resume",)], has=["je suis revenue de mon congé"]))
A(C("fr-cmd-07", "fr", "commands", "checkin", TO, "2026-11-11 16:20",
"Oups, je me suis trompée de date dans mon message de tantôt. Pouvez-vous annuler ce que je viens d'envoyer? Je vous réécris avec la bonne.",
"Annulation (undo) demandée sous forme de question; pas de question au comité à part la commande, pas de rencontre.",
cmds=[("undo",)], has=["Pouvez-vous annuler ce que je viens d'envoyer"]))
A(C("fr-cmd-08", "fr", "commands", "checkin", TO, "2026-11-09 11:11",
"Bonjour,\n\nJe dois malheureusement quitter le programme : j'ai accepté un poste hors du domaine et je n'aurai plus le temps. Merci pour tout, c'était une belle expérience.",
"Demande claire de quitter le programme : stop.",
sig=FR_SIG3, cmds=[("stop",)], has=["je dois malheureusement quitter le programme"]))
A(C("fr-cmd-09", "fr", "commands", "nudge", TO, "2026-11-04 12:34",
"Les rappels aux deux semaines, c'est beaucoup pour moi. Est-ce possible d'en recevoir moins souvent? On se parle régulièrement de toute façon.",
"Moins de rappels (fewer_reminders), pas un départ; « on se parle régulièrement » est une habitude, pas une rencontre.",
cmds=[("fewer_reminders",)], has=["d'en recevoir moins souvent"]))
A(C("fr-cmd-10", "fr", "commands", "digest", TO, "2026-11-09 07:50",
"Merci, mais je n'ai pas vraiment besoin du bilan. Vous pouvez arrêter de me l'envoyer, le reste est correct.",
"Arrêter le bilan seulement : digest_off.",
cmds=[("digest_off",)], has=["je n'ai pas vraiment besoin du bilan"]))
A(C("fr-cmd-11", "fr", "commands", "wrapup", TO, "2026-12-01 15:00",
"> Évaluation :\n5\n> Qu'est-ce qui a bien fonctionné?\nLa flexibilité des horaires et la franchise de Mathieu.\n> Qu'est-ce qui pourrait être amélioré?\nPeut-être un guide pour la première rencontre.",
"Note 5 écrite sous la ligne citée « Évaluation : ».",
quote="none", subject="Re: Merci, et un court sondage", cmds=[("rating", None, 5)], has=["La flexibilité des horaires"]))
A(C("fr-cmd-12", "fr", "commands", "wrapup", HA, "2026-12-02 09:30",
"Je donnerais un 4 sur 5. Très bonne expérience, mais on a eu de la misère à trouver du temps en novembre.",
"Note en prose : 4.",
cmds=[("rating", None, 4)], has=["on a eu de la misère à trouver du temps"]))
A(C("fr-cmd-13", "fr", "commands", "wrapup", TO, "2026-12-01 19:05",
"Évaluation : 5/5 sans hésiter\n\nCe qui a bien fonctionné : tout! Je referais l'expérience comme mentore un jour.",
"Note 5 sur la ligne « Évaluation ».",
sig=FR_SIG2, cmds=[("rating", None, 5)], has=["Je referais l'expérience"]))
A(C("fr-cmd-14", "fr", "commands", "wrapup", TO, "2026-12-02 11:47",
"Note : trois. Honnêtement, c'était correct sans plus; on n'avait pas grand-chose en commun.",
"Note écrite en lettres : 3.",
cmds=[("rating", None, 3)], has=["c'était correct sans plus"]))
A(C("fr-cmd-15", "fr", "commands", "nudge", TO, "2026-11-26 13:30",
"Pourriez-vous suspendre les rappels jusqu'au lundi 11 janvier? Les deux prochains mois sont complètement fous.",
"Pause jusqu'au lundi 11 janvier 2027.",
cmds=[("pause", "2027-01-11")], has=["Les deux prochains mois"]))
A(C("fr-cmd-16", "fr", "commands", "nudge", TO, "2026-11-27 17:10",
"Pause jusqu'après les Fêtes svp!",
"Pause sans date précise (« après les Fêtes ») : le lecteur demanderait la date.",
cmds=[("pause", None)], warn=True, has=["jusqu'après les Fêtes"]))
A(C("fr-cmd-17", "fr", "commands", "checkin", TO, "2026-11-20 10:10",
"On fait relâche jusqu'au 2 déc., Mathieu est en formation à Montréal. Merci de suspendre les rappels d'ici là.",
"« d'ici là » renvoie au 2 décembre écrit avant.",
cmds=[("pause", "2026-12-02")], has=["Mathieu est en formation"]))
A(C("fr-cmd-18", "fr", "commands", "nudge", WI, "2026-11-06 08:08",
"suspendre jusqu'au 2026-12-15",
"Commande brève avec date ISO.",
sig=FR_IPHONE, quote="apple", cmds=[("pause", "2026-12-15")], has=["suspendre jusqu'au 2026-12-15"]))
A(C("fr-cmd-19", "fr", "commands", "checkin", TO, "2026-10-22 09:00",
"aide svp",
"Demande d'aide en deux mots : commande help.",
cmds=[("help",)], has=["aide svp"]))
A(C("fr-cmd-20", "fr", "commands", "digest", TO, "2026-11-09 18:32",
"Mathieu et moi, on a décidé de prendre une pause pour tout le mois de décembre. Vous pouvez arrêter les rappels jusqu'au 31.",
"Pause jusqu'au 31 (décembre) : « jusqu'au 31 » se lit avec décembre nommé avant.",
cmds=[("pause", "2026-12-31")], has=["prendre une pause pour tout le mois de décembre"]))
A(C("fr-cmd-21", "fr", "commands", "nudge", TO, "2026-11-16 12:05",
"C'est reparti pour nous deux! Vous pouvez relancer les rappels.",
"Reprise dite autrement (« c'est reparti », « relancer les rappels »).",
cmds=[("resume",)], has=["C'est reparti pour nous deux"]))
A(C("fr-cmd-22", "fr", "commands", "nudge", TO, "2026-11-19 14:44",
"Je reçois beaucoup de courriels de votre part. Je veux rester dans le programme, mais moins de rappels s'il vous plaît.",
"Moins de courriels ≠ quitter : fewer_reminders.",
sig=FR_SIG1, quote="outlook_fr", cmds=[("fewer_reminders",)], has=["Je veux rester dans le programme"]))
A(C("fr-cmd-23", "fr", "commands", "checkin", TO, "2026-11-11 09:58",
"Pouvez-vous annuler mon dernier message? Je l'ai envoyé à la mauvaise adresse, il était pour ma collègue.",
"Undo demandé en question.",
cmds=[("undo",)], has=["annuler mon dernier message"]))
A(C("fr-cmd-24", "fr", "commands", "digest", HA, "2026-11-23 06:50",
"Plus besoin du bilan hebdo, merci! Le reste, gardez-le.",
"Bilan seulement : digest_off.",
cmds=[("digest_off",)], has=["Plus besoin du bilan hebdo"]))
A(C("fr-cmd-25", "fr", "commands", "nudge", TO, "2026-10-29 21:21",
"Je m'en vais au Mexique le 5 et je reviens le 19 novembre. Pourriez-vous mettre les rappels en pause jusqu'à mon retour?",
"« jusqu'à mon retour » = 19 novembre, écrit plus tôt.",
cmds=[("pause", "2026-11-19")], has=["Je m'en vais au Mexique"]))
A(C("fr-cmd-26", "fr", "commands", "wrapup", TO, "2026-12-01 12:12",
"Évaluation : 4\nQu'est-ce qui a bien fonctionné? Nos appels du vendredi.\nQu'est-ce qui pourrait être amélioré? Rien de spécial.",
"Note 4; « nos appels du vendredi » est une habitude, pas une rencontre.",
cmds=[("rating", None, 4)], has=["Nos appels du vendredi"]))

# ---------------- meeting (fr) ----------------
A(C("fr-meet-01", "fr", "meeting", "checkin", TO, "2026-11-12 08:40",
"On s'est parlé hier au téléphone pendant l'heure du dîner, une bonne heure et quart. Super utile.",
"Hier, 75 minutes (« une heure et quart »), téléphone (l'heure du dîner n'est pas un autre mode).",
meeting=dict(date="@-1", minutes=75, mode="phone"), has=["une bonne heure et quart"]))
A(C("fr-meet-02", "fr", "meeting", "checkin", TO, "2026-11-19 20:15",
"Rencontre au Café Olimpico mardi passé, 1 h 30. On a surtout parlé de mon CV et de deux offres d'emploi à l'UdeM.",
"Café nommé = en personne; mardi passé; 1 h 30 = 90 minutes; sujet candidatures.",
sig=FR_SIG2, meeting=dict(date="@tue", minutes=90, mode="in_person", topics_include=["job_applications"]), has=["Café Olimpico"]))
A(C("fr-meet-03", "fr", "meeting", "checkin", TO, "2026-11-09 12:30",
"Visio sur Teams jeudi dernier (45 min). On a jasé de la réorganisation chez nous et de comment la vivre.",
"Vidéo Teams; jeudi dernier (5 nov.), message du lundi 9; 45 min; gestion du changement.",
meeting=dict(date="@thu", minutes=45, mode="video", topics_include=["change_management"]), has=["la réorganisation chez nous"]))
A(C("fr-meet-04", "fr", "meeting", "checkin", TO, "2026-11-21 10:00",
"On s'est parlé au téléphone jeudi, non attends, mercredi (jeudi c'était mon dentiste 🙃). Une demi-heure environ.",
"Auto-correction claire : mercredi; 30 minutes; téléphone.",
meeting=dict(date="@wed", minutes=30, mode="phone"), has=["non attends, mercredi"]))
A(C("fr-meet-05", "fr", "meeting", "checkin", TO, "2026-11-20 17:30",
"On s'est vues le 12, ou le 13 peut-être, je ne me souviens plus trop. Une heure en vidéo.",
"Date incertaine (12 ou 13) : pas de date, avertir.",
meeting=dict(date=None, minutes=60, mode="video"), warn=True, has=["je ne me souviens plus trop"]))
A(C("fr-meet-06", "fr", "meeting", "nudge", TO, "2026-11-24 09:25",
"Oui oui, on s'est parlé au début du mois! Environ 40 minutes au téléphone.",
"« au début du mois » est vague : date nulle et avertissement.",
meeting=dict(date=None, minutes=40, mode="phone"), warn=True, has=["au début du mois"]))
A(C("fr-meet-07", "fr", "meeting", "checkin", WI, "2026-11-18 13:05",
"Clavardage Teams d'une demi-heure lundi, pour préparer mon entrevue de vendredi.",
"« Clavardage Teams » = chat, une seule façon; lundi; 30 min; entrevues.",
meeting=dict(date="@mon", minutes=30, mode="chat", topics_include=["interviews"]), has=["Clavardage Teams"]))
A(C("fr-meet-08", "fr", "meeting", "checkin", TO, "2026-11-25 15:15",
"On s'est parlé le 3 novembre (30 min au tél.) et encore le 17 en vidéo pendant une heure.",
"Deux rencontres; la première : 3 novembre, 30 min, téléphone.",
meeting=dict(date="2026-11-03", minutes=30, mode="phone"), count=2, has=["encore le 17 en vidéo"]))
A(C("fr-meet-09", "fr", "meeting", "checkin", TO, "2026-11-26 11:50",
"Appel vidéo ce matin, 40 minutes. Prochaine rencontre le 8 décembre.",
"Aujourd'hui; 40 min; vidéo; prochaine rencontre le 8 décembre.",
meeting=dict(date="@0", minutes=40, mode="video", next_meeting="2026-12-08"), has=["Prochaine rencontre le 8 décembre"]))
A(C("fr-meet-10", "fr", "meeting", "checkin", TO, "2026-11-14 09:00",
"Dîner ensemble au resto hier midi, environ 1h. Elle m'a donné plein de trucs pour mes entrevues.",
"Restaurant = en personne; hier; ~60 min; entrevues.",
sig=FR_IPHONE, quote="apple", meeting=dict(date="@-1", minutes=60, mode="in_person", topics_include=["interviews"]), has=["Dîner ensemble au resto"]))
A(C("fr-meet-11", "fr", "meeting", "checkin", HA, "2026-11-16 16:00",
"Rencontre de 90 minutes le vendredi 13 novembre, en personne à la bibliothèque de Moncton.",
"Date absolue avec jour; 90 min; en personne.",
meeting=dict(date="2026-11-13", minutes=90, mode="in_person"), has=["bibliothèque de Moncton"]))
A(C("fr-meet-12", "fr", "meeting", "nudge", TO, "2026-11-05 07:35",
"Avant-hier : appel téléphonique de 20 min avec Mathieu, rapide mais efficace.",
"« avant-hier » = 2 jours avant; 20 min; téléphone.",
meeting=dict(date="@-2", minutes=20, mode="phone"), has=["rapide mais efficace"]))
A(C("fr-meet-13", "fr", "meeting", "checkin", TO, "2026-11-09 19:48",
"Une heure pile sur Zoom le 2 novembre. On a parlé de conciliation travail-vie perso, j'en avais bien besoin.",
"Date absolue; 60 min; vidéo; conciliation travail-vie.",
meeting=dict(date="2026-11-02", minutes=60, mode="video", topics_include=["work_life_balance"]), has=["Une heure pile sur Zoom"]))
A(C("fr-meet-14", "fr", "meeting", "introduction", TO, "2026-10-14 21:00",
"On a finalement eu notre première rencontre! Une heure en vidéo, super belle discussion.",
"Rencontre sans date : date nulle, avertir.",
meeting=dict(date=None, minutes=60, mode="video"), warn=True, has=["notre première rencontre"]))
A(C("fr-meet-15", "fr", "meeting", "checkin", TO, "2026-11-27 14:14",
"Rencontre le 24 au Second Cup près de l'Université Laval. 1h15. On a parlé de mes cours à l'EBSI et du certificat en archivistique.",
"Café nommé = en personne; le 24 (novembre); 75 min; perfectionnement.",
sig=FR_CONF, meeting=dict(date="2026-11-24", minutes=75, mode="in_person", topics_include=["professional_development"]), has=["Second Cup"]))
A(C("fr-meet-16", "fr", "meeting", "nudge", TO, "2026-11-10 10:40",
"Oui! On s'est parlé par courriel toute la semaine passée, plusieurs échanges sur mon entrevue.",
"Échanges par courriel sur une semaine entière : pas de date précise, avertir; mode courriel.",
meeting=dict(date=None, mode="email", topics_include=["interviews"]), warn=True, has=["par courriel toute la semaine passée"]))
A(C("fr-meet-17", "fr", "meeting", "checkin", SJ, "2026-11-04 18:20",
"Appel hier soir, trois quarts d'heure, par téléphone.",
"Terre-Neuve (UTC-3:30) : hier; 45 min; téléphone.",
meeting=dict(date="@-1", minutes=45, mode="phone"), has=["trois quarts d'heure"]))
A(C("fr-meet-18", "fr", "meeting", "checkin", TO, "2026-11-13 12:00",
"Rencontre en personne mercredi le 11, 2 h. Bonne jasette sur le quotidien d'une bibliothécaire de liaison.",
"Date « mercredi le 11 »; 120 min; en personne; journée type.",
meeting=dict(date="2026-11-11", minutes=120, mode="in_person", topics_include=["typical_day"]), has=["Bonne jasette"]))

# ---------------- topics (fr) ----------------
A(C("fr-top-01", "fr", "topics", "checkin", TO, "2026-11-18 09:15",
"Appel vidéo hier, 50 min. Elle m'a raconté son cheminement, comment elle est passée de l'enseignement au secondaire à la bibliothèque.",
"Sujet en d'autres mots : parcours (career_path).",
meeting=dict(date="@-1", minutes=50, mode="video", topics_include=["career_path"]), has=["son cheminement"]))
A(C("fr-top-02", "fr", "topics", "checkin", TO, "2026-11-06 17:00",
"On s'est vues mardi au café, une heure. J'ai parlé du fait d'être la seule personne racisée de mon équipe et de ce que ça implique au quotidien.",
"« seule personne racisée » = diversité; café = en personne.",
sig=FR_SIG1, meeting=dict(date="@tue", minutes=60, mode="in_person", topics_include=["diversity"]), has=["la seule personne racisée"]))
A(C("fr-top-03", "fr", "topics", "checkin", TO, "2026-11-20 08:45",
"Appel téléphonique de 30 min jeudi. On a parlé d'épuisement et de comment décrocher le soir quand on est gestionnaire.",
"Épuisement, décrocher = conciliation travail-vie; gestionnaire = gestion (au moins le premier).",
meeting=dict(date="@thu", minutes=30, mode="phone", topics_include=["work_life_balance"]), has=["comment décrocher le soir"]))
A(C("fr-top-04", "fr", "topics", "checkin", WI, "2026-11-13 11:30",
"Zoom hier pendant 45 minutes : on a parlé de mon poste actuel et de la possibilité de me présenter à l'exécutif de l'association des bibliothécaires du Manitoba.",
"Poste actuel (current_role) et exécutif d'association (committees).",
meeting=dict(date="@-1", minutes=45, mode="video", topics_include=["current_role", "committees"]), has=["mon poste actuel"]))
A(C("fr-top-05", "fr", "topics", "checkin", TO, "2026-11-03 13:40",
"Rencontre en personne samedi (1 h). On a surtout préparé ma participation au Congrès des milieux documentaires, c'est ma première fois!",
"Congrès nommé = conferences.",
meeting=dict(date="@sat", minutes=60, mode="in_person", topics_include=["conferences"]), has=["Congrès des milieux documentaires"]))
A(C("fr-top-06", "fr", "topics", "checkin", TO, "2026-11-24 10:20",
"Appel au téléphone hier, 35 min. On a parlé des échéances qui s'empilent et de comment prioriser quand tout est urgent.",
"Échéances, prioriser = gestion du temps.",
meeting=dict(date="@-1", minutes=35, mode="phone", topics_include=["time_management"]), has=["des échéances qui s'empilent"]))

# ---------------- not_meeting (fr) ----------------
A(C("fr-nm-01", "fr", "not_meeting", "wrapup", TO, "2026-12-01 20:40",
"> Qu'est-ce qui a bien fonctionné?\nOn s'est rencontrées à peu près aux deux semaines, en vidéo la plupart du temps. Ça nous a gardées motivées.",
"Réponse de sondage décrivant une habitude : aucune rencontre, pas de note donnée.",
quote="none", subject="Re: Merci, et un court sondage", has=["à peu près aux deux semaines"]))
A(C("fr-nm-02", "fr", "not_meeting", "checkin", TO, "2026-11-10 12:10",
"Notre rencontre de mardi a été annulée, sa fille était malade. On essaie de se reprendre la semaine prochaine.",
"Rencontre annulée : pas de rencontre.",
has=["a été annulée"]))
A(C("fr-nm-03", "fr", "not_meeting", "checkin", TO, "2026-11-27 09:00",
"On a prévu un appel le 3 décembre à midi. Je vous redis comment ça s'est passé!",
"Un plan seulement : pas de rencontre consignée.",
sig=FR_SIG3, has=["On a prévu un appel le 3 décembre"]))
A(C("fr-nm-04", "fr", "not_meeting", "midsession", TO, "2026-11-16 10:25",
"Ça va très bien. On se voit généralement le jeudi midi à la cafétéria du cégep, c'est devenu une routine.",
"Habitude (« généralement le jeudi ») : pas de rencontre.",
has=["c'est devenu une routine"]))
A(C("fr-nm-05", "fr", "not_meeting", "nudge", TO, "2026-11-03 15:30",
"Pas encore de rencontre, désolée. On prévoit s'écrire par courriel la semaine prochaine pour fixer une date.",
"Plan par courriel : ni rencontre ni mode.",
has=["On prévoit s'écrire par courriel"]))
A(C("fr-nm-06", "fr", "not_meeting", "digest", TO, "2026-11-09 14:00",
"Merci pour le bilan! Une précision : la rencontre du 21 octobre, c'est Mathieu qui l'a consignée, mais c'était bien nous deux.",
"Commentaire sur une rencontre déjà consignée (citée du bilan) : rien de nouveau à consigner.",
has=["c'est Mathieu qui l'a consignée"]))

# ---------------- reply_text (fr) ----------------
A(C("fr-rt-01", "fr", "reply_text", "confidentiality", TO, "2026-11-17 09:12",
"Bien reçu, merci pour le rappel. On en a déjà parlé ensemble.",
"Courriel HTML seulement (gmail_quote) : signature et reconnaissance territoriale à retirer.",
sig=[FR_SIG1, FR_LAND], enc="html", has=["Bien reçu, merci pour le rappel"]))
A(C("fr-rt-02", "fr", "reply_text", "introduction", TO, "2026-10-02 14:30",
"Merci beaucoup! J'ai hâte de commencer. J'ai écrit à Mathieu ce matin.",
"Réponse Outlook HTML (divRplyFwdMsg) avec avis de confidentialité.",
sig=[FR_SIG3, FR_CONF], enc="html", quote="outlook_fr", has=["J'ai hâte de commencer"]))
A(C("fr-rt-03", "fr", "reply_text", "digest", HA, "2026-11-09 11:00",
"Merci pour le résumé, c'est très clair. Continuez comme ça!",
"ISO-8859-1 en quoted-printable, signature à retirer.",
sig=FR_SIG2, enc="latin1", quote="outlook_fr", has=["c'est très clair"]))
A(C("fr-rt-04", "fr", "reply_text", "confidentiality", TO, "2026-11-16 08:30",
"C'est noté. Ma mentorée et moi avons d'ailleurs convenu dès le début de garder nos échanges entre nous, c'est important pour nous deux et ça facilite beaucoup les discussions plus délicates sur le milieu de travail.",
"format=flowed, long paragraphe, avis de confidentialité en pied.",
sig=FR_CONF, enc="flowed", has=["garder nos échanges entre nous"]))
A(C("fr-rt-05", "fr", "reply_text", "checkin", TO, "2026-11-11 19:19",
"Pas encore eu le temps de se parler, mais c'est prévu!",
"Base64; citation Gmail contenant l'exemple « Date : hier » qui ne doit pas compter.",
sig=FR_IPHONE, enc="b64", has=["c'est prévu"]))
A(C("fr-rt-06", "fr", "reply_text", "midsession", TO, "2026-11-17 13:00",
"Tout roule de notre côté, merci.",
"Réponse brève, « -----Original Message----- » avec citation du programme.",
sig=[FR_SIG1, FR_LAND], quote="original", enc="qp", has=["Tout roule de notre côté"]))

# ---------------- more French, hard kinds ----------------
A(C("fr-goal-22", "fr", "goals", "goals_prompt", TO, "2026-10-08 12:25",
"Je me fixe comme objectif de décrocher un contrat en bibliothèque scolaire avant l'été. Pour dans dix ans, j'aimerais être directrice des services documentaires d'un centre de services scolaire.",
"Court (contrat avant l'été) et long (directrice dans dix ans), en prose.",
goals=[("", "new", "short", "contrat"), ("", "new", "long", "directrice")], has=["décrocher un contrat en bibliothèque scolaire"]))
A(C("fr-goal-23", "fr", "goals", "midsession", TO, "2026-11-18 08:40",
"Je retire mon objectif 2, il ne me ressemble plus. Le reste est correct.",
"Objectif 2 retiré = abandonné.",
sig=FR_SIG1, goals=[("2", "dropped", "")], has=["il ne me ressemble plus"]))
A(C("fr-goal-24", "fr", "goals", "checkin", HA, "2026-11-24 20:30",
"Mon CV est à jour, enfin! C'était le gros morceau de mes objectifs.",
"Objectif sans numéro atteint (CV à jour).",
goals=[("", "done", "", "cv")], has=["Mon CV est à jour, enfin"]))
A(C("fr-q-19", "fr", "question", "introduction", TO, "2026-10-03 10:10",
"Je ne trouve le guide du programme nulle part, vous pourriez me le renvoyer?",
"Demande au comité.",
qdays=1, q=True, has=["vous pourriez me le renvoyer"]))
A(C("fr-q-20", "fr", "question", "wrapup", TO, "2026-12-01 17:45",
"Pourquoi j'ai attendu si longtemps pour m'inscrire, hein? 😅 Merci encore à toute l'équipe.",
"Question rhétorique; pas de note donnée.",
q=False, has=["Merci encore à toute l'équipe"]))
A(C("fr-q-21", "fr", "question", "checkin", WI, "2026-11-10 09:30",
"Mathieu, est-ce que tu pourrais m'envoyer ton CV d'ici vendredi? Je te fais mes commentaires la semaine prochaine.",
"Question au partenaire, pas au comité.",
q=False, has=["m'envoyer ton CV d'ici vendredi"]))
A(C("fr-cmd-27", "fr", "commands", "nudge", TO, "2026-11-30 11:00",
"Pouvez-vous mettre mon compte en veille jusqu'au 1er février? Je suis en fin de session à l'université.",
"« en veille jusqu'au 1er février » = pause jusqu'au 2027-02-01.",
cmds=[("pause", "2027-02-01")], has=["en fin de session"]))
A(C("fr-cmd-28", "fr", "commands", "nudge", TO, "2026-11-16 07:30",
"Je suis rentrée de mon stage à Paris, on peut reprendre!",
"Reprise (« rentrée… on peut reprendre »).",
sig=FR_IPHONE, quote="apple", cmds=[("resume",)], has=["Je suis rentrée de mon stage"]))
A(C("fr-cmd-29", "fr", "commands", "midsession", TO, "2026-11-18 13:00",
"Je pars en congé parental du 7 décembre jusqu'au 7 mars inclusivement; pas de rappels pendant ce temps-là svp.",
"« pendant ce temps-là » : pause jusqu'au 7 mars 2027.",
cmds=[("pause", "2027-03-07")], has=["congé parental"]))
A(C("fr-cmd-30", "fr", "commands", "checkin", TO, "2026-11-12 15:25",
"Désinscrivez-moi du programme s'il vous plaît. Ce n'est pas le bon moment pour moi.",
"Demande claire de quitter : stop.",
sig=FR_CONF, cmds=[("stop",)], has=["Désinscrivez-moi du programme"]))
A(C("fr-cmd-31", "fr", "commands", "wrapup", TO, "2026-12-02 08:10",
"Ma note : 2. Mon mentor a annulé presque toutes nos rencontres, c'est dommage.",
"Note 2; plainte sans demande d'aide.",
cmds=[("rating", None, 2)], has=["a annulé presque toutes nos rencontres"]))
A(C("fr-meet-19", "fr", "meeting", "checkin", TO, "2026-11-12 18:05",
"On s'est parlé lundi passé en vidéo sur Messenger, 1 h 10.",
"Vidéo Messenger; lundi passé (9 nov.); 70 minutes.",
meeting=dict(date="@mon", minutes=70, mode="video"), has=["en vidéo sur Messenger"]))
A(C("fr-meet-20", "fr", "meeting", "checkin", TO, "2026-11-26 09:35",
"Rencontre hier, 1 h 30, au Tim Hortons de la rue King à Sherbrooke.",
"Café nommé = en personne; hier; 90 min.",
sig=FR_SIG2, meeting=dict(date="@-1", minutes=90, mode="in_person"), has=["Tim Hortons de la rue King"]))
A(C("fr-meet-21", "fr", "meeting", "checkin", TO, "2026-11-04 12:00",
"On s'est vus le 1er novembre (dimanche), une quarantaine de minutes par Teams.",
"1er novembre; « une quarantaine de minutes » = 40; Teams = vidéo.",
meeting=dict(date="2026-11-01", minutes=40, mode="video"), has=["une quarantaine de minutes"]))
A(C("fr-meet-22", "fr", "meeting", "checkin", TO, "2026-11-12 10:50",
"Appel téléphonique de 45 minutes le 10. On s'en reparle le 24.",
"Le 10 novembre; 45; téléphone; prochaine rencontre le 24.",
meeting=dict(date="2026-11-10", minutes=45, mode="phone", next_meeting="2026-11-24"), has=["On s'en reparle le 24"]))
