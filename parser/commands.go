package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Commands: help, pause (until a date), resume, undo, stop, and a 1-5 rating. A command
// is a clause of its own ("stop", "Pause until Dec 15.") or a clear imperative at the
// start of one ("Please remove me from the program", "je quitte le programme",
// "I'm busy until Jan 10"); a word inside a sentence ("we couldn't stop talking") is
// not a command. A pause date looks forward: the next such date on or after the day
// the message was sent.

var (
	// politeRe is the wrapping of a request: "please", "can we", "could you", "I think
	// I need to", "est-ce qu'on peut", "pouvez-vous", "je voudrais"; and "thanks" after it.
	politeRe  = regexp.MustCompile(`^(?:(?:est-ce|est-il|serait-il|serait-ce|c'est|est-ce que ce serait|ce serait|ce serait-il) possible d'|(?:(?:est-ce|est-il|serait-il|serait-ce|c'est|est-ce que ce serait|ce serait|ce serait-il) possible de|est-ce que vous pourriez|est-ce que vous pouvez|would you mind|is there a way to|hi|hello|hey|bonjour|bonsoir|salut|allo|ok|okay|oops|oups|oh|well|so|also|and|but|wait|oh wait|attendez|attends|just|simply|juste|simplement|aussi|finalement|finally|actually|en fait|au fait|et|mais|alors|bon|donc|please|pls|plz|kindly|svp|s'il vous plait|s'il te plait|merci de|could you|can you|would you|will you|can we|could we|may we|may i|can i|could i|is it possible to|would it be possible to|i'd like to|i would like to|i'd like you to|i would like you to|i want to|i need to|we need to|we'd like to|you can|feel free to|i think|i guess|i'm afraid|unfortunately|sadly|est-ce qu'on peut|est-ce que l'on peut|est-ce que (?:je|nous|vous) (?:peux|pouvons|pouvez|pourriez)|vous pourriez|on peut|on pourrait|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|je voudrais|est-ce que (?:je|nous|on) (?:pourrais|pourrions|pourrait|peux|pouvons|peut)|je pourrais|on pourrait|pourrais-je|je voudrai|j'aimerais|je veux|je dois|nous voudrions|nous aimerions|je pense que|je pense qu'|je crois que|malheureusement)[\s,]+)+|(?:[\s,]+(?:please|pls|svp|s'il vous plait|merci|thanks|thank you|sorry|desolee?|unfortunately|malheureusement))+$`)
	helpCmdRe = regexp.MustCompile(`^(?:(?:send|resend|re-send|forward) me (?:the|those|your) (?:help|instructions|directions|how-to|guide|commands)(?: text| message| email| list| again)*|(?:send|resend) me the help(?: text| message| email| list)?(?: again)?|(?:me )?(?:renvoyer|envoyer|reenvoyer|transmettre) (?:l'aide|le message d'aide|le texte d'aide|la liste des commandes|le mode d'emploi|les instructions|les directives|le guide|les consignes)(?: de nouveau| encore| a nouveau)?|(?:renvoyez|envoyez|reenvoyez)-moi (?:l'aide|le mode d'emploi|les instructions|les directives|le guide|les consignes)(?: de nouveau| encore| a nouveau)?|help|aide|help me|help me out|i need help|need help|au secours|aidez-moi|aide-moi|m'aider|nous aider|de l'aide|j'ai besoin d'aide|\?)$`)
	// helpAskRe is a question about using the program: "How do I log a meeting?",
	// "what am I supposed to reply?", "Comment est-ce que j'inscris une rencontre?".
	helpAskRe = regexp.MustCompile(`^(?:(?:hi|hello|bonjour|salut|sorry|desolee?|quick question)[ ,!]+)?(?:how|what|where|comment|que|quoi|ou|qu'est-ce que)\b[^?]{0,50}?\b(?:log|logging|record|report|reply|respond|answer|write back|use|submit|fill|enter|inscri\w*|consigner|enregistrer|signaler|repondre|ecrire|utiliser|remplir|declarer)\b[^?]{0,60}\?$|^je ne sais pas (?:trop )?(?:comment|quoi)\b.{0,40}\b(?:repondre|ecrire|consigner|inscrire|utiliser|remplir|envoyer|signaler|declarer)\b|^i (?:don't|do not|dont) (?:know|understand) (?:how|what)\b.{0,40}\b(?:reply|respond|answer|log|write|use)\b`)
	// The commands whose words are in the tables (words_en.go, words_fr.go).
	resumeRe      = phrasesRe("resume", `^(?:`, `)\b`)
	resumeAloneRe = phrasesRe("resumeAlone", `^(?:`, `)$`)
	undoRe        = phrasesRe("undo", `^(?:oops,?\s+)?(?:`, `)$`)
	leaveRe       = phrasesRe("leave", `^(?:`, `)`)
	stopAloneRe   = phrasesRe("stopAlone", `^(?:`, `)$`)
	digestOffRe   = phrasesRe("digestOff", `\b(?:`, `)\b`)
	digestOnRe    = phrasesRe("digestOn", `\b(?:`, `)\b`)
	lessMailRe    = phrasesRe("lessMail", `\b(?:`, `)\b`)
	stopSendingRe = phrasesRe("stopSending", `^(?:`, `)(?:\s+(until after|till after|jusqu'apres|until|till|til|through|jusqu'au|jusqu'a|jusqu au|jusqu'en|avant)\s+(.+))?$`)
	// untilThenRe ends a pause whose date was named earlier in the sentence.
	untilThenRe = phrasesRe("untilThen", `\s+(?:`, `)$`)
	// notAvailableRe: "I won't be available until January 8", "je ne serai pas disponible avant le 6".
	notAvailableRe = regexp.MustCompile(`^(?:i won't be|i will not be|i'm not|i am not|we won't be|we will not be|je ne serai pas|je ne suis pas|nous ne serons pas|on ne sera pas)\s+(?:available|reachable|around|disponibles?|joignables?)\s+(until|till|before|avant|jusqu'au|jusqu'a|jusqu'en)\s+(.+)$`)
	pauseRe        = regexp.MustCompile(`^(?:pause|pause me|pause us|take a break|taking a break|(?:i'm|i am|we're|we are) taking a break|hold off(?: on)?(?: (?:the |my |all |sending )?(?:emails|e-mails|messages|reminders|check-ins|nudges))?|(?:je|on|nous) (?:prends|prend|prenons) une pause|prendre une pause|faire une pause|put (?:me|us|it|things|everything) on (?:pause|hold)|on hold|(?:pause|hold|suspend|stop) (?:my |the |our |all |your )?(?:emails|e-mails|messages|reminders|nudges|notifications|program|programme|check-ins|checkins|mentorship|pairing|participation|everything|things|it all)|(?:no|no more) (?:reminders|nudges|check-ins|emails|e-mails)|(?:pas de|aucun|aucune|plus de) (?:rappels?|courriels?|relances?|suivis?|messages?|envois?)|(?:pause|hold|suspend) (?:my|our|this|the) (?:pair|pairing|match|account|mentorship|mentoring|sessions?|meetings|check-ins)|(?:mettre|mettez|me mettre|nous mettre|mettez-moi|mettez-nous|mets-moi|mets|mettre ca|mettez ca|mettre cela)(?: (?:le|mon|ma|notre|nos|mes|les) (?:programme|jumelage|participation|courriels|envois|rappels|relances|mentorat|dossier|suivis|compte|abonnement|notifications))? (?:en|sur) (?:pause|veille)(?: (?:le|mon|ma|notre|nos|mes|les) (?:programme|jumelage|participation|courriels|envois|rappels|mentorat))?|(?:en|sur) pause|je suis (?:en|sur) pause|(?:tout )?suspendre(?: (?:le|mon|ma|notre|nos|mes|les) (?:programme|jumelage|participation|courriels|envois|rappels|mentorat|messages))?)(?:\s+(until after|till after|jusqu'apres|until|till|til|through|to|jusqu'au|jusqu'a|jusqu au|jusqu'en|au|for|pendant|d'ici)\s+(.+))?(?:\s+` + pauseSpanAlt + `)?$`)
	busyRe         = regexp.MustCompile(`^(?:(?:i'm|i am|i'll be|i will be|i'm going to be|i am going to be|i'll be going|we're|we are|we'll be|je suis|je serai|je vais etre|nous sommes|nous serons|on est|on sera)\s+)?(?:(?:very|really|super|tres|vraiment)\s+)?(?:(?:busy|swamped|slammed|occupee?s?|debordee?s?) (?:with|avec) [^,.;]{1,40}?|busy|swamped|slammed|overwhelmed|snowed under|debordee?s?|submergee?s?|away|travelling|traveling|on vacation|on holiday|on holidays|on (?:parental |maternity |paternity |sick |medical |study )?leave|off|out of (?:town|office|the office)|occupee?s?|absente?s?|en vacances|en conge(?: (?:parental|de maternite|de paternite|de maladie|sabbatique))?|en voyage|indisponibles?|unavailable)\s+(until|till|til|through|jusqu'au|jusqu'a|jusqu au|jusqu'en)\s+(.+)$`)
	spanRe         = regexp.MustCompile(`^(\d{1,2}|an?|one|two|three|four|five|six|une?|deux|trois|quatre|cinq|six)\s+(days?|weeks?|jours?|semaines?)\b`)

	// ratingValueRe is a labelled rating's value: "4", "4/5", "4 out of 5", "5 étoiles".
	ratingValueRe = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(?:(?:/|out of|sur)\s*(\d+)|stars?|etoiles?)?(?:$|[\s.!,;)-])`)
	// ratingLabelRe is a labelled rating inside a line: "Great session! Rating: 5".
	// ratingLabelLeadRe is the label itself, with or without its colon ("Rating 5").
	ratingLabelLeadRe = regexp.MustCompile(`^(?:rating|my rating|score|note|ma note|evaluation)\s*:?\s*`)
	ratingLabelRe     = regexp.MustCompile(ratingLabelLeadRe.String() + `(?:\d|(?:one|two|three|four|five|un|une|deux|trois|quatre|cinq)\b)`)
	// ratingAloneRe is a clause that is only a rating: "4/5", "4/5 overall".
	ratingAloneRe = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(?:/|out of|sur)\s*(\d+)(?:\s*(?:stars?|etoiles?))?(?:\s+(?:overall|globalement|au total|au final|in all))?$`)
	// ratingLeadRe is a rating that opens a clause, in stars or on the 5 scale: "4
	// étoiles, c'était très enrichissant", "5 étoiles sans hésiter", "5/5, loved it".
	ratingLeadRe = regexp.MustCompile(`^\d\s*(?:stars?|etoiles?)\b|^\d(?:[.,]\d+)?\s*(?:/|out of|sur)\s*5(?:\s+(?:overall|globalement|au total|au final))?\s*(?:[,.!;:]|$)`)
	// ratingGiveRe is a rating given in a sentence without a scale: "I'd give it a 4",
	// "je lui donnerais un 5". The number ends the sentence or a part of it: "we rated
	// 3 résumés" is no rating.
	ratingGiveRe = regexp.MustCompile(`\b(?:give|gave|rate|rated|donne|donnerais|donnerait|accorde|accorderais|attribue|attribuerais)\s+(?:(?:it|this|them|lui|ca|cela|the (?:program|programme|session|experience|mentorship)|le programme|la session|l'experience|le mentorat)\s+)?(?:an?\s+|un\s+|une\s+)?(?:(?:solid|strong|firm|good|clear|easy|honest|bon|solide|franc)\s+)?(\d(?:[.,]\d+)?)(?:\s*(?:/|out of|sur)\s*\d+|\s*(?:stars?|etoiles?))?\s*(?:$|[.!,;)-]|(?:overall|because|since|as|but|globalement|parce|car|mais)\b)`)
	// ratingSaidRe is a rating in a sentence: "I'd give it 4 out of 5", "je donnerais 5 étoiles".
	ratingSaidRe = regexp.MustCompile(`\b(?:give|gave|rate|rated|rating|score|say|overall|globalement|donne|donnerais|donnerait|attribue|accorde|accorderais|evalue|note|dirais|dirai|dis)\b[^.!?]{0,40}?\b(\d+(?:[.,]\d+)?)\s*(?:(?:/|out of|sur)\s*(\d+)|stars?\b|etoiles?\b)`)
)

