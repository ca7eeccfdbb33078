package parser

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Commands: help, pause (until a date), resume, undo, stop, and a 1-5 rating. A command
// is a clause of its own ("stop", "Pause until Dec 15.") or a clear imperative at the
// start of one ("Please remove me from the program", "je quitte le programme",
// "I'm busy until Jan 10"); a word inside a sentence ("we couldn't stop talking") is
// not a command. A pause date looks forward: the next such date on or after the day
// the message was sent.

var (
	politeRe   = regexp.MustCompile(`^(?:(?:please|pls|kindly|svp|s'il vous plait|merci de|could you|can you|would you)\s+)+|(?:\s+(?:please|pls|svp|s'il vous plait|merci|thanks|thank you))+$`)
	helpCmdRe  = regexp.MustCompile(`^(?:help|aide|help me|i need help|need help|au secours|aidez-moi|aide-moi|\?)$`)
	resumeRe   = regexp.MustCompile(`^(?:resume|reprendre|reprise|restart|unpause|un-pause|i'm back|i am back|back|je suis de retour|de retour|resume (?:my |the )?(?:emails|check-ins|program|programme|reminders|mentorship)|reprendre (?:le programme|les courriels|les envois|les rappels|mon jumelage))$`)
	undoRe     = regexp.MustCompile(`^(?:oops,?\s+)?(?:undo|annuler|annule|undo (?:that|it|last|the last (?:log|one|entry|message|update)|my last (?:log|message|update))|annuler (?:le dernier|la derniere|mon dernier|ma derniere)(?: \S+)?|cancel (?:that|the last log|my last log|last log))$`)
	stopExact  = regexp.MustCompile(`^(?:stop|unsubscribe|desabonner|desabonnement|me desabonner|desinscrire|me desinscrire|desinscription|arret|arreter|quit|leave|remove me|opt out|stop all emails|stop (?:the )?emails|stop sending (?:me )?(?:emails|messages|these))$`)
	stopLeadRe = regexp.MustCompile(`^(?:(?:remove|unsubscribe|take)\s+me\s+(?:from|off)\b|i\s+(?:(?:want|would like|wish|need|'d like|have decided|decided|am going)\s+to\s+)?(?:leave|quit|withdraw from|drop out of|exit)\s+(?:the|this)\s+(?:mentorship\s+)?(?:program|programme)|i(?:'m| am)\s+(?:leaving|quitting|withdrawing from|dropping out of)\s+(?:the|this)\s+(?:mentorship\s+)?program|(?:je\s+(?:veux|voudrais|souhaite|dois|desire|vais)\s+)?(?:quitter|me retirer d[ue]|me desinscrire d[ue]|me desabonner d[ue]|abandonner)\s+(?:le\s+)?programme|je\s+(?:quitte|me retire d[ue]|abandonne)\s+(?:le\s+)?programme|(?:retirez|desabonnez|desinscrivez|enlevez)[- ]moi\b|stop\s+(?:emailing|sending|contacting)\s+me\b|(?:arretez|cessez)\s+de\s+m'(?:envoyer|ecrire))`)
	pauseRe    = regexp.MustCompile(`^(?:pause|pause me|put me on (?:pause|hold)|on hold|mettre en pause|me mettre en pause|mettez-moi en pause|mettre (?:mon jumelage|ma participation) en pause|en pause|je suis en pause|pause (?:my |the )?(?:emails|reminders|program|programme|check-ins|mentorship))(?:\s+(until|till|til|through|to|jusqu'au|jusqu'a|jusqu au|jusqu'en|au|for|pendant)\s+(.+))?$`)
	busyRe     = regexp.MustCompile(`^(?:(?:i'm|i am|i'll be|i will be|we're|we are|je suis|je serai|nous sommes|on est|je serai)\s+)?(?:(?:very|really|super|tres|vraiment)\s+)?(?:busy|away|travelling|traveling|on vacation|on holiday|on holidays|on leave|off|out of (?:town|office)|occupee?s?|absente?s?|en vacances|en conge|en voyage|indisponibles?|unavailable)\s+(until|till|til|through|jusqu'au|jusqu'a|jusqu au|jusqu'en)\s+(.+)$`)
	spanRe     = regexp.MustCompile(`^(\d{1,2}|an?|one|two|three|four|five|six|une?|deux|trois|quatre|cinq|six)\s+(days?|weeks?|jours?|semaines?)\b`)

	// ratingValueRe is a labelled rating's value: "4", "4/5", "4 out of 5", "5 étoiles".
	ratingValueRe = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(?:(?:/|out of|sur)\s*(\d+)|stars?|etoiles?)?(?:$|[\s.!,;)-])`)
	// ratingLabelRe is a labelled rating inside a line: "Great session! Rating: 5".
	ratingLabelRe = regexp.MustCompile(`^(?:rating|my rating|score|note|ma note|evaluation)\s*:\s*\d`)
	// ratingAloneRe is a clause that is only a rating: "4/5".
	ratingAloneRe = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s*(?:/|out of|sur)\s*(\d+)(?:\s*(?:stars?|etoiles?))?$`)
	// ratingSaidRe is a rating in a sentence: "I'd give it 4 out of 5", "je donnerais 5 étoiles".
	ratingSaidRe = regexp.MustCompile(`\b(?:give|gave|rate|rated|rating|score|donne|donnerais|donnerait|attribue|evalue|note)\b[^.!?]{0,40}?\b(\d+(?:[.,]\d+)?)\s*(?:(?:/|out of|sur)\s*(\d+)|stars?\b|etoiles?\b)`)
)

