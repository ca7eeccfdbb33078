package templates

import (
	"fmt"
	"strings"
	"time"
)

// The notices the program adds to the parser's (parser.Notice* codes): what it
// did not do with a reply, and why.
const (
	// NoticeMeetingBeforeStart: a meeting dated before the pair began is not logged.
	NoticeMeetingBeforeStart = "meeting_before_start"
	// NoticeMeetingAfterMessage: a meeting dated after the message was sent is not logged.
	NoticeMeetingAfterMessage = "meeting_after_message"
	// NoticeGoalNotFound: an update to a goal number the sender does not have.
	NoticeGoalNotFound = "goal_not_found"
	// NoticePartnerGoalNotFound: an update naming the partner, to a goal number they do not have.
	NoticePartnerGoalNotFound = "partner_goal_not_found"
	// NoticePauseNoDate: a pause without a date to come.
	NoticePauseNoDate = "pause_no_date"
	// NoticeNoPair: a meeting or a goal from someone without a pair.
	NoticeNoPair = "no_pair"
)

// noticeText is one notice's sentence: with the words it is about (%s, quoted
// by the language's marks), and without.
type noticeText struct{ quoted, plain string }

// notices words each notice code in each language. Every sentence says what was
// done (or not) and the one line that corrects it. A code missing here gets the
// generic sentence; language lives here, the rules in the program.
var notices = map[string]map[string]noticeText{
	"meeting_undated": {
		"en": {"%s does not say which day you met, so the meeting is saved without a date. Reply with the day, for example \u201cwe met on Tuesday\u201d.",
			"You did not say which day you met, so the meeting is saved without a date. Reply with the day, for example \u201cwe met on Tuesday\u201d."},
		"fr": {"%s ne dit pas quel jour vous vous êtes rencontrés; la rencontre est enregistrée sans date. Répondez avec le jour, par exemple «\u00a0on s'est vus mardi\u00a0».",
			"Vous n'avez pas dit quel jour vous vous êtes rencontrés; la rencontre est enregistrée sans date. Répondez avec le jour, par exemple «\u00a0on s'est vus mardi\u00a0»."},
	},
	"date_vague": {
		"en": {"%s does not name a day, so no date was recorded. Reply with the day, for example \u201cSeptember 18\u201d.",
			"A date you gave does not name a day, so no date was recorded. Reply with the day, for example \u201cSeptember 18\u201d."},
		"fr": {"%s ne nomme pas un jour précis; aucune date n'a été retenue. Répondez avec le jour, par exemple «\u00a018 septembre\u00a0».",
			"Une date de votre message ne nomme pas un jour précis; aucune date n'a été retenue. Répondez avec le jour, par exemple «\u00a018 septembre\u00a0»."},
	},
	"date_ambiguous": {
		"en": {"%s could be two different days. Reply with the month in words, for example \u201cApril 3\u201d.",
			"A date you gave could be two different days. Reply with the month in words, for example \u201cApril 3\u201d."},
		"fr": {"%s peut désigner deux jours différents. Répondez avec le mois en lettres, par exemple «\u00a03 avril\u00a0».",
			"Une date de votre message peut désigner deux jours différents. Répondez avec le mois en lettres, par exemple «\u00a03 avril\u00a0»."},
	},
	"date_unreadable": {
		"en": {"We could not read %s as a date. Reply with the day written out, for example \u201cSeptember 18\u201d.",
			"We could not read one of your dates. Reply with the day written out, for example \u201cSeptember 18\u201d."},
		"fr": {"Nous n'avons pas pu lire %s comme une date. Répondez avec le jour en toutes lettres, par exemple «\u00a018 septembre\u00a0».",
			"Nous n'avons pas pu lire une de vos dates. Répondez avec le jour en toutes lettres, par exemple «\u00a018 septembre\u00a0»."},
	},
	"date_future": {
		"en": {"%s is after your message, so it was not logged as a meeting. If it is your next meeting, reply \u201cnext meeting: September 30\u201d; if you met, reply with the day you met.",
			"A meeting date you gave is after your message, so it was not logged as a meeting. If it is your next meeting, reply \u201cnext meeting: September 30\u201d; if you met, reply with the day you met."},
		"fr": {"%s est après votre message; ce n'est donc pas une rencontre consignée. S'il s'agit de votre prochaine rencontre, répondez «\u00a0prochaine rencontre\u00a0: 30 septembre\u00a0»; si vous vous êtes vus, répondez avec le jour.",
			"Une date de rencontre de votre message est après celui-ci; ce n'est donc pas une rencontre consignée. S'il s'agit de votre prochaine rencontre, répondez «\u00a0prochaine rencontre\u00a0: 30 septembre\u00a0»; si vous vous êtes vus, répondez avec le jour."},
	},
	"date_past": {
		"en": {"%s has already passed, so we did not use it. Reply with a date to come, for example \u201cpause until October 15\u201d.",
			"A date you gave has already passed, so we did not use it. Reply with a date to come, for example \u201cpause until October 15\u201d."},
		"fr": {"%s est déjà passé; nous ne l'avons pas utilisé. Répondez avec une date à venir, par exemple «\u00a0pause jusqu'au 15 octobre\u00a0».",
			"Une date de votre message est déjà passée; nous ne l'avons pas utilisée. Répondez avec une date à venir, par exemple «\u00a0pause jusqu'au 15 octobre\u00a0»."},
	},
	"conflict": {
		"en": {"Your message gives two answers for one meeting (%s); we kept the first. If that is wrong, reply \u201cundo\u201d and send it again with one.",
			"Your message gives two answers for one meeting; we kept the first. If that is wrong, reply \u201cundo\u201d and send it again with one."},
		"fr": {"Votre message donne deux réponses pour une même rencontre (%s); nous avons gardé la première. Si c'est une erreur, répondez «\u00a0annuler\u00a0» et renvoyez-la avec une seule.",
			"Votre message donne deux réponses pour une même rencontre; nous avons gardé la première. Si c'est une erreur, répondez «\u00a0annuler\u00a0» et renvoyez-la avec une seule."},
	},
	"length_unreadable": {
		"en": {"We could not read %s as a length, so none was recorded. Reply \u201cundo\u201d and send the meeting again with its length, for example \u201c45 min\u201d.",
			"We could not read how long you met, so no length was recorded. Reply \u201cundo\u201d and send the meeting again with its length, for example \u201c45 min\u201d."},
		"fr": {"Nous n'avons pas pu lire %s comme une durée; aucune n'a été retenue. Répondez «\u00a0annuler\u00a0» et renvoyez la rencontre avec sa durée, par exemple «\u00a045 min\u00a0».",
			"Nous n'avons pas pu lire la durée de la rencontre; aucune n'a été retenue. Répondez «\u00a0annuler\u00a0» et renvoyez la rencontre avec sa durée, par exemple «\u00a045 min\u00a0»."},
	},
	"goal_unclear": {
		"en": {"We could not tell which goal %s is about, or what changed. Reply with the goal's number, for example \u201cgoal 1: done\u201d.",
			"We could not tell which goal you meant, or what changed. Reply with the goal's number, for example \u201cgoal 1: done\u201d."},
		"fr": {"Nous n'avons pas compris de quel objectif parle %s, ni ce qui a changé. Répondez avec son numéro, par exemple «\u00a0objectif 1\u00a0: terminé\u00a0».",
			"Nous n'avons pas compris de quel objectif vous parliez, ni ce qui a changé. Répondez avec son numéro, par exemple «\u00a0objectif 1\u00a0: terminé\u00a0»."},
	},
	"rating_invalid": {
		"en": {"%s is not a rating: a rating is a whole number from 1 to 5. Reply with one, for example \u201crating: 4\u201d.",
			"A rating is a whole number from 1 to 5. Reply with one, for example \u201crating: 4\u201d."},
		"fr": {"%s n'est pas une évaluation\u00a0: c'est un nombre entier de 1 à 5. Répondez avec l'un d'eux, par exemple «\u00a0évaluation\u00a0: 4\u00a0».",
			"Une évaluation est un nombre entier de 1 à 5. Répondez avec l'un d'eux, par exemple «\u00a0évaluation\u00a0: 4\u00a0»."},
	},
	"truncated": {
		"en": {"", "Your message was longer than we read, so its end was not read. Send the rest in a new reply."},
		"fr": {"", "Votre message dépassait ce que nous lisons; la fin n'a pas été lue. Envoyez la suite dans une nouvelle réponse."},
	},
	NoticeMeetingBeforeStart: {
		"en": {"%s is before your pairing began, so it was not logged as a meeting. If you meant another day, reply with it, for example \u201cwe met on Tuesday\u201d.",
			"A meeting date you gave is before your pairing began, so it was not logged. If you meant another day, reply with it, for example \u201cwe met on Tuesday\u201d."},
		"fr": {"%s est avant le début de votre jumelage; ce n'est donc pas une rencontre consignée. Si vous pensiez à un autre jour, répondez avec celui-ci, par exemple «\u00a0on s'est vus mardi\u00a0».",
			"Une date de rencontre de votre message est avant le début de votre jumelage; elle n'a pas été consignée. Si vous pensiez à un autre jour, répondez avec celui-ci, par exemple «\u00a0on s'est vus mardi\u00a0»."},
	},
	NoticeGoalNotFound: {
		"en": {"You have no goal %s, so nothing was changed. Reply with the number of one of your goals, for example \u201cgoal 1: done\u201d; for your partner's, put their name first.",
			"You have no goal with that number, so nothing was changed. Reply with the number of one of your goals, for example \u201cgoal 1: done\u201d."},
		"fr": {"Vous n'avez pas d'objectif %s; rien n'a été changé. Répondez avec le numéro d'un de vos objectifs, par exemple «\u00a0objectif 1\u00a0: terminé\u00a0»; pour ceux de votre partenaire, ajoutez son prénom.",
			"Vous n'avez pas d'objectif portant ce numéro; rien n'a été changé. Répondez avec le numéro d'un de vos objectifs, par exemple «\u00a0objectif 1\u00a0: terminé\u00a0»."},
	},
	NoticePartnerGoalNotFound: {
		"en": {"Your partner has no goal %s, so nothing was changed. Check the number in your last digest or receipt, and reply again.",
			"Your partner has no goal with that number, so nothing was changed. Check the number in your last digest or receipt, and reply again."},
		"fr": {"Votre partenaire n'a pas d'objectif %s; rien n'a été changé. Vérifiez le numéro dans votre dernier bilan ou accusé de réception, puis répondez de nouveau.",
			"Votre partenaire n'a pas d'objectif portant ce numéro; rien n'a été changé. Vérifiez le numéro dans votre dernier bilan ou accusé de réception, puis répondez de nouveau."},
	},
	NoticePauseNoDate: {
		"en": {"", "A pause needs a date to come, so your reminders were not paused. Reply, for example, \u201cpause until October 15\u201d."},
		"fr": {"", "Une pause demande une date à venir; vos rappels n'ont donc pas été suspendus. Répondez, par exemple, «\u00a0pause jusqu'au 15 octobre\u00a0»."},
	},
	NoticeNoPair: {
		"en": {"", "You are not in an active pairing, so no meeting or goal was recorded. Reply \u201cquestion:\u201d followed by your question if you need the committee."},
		"fr": {"", "Vous ne faites pas partie d'un jumelage actif; aucune rencontre ni aucun objectif n'a été consigné. Répondez «\u00a0question\u00a0:\u00a0» suivi de votre question si vous avez besoin du comité."},
	},
}

