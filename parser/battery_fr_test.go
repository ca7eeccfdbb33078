package parser

// batteryFR: replies in Canadian French. The reference day is Saturday 28 November
// 2026 (batteryAt).
var batteryFR = []batteryCase{
	// Rencontres, texte libre.
	{name: "fr_jase_telephone", text: "On s'est jasé au téléphone hier pendant une bonne heure, surtout de ma prochaine entrevue.",
		meetings: []string{"2026-11-27 60 phone [interviews] -"}},
	{name: "fr_presentiel_bibliotheque", text: "Rencontre en présentiel à la bibliothèque mardi dernier, 1h30. On a parlé de gestion et de conciliation travail-vie.",
		meetings: []string{"2026-11-24 90 in_person [management work_life_balance] -"}},
	{name: "fr_diner_cv", text: "On a dîné ensemble le 24 novembre, environ une heure. Elle m'a donné des conseils pour mon CV et ma lettre de présentation.",
		meetings: []string{"2026-11-24 60 in_person [job_applications] -"}},
	{name: "fr_visio_teams_ia", text: "visio teams hier 45 min, on a discuté de l'IA en bibliothèque",
		meetings: []string{"2026-11-27 45 video [technology] -"}},
	{name: "fr_deux_fois", text: "On s'est vues deux fois : le 5 novembre (café, 1h) et le 19 novembre (Teams, 45 min).",
		meetings: []string{"2026-11-05 60 in_person [] -", "2026-11-19 45 video [] -"}},
	{name: "fr_outlook_signature", text: "Bonjour,\n\nNous nous sommes rencontrées lundi par Zoom pendant 40 minutes. Nous avons parlé de réseautage et de LinkedIn. Prochaine rencontre : 9 décembre.\n\nCordialement,\n\nMarie-Claude Tremblay\nBibliothécaire de référence\nBibliothèque de Québec\n418 555-0142",
		meetings: []string{"2026-11-23 40 video [lis_resources] 2026-12-09"}},
	{name: "fr_sans_accents", text: "on sest parle hier au tel 30 min, sujets 3 et 7",
		meetings: []string{"2026-11-27 30 phone [career_goals interviews] -"}},
	{name: "fr_cafe_samedi_passe", text: "On a pris un café samedi passé, pis on a jasé de précarité pis du syndicat.",
		meetings: []string{"2026-11-21 - in_person [job_precarity] -"}},
	{name: "fr_appel_parcours", text: "Appel avec ma mentorée jeudi, 25 minutes. On a parlé de son parcours.",
		meetings: []string{"2026-11-26 25 phone [career_path] -"}},
	{name: "fr_minuscules_gestion_temps", text: "on s'est rencontre le 17 nov en personne 1h, on a parle de la gestion du temps et des priorites",
		meetings: []string{"2026-11-17 60 in_person [time_management] -"}},
	{name: "fr_champs", text: "Date : 26 novembre\nDurée : 45 min\nMode : Teams\nSujets : 13, 14\nProchaine rencontre : 10 décembre",
		meetings: []string{"2026-11-26 45 video [technology conferences] 2026-12-10"}},
	{name: "fr_visio_mentoree_formation", text: "Belle rencontre en visio avec ma mentorée mercredi (une heure). Elle se demande si elle devrait suivre une formation en catalogage.",
		meetings: []string{"2026-11-25 60 video [professional_development specialties] -"}},
	{name: "fr_appel_teams", text: "On a eu un appel Teams hier, 30 minutes, sur le marché de l'emploi.",
		meetings: []string{"2026-11-27 30 video [job_precarity] -"}},
	{name: "fr_appel_simple", text: "On a eu un appel hier soir, une demi-heure.",
		meetings: []string{"2026-11-27 30 phone [] -"}},
	{name: "fr_courriel", text: "On a échangé par courriel mardi au sujet de mon entrevue de vendredi prochain.",
		meetings: []string{"2026-11-24 - email [interviews] -"}},

	// Rien à consigner.
	{name: "fr_pas_encore", text: "pas encore eu le temps de se rencontrer, désolée!"},
	{name: "fr_annulee_reprend", text: "Notre rencontre de jeudi a été annulée, on se reprend la semaine prochaine."},
	{name: "fr_prevu", text: "Merci! On n'a pas encore réussi à se voir, mais on a prévu un appel le 3 décembre."},
	{name: "fr_annulee_malade", text: "Rencontre annulée cette semaine, ma mentore était malade."},

	// Objectifs.
	{name: "fr_termine_objectif_2", text: "J'ai terminé mon objectif 2 !", goals: []string{"2 done"}},
	{name: "fr_objectif_cv", text: "objectif CV : terminé", goals: []string{"CV done"}},
	{name: "fr_objectif_en_cours", text: "Objectif 1 : en cours, j'ai envoyé 3 candidatures", goals: []string{"1 in_progress"}},
	{name: "fr_nouvel_objectif", text: "nouvel objectif à court terme : suivre une formation en catalogage", goals: []string{"suivre une formation en catalogage new short"}},
	{name: "fr_atteint_objectif", text: "Bonne nouvelle, j'ai atteint mon objectif 1!", goals: []string{"1 done"}},

	// Commandes.
	{name: "fr_conge_janvier", text: "Je serai en congé jusqu'au 6 janvier.", cmds: []string{"pause 2027-01-06"}},
	{name: "fr_pause_question", text: "Est-ce qu'on peut mettre le programme en pause jusqu'au 10 janvier?", cmds: []string{"pause 2027-01-10"}},
	{name: "fr_vacances_suspendre", text: "Je suis en vacances jusqu'au 15 décembre, merci de suspendre les courriels.", cmds: []string{"pause 2026-12-15"}},
	{name: "fr_pause_jumelage", text: "Je voudrais mettre mon jumelage en pause jusqu'au 5 janvier svp", cmds: []string{"pause 2027-01-05"}},
	{name: "fr_retirer", text: "Je souhaite me retirer du programme, merci pour tout.", cmds: []string{"stop"}},
	{name: "fr_arreter_courriels", text: "Pouvez-vous arrêter de m'envoyer des courriels? Je ne participe plus au programme.", cmds: []string{"stop"}},
	{name: "fr_aide_comment", text: "Comment est-ce que j'inscris une rencontre?", cmds: []string{"help"}},
	{name: "fr_aide_pouvez_vous", text: "Pouvez-vous m'aider? Je ne sais pas quoi répondre aux courriels du programme.", cmds: []string{"help"}},
	{name: "fr_reprendre", text: "Je suis de retour, vous pouvez reprendre les envois.", cmds: []string{"resume"}},

	// Questions au comité.
	{name: "fr_question_comite", text: "J'ai une question pour le comité : est-ce que les mentorés peuvent assister au congrès de l'ABQLA gratuitement?",
		question: "est-ce que les mentorés peuvent assister au congrès"},
	{name: "fr_question_simple", text: "Question : est-ce qu'on doit remplir un rapport à la fin du jumelage?",
		question: "est-ce qu'on doit remplir un rapport"},

	// Sondage.
	{name: "fr_5_etoiles", text: "Je donnerais 5 étoiles.", cmds: []string{"rating 5"}},
	{name: "fr_note_4_5", text: "Note : 4/5", cmds: []string{"rating 4"}},
	{name: "fr_je_dirais", text: "Je dirais 4 sur 5 pour l'ensemble du programme.", cmds: []string{"rating 4"}},

	// Vus en sondant la première version de cette batterie.
	{name: "fr_deux_fois_visio", text: "On s'est rencontrées jeudi et vendredi, en visio les deux fois, 1h chaque fois. On a parlé de son entrevue.",
		meetings: []string{"2026-11-26 60 video [] -", "2026-11-27 60 video [interviews] -"}},
	{name: "fr_cafe_deux_fois", text: "Rencontre le 12 et le 26 novembre, au café les deux fois.",
		meetings: []string{"2026-11-12 - in_person [] -", "2026-11-26 - in_person [] -"}},
	{name: "fr_prends_pause", text: "je prends une pause jusqu'au 12 janvier", cmds: []string{"pause 2027-01-12"}},
	{name: "fr_prochaine_prevue", text: "Notre prochaine rencontre est prévue pour le 8 décembre."},
	{name: "fr_teams_prochaine", text: "On s'est vu mardi (Teams, 1h). Prochaine rencontre le 9 déc.",
		meetings: []string{"2026-11-24 60 video [] 2026-12-09"}},
}
