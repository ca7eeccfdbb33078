package parser

const checkinFR = `Bonjour Camille,

Voici le suivi 2 de la session. Léa et vous avez consigné 1 rencontre jusqu'ici.

Vous vous êtes parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Comment : vidéo
Sujets : 3, 7
Notes : revu ma lettre de présentation pour le poste à Halifax

Merci!`

const wrapupFR = `Bonjour Camille,

La session est terminée. Merci du temps et du soin que vous y avez mis avec Léa.

Dites-nous comment ça s'est passé. Répondez à ce courriel, donnez une note
de 1 (pas terrible) à 5 (excellent) et écrivez vos réponses sous chaque question.

Note :
Qu'est-ce qui a bien fonctionné?
Qu'est-ce qui pourrait être amélioré?
Aimeriez-vous participer de nouveau, un jour comme mentor peut-être?
Autre chose à dire au comité?`

const goalsFR = `Bonjour Camille,

Savoir ce que vous voulez retirer de ces deux mois aide Léa à vous aider.
Répondez simplement avec un objectif à court terme et un objectif à long terme,
un par ligne, comme ceci :

Court terme : mettre à jour mon CV et envoyer deux candidatures
Long terme : diriger une équipe de services au public d'ici cinq ans

Merci!`

const nudgeFR = `Bonjour Camille,

Nous n'avons pas eu de nouvelles de Léa et vous depuis un moment. Vous vous êtes vues?`

// gmailFR quotes body as Gmail does in French.
func gmailFR(body string) string {
	return "\n\nLe mar. 1 déc. 2026, à 09 h 00, Programme de mentorat <programme@mentormail.ca> a écrit :\n" + quoteLines(body)
}

// outlookFR quotes body as Outlook does in French.
func outlookFR(body string) string {
	return "\n\n________________________________\nDe : Programme de mentorat <programme@mentormail.ca>\nEnvoyé : 1 décembre 2026 09:00\nÀ : Camille Roy <camille@exemple.ca>\nObjet : Suivi 2\n\n" + body
}