// readCommand reads the commands of a line (or of the subject, when subject is set).
// It reports whether the line was only commands, with nothing else to read.
func (x *extractor) readCommand(t text, subject bool) bool {
	clauses := splitClauses(t)
	if subject {
		clauses = []text{t.trim(".!")}
	}
	found, pieces := 0, 0
	x.cmdClauses = x.cmdClauses[:0]
	for _, c := range clauses {
		x.cmdClauses = append(x.cmdClauses, false)
		for _, p := range requestPieces(c) {
			pieces++
			switch {
			case x.readCommandClause(p), x.readCommandHead(p):
				found++
				x.cmdClauses[len(x.cmdClauses)-1] = true
			case greetRe.MatchString(p.norm) || closingRe.MatchString(p.trim(".!").norm):
				pieces-- // "Hi,", "thanks": nothing to read
			}
		}
	}
	return found > 0 && found == pieces
}

// monthEndRe is the end of a month: "la fin novembre", "la fin de décembre", "the
// end of January".
var monthEndRe = regexp.MustCompile(`^(?:la |the )?(?:fin|end)(?: (?:de|du mois de|of))? (` + monthAlt + `)\b`)

// thisMonthEndRe is the end of the month the message was sent in: "la fin du mois",
// "the end of the month", "end of this month".
var thisMonthEndRe = regexp.MustCompile(`^(?:la |the )?(?:fin|end) (?:du mois|de ce mois(?:-ci)?|of (?:the|this) month)\b`)