// genericNotice is said for a code the table does not know: never the parser's
// own text, which may be in another language than the recipient's.
var genericNotice = map[string]string{
	"en": "Part of your message may not have been read as you meant. Check what is listed above, and reply \u201cundo\u201d if something is wrong.",
	"fr": "Une partie de votre message n'a peut-être pas été lue comme vous le vouliez. Vérifiez ce qui est indiqué ci-dessus et répondez «\u00a0annuler\u00a0» si quelque chose ne va pas.",
}

// maxNoticeQuote bounds the participant's words quoted back in a notice.
const maxNoticeQuote = 60

// NoticeText words a notice in lang ("en" or "fr"; others are English): the
// sentence for its code, quoting the words it is about when given, or the
// generic sentence for a code it does not know.
func NoticeText(code, lang, quote string) string {
	lang = Lang(lang)
	n, ok := notices[code][lang]
	if !ok {
		return genericNotice[lang]
	}
	quote = strings.Join(strings.Fields(quote), " ")
	if quote == "" || n.quoted == "" {
		return n.plain
	}
	if r := []rune(quote); len(r) > maxNoticeQuote {
		quote = string(r[:maxNoticeQuote-1]) + "…"
	}
	q := "\u201c" + quote + "\u201d"
	if lang == "fr" {
		q = "«\u00a0" + quote + "\u00a0»"
	}
	return strings.Replace(n.quoted, "%s", q, 1)
}