var tuningFR = []tuneCase{
	// Objectifs en prose.
	{name: "fr goal termine portfolio", prompt: PromptCheckin,
		text:  "Petite nouvelle : j'ai terminé mon portfolio en ligne la semaine dernière!" + gmailFR(checkinFR),
		goals: []string{"~portfolio done"}},
	{name: "fr goal toujours cv", prompt: PromptCheckin,
		text:  "Pas de rencontre encore, mais je travaille toujours sur mon CV." + outlookFR(checkinFR),
		goals: []string{"~CV in_progress"}},
	{name: "fr goal objectif 2 atteint", prompt: PromptCheckin,
		text:  "L'objectif 2 est atteint!" + gmailFR(checkinFR),
		goals: []string{"2 done"}},
	{name: "fr goal progres objectif 1", prompt: PromptCheckin,
		text:  "J'avance bien sur l'objectif 1 : trois candidatures envoyées." + gmailFR(checkinFR),
		goals: []string{"1 in_progress"}},
	{name: "fr goal court et long", prompt: PromptGoals,
		text:  "Bonjour! À court terme, j'aimerais décrocher un poste permanent, et à long terme je voudrais devenir gestionnaire d'une bibliothèque de quartier.\n\nMerci,\nCamille" + gmailFR(goalsFR),
		goals: []string{"~poste permanent new short", "~gestionnaire new long"}},
	{name: "fr goal signoff", prompt: PromptGoals,
		text:  "Court terme : finir mon stage\nLong terme : travailler en archives\n\nAu plaisir!\nCamille" + outlookFR(goalsFR),
		goals: []string{"~stage new short", "~archives new long"}},
	{name: "fr goal fini lettre", prompt: PromptCheckin,
		text:  "J'ai fini ma lettre de présentation, elle est partie lundi." + gmailFR(checkinFR),
		goals: []string{"~lettre de présentation done"}},
	{name: "fr goal abandonne", prompt: PromptCheckin,
		text:  "J'ai laissé tomber l'objectif du certificat, pas le temps cette session." + gmailFR(checkinFR),
		goals: []string{"~certificat dropped"}},

	// Commandes en prose.
	{name: "fr cmd de retour", prompt: PromptNudge,
		text: "Bonjour, je suis de retour de congé, vous pouvez reprendre les envois." + gmailFR(nudgeFR),
		cmds: []string{"resume"}},
	{name: "fr cmd de retour seul", prompt: PromptReceipt,
		text: "De retour!" + gmailFR("Vos courriels sont en pause jusqu'au 10 décembre."),
		cmds: []string{"resume"}},
	{name: "fr cmd pause question", prompt: PromptCheckin,
		text: "Est-ce que vous pouvez mettre mes courriels en pause jusqu'au 5 janvier?" + gmailFR(checkinFR),
		cmds: []string{"pause 2027-01-05"}},
	{name: "fr cmd annuler question", prompt: PromptReceipt,
		text: "Pouvez-vous annuler la dernière rencontre? Je me suis trompée de date." + gmailFR("Nous avons consigné votre rencontre du 1er décembre."),
		cmds: []string{"undo"}},
	{name: "fr cmd jusqu'a ce moment", prompt: PromptCheckin,
		text: "Je pars en congé le 8 janvier, pouvez-vous tout suspendre jusque-là?" + gmailFR(checkinFR),
		cmds: []string{"pause 2027-01-08"}},
	{name: "fr cmd moins de rappels", prompt: PromptNudge,
		text: "Merci d'arrêter de m'envoyer autant de rappels, une fois par semaine suffit." + gmailFR(nudgeFR),
		cmds: []string{"fewer_reminders"}},
	{name: "fr cmd arreter jusqu'au", prompt: PromptCheckin,
		text: "Pouvez-vous arrêter de m'envoyer des courriels jusqu'au 30?" + gmailFR(checkinFR),
		cmds: []string{"pause 2026-12-30"}},
	{name: "fr cmd me retirer", prompt: PromptCheckin,
		text: "Bonjour, je souhaite me retirer du programme. Merci pour tout." + gmailFR(checkinFR),
		cmds: []string{"stop"}},
	{name: "fr cmd desabonner resume", prompt: PromptDigest,
		text: "Pouvez-vous me désabonner du résumé hebdomadaire?" + gmailFR("Voici le résumé de la semaine pour les mentors."),
		cmds: []string{"digest_off"}},
	{name: "fr cmd confirm oui", prompt: PromptConfirm,
		text: "Oui" + gmailFR("Répondez OUI pour confirmer que vous quittez le programme."),
		cmds: []string{"confirm"}},
	{name: "fr cmd decline non", prompt: PromptConfirm,
		text: "non merci" + gmailFR("Répondez OUI pour confirmer que vous quittez le programme."),
		cmds: []string{"decline"}},
	{name: "fr cmd note inline", prompt: PromptWrapup,
		text: "> Note :\n5\n> Qu'est-ce qui a bien fonctionné?\nLes appels toutes les deux semaines.\n" +
			"\nLe mar. 1 déc. 2026, à 09 h 00, Programme de mentorat <programme@mentormail.ca> a écrit :\n" + quoteLines(wrapupFR),
		cmds: []string{"rating 5"}},
	{name: "fr cmd note chiffre seul", prompt: PromptWrapup,
		text: "4" + gmailFR(wrapupFR),
		cmds: []string{"rating 4"}},
	{name: "fr class vacances pause",
		text: "Bonjour, je serai en vacances bientôt. Pause jusqu'au 5 janvier svp",
		cmds: []string{"pause 2027-01-05"}},

	// Rencontres qui n'en sont pas.
	{name: "fr meet sondage frequence", prompt: PromptWrapup,
		text: "Note : 4\nQu'est-ce qui a bien fonctionné? On se parlait toutes les deux semaines au téléphone, environ une heure." + gmailFR(wrapupFR),
		cmds: []string{"rating 4"}},
	{name: "fr meet future", prompt: PromptCheckin,
		text: "Pas encore de rencontre, on se voit mardi prochain au café." + gmailFR(checkinFR)},
	{name: "fr meet sans date", prompt: PromptCheckin,
		text:    "On s'est parlé au téléphone une heure et quart, surtout des entrevues." + gmailFR(checkinFR),
		meet:    []string{"- 75 phone [interviews] -"},
		notices: []string{NoticeMeetingUndated}},
	{name: "fr meet debut du mois", prompt: PromptCheckin,
		text:    "On s'est vues au début du mois dans un café, 1 h 30." + gmailFR(checkinFR),
		meet:    []string{"- 90 in_person [] -"},
		notices: []string{NoticeDateVague}},

	// Façons de se rencontrer.
	{name: "fr mode cafe nomme", prompt: PromptCheckin,
		text: "On s'est rencontrées hier au Café Névé, une heure." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 60 in_person [] -"}},
	{name: "fr mode clavardage teams", prompt: PromptCheckin,
		text: "Clavardage Teams lundi, 20 minutes, sur la gestion du temps." + gmailFR(checkinFR),
		meet: []string{"2026-11-30 20 chat [time_management] -"}},
	{name: "fr mode tel midi", prompt: PromptCheckin,
		text: "On s'est parlé au téléphone jeudi à l'heure du dîner, une demi-heure." + outlookFR(checkinFR),
		meet: []string{"2026-11-26 30 phone [] -"}},
	{name: "fr mode avis courriel", prompt: PromptCheckin,
		text: "Rencontre en visio lundi, 1 h.\n\nCamille Roy\nBibliothécaire, Bibliothèque de Laval\n\nCe courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire." + gmailFR(checkinFR),
		meet: []string{"2026-11-30 60 video [] -"},
		gone: []string{"confidentiels"}},

	// Sujets en d'autres mots.
	{name: "fr topic parcours", prompt: PromptCheckin,
		text: "Appel vidéo hier, 1 h. Léa m'a raconté comment elle est arrivée en bibliothèque après le journalisme." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 60 video [career_path] -"}},
	{name: "fr topic seule racisee", prompt: PromptCheckin,
		text: "On s'est parlé lundi au téléphone, 45 min, de ce que c'est d'être la seule personne racisée de l'équipe." + gmailFR(checkinFR),
		meet: []string{"2026-11-30 45 phone [diversity] -"}},
	{name: "fr topic deconnecter", prompt: PromptCheckin,
		text: "Rencontre en personne jeudi, une heure, sur l'épuisement et comment décrocher après le travail." + gmailFR(checkinFR),
		meet: []string{"2026-11-26 60 in_person [work_life_balance] -"}},
	{name: "fr topic echeances", prompt: PromptCheckin,
		text: "Zoom hier 30 min : comment gérer les échéances." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 30 video [time_management] -"}},
	{name: "fr topic mon emploi", prompt: PromptCheckin,
		text: "Appel vendredi, 40 minutes, à propos de mon emploi actuel." + gmailFR(checkinFR),
		meet: []string{"2026-11-27 40 phone [current_role] -"}},
	{name: "fr topic conseil asted", prompt: PromptCheckin,
		text: "Rencontre Zoom hier, une heure. Léa m'a encouragée à me présenter au conseil exécutif de l'ASTED." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 60 video [committees] -"}},
	{name: "fr topic congres", prompt: PromptCheckin,
		text: "On s'est vues hier en visio (1 h) pour parler du Congrès des milieux documentaires." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 60 video [conferences] -"}},

	// Durées et dates.
	{name: "fr date typo hier", prompt: PromptCheckin,
		text: "rencontre zoom hiier 45 min" + gmailFR(checkinFR),
		meet: []string{"2026-12-01 45 video [] -"}},
	{name: "fr date typo mercredi", prompt: PromptCheckin,
		text: "On s'est parlé mecredi au téléphone, 30 min." + gmailFR(checkinFR),
		meet: []string{"2026-12-02 30 phone [] -"}},
	{name: "fr date correction", prompt: PromptCheckin,
		text: "On s'est vues jeudi, non attendez, vendredi, au café pendant une heure." + gmailFR(checkinFR),
		meet: []string{"2026-11-27 60 in_person [] -"}},
	{name: "fr length heure et quart", prompt: PromptCheckin,
		text: "Rencontre hier en personne, une heure et quart." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 75 in_person [] -"}},
	{name: "fr length 1 h 30", prompt: PromptCheckin,
		text: "Visio lundi, 1 h 30, sur les entrevues." + gmailFR(checkinFR),
		meet: []string{"2026-11-30 90 video [interviews] -"}},
	{name: "fr form", prompt: PromptCheckin,
		text: "Date : 30 novembre\nDurée : 1 h\nComment : téléphone\nSujets : 7" + outlookFR(checkinFR),
		meet: []string{"2026-11-30 60 phone [interviews] -"}},

	// Signatures.
	{name: "fr sig territoire", prompt: PromptCheckin,
		text: "On s'est parlé hier au téléphone, 30 min.\n\nCamille Roy (elle/la)\nBibliothécaire, Bibliothèques de Montréal\nJe travaille sur le territoire non cédé de la nation Kanien'kehá:ka." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 30 phone [] -"},
		gone: []string{"non cédé", "elle/la"}},

	// Questions sans le mot « question ».
	{name: "fr q changer mentor", prompt: PromptNudge,
		text: "Est-ce que je peux changer de mentor?" + gmailFR(nudgeFR),
		q:    "changer de mentor", concern: true},
	{name: "fr q une fois", prompt: PromptCheckin,
		text: "Est-ce correct si on se rencontre seulement une fois ce mois-ci?" + gmailFR(checkinFR),
		q:    "une fois ce mois-ci"},
	{name: "fr q attestation", prompt: PromptWrapup,
		text: "Est-ce qu'on reçoit une attestation à la fin du programme?" + gmailFR(wrapupFR),
		q:    "attestation"},

	// Inquiétudes.
	{name: "fr concern clique pas", prompt: PromptCheckin,
		text:    "Honnêtement, ça ne clique pas vraiment avec ma mentore. Je ne sais pas trop quoi faire." + gmailFR(checkinFR),
		concern: true},
	{name: "fr concern pas de nouvelles", prompt: PromptNudge,
		text:    "Ma mentorée ne répond plus à mes courriels depuis un mois, ça m'inquiète." + gmailFR(nudgeFR),
		concern: true},
	{name: "fr concern none", prompt: PromptCheckin,
		text: "Tout va très bien! On s'est parlé hier au téléphone, 40 min." + gmailFR(checkinFR),
		meet: []string{"2026-12-01 40 phone [] -"}},
}