// sinceRe says a return already happened: "de retour depuis lundi", "back since Monday".
var sinceRe = regexp.MustCompile(`\b(?:depuis|since|as of)\b`)

// emoticonEndRe is a smiley that ends a clause.
var emoticonEndRe = regexp.MustCompile(`\s*[:;=]-?[)(dp]+\s*$|\s*\b(?:lol|haha+|mdr)\s*$`)

// readCommandHead reads a command said first and explained after a comma: "oops
// please undo, wrong date on that one", "annulez ça svp, mauvaise date". Leaving the
// program or coming back is not read this way: "stop, I can't believe it" and
// "back, after a long week, we met Tuesday" ask nothing.
func (x *extractor) readCommandHead(p text) bool {
	i := strings.IndexByte(p.norm, ',')
	if i <= 0 {
		return false
	}
	n, w := len(x.commands), len(x.warnings)
	if !x.readCommandClause(p.sub(0, i)) {
		return false
	}
	keep := len(x.commands) > n
	if keep {
		switch x.commands[len(x.commands)-1].Name {
		case CmdStop, CmdResume:
			keep = false // "back, after a long week, we met": too weak alone
		case CmdRating:
			// "4, sans hésiter" answers the survey; elsewhere "11/24, zoom" is a date
			keep = x.prompt == PromptWrapup || x.prompt == PromptMidsession
		}
	}
	if !keep {
		x.commands, x.warnings, x.notices = x.commands[:n], x.warnings[:w], x.notices[:w]
	}
	return keep
}