// NoticeCodes returns the codes the table words, for tests.
func NoticeCodes() []string {
	out := make([]string, 0, len(notices))
	for c := range notices {
		out = append(out, c)
	}
	return out
}

// partnerLogged words what a partner logged, for the other's receipt: "Marcus
// logged a meeting with you on November 5." and how to dispute it.
var partnerLogged = map[string][2]string{
	"en": {"%s logged a meeting with you on %s. Not you? Reply \u201cnot me\u201d.",
		"Your partner logged a meeting with you on %s. Not you? Reply \u201cnot me\u201d."},
	"fr": {"%s a consigné une rencontre avec vous le %s. Ce n'était pas vous\u00a0? Répondez «\u00a0pas moi\u00a0».",
		"Votre partenaire a consigné une rencontre avec vous le %s. Ce n'était pas vous\u00a0? Répondez «\u00a0pas moi\u00a0»."},
}

// PartnerLoggedNotice is the line that shows a participant, in lang, a
// meeting their partner (partner, a first name or "") logged on day.
func PartnerLoggedNotice(lang, partner string, day time.Time) string {
	lang = Lang(lang)
	w := en
	if lang == "fr" {
		w = fr
	}
	t := partnerLogged[lang]
	if partner == "" {
		return fmt.Sprintf(t[1], w.day(day))
	}
	return fmt.Sprintf(t[0], partner, w.day(day))
}

// DisputedText says, in lang, which meeting a "not me" disputed.
func DisputedText(lang, partner string, day time.Time) string {
	lang = Lang(lang)
	if lang == "fr" {
		if partner == "" {
			partner = "votre partenaire"
		}
		return fmt.Sprintf("Rencontre du %s consignée par %s.", fr.day(day), partner)
	}
	if partner == "" {
		partner = "your partner"
	}
	return fmt.Sprintf("The meeting of %s logged by %s.", en.day(day), partner)
}