// readCommand reads the commands of a line (or of the subject, when subject is set).
// It reports whether the line was only commands, with nothing else to read.
func (x *extractor) readCommand(t text, subject bool) bool {
	clauses := splitClauses(t)
	if subject {
		clauses = []text{t.trim(".!")}
	}
	found := 0
	for _, c := range clauses {
		if x.readCommandClause(c) {
			found++
		}
	}
	return found > 0 && found == len(clauses)
}

// readCommandClause reads one clause as a command.
func (x *extractor) readCommandClause(c text) bool {
	c = c.trim(".!,")
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
	}
	n := c.norm
	switch {
	case n == "":
		return false
	case helpCmdRe.MatchString(n):
		x.addCommand(Command{Name: CmdHelp})
	case resumeRe.MatchString(n):
		x.addCommand(Command{Name: CmdResume})
	case undoRe.MatchString(n):
		x.addCommand(Command{Name: CmdUndo})
	case stopExact.MatchString(n), stopLeadRe.MatchString(n):
		x.addCommand(Command{Name: CmdStop})
	case pauseRe.MatchString(n):
		m := pauseRe.FindStringSubmatchIndex(n)
		x.addPause(c, group(n, m, 1), m[4], m[5])
	case busyRe.MatchString(n):
		m := busyRe.FindStringSubmatchIndex(n)
		x.addPause(c, group(n, m, 1), m[4], m[5])
	case ratingLabelRe.MatchString(n):
		x.readRating(c.sub(ratingLabelRe.FindStringIndex(n)[1]-1, len(n)), true)
	case ratingAloneRe.MatchString(n):
		x.readRating(c, false)
	case ratingSaidRe.MatchString(n):
		m := ratingSaidRe.FindStringSubmatchIndex(n)
		x.readRating(c.sub(m[2], len(n)), false)
	default:
		return false
	}
	return true
}

// addPause records a pause; the date is c.norm[i:j] (i < 0: no date given).
func (x *extractor) addPause(c text, prep string, i, j int) {
	if i < 0 {
		x.addCommand(Command{Name: CmdPause})
		return
	}
	rest := c.sub(i, j)
	if prep == "for" || prep == "pendant" {
		if m := spanRe.FindStringSubmatch(rest.norm); m != nil {
			d := x.ref.AddDate(0, 0, countOf(m[1])*unitDays(m[2]))
			x.addCommand(Command{Name: CmdPause, Until: DayOf(d)})
			return
		}
	}
	for _, d := range findDates(rest) {
		day, prob := d.place(x.ref, dirFuture)
		switch prob {
		case placeOK:
			x.addCommand(Command{Name: CmdPause, Until: DayOf(day)})
			return
		case placeWrongSide:
			x.warn(fmt.Sprintf("The pause date “%s” is before the day the message was sent (%s); the pause was not recorded.", d.text, x.ref.Format(time.DateOnly)))
			return
		case placeAmbiguous, placeInvalid, placeWeekday:
			x.warnDate(d, prob)
			return
		}
	}
	x.warn(fmt.Sprintf("Could not read the date in “%s”; the pause was not recorded (write it like “pause until Dec 15”).", c.orig))
}

// readRating reads a rating from the start of val. labelled says the sender wrote
// "Rating:", so a value that is not a number is worth a warning.
func (x *extractor) readRating(val text, labelled bool) {
	m := ratingValueRe.FindStringSubmatch(val.norm)
	if m == nil {
		m = ratingAloneRe.FindStringSubmatch(val.norm)
	}
	if m == nil {
		if labelled {
			x.warn(fmt.Sprintf("Could not read the rating “%s”; give a number from 1 to 5.", val.orig))
		}
		return
	}
	written := strings.TrimSpace(m[0])
	v, err := strconv.Atoi(m[1])
	switch {
	case m[2] != "" && m[2] != "5":
		x.warn(fmt.Sprintf("The rating “%s” is not on the scale of 1 to 5; it was not recorded.", written))
	case err != nil:
		x.warn(fmt.Sprintf("The rating “%s” is not a whole number from 1 to 5; it was not recorded.", written))
	case v < 1 || v > 5:
		x.warn(fmt.Sprintf("The rating %d is not between 1 and 5; it was not recorded.", v))
	default:
		x.addCommand(Command{Name: CmdRating, Value: &v})
	}
}

// addCommand records a command once.
func (x *extractor) addCommand(c Command) {
	for _, have := range x.commands {
		if have.Name == c.Name && have.Until == c.Until && (have.Value == nil) == (c.Value == nil) &&
			(have.Value == nil || *have.Value == *c.Value) {
			return
		}
	}
	x.commands = append(x.commands, c)
}