// requestJoinRe is a comma where a clause turns to a request or a new subject: "I'll be
// away until the 15th, please hold the emails", "je suis de retour, vous pouvez reprendre".
var requestJoinRe = regexp.MustCompile(`[,:]\s*(?:please|pls|svp|could|can|would|will|merci|thanks|thank|i|i'm|i'll|i'd|je|j'ai|j'aimerais|je voudrais|we|we'll|we're|on|nous|vous|you|so|but|and|mais|et|donc|pouvez-vous|pourriez-vous|est-ce|pause|mettre|mettez|unfortunately|sadly|malheureusement|alors)\b`)

// dashJoinRe is a spaced dash where a command turns to its reason: "undo - I logged
// it twice", "stop – new job, no time".
var dashJoinRe = regexp.MustCompile(`\s+-+\s+`)

// requestPieces cuts a clause where a comma starts a request or a new subject.
func requestPieces(c text) []text {
	if dashes := dashJoinRe.FindAllStringIndex(c.norm, -1); dashes != nil {
		var out []text
		start := 0
		for _, m := range append(dashes, []int{len(c.norm), len(c.norm)}) {
			if part := c.sub(start, m[0]).trim(""); part.norm != "" {
				out = append(out, commaPieces(part)...)
			}
			start = m[1]
		}
		return out
	}
	return commaPieces(c)
}

// commaPieces cuts a clause where a comma starts a request or a new subject.
func commaPieces(c text) []text {
	cuts := requestJoinRe.FindAllStringIndex(c.norm, -1)
	if cuts == nil {
		return []text{c}
	}
	var out []text
	start := 0
	for _, m := range cuts {
		out = append(out, c.sub(start, m[0]))
		start = m[0] + 1
	}
	return append(out, c.sub(start, len(c.norm)).trim(""))
}

// pronounUndoRe asks to take back "it"; sentEntryRe says the line is about an entry
// the writer sent; mailKindRe names emails of the program, which "it" may be instead.
var (
	pronounUndoRe = regexp.MustCompile(`^(?:(?:la|le|l')\s?(?:retirer|enlever|supprimer|effacer|annuler)|(?:remove|delete|undo|cancel|take back|scrap) (?:it|that(?: one)?|this(?: one)?))$`)
	sentEntryRe   = regexp.MustCompile(`\b(?:envoye|envoyee|consigne|consignee|inscrit|inscrite|entree|en double|par erreur|deux fois|sent|logged|submitted|twice|by mistake|wrong date|mauvaise date)\b`)
	mailKindRe    = regexp.MustCompile(`\b(?:resume|sommaire|bilan|condense|rappels?|relances?|digest|reminders?|newsletter|infolettre)\b`)
)

