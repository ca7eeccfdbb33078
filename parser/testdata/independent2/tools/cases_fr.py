V, T, H, W, S, E = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns", "America/Edmonton"

def add(case, M, G, CMD):
    # ---------------- rencontres ----------------
    case(id="fr-meet-001", tz=T, when="2026-11-12 08:47", style="gmail", sig="titre",
         body="Date : hier\nDurée : 45 min\nMode : vidéo\nSujets : 7\nNotes : simulation d'entrevue pour le poste à la BAnQ",
         meeting=M("D-1", 45, "video", ["interviews"]), has=["simulation d'entrevue pour le poste à la BAnQ"],
         note="Gabarit rempli : hier (jeu. 12 nov.) = 11 nov., 45 min, vidéo, sujet 7 = entrevues.")
    case(id="fr-meet-002", tz=T, when="2026-11-18 21:05", style="iphone",
         body="Allo! On s'est parlé hier soir sur Zoom, 1 h 30 environ. On a surtout travaillé ma cover letter, je veux dire ma lettre de présentation.",
         meeting=M("D-1", 90, "video", ["job_applications"]), has=["On s'est parlé hier soir sur Zoom"],
         note="'1 h 30' = 90 min; hier = 17 nov.; Zoom = vidéo; lettre de présentation = candidatures.")
    case(id="fr-meet-003", tz=T, when="2026-11-24 10:15", prompt="nudge", style="outlook",
         body="Bonjour,\n\nDésolée du retard. Isabelle et moi avons eu un appel téléphonique jeudi dernier, une heure et quart. On a parlé de mon plan de carrière.\n\nMerci",
         meeting=M("W-thu", 75, "phone", ["career_goals"]), has=["une heure et quart"],
         note="'une heure et quart' = 75 min; jeudi dernier depuis mar. 24 nov. = 19 nov.; téléphone; plan de carrière.")
    case(id="fr-meet-004", tz=T, when="2026-11-09 07:55", style="gmail", sig="prenom", enc="qp",
         body="Bonjour!\n\nOn s'est vus samedi au Café Olimpico sur Saint-Viateur, environ 40 minutes. On a jasé de la gestion d'équipe.",
         meeting=M("W-sat", 40, "in_person", ["management"]), has=["On s'est vus samedi au Café Olimpico"],
         note="Un café nommé = en personne; samedi avant le lun. 9 nov. = 7 nov.; gestion d'équipe = management.")
    case(id="fr-meet-005", tz=T, when="2026-10-22 12:58", style="gmail",
         body="Appel téléphonique sur l'heure du dîner aujourd'hui, une demi-heure. Moussa m'a expliqué comment il organise ses priorités.",
         meeting=M("D-0", 30, "phone", ["time_management"]), has=["Appel téléphonique sur l'heure du dîner"],
         note="'sur l'heure du dîner' (midi au Québec) ne change pas le mode : téléphone; aujourd'hui; 30 min; priorités = gestion du temps.")
    case(id="fr-meet-006", tz=T, when="2026-11-06 15:30", style="html_outlook", sig="terr_fr",
         body="Bonjour,\n\nCatherine et moi avons échangé par clavardage Teams le 4 novembre, une vingtaine de minutes. Sujet : l'intelligence artificielle au comptoir de référence.\n\nMerci!",
         meeting=M("2026-11-04", 20, "chat", ["technology"]), has=["échangé par clavardage Teams le 4 novembre"],
         note="Clavardage Teams = chat (un seul mode); 4 nov.; une vingtaine de minutes = 20; IA = technologie. HTML seul avec reconnaissance territoriale.")
    case(id="fr-meet-007", tz=T, when="2026-11-27 11:00", style="gmail",
         body="On s'est rencontrées jeudi, non attends, mercredi, sur Teams pendant une heure. On a parlé de la réorganisation de ma bibliothèque.",
         meeting=M("W-wed", 60, "video", ["change_management"]), has=["jeudi, non attends, mercredi"],
         note="Autocorrection claire : mercredi (25 nov., envoyé le ven. 27); une heure; Teams = vidéo; réorganisation.")
    case(id="fr-meet-008", tz=T, when="2026-11-23 19:40", style="apple",
         body="Bonsoir,\n\nOn s'est vues au début du mois pendant environ une heure, en personne à la Grande Bibliothèque. Très bonne rencontre!",
         meeting=M(None, 60, "in_person"), warn=True, has=["au début du mois"],
         note="'au début du mois' est vague : date nulle et avertissement; une heure; en personne.")
    case(id="fr-meet-009", tz=H, when="2026-10-15 10:30", style="gmail", sig="bil",
         body="Belle conversation avec Hamid sur la préparation aux entrevues, 45 min au téléphone.",
         meeting=M(None, 45, "phone", ["interviews"]), warn=True, has=["Belle conversation avec Hamid"],
         note="Rencontre sans date : date nulle, avertissement; 45 min; téléphone; entrevues.")
    case(id="fr-meet-010", tz=T, when="2026-11-16 21:45", utc=True, style="gmail",
         body="Notre appel vidéo a eu lieu ce matin, environ 50 minutes. On a regardé des offres d'emploi en Outaouais.",
         meeting=M("D-0", 50, "video", ["job_applications"]), has=["Notre appel vidéo a eu lieu ce matin"],
         note="En-tête Date en UTC (mar. 17 nov. 02:45 +0000) mais lun. 16 nov. à Toronto : 'ce matin' = 2026-11-16.")
    case(id="fr-meet-011", tz=T, when="2026-11-05 13:40", style="outlook", sig="dash_fr",
         body="Bonjour,\n\nPour mettre à jour : on s'est rencontrés le 20 octobre en vidéo pendant une heure, puis le 3 novembre en personne au café de la bibliothèque, 30 minutes. Les deux fois on a parlé de l'ABQLA et des comités.",
         meeting=M("2026-10-20", 60, "video", ["committees"]), count=2, has=["le 20 octobre en vidéo pendant une heure"],
         note="Deux rencontres consignées; la première : 20 oct., 60 min, vidéo; comités.")
    case(id="fr-meet-012", tz=T, when="2026-11-19 09:10", style="gmail",
         body="Rencontre mardi, 45 min sur Zoom. La prochaine est prévue le 1er décembre.\n\nBonne journée,\nOlivier",
         meeting=M("W-tue", 45, "video", [], next="2026-12-01"), has=["La prochaine est prévue le 1er décembre"],
         note="Mardi avant le jeu. 19 nov. = 17 nov.; prochaine rencontre le 1er décembre.")
    case(id="fr-meet-013", tz=T, when="2026-10-29 14:20", style="origmsg", sig="avis_fr",
         body="Petit appel téléphonique hier, 25 minutes. On a revu mon profil LinkedIn.",
         meeting=M("D-1", 25, "phone", ["lis_resources"]), has=["Petit appel téléphonique hier, 25 minutes"],
         note="Téléphone : le 'courriel' de l'avis de confidentialité ne compte pas comme mode; LinkedIn = ressources.")
    case(id="fr-meet-014", tz=H, when="2026-11-11 16:20", style="gmail", sig="bil",
         body="On n'a pas réussi à se parler au téléphone, mais Julie et moi avons échangé par courriel lundi au sujet de ma candidature à l'Université de Moncton. Je le compte comme une rencontre!",
         meeting=M("W-mon", None, "email", ["job_applications"]), has=["avons échangé par courriel lundi"],
         note="Échange de courriels = rencontre par courriel; lundi avant le mer. 11 nov. = 9 nov.; pas de durée.")
    case(id="fr-meet-015", tz=T, when="2026-11-22 17:50", style="iphone",
         body="Vu Bao le 20 nov. au Tim Hortons, 1h15. On a parlé du syndicat pis de mon contrat à temps partiel.",
         meeting=M("2026-11-20", 75, "in_person", ["job_precarity"]), has=["Vu Bao le 20 nov. au Tim Hortons"],
         note="'20 nov.'; 1h15 = 75 min; café = en personne; syndicat/temps partiel = précarité.")
    case(id="fr-meet-016", tz=T, when="2026-12-01 08:35", style="html_outlook",
         body="Bonjour,\n\nRencontre avec Nathalie vendredi dernier de 15 h à 16 h par vidéo sur Teams. On a discuté de conciliation travail-famille.\n\nCordialement,\nSamuel",
         meeting=M("W-fri", 60, "video", ["work_life_balance"]), has=["vendredi dernier de 15 h à 16 h"],
         note="HTML seul Outlook; vendredi dernier depuis le mar. 1er déc. = 27 nov.; 15 h à 16 h = 60 min; conciliation.")

    # ---------------- sujets ----------------
    case(id="fr-top-001", tz=T, when="2026-10-08 09:40", style="gmail",
         body="Une heure en vidéo hier. Isabelle m'a raconté comment elle s'est retrouvée en bibliothèque après dix ans en enseignement, ça m'a rassurée parce que je change de domaine moi aussi.",
         meeting=M("D-1", 60, "video", ["career_path"]), has=["comment elle s'est retrouvée en bibliothèque"],
         note="Récit de parcours en d'autres mots = career_path.")
    case(id="fr-top-002", tz=T, when="2026-11-03 12:05", style="gmail", sig="titre",
         body="Appel hier, 40 min au téléphone. On a beaucoup parlé du fait d'être la seule personne racisée de mon équipe. Ça m'a fait du bien.",
         meeting=M("D-1", 40, "phone", ["diversity"]), has=["la seule personne racisée de mon équipe"],
         note="Être la seule personne racisée de l'équipe = diversité, sans mot du catalogue.")
    case(id="fr-top-003", tz=T, when="2026-11-26 20:30", style="apple",
         body="On s'est vus lundi sur Zoom, environ 35 min. Je lui ai dit que j'étais pas mal brûlée et Hamid m'a expliqué comment il décroche complètement la fin de semaine.",
         meeting=M("W-mon", 35, "video", ["work_life_balance"]), has=["j'étais pas mal brûlée"],
         note="Être 'brûlée' et décrocher la fin de semaine = conciliation travail-vie personnelle.")
    case(id="fr-top-004", tz=T, when="2026-11-13 15:20", style="gmail",
         body="Appel vidéo aujourd'hui, 30 minutes. J'ai trois dates de remise de subventions ce mois-ci alors on a surtout parlé de comment tout caser.",
         meeting=M("D-0", 30, "video", ["time_management"]), has=["trois dates de remise de subventions"],
         note="Dates de remise et 'tout caser' = gestion du temps.")
    case(id="fr-top-005", tz=T, when="2026-10-16 08:10", style="outlook",
         body="Bonjour,\nRencontre mercredi en personne, une heure. On a surtout parlé de ma job au cégep et si je devrais rester ou non.\nMerci",
         meeting=M("W-wed", 60, "in_person", ["current_role"]), has=["ma job au cégep"],
         note="'ma job' (québécois) = emploi actuel; mercredi avant le ven. 16 oct. = 14 oct.")
    case(id="fr-top-006", tz=T, when="2026-11-20 10:45", style="gmail", sig="avis_fr",
         body="Appel téléphonique de 50 minutes avec Julie hier. Je pense me présenter au conseil exécutif de la Corporation des bibliothécaires professionnels et elle m'a expliqué ce que ça implique.",
         meeting=M("D-1", 50, "phone", ["committees"]), has=["me présenter au conseil exécutif"],
         note="Conseil exécutif d'une corporation professionnelle = comités, associations; 'appel' sans vidéo = téléphone.")
    case(id="fr-top-007", tz=T, when="2026-11-30 14:05", style="gmail",
         body="Rencontre vendredi sur Zoom (1 h). Sujets : mon poste actuel et le congrès de l'ABQLA au printemps.",
         meeting=M("W-fri", 60, "video", ["current_role", "conferences"]), has=["mon poste actuel et le congrès de l'ABQLA"],
         note="Mots du catalogue eux-mêmes : poste actuel, congrès.")
    case(id="fr-top-008", tz=T, when="2026-11-25 08:20", style="gmail",
         body="Date : 23 novembre\nDurée : 1 h\nMode : vidéo\nSujets : 8, 19",
         meeting=M("2026-11-23", 60, "video", ["job_applications", "time_management"]), has=["Sujets : 8, 19"],
         note="Sujets par numéro de la liste citée : 8 = candidatures, 19 = gestion du temps.")

    # ---------------- objectifs ----------------
    case(id="fr-goal-001", tz=T, when="2026-10-05 19:30", prompt="goals_prompt", style="gmail",
         body="Court terme : terminer mon portfolio pour le concours de la Ville de Laval\nLong terme : devenir chef de division d'ici 5 ans",
         goals=[G("new", "portfolio", horizon="short"), G("new", "chef de division", horizon="long")], has=["terminer mon portfolio"],
         note="Deux nouveaux objectifs au format du courriel : court et long terme.")
    case(id="fr-goal-002", tz=T, when="2026-10-06 21:50", prompt="goals_prompt", style="gmail", sig="terr_fr",
         body="Bonjour! À court terme, j'aimerais être plus à l'aise en entrevue, et à plus long terme je voudrais obtenir un poste de bibliothécaire disciplinaire dans une université. Merci pour l'organisation.",
         goals=[G("new", "entrevue", horizon="short"), G("new", "disciplinaire", horizon="long")], has=["être plus à l'aise en entrevue"],
         note="Un objectif à court terme et un à long terme dans un même paragraphe : les deux.")
    case(id="fr-goal-003", tz=T, when="2026-11-18 09:00", prompt="digest", style="gmail",
         body="Objectif 2 : terminé! J'ai eu le poste permanent, je commence en janvier.",
         goals=[G("done", ref="2")], has=["J'ai eu le poste permanent"],
         note="Objectif 2 terminé.")
    case(id="fr-goal-004", tz=T, when="2026-11-10 17:40", prompt="checkin", style="iphone",
         body="Petite nouvelle : j'ai terminé mon portfolio et je l'ai envoyé hier!",
         goals=[G("done", "portfolio")], has=["j'ai terminé mon portfolio"],
         note="Mise à jour en prose sans numéro : le portfolio est terminé; pas de rencontre.")
    case(id="fr-goal-005", tz=T, when="2026-11-02 12:10", prompt="midsession", style="gmail",
         body="Ça va bien. Je travaille encore sur mon profil LinkedIn, ça avance tranquillement.",
         goals=[G("in_progress", "linkedin")], has=["Je travaille encore sur mon profil LinkedIn"],
         note="'je travaille encore sur mon profil LinkedIn' = en cours.")
    case(id="fr-goal-006", tz=T, when="2026-11-19 14:40", prompt="digest", style="outlook", sig="dash_fr",
         body="Objectif 1 (CV) : j'ai refait la section expérience, je dirais que je suis à mi-chemin.",
         goals=[G("in_progress", ref="1")], has=["je suis à mi-chemin"],
         note="Progrès sur l'objectif 1 = en cours.")
    case(id="fr-goal-007", tz=H, when="2026-11-09 09:30", prompt="midsession", style="gmail",
         body="J'abandonne l'objectif 3 : le certificat en archivistique n'est pas offert avant l'automne prochain.",
         goals=[G("dropped", ref="3")], has=["J'abandonne l'objectif 3"],
         note="Objectif 3 abandonné.")
    case(id="fr-goal-008", tz=T, when="2026-10-04 13:15", prompt="goals_prompt", style="gmail",
         body="Court terme : pratiquer des simulations d'entrevue avec Youssef\nLong terme : obtenir un poste permanent à temps plein\n\nMerci beaucoup pour l'organisation!\nAu plaisir,\nFatou",
         goals=[G("new", "entrevue", horizon="short"), G("new", "permanent", horizon="long")], has=["pratiquer des simulations d'entrevue"],
         note="Exactement deux objectifs; le remerciement et la salutation ne sont pas des objectifs.")
    case(id="fr-goal-009", tz=T, when="2026-11-21 10:05", prompt="digest", style="gmail",
         body="Merci pour le bilan. Nouvel objectif à court terme : soumettre une affiche au congrès de l'ABQLA.",
         goals=[G("new", "affiche", horizon="short")], has=["soumettre une affiche"],
         note="Nouvel objectif à court terme ajouté en réponse au bilan.")
    case(id="fr-goal-010", tz=T, when="2026-10-07 08:00", prompt="goals_prompt", style="apple", sig="dash_fr",
         body="De mon côté, comme mentore : à court terme, apprendre à donner de la rétroaction constructive. À long terme, j'aimerais accéder à un poste de direction.",
         goals=[G("new", "rétroaction", horizon="short"), G("new", "direction", horizon="long")], has=["donner de la rétroaction constructive"],
         note="Objectifs propres d'une mentore : un court terme, un long terme.")
    case(id="fr-goal-011", tz=T, when="2026-11-24 16:05", prompt="checkin", style="gmail",
         body="Pas de rencontre depuis, mais l'objectif 1 est atteint et le 2 avance lentement.",
         goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["l'objectif 1 est atteint"],
         note="Deux mises à jour numérotées : 1 terminé, 2 en cours; pas de rencontre.")
    case(id="fr-goal-012", tz=T, when="2026-10-09 10:35", prompt="goals_prompt", style="html_gmail", enc="qp",
         body="Mon objectif à court terme : finir le certificat en gestion de l'information d'ici avril.\n\nÀ long terme, je me vois responsable des collections spéciales.",
         goals=[G("new", "certificat", horizon="short"), G("new", "collections spéciales", horizon="long")], has=["finir le certificat en gestion de l'information"],
         note="Réponse HTML seule (quoted-printable) avec un objectif court et un long en prose.")

    # ---------------- commandes ----------------
    case(id="fr-cmd-001", tz=T, when="2026-11-16 08:45", prompt="nudge", style="gmail",
         body="Bonjour, je suis de retour de mon congé, vous pouvez recommencer à m'envoyer les rappels. Je vais écrire à Moussa cette semaine.",
         commands=[CMD("resume")], has=["je suis de retour de mon congé"],
         note="'de retour ... recommencer à m'envoyer les rappels' = reprise.")
    case(id="fr-cmd-002", tz=T, when="2026-12-01 12:50", prompt="nudge", style="gmail",
         body="Serait-il possible de suspendre les rappels jusqu'au 5 janvier? Fin de session très chargée.",
         commands=[CMD("pause", "2027-01-05")], has=["suspendre les rappels jusqu'au 5 janvier"],
         note="Pause demandée sous forme de question; jusqu'au 5 janvier = 2027-01-05.")
    case(id="fr-cmd-003", tz=T, when="2026-11-13 10:05", prompt="", subject="RE : Rencontre consignée", style="none",
         body="Pouvez-vous annuler la dernière rencontre que j'ai consignée? Erreur de ma part, on ne s'est pas encore vues.",
         commands=[CMD("undo")], has=["annuler la dernière rencontre que j'ai consignée"],
         note="Annulation (undo) demandée sous forme de question; pas de rencontre.")
    case(id="fr-cmd-004", tz=T, when="2026-11-27 16:55", prompt="nudge", style="gmail",
         body="Je suis débordée jusqu'à la fin de mon contrat, le 11 décembre, alors mettez tout sur pause jusque-là svp.",
         commands=[CMD("pause", "2026-12-11")], has=["mettez tout sur pause jusque-là"],
         note="'jusque-là' renvoie au 11 décembre plus tôt dans la phrase : pause jusqu'au 2026-12-11.")
    case(id="fr-cmd-005", tz=T, when="2026-12-02 09:20", prompt="wrapup", style="inline",
         body="Mes réponses ci-dessous.\n\n{ATTR}\n> La session est terminée.\n>\n> Évaluation :\n5\n> Qu'est-ce qui a bien fonctionné?\nLa disponibilité de Catherine, vraiment.\n> Qu'est-ce qui pourrait être amélioré?\nUn guide en français plus court.",
         commands=[CMD("rating", value=5)], has=["La disponibilité de Catherine"],
         note="Note donnée sous la ligne citée 'Évaluation :' : 5.")
    case(id="fr-cmd-006", tz=T, when="2026-12-01 19:15", prompt="wrapup", style="gmail",
         body="Je donnerais un 4 sur 5. Hamid a été super, mais on a eu de la misère à trouver du temps en novembre.",
         commands=[CMD("rating", value=4)], has=["Je donnerais un 4 sur 5"],
         note="Note en prose : 4.")
    case(id="fr-cmd-007", tz=T, when="2026-11-06 08:40", prompt="checkin", style="outlook", sig="titre",
         body="Bonjour,\n\nJe souhaite me retirer du programme. Mon nouveau poste ne me laisse plus de temps et j'en ai déjà parlé à Julie. Désolée.",
         commands=[CMD("stop")], has=["Je souhaite me retirer du programme"],
         note="Demande claire de quitter le programme = stop.")
    case(id="fr-cmd-008", tz=T, when="2026-11-04 11:20", prompt="nudge", style="gmail",
         body="Merci de ne pas m'envoyer de courriels aux trois jours, les suivis aux deux semaines suffisent. On se parle très bien de notre côté.",
         commands=[CMD("fewer_reminders")], has=["les suivis aux deux semaines suffisent"],
         note="Moins de courriels n'est pas un départ : moins de rappels; 'courriels' n'est pas une rencontre par courriel.")
    case(id="fr-cmd-009", tz=T, when="2026-11-20 13:30", prompt="digest", style="gmail",
         body="Je n'ai pas vraiment besoin des bilans. Pouvez-vous les désactiver? Les suivis, ça va.",
         commands=[CMD("digest_off")], has=["Pouvez-vous les désactiver"],
         note="Désactiver seulement le bilan = digest_off.")
    case(id="fr-cmd-010", tz=T, when="2026-10-13 09:00", prompt="checkin", style="gmail",
         body="aide",
         commands=[CMD("help")], has=["aide"],
         note="Un simple 'aide' = commande d'aide.")
    case(id="fr-cmd-011", tz=T, when="2026-11-10 07:15", prompt="nudge", style="iphone",
         body="Occupée jusqu'au 30 novembre avec les budgets. Je reviens après!",
         commands=[CMD("pause", "2026-11-30")], has=["Occupée jusqu'au 30 novembre"],
         note="'Occupée jusqu'au 30 novembre' = pause jusqu'au 2026-11-30.")
    case(id="fr-cmd-012", tz=T, when="2026-11-18 11:30", prompt="nudge", style="gmail",
         body="pause jusqu'à lundi prochain svp, je suis en formation toute la semaine",
         commands=[CMD("pause", "N-mon")], has=["pause jusqu'à lundi prochain"],
         note="'lundi prochain' depuis le mer. 18 nov. = 23 nov.")
    case(id="fr-cmd-013", tz=T, when="2026-11-02 10:40", prompt="", subject="RE : Vos rappels sont suspendus", style="none",
         body="Vous pouvez réactiver mes rappels, mon congé s'est terminé plus tôt que prévu.",
         commands=[CMD("resume")], has=["réactiver mes rappels"],
         note="'réactiver mes rappels' = reprise.")
    case(id="fr-cmd-014", tz=T, when="2026-10-27 14:50", prompt="nudge", style="gmail", sig="terr_fr",
         body="Est-ce que ce serait possible de recevoir moins de rappels? Une fois par mois, ce serait bien assez.",
         commands=[CMD("fewer_reminders")], has=["recevoir moins de rappels"],
         note="Moins de rappels, ni pause ni départ.")
    case(id="fr-cmd-015", tz=H, when="2026-12-02 12:05", prompt="wrapup", style="outlook", sig="bil",
         body="Évaluation : 3/5\n\nÀ améliorer : plus de structure pour la première rencontre, on ne savait pas trop par où commencer.",
         commands=[CMD("rating", value=3)], has=["plus de structure pour la première rencontre"],
         note="'Évaluation : 3/5' = note 3.")

    # ---------------- questions ----------------
    case(id="fr-q-001", tz=T, when="2026-11-25 15:50", prompt="midsession", style="gmail",
         body="Est-ce correct si Isabelle et moi continuons à nous rencontrer après la fin de la session en décembre?",
         q=True, has=["continuons à nous rencontrer après la fin de la session"],
         note="Question au comité sans le mot « question ».")
    case(id="fr-q-002", tz=T, when="2026-11-08 19:00", prompt="nudge", style="gmail",
         body="Ma mentorée ne répond plus à mes courriels depuis la mi-octobre. Je ne sais plus trop quoi faire.",
         q=True, has=["ne répond plus à mes courriels"],
         note="Demande d'aide pour un problème dans le duo, sans point d'interrogation.")
    case(id="fr-q-003", tz=T, when="2026-10-19 09:25", prompt="checkin", style="outlook",
         body="Question : est-ce qu'on peut obtenir une attestation de participation pour nos heures de formation continue?",
         q=True, has=["une attestation de participation"],
         note="« Question : » explicite.")
    case(id="fr-q-004", tz=T, when="2026-11-14 21:40", prompt="confidentiality", style="gmail",
         body="Il s'est passé quelque chose qui me met mal à l'aise : mon partenaire a fait une remarque sur mon accent pendant notre dernier appel. À qui du comité puis-je en parler?",
         q=True, has=["une remarque sur mon accent"],
         note="Préoccupation confidentielle sur le duo, adressée au comité; aucune rencontre consignée.")
    case(id="fr-q-005", tz=T, when="2026-10-22 12:40", prompt="checkin", style="gmail", sig="avis_fr",
         body="Le comité pourrait-il me jumeler avec une deuxième personne mentore en catalogage? Youssef est super, mais ce n'est pas son domaine.",
         q=True, has=["me jumeler avec une deuxième personne mentore"],
         note="Demande au comité formulée en question.")
    case(id="fr-q-006", tz=T, when="2026-11-18 12:15", prompt="checkin", style="gmail",
         body="On s'est parlé hier, 30 min au téléphone, sur la préparation aux entrevues. Qui aurait cru que c'était aussi le fun, hein?",
         meeting=M("D-1", 30, "phone", ["interviews"]), q=False, has=["Qui aurait cru que c'était aussi le fun"],
         note="Question rhétorique : pas une question au comité; la rencontre est consignée.")
    case(id="fr-q-007", tz=T, when="2026-11-26 09:45", prompt="checkin", style="gmail",
         body="Rencontre mardi en vidéo, une heure. Et est-ce que les rencontres doivent durer une heure, ou les appels courts comptent aussi?",
         meeting=M("W-tue", 60, "video"), q=True, has=["les appels courts comptent aussi"],
         note="Rencontre consignée plus une vraie question sur le programme.")

    # ---------------- pas une rencontre ----------------
    case(id="fr-not-001", tz=T, when="2026-12-01 18:00", prompt="wrapup", style="gmail",
         body="Qu'est-ce qui a bien fonctionné? On se rencontrait à peu près aux deux semaines, surtout sur Zoom, et Julie était toujours bien préparée.",
         has=["On se rencontrait à peu près aux deux semaines"],
         note="Réponse au sondage décrivant une fréquence : habitude, pas une rencontre; aucune note donnée.")
    case(id="fr-not-002", tz=T, when="2026-11-12 14:30", prompt="checkin", style="gmail",
         body="Pas encore! On se voit mardi prochain à midi sur Zoom, je vous redonne des nouvelles après.",
         has=["On se voit mardi prochain à midi sur Zoom"],
         note="Un projet seulement : pas de rencontre.")
    case(id="fr-not-003", tz=T, when="2026-11-05 08:15", prompt="checkin", style="iphone",
         body="Notre appel d'hier a été annulé, Bao était malade. On va reporter à la semaine prochaine.",
         has=["Notre appel d'hier a été annulé"],
         note="Rencontre annulée : pas de rencontre.")
    case(id="fr-not-004", tz=T, when="2026-10-20 11:50", prompt="nudge", style="gmail",
         body="On n'a pas encore réussi à se parler, on se court après au téléphone depuis deux semaines.",
         has=["on se court après au téléphone"],
         note="Se courir après au téléphone n'est pas une rencontre téléphonique.")
    case(id="fr-not-005", tz=T, when="2026-11-16 09:05", prompt="midsession", style="outlook",
         body="Ça va bien. D'habitude on jase au téléphone le vendredi matin, c'est devenu une belle routine.",
         has=["D'habitude on jase au téléphone le vendredi matin"],
         note="Une habitude, pas une rencontre datée.")
    case(id="fr-not-006", tz=T, when="2026-11-20 16:25", prompt="checkin", style="gmail", sig="prenom",
         body="On devait se voir lundi mais c'est remis à la semaine prochaine à cause de la tempête.",
         has=["c'est remis à la semaine prochaine"],
         note="Rencontre reportée : pas de rencontre.")

    # ---------------- texte de la réponse ----------------
    case(id="fr-txt-001", tz=T, when="2026-11-09 10:20", prompt="checkin", style="html_outlook", sig="terr_fr",
         body="Merci pour le rappel! On ne s'est pas encore vues ce cycle-ci, mais c'est prévu la semaine prochaine.",
         has=["On ne s'est pas encore vues ce cycle-ci"],
         note="HTML seul Outlook : reconnaissance territoriale, titre et courriel cité doivent disparaître.")
    case(id="fr-txt-002", tz=T, when="2026-10-26 14:00", prompt="midsession", style="origmsg", sig="avis_fr",
         body="Bonjour,\n\nNos échanges portent sur ce que j'espérais. Catherine est très généreuse de son temps.",
         has=["Catherine est très généreuse de son temps"],
         note="L'avis de confidentialité et la citation « Message d'origine » doivent disparaître.")
    case(id="fr-txt-003", tz=T, when="2026-11-21 10:40", prompt="confidentiality", style="iphone",
         body="Merci du rappel, tout va bien de notre côté.",
         has=["tout va bien de notre côté"],
         note="Pied « Envoyé de mon iPhone » et rappel cité retirés.")
    case(id="fr-txt-004", tz=T, when="2026-10-30 15:35", prompt="midsession", style="flowed", sig="dash_fr",
         body="Honnêtement, la première moitié a passé trop vite. On a parlé de plein de choses, mais je pense qu'il faut se concentrer davantage sur mes vraies candidatures dans la deuxième moitié.",
         has=["se concentrer davantage sur mes vraies candidatures"],
         note="format=flowed; signature « -- » avec titre et citation retirées.")
    case(id="fr-txt-005", tz=T, when="2026-11-13 12:30", prompt="midsession", style="gmail", sig="bil", enc="base64",
         body="Ça va bien, merci. Moussa m'envoie plein d'offres intéressantes.",
         has=["Moussa m'envoie plein d'offres intéressantes"],
         note="Corps en base64; avis bilingue et titre retirés.")
    case(id="fr-txt-006", tz=T, when="2026-11-17 09:05", prompt="midsession", style="outlook", sig="titre", enc="latin1",
         body="Tout va bien ici. On aimerait garder le même rythme pour la deuxième moitié, ça fonctionne très bien.",
         has=["garder le même rythme pour la deuxième moitié"],
         note="ISO-8859-1 quoted-printable; titre et courriel cité (De :/Envoyé :) retirés.")