// readCommandClause reads one clause as a command.
func (x *extractor) readCommandClause(c text) bool {
	if m := emoticonEndRe.FindStringIndex(c.norm); m != nil {
		c = c.sub(0, m[0]) // "don't nudge me till then :)"
	}
	c = c.trim(".!,")
	if helpAskRe.MatchString(c.norm) {
		x.addCommand(Command{Name: CmdHelp})
		return true
	}
	if p := politeRe.FindAllStringIndex(c.norm, -1); p != nil {
		i, j := 0, len(c.norm)
		for _, m := range p {
			if m[0] == 0 {
				i = m[1]
			} else {
				j = m[0]
			}
		}
		c = c.sub(i, j).trim(".!,")
		if i > 0 {
			c = c.trim(".!,?") // a request asked as a question: "Can we pause until Jan 5?"
		}
	}
	// "... until then": the date was named earlier in the sentence.
	then := false
	if m := untilThenRe.FindStringIndex(c.norm); m != nil {
		c, then = c.sub(0, m[0]).trim(".!,"), true
	}
	n := c.norm
	busy, matched := false, true
	defer func() {
		if matched && !busy {
			x.spoke = true
		}
	}()
	switch {
	case n == "":
		matched = false
		return false
	case helpCmdRe.MatchString(n):
		x.addCommand(Command{Name: CmdHelp})
	case pronounUndoRe.MatchString(n) && sentEntryRe.MatchString(x.line.norm) && !mailKindRe.MatchString(x.line.norm):
		// "Je viens d'envoyer une rencontre avec la mauvaise date. Pouvez-vous la
		// retirer?": "it" is the entry just sent; "vous pouvez l'enlever" about
		// the digest is not.
		x.addCommand(Command{Name: CmdUndo})
	case resumeRe.MatchString(n), resumeAloneRe.MatchString(n):
		// "De retour le 5 janvier", "back on Jan 5": a return still to come is an
		// absence until then, as out-of-office answers say.
		if day, ok := x.firstAhead(c); ok && !sinceRe.MatchString(n) {
			x.addCommand(Command{Name: CmdPause, Until: DayOf(day)})
			busy = true
			break
		}
		x.addCommand(Command{Name: CmdResume})
	case undoRe.MatchString(n):
		x.addCommand(Command{Name: CmdUndo})
	case leaveRe.MatchString(n), stopAloneRe.MatchString(n), leavesProgram(n):
		x.addCommand(Command{Name: CmdStop})
	case digestWordRe.MatchString(n) && digestOffRe.MatchString(n):
		// Off first: "don't send me the digest anymore" holds "send me the digest".
		x.addCommand(Command{Name: CmdDigestOff})
	case digestWordRe.MatchString(n) && digestOnRe.MatchString(n):
		x.addCommand(Command{Name: CmdDigestOn})
	case stopSendingRe.MatchString(n):
		m := stopSendingRe.FindStringSubmatchIndex(n)
		switch {
		case m[4] >= 0:
			x.addPause(c, group(n, m, 1), m[4], m[5])
		case then:
			x.addPauseThen(c)
		case lessMailRe.MatchString(n):
			x.addCommand(Command{Name: CmdFewerReminders})
		default:
			// "Stop sending me emails": to pause, to send less or to leave? The
			// mildest reading, and the sender is told how to say the others.
			x.addCommand(Command{Name: CmdFewerReminders})
			x.lessMailGuess = fmt.Sprintf("“%s” was read as a request for fewer reminders; to pause, write “pause until” and a date; to leave the program, write “I want to leave the program”.", c.orig)
			x.warn(NoticeOther, c.orig, x.lessMailGuess)
		}
	case lessMailRe.MatchString(n) && (mailWordRe.MatchString(n) || mailWordRe.MatchString(x.line.norm)):
		// "Les rappels aux deux semaines, c'est beaucoup. Est-ce possible d'en
		// recevoir moins souvent?": what to send less of is said in the line.
		x.addCommand(Command{Name: CmdFewerReminders})
	case pauseRe.MatchString(n):
		m := pauseRe.FindStringSubmatchIndex(n)
		x.addPauseOrThen(c, group(n, m, 1), m[4], m[5], then)
	case busyRe.MatchString(n):
		m := busyRe.FindStringSubmatchIndex(n)
		x.addPause(c, group(n, m, 1), m[4], m[5])
		busy = true // what an out-of-office answer says too
	case notAvailableRe.MatchString(n):
		m := notAvailableRe.FindStringSubmatchIndex(n)
		x.addPause(c, group(n, m, 1), m[4], m[5])
		busy = true // what an out-of-office answer says too
	case ratingLabelRe.MatchString(n):
		x.readRating(c.sub(ratingLabelLeadRe.FindStringIndex(n)[1], len(n)), true)
	case ratingAloneRe.MatchString(n), ratingLeadRe.MatchString(n):
		x.readRating(c, false)
	case ratingSaidRe.MatchString(n):
		m := ratingSaidRe.FindStringSubmatchIndex(n)
		x.readRating(c.sub(m[2], len(n)), false)
	case ratingGiveRe.MatchString(n):
		m := ratingGiveRe.FindStringSubmatchIndex(n)
		x.readRating(c.sub(m[2], len(n)), false)
	case (x.prompt == PromptWrapup || x.prompt == PromptMidsession) && ratingBareRe.MatchString(n):
		x.readRating(c, true) // "4" under the survey's "Rating:"
	default:
		matched = false
		return false
	}
	return true
}

// digestWordRe and mailWordRe are the words without which the digest and less-mail
// tables cannot match: a cheap test that spares most clauses the long expressions.
var (
	digestWordRe = regexp.MustCompile(`digest|summar|recap|round|resume|condense|sommaire|bulletin|infolettre|bilan`)
	mailWordRe   = regexp.MustCompile(`remind|mail|message|check-in|nudge|notification|rappel|courriel|relance|suivi|week|month|semaine|mois`)
)

// pauseSpanAlt is how long a pause runs when no date says it ("over the holidays").
var pauseSpanAlt = `(?:` + strings.Join(phrasesOf("pauseSpan"), "|") + `)`

// pauseSpanOnlyRe is a whole span without a date: "for the holidays", "pendant les fêtes".
var pauseSpanOnlyRe = regexp.MustCompile(`^` + pauseSpanAlt + `$`)

// newYearRe names the first of January ("until the new year", "jusqu'au nouvel an").
var newYearRe = phrasesRe("newYear", `^(?:`, `)\b`)

// untilInLineRe finds a pause's end elsewhere in its line: "I'm going on leave until
// September 8, please pause".
var untilInLineRe = regexp.MustCompile(`\b(?:until|till|til|through|jusqu'au|jusqu'a|jusqu au|jusqu'en)\s+`)

// ratingBareRe is a number alone, a rating under the wrap-up survey.
var ratingBareRe = regexp.MustCompile(`^\d{1,2}(?:[.,]\d)?$`)

var (
	// leaveVerbRe is leaving said anywhere in a clause: "I'm going to have to step
	// back from the program", "je vais devoir quitter le programme".
	leaveVerbRe = regexp.MustCompile(`\b(?:leave|quit|withdraw from|drop out of|exit|step (?:back|away|down) from|bow out of|quitter|me retirer d[ue]|abandonner|me desinscrire d[ue]|me desabonner d[ue])\s+(?:the|this|le|ce)?\s*(?:mentorship |mentoring )?(?:program|programme)\b`)
	// leaveNotRe before it takes it back: "I don't want to leave the program", "si je
	// dois quitter le programme".
	leaveNotRe = regexp.MustCompile(`n't\b|\b(?:not|never|no|if|whether|should i|would|could|ne|n'|pas|jamais|si|devrais-je|dois-je)\b`)
)

// leavesProgram reports a clause that says its sender is leaving the program.
func leavesProgram(n string) bool {
	m := leaveVerbRe.FindStringIndex(n)
	return m != nil && !leaveNotRe.MatchString(n[:m[0]]) && !strings.HasSuffix(n, "?")
}

// firstAhead returns the first date of c that lies after the reference day.
func (x *extractor) firstAhead(c text) (time.Time, bool) {
	for _, d := range findDates(c) {
		if d.dir == dirPast {
			continue
		}
		if day, prob := x.place(d, dirFuture); prob == placeOK && day.After(x.ref) {
			return day, true
		}
	}
	return time.Time{}, false
}

// addPauseOrThen records a pause with its date, or with the date named earlier in
// the line when the pause runs "until then".
func (x *extractor) addPauseOrThen(c text, prep string, i, j int, then bool) {
	if i < 0 && then {
		x.addPauseThen(c)
		return
	}
	x.addPause(c, prep, i, j)
}

// addPauseThen records a pause "until then": until the latest date of the line that
// lies ahead, so that an absence given as a span ("from Dec 1 to Dec 14, hold off
// until then") pauses to its end.
func (x *extractor) addPauseThen(c text) {
	if slices.ContainsFunc(x.commands, func(c Command) bool { return c.Name == CmdPause && c.Until != "" }) {
		return // "I'm away until Nov 30, back Dec 1. Don't nudge me till then": said once
	}
	var until time.Time
	for _, d := range findDates(x.line) {
		if day, prob := x.place(d, dirFuture); prob == placeOK && day.After(until) {
			until = day
		}
	}
	if !until.IsZero() {
		x.addCommand(Command{Name: CmdPause, Until: DayOf(until)})
		return
	}
	x.pauseWarns = append(x.pauseWarns, fmt.Sprintf("“%s” runs until a date the reply does not give; the pause was recorded without an end (write it like “pause until Dec 15”).", c.orig))
	x.warn(NoticeDateUnreadable, c.orig, x.pauseWarns[len(x.pauseWarns)-1])
	x.addCommand(Command{Name: CmdPause})
}

// addPause records a pause; the date is c.norm[i:j] (i < 0: no date given).
func (x *extractor) addPause(c text, prep string, i, j int) {
	if i < 0 {
		// No date in the request: one said with "until" elsewhere in the line.
		for _, m := range untilInLineRe.FindAllStringIndex(x.line.norm, 4) {
			for _, d := range findDates(x.line.sub(m[1], min(len(x.line.norm), m[1]+40))) {
				if day, prob := x.place(d, dirFuture); prob == placeOK && d.start == 0 {
					x.addCommand(Command{Name: CmdPause, Until: DayOf(day)})
					return
				}
			}
		}
		x.addCommand(Command{Name: CmdPause})
		return
	}
	rest := c.sub(i, j)
	if m := monthEndRe.FindStringSubmatch(rest.norm); m != nil {
		// "jusqu'à la fin novembre", "until the end of January": the month's last day,
		// this year's or, once it has passed, next year's.
		mon := monthOf(m[1])
		y := x.ref.Year()
		if mon < x.ref.Month() {
			y++
		}
		x.addCommand(Command{Name: CmdPause, Until: DayOf(time.Date(y, mon+1, 0, 0, 0, 0, 0, time.UTC))})
		return
	}
	if thisMonthEndRe.MatchString(rest.norm) {
		// "jusqu'à la fin du mois", "until the end of the month": this month's last day.
		x.addCommand(Command{Name: CmdPause, Until: DayOf(time.Date(x.ref.Year(), x.ref.Month()+1, 0, 0, 0, 0, 0, time.UTC))})
		return
	}
	if newYearRe.MatchString(rest.norm) {
		x.addCommand(Command{Name: CmdPause, Until: DayOf(time.Date(x.ref.Year()+1, time.January, 1, 0, 0, 0, 0, time.UTC))})
		return
	}
	if prep == "for" || prep == "pendant" {
		if m := spanRe.FindStringSubmatch(rest.norm); m != nil {
			d := x.ref.AddDate(0, 0, countOf(m[1])*unitDays(m[2]))
			x.addCommand(Command{Name: CmdPause, Until: DayOf(d)})
			return
		}
		if pauseSpanOnlyRe.MatchString(prep + " " + strings.TrimRight(rest.norm, ".!?")) {
			x.addCommand(Command{Name: CmdPause}) // "for the holidays": no end given, as "over the holidays"
			return
		}
	}
	if d, ok := smallNumber(strings.TrimSpace(rest.norm)); ok && d >= 1 && d <= 31 && strings.HasSuffix(prep, "au") {
		rest = newText("le " + rest.orig) // "jusqu'au 30"
	}
	for _, d := range findDates(rest) {
		day, prob := x.place(d, dirFuture)
		switch prob {
		case placeOK:
			x.addCommand(Command{Name: CmdPause, Until: DayOf(day)})
			return
		case placeWrongSide:
			x.warn(NoticeDatePast, d.text, fmt.Sprintf("The pause date “%s” is before the day the message was sent (%s); the pause was not recorded.", d.text, x.ref.Format(time.DateOnly)))
			return
		case placeAmbiguous, placeInvalid, placeWeekday:
			x.warnDate(d, prob)
			return
		}
	}
	if day, ok := x.dateSaidAfter(c); ok {
		x.addCommand(Command{Name: CmdPause, Until: DayOf(day)}) // "until after the holidays? Say Jan 4?"
		return
	}
	after := rest.norm
	if strings.HasSuffix(prep, "after") || strings.HasSuffix(prep, "apres") {
		after = "after " + after
	}
	if pauseSpanOnlyRe.MatchString(strings.TrimRight(rest.norm, ".!?")) || afterSpanRe.MatchString(after) {
		// "until after the holidays": no day given. The pause is kept, and the sender
		// is asked for the day rather than given one.
		x.addCommand(Command{Name: CmdPause})
		x.pauseWarns = append(x.pauseWarns, fmt.Sprintf("“%s” gives no day for the pause to end; it was recorded without one (reply with the day, like “pause until Jan 5”).", c.orig))
		x.warn(NoticeDateUnreadable, c.orig, x.pauseWarns[len(x.pauseWarns)-1])
		return
	}
	x.pauseWarns = append(x.pauseWarns, fmt.Sprintf("Could not read the date in “%s”; the pause was not recorded (write it like “pause until Dec 15”).", c.orig))
	x.warn(NoticeDateUnreadable, c.orig, x.pauseWarns[len(x.pauseWarns)-1])
}

// afterSpanRe is the end of a pause named by what it follows, without a day:
// "after the holidays", "après les fêtes", "after exams".
var afterSpanRe = regexp.MustCompile(`^(?:after|apres)\s+(?:the |my |our |les |mes |nos |le |la |l')?(?:holidays?|break|exams?|finals|fetes|vacances|examens|conge|semester|session|trip|move|conference|congres|move)\b`)

// dateSaidAfter finds the day a pause's vague end is made precise by in the next
// clause of the line: "until after the holidays? Say Jan 4?", "jusqu'après les
// fêtes, disons le 6 janvier".
func (x *extractor) dateSaidAfter(c text) (time.Time, bool) {
	at := strings.Index(x.line.norm, c.norm)
	if at < 0 {
		return time.Time{}, false
	}
	rest := x.line.sub(at+len(c.norm), len(x.line.norm))
	for k, cl := range splitClauses(rest) {
		if k >= 2 {
			break
		}
		cl = cl.trim(" ,.!?")
		m := precisionRe.FindStringIndex(cl.norm)
		if m == nil {
			continue
		}
		for _, d := range findDates(cl.sub(m[1], len(cl.norm))) {
			if day, prob := x.place(d, dirFuture); prob == placeOK {
				return day, true
			}
		}
	}
	return time.Time{}, false
}

// precisionRe opens a clause that names the day meant: "say", "disons".
var precisionRe = regexp.MustCompile(`^[,\s]*(?:let's say|lets say|say|maybe|perhaps|probably|like|so|or|disons|mettons|peut-etre|genre|soit|donc|ou)\b\s*`)

// ratingWordRe is a rating's value written in words.
var ratingWordRe = regexp.MustCompile(`^\s*(one|two|three|four|five|un|une|deux|trois|quatre|cinq)\b`)

// readRating reads a rating from the start of val. labelled says the sender wrote
// "Rating:", so a value that is not a number is worth a warning.
func (x *extractor) readRating(val text, labelled bool) {
	if w := ratingWordRe.FindStringSubmatchIndex(val.norm); w != nil {
		// "Note : trois", "Rating: four": the number in words.
		val = newText(strconv.Itoa(countOf(val.norm[w[2]:w[3]])) + val.norm[w[3]:])
	}
	m := ratingValueRe.FindStringSubmatch(val.norm)
	if m == nil {
		m = ratingAloneRe.FindStringSubmatch(val.norm)
	}
	if m == nil {
		if labelled {
			x.warn(NoticeRatingInvalid, val.orig, fmt.Sprintf("Could not read the rating “%s”; give a number from 1 to 5.", val.orig))
		}
		return
	}
	written := strings.TrimSpace(m[0])
	v, err := strconv.Atoi(m[1])
	switch {
	case m[2] != "" && m[2] != "5":
		x.warn(NoticeRatingInvalid, written, fmt.Sprintf("The rating “%s” is not on the scale of 1 to 5; it was not recorded.", written))
	case err != nil:
		x.warn(NoticeRatingInvalid, written, fmt.Sprintf("The rating “%s” is not a whole number from 1 to 5; it was not recorded.", written))
	case v < 1 || v > 5:
		x.warn(NoticeRatingInvalid, strconv.Itoa(v), fmt.Sprintf("The rating %d is not between 1 and 5; it was not recorded.", v))
	default:
		x.addCommand(Command{Name: CmdRating, Value: &v})
	}
}

// addCommand records a command once. A pause with a date and one without (“I'm
// away until the 15th, please pause my emails”) are one pause, with the date.
func (x *extractor) addCommand(c Command) {
	for i, have := range x.commands {
		if c.Name == CmdPause && have.Name == CmdPause && (have.Until == "") != (c.Until == "") {
			if c.Until != "" {
				x.commands[i] = c
			}
			return
		}
		if have.Name == c.Name && have.Until == c.Until && (have.Value == nil) == (c.Value == nil) &&
			(have.Value == nil || *have.Value == *c.Value) {
			return
		}
	}
	x.commands = append(x.commands, c)
}
