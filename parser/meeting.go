package parser

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// A meeting from free text. Each line is cut into clauses, and in each clause the
// words that place what follows in time are found: meeting words ("we met", "on s'est
// parlé", "had coffee"), future markers ("we'll", "next meeting", "on se revoit") and
// negations ("we couldn't", "pas encore", "cancelled"). A meeting word counts only if
// no future marker or negation comes before it in its clause. Every date, length, mode
// and topic of the clause takes its context from the nearest of those words before it
// (or, when there is none before, the first after it): a date after "we'll meet
// again" is the next meeting, a length after "we couldn't" is nothing.

var (
	futureRe = regexp.MustCompile(`\b(?:(?:we|you|i) could (?:do|have|grab|meet|get|go|try)|on pourrait|(?:call|meeting|chat|session|coffee|lunch|zoom|visio|video|appel|rencontre)s?\s+(?:de\s+)?(?:booked|scheduled|planned|lined up|set up|on the calendar|prevue?s?|planifiee?s?|fixee?s?|a l'horaire|au calendrier)|on vise|nous visons|(?:we're|we are) aiming|pencil+ed in|(?:we've |we have |i've |i have )?booked|(?:on a |nous avons |j'ai )?reserve|on essaie|on va essayer|we'll try|(?:we're|we are) (?:going to )?try(?:ing)?|planifier|organiser|to plan|to schedule|(?:more|fewer|plus de|davantage de|moins de)\s+(?:[\w']+\s+)?(?:meetings|rencontres|sessions|seances|calls|appels|reunions)|(?:we're|we are|i'm|i am|we'll be|are) (?:meeting|seeing|talking|getting together|catching up|having|chatting|calling)|will|won't|wont|shall|going to|gonna|plans? to|planning|planned|plan on|scheduled for|(?:schedule|scheduled|booked|set up) (?:a|an|our|the|another|a follow-up)|would like to|would love to|hope to|hoping to|intend to|want to|wants to|let's|should|next (?:time|meeting|session|call|chat|check-in|one)|upcoming|tomorrow|suggested (?:we|that we) meet|(?:on |nous )?(?:prevoit|prevoyons|prevoient)|propose (?:qu'on|que l'on|de se)|proposed (?:we|that we|to) meet|(?:a|m'a) propose (?:qu'on se|de se|qu'on)|se (?:revoit|reverra|retrouve|retrouvera|reparle|reparlera|rencontrera|parlera|verra|voit)|s'en (?:reparle|reparlera|parlera)|se revoir|se reparler|se reprend|se reprendra|se reverront|reverrons|retrouverons|rencontrerons|parlerons|verrons|discuterons|ferons|allons|on va|va se|vont|prevue?s?|planifiee?s?|prochaine?s?|aimerions|voudrions|devrions|la semaine prochaine|demain)\b|'ll\b|\bnext\s*:`)
	negRe    = regexp.MustCompile(`\b(?:pas mal|et non|non pas|gave up|on a abandonne|tried to (?:call|meet|connect|talk|zoom|get together|catch up)|(?:a|avons|on a) (?:essaye|tente) de|(?:on|nous) (?:devait|devions)|(?:was|were) supposed to|(?:couldn't|could not|can't|cannot|didn't) stop|pas pu (?:nous|s')arreter|not|didn't|didnt|haven't|havent|hasn't|hadn't|couldn't|couldnt|wasn't|weren't|don't|can't|cannot|never|no (?:meeting|call|chance|time)|cancel|cancell?ed|cancelling|postponed?|rescheduled|unable|missed|pas|jamais|aucune?|annulee?s?|annuler|reportee?s?|reporter|logged|(?:ai|a|avons|ont|l'a|l'ai|deja) consignee?s?|consigne (?:nos|les|mes) rencontres|wrong|by mistake|erreur|mauvaise|rien a signaler|nothing to report|rien de neuf)\b`)
	evidRe   = regexp.MustCompile(`\b(?:met|meeting|did (?:\w+ )?(?:meet|talk|speak|connect|catch up|chat|get together)|texted|emailed|messaged|(?:been|were|was) (?:emailing|e-mailing|texting|messaging|writing|in touch)|kept in touch|s'ecrit|s'est ecrit|se sont ecrit|s'ecrire|sommes ecrit|s'ecrivons|echangee?s|exchanged (?:emails|messages|texts)|corresponded|talked|talking|spoke|spoken|chatted|chat|called|call|caught up|catch-up|catch up|connected|zoomed|facetimed|skyped|got together|sat down|discussed|went over|had (?:a |an |our |my |the |some )?(?:\w+ ){0,2}?(?:call|chat|coffee|lunch|breakfast|dinner|tea|meeting|session|conversation|check-in|talk|catch-up)|(?:over|for) (?:a )?(?:coffee|lunch|tea|breakfast|dinner)|coffee|lunch|rencontree?s?|rencontre|rencontres|parle(?:e?s)?|discute(?:e?s)?|jase|echange|clavarde|appele(?:e?s)?|vue?s|s'est vue?|retrouvee?s|reunion|appel|cafe|dine|diner|dejeune)\b`)
	// cancelledAfterRe follows a meeting word that did not happen: "meeting cancelled",
	// "rencontre annulée".
	cancelledAfterRe = regexp.MustCompile(`^\s*(?:[\w']+\s+){0,3}?(?:(?:was|got|has been|is|a ete|est|a)\s+)?(?:cancell?ed|postponed|moved|rescheduled|annulee?|reportee?|remise?|deplacee?)\b`)
	// meetWordRe names a meeting at all, planned or past; a future date counts as the
	// next meeting only in a clause with one.
	meetWordRe = regexp.MustCompile(`\b(?:next one|la prochaine|le prochain|meet|meeting|met|call|chat|talk|catch up|session|check-in|get together|rencontre|rencontrer|rencontrees?|rencontres|revoit|revoir|reverra|reverrons|retrouve|retrouver|parle|parler|reparler|reparle|reparlera|reparlerons|jase|jaser|speak|talking|appel|appeler|rendez-vous|rdv|reunion|verra|verrons|voir|voit)\b|\bnext\s*:`)
	// clauseJoinRe is where a line turns to another clause: a conjunction and a new subject.
	clauseJoinRe = regexp.MustCompile(`(?:,\s*|\s+)(?:and|but|then|so|et|mais|puis|donc|alors)\s+(?:we|i|she|he|they|it|on|nous|je|j'|elle|il|ils|elles|ca)\b|,\s*(?:puis|then|and then|et ensuite|ensuite|et puis|parce que|parce qu'|because|car)\s|(?:\s+[-–—]+\s*|,\s*|\s+)(?:instead|a la place|plutot),?\s+(?:we|i|on|nous|je|j')\b`)
	// titleAbbrevRe matches a word that ends with a period without ending a sentence.
	// monthAbbrevRe is a month cut short: a capital after its period starts a
	// sentence ("jusqu'au 15 déc. Pause jusque-là"), a number does not ("Nov. 20").
	monthAbbrevRe = regexp.MustCompile(`(?:^|\s)(?:jan|feb|fev|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|janv)$`)
	titleAbbrevRe = regexp.MustCompile(`(?:^|\s)(?:dr|mr|mrs|ms|mme|mlle|st|env|approx|ca|e\.g|i\.e|vs|no|nos|p|pp|a\.m|p\.m|obj|jan|feb|fev|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|janv)$`)
)

var (
	// habitualRe tells how often a pair met ("every two weeks", "toutes les deux
	// semaines"): a survey answer, not a meeting log (words_*.go "habitual").
	habitualRe = phrasesRe("habitual", `\b(?:`, `)\b`)
	// correctionRe stands between a date and the date that corrects it: "Thursday, no
	// wait, Wednesday", "jeudi, non attendez, vendredi" (words_*.go "correction").
	correctionRe = regexp.MustCompile(`^[\s,;:.!-]*(?:` + correctionAlt + `)(?:[\s,;:.!-]+(?:` + correctionAlt + `))?[\s,;:.!-]*(?:(?:i mean|i meant|je veux dire|it was|c'etait)[\s,]*)?$`)
	// planningOnlyRe: a message sent to plan a meeting that got no answer.
	planningOnlyRe = regexp.MustCompile(`\b(?:to (?:set (?:something|a time|a date|a meeting|it|things) up|set up a (?:time|meeting|call)|schedule|find a time|plan)|pour (?:fixer|planifier|organiser|trouver|prevoir) (?:une|la|un|le) (?:date|rencontre|moment|rendez-vous|appel))\b.{0,60}\b(?:haven't heard back|have not heard back|no (?:reply|answer|response) yet|not heard back|pas (?:encore )?(?:eu de (?:reponse|nouvelles)|de reponse)|aucune (?:reponse|nouvelle))`)
	// orBetweenRe stands between two days either of which it may have been.
	orBetweenRe = regexp.MustCompile(`^[\s,]*(?:or|ou|ou bien)(?:\s+(?:maybe|perhaps|possibly|peut-etre))?(?:\s+(?:it was|was it|c'etait|etait-ce|ce serait))?[\s,]*$`)
	// correctionLeadRe opens a clause that corrects the day said before it.
	correctionLeadRe = regexp.MustCompile(`^[\s,;:.!-]*(?:(?:euh|heu|ah|oh|um|uh|oops|oups)[\s,]+)?(?:` + correctionAlt + `)(?:[\s,;:!-]+(?:` + correctionAlt + `))?\b[\s,;:!-]*(?:(?:i mean|i meant|it was|je veux dire|c'etait|c'est|correction)[\s,:]*)*(?:(?:on|le|the)\s+)?$`)
	// aboutBeforeRe: a future marker after "about" tells what was discussed ("we
	// talked about going to the conference"), not a plan.
	aboutBeforeRe = regexp.MustCompile(`(?:^|\s)(?:about|of|re|de|sur|du|d')\s*$`)
	// whetherBeforeRe opens, a few words before a future marker, the question that
	// was talked about: "mostly about whether I should stay", "on a parlé de si je
	// devrais": the plan is the talk's subject, not the meeting's.
	whetherBeforeRe = regexp.MustCompile(`(?:^|\s)(?:about|de|sur|over|discuss\w*|debat\w*)\s+(?:whether|if|how|what|why|when|where|si|comment|quoi|pourquoi|ce que|ce qui|quand|ou)\s[^,.;:!?]{0,40}$`)
)

// correctedAt reports whether the length ending at end is corrected by the next one:
// "45 min, sorry, an hour".
func correctedAt(norm string, end int, ls []lengthFound) bool {
	for _, l := range ls {
		if l.start >= end {
			return correctionRe.MatchString(norm[end:l.start])
		}
	}
	return false
}

// contactOnlyRe is a message one sent to the partner, alone in its clause.
var contactOnlyRe = regexp.MustCompile(`^(?:(?:thanks|thank you|merci|great|super|ok|okay)[!,.\s]+)*(?:i've|i have|i|j'ai|je lui ai|je leur ai)\s+(?:already\s+|just\s+|deja\s+|juste\s+)?(?:emailed|e-mailed|texted|messaged|written to|wrote to|reached out to|contacted|ecrit|envoye un (?:courriel|message|mot)|contacte)(?:\s+(?:to\s+|a\s+)?[a-z'-]+)?(?:\s+(?:to (?:set up|schedule|plan|arrange|book|find)|pour (?:fixer|planifier|organiser|trouver|prevoir))\b[^.!?]*)?\s*[.!]*$`)

// onlyWeekdays reports dates that are all bare weekdays ("on Friday mornings", "le
// vendredi"): beside "usually", the habit's day, not a meeting's.
func onlyWeekdays(ds []datePhrase) bool {
	n := 0
	for _, d := range ds {
		switch {
		case d.kind == kindVague || d.kind == kindMonth:
			continue // "Sunday evenings, but this month it's been hard"
		case d.kind != kindWeekday || d.strict:
			return false
		}
		n++
	}
	return n > 0
}

// namesDay reports whether one of ds names a particular day.
func namesDay(ds []datePhrase) bool {
	for _, d := range ds {
		switch d.kind {
		case kindFull, kindMonthDay, kindDay, kindWeekday, kindOffset, kindAmbiguous:
			return true
		}
	}
	return false
}

// corrected drops from ds each date that the next one corrects, and each date
// corrected earlier in the reply: in "Thursday, no wait, Wednesday - Thursday was
// my exam" the second Thursday is the reason, not another meeting.
func (x *extractor) corrected(norm string, ds []datePhrase) []datePhrase {
	out := ds[:0]
	for i, d := range ds {
		said := norm[d.start:d.end]
		if i+1 < len(ds) && orBetweenRe.MatchString(norm[d.end:ds[i+1].start]) {
			// "samedi ou dimanche": either day, so neither is recorded.
			x.warn(NoticeDateAmbiguous, norm[d.start:ds[i+1].end], fmt.Sprintf("“%s” does not say which of the two days you met; no date was recorded.", norm[d.start:ds[i+1].end]))
			return nil
		}
		if d.kind == kindDay || d.kind == kindMonthDay {
			if m := orDayAfterRe.FindStringIndex(norm[d.end:]); m != nil {
				// "on the 2nd or 3rd": the second day is written without "the".
				said := norm[d.start : d.end+m[1]]
				x.warn(NoticeDateAmbiguous, said, fmt.Sprintf("“%s” does not say which of the two days you met; no date was recorded.", said))
				return nil
			}
		}
		if i+1 < len(ds) && correctionRe.MatchString(norm[d.end:ds[i+1].start]) {
			if x.correctedAway == nil {
				x.correctedAway = map[string]bool{}
			}
			x.correctedAway[said] = true
			continue
		}
		if x.correctedAway[said] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// signal is a word that sets the context of what follows it in a clause.
type signal struct {
	pos  int
	kind context
}

// context is how a date, length, mode or topic relates to a meeting.
type context int

const (
	ctxPlain  context = iota // nothing says otherwise: it happened
	ctxPast                  // after a meeting word
	ctxFuture                // after a future marker
	ctxNeg                   // after a negation
)

// clauseSignals returns the signals of a clause in order, and whether the clause has a
// meeting word that counts.
func clauseSignals(norm string) (sigs []signal, evidence bool) {
	fut := futureRe.FindAllStringIndex(norm, -1)
	neg := negRe.FindAllStringIndex(norm, -1)
	ev := evidRe.FindAllStringIndex(norm, -1)
	first := len(norm) + 1 // the first future marker or negation
	for _, m := range fut {
		if adjectiveAhead(norm, m) || aboutBeforeRe.MatchString(wordsBefore(norm, m[0])) || whetherBeforeRe.MatchString(norm[max(0, m[0]-64):m[0]]) {
			continue // "her upcoming interview", "talked about going to": not a plan
		}
		if end := parenEnd(norm, m[0]); end > 0 && !strings.Contains(norm[m[0]:end], "next") {
			// "Oct 20, phone (career goals, where I want to be in 5 years)": a wish
			// inside brackets is what was talked about, not a plan.
			continue
		}
		sigs = append(sigs, signal{m[0], ctxFuture})
		first = min(first, m[0])
	}
	for _, m := range neg {
		if w := norm[m[0]:m[1]]; w == "pas mal" || strings.HasSuffix(w, "stop") || strings.HasSuffix(w, "arreter") || unsureAfterRe.MatchString(norm[m[1]:]) || notAutoAfterRe.MatchString(norm[m[1]:]) || timeFliesRe.MatchString(norm[m[1]:]) {
			continue // "pas mal", "we couldn't stop talking": not a negation
		}
		sigs = append(sigs, signal{m[0], ctxNeg})
		first = min(first, m[0])
	}
	for _, m := range ev {
		if otherMeetingRe.MatchString(wordsBefore(norm, m[0])) || calledIntoRe.MatchString(norm[m[0]:]) || otherReunionRe.MatchString(norm[m[1]:]) || phoneNumberAfterRe.MatchString(norm[m[1]:]) {
			continue // "called into a staff meeting": someone else's meeting
		}
		if m[0] < first && !cancelledAfterRe.MatchString(norm[m[1]:]) {
			sigs = append(sigs, signal{m[0], ctxPast})
			evidence = true
		}
	}
	// Three sorted lists: a merge by insertion stays linear in practice (a clause has
	// a handful of signals).
	for i := 1; i < len(sigs); i++ {
		for j := i; j > 0 && sigs[j].pos < sigs[j-1].pos; j-- {
			sigs[j], sigs[j-1] = sigs[j-1], sigs[j]
		}
	}
	return sigs, evidence
}

// parenEnd returns where the brackets around position p close, or 0 when p is not
// inside brackets.
func parenEnd(norm string, p int) int {
	open := strings.LastIndexByte(norm[:p], '(')
	if open < 0 || strings.IndexByte(norm[open:p], ')') >= 0 {
		return 0
	}
	if end := strings.IndexByte(norm[p:], ')'); end >= 0 {
		return p + end + 1
	}
	return 0
}

// aheadAdjRe is a future marker that only describes a noun ("upcoming", "prochaine"),
// and meetingNounRe the nouns after which it still announces a meeting.
var (
	aheadAdjRe    = regexp.MustCompile(`^(?:upcoming|prochaine?s?)$`)
	meetingNounRe = regexp.MustCompile(`^\s*(?:meetings?|sessions?|calls?|chats?|check-ins?|catch-ups?|rencontres?|fois|seances?|reunions?|rendez-vous|rdv|appels?|discussions?|visios?)\b`)
)

// adjectiveAhead reports whether the future marker norm[m[0]:m[1]] describes a thing
// to come that is not a meeting: "we chatted about her upcoming interview".
func adjectiveAhead(norm string, m []int) bool {
	return aheadAdjRe.MatchString(norm[m[0]:m[1]]) && !meetingNounRe.MatchString(norm[m[1]:])
}

// contextAt is the context at byte p of a clause: the nearest signal before p, else
// the first after it.
func contextAt(sigs []signal, p int) context {
	c, found := ctxPlain, false
	for _, s := range sigs {
		if s.pos < p {
			c, found = s.kind, true
			continue
		}
		if !found {
			return s.kind
		}
		break
	}
	return c
}

// splitClauses cuts a line into clauses at sentence ends and where a conjunction
// starts a new subject ("we met yesterday and we'll meet again Thursday").
func splitClauses(t text) []text {
	return splitText2(t, true)
}

// splitSentences cuts a line into sentences only: "Is it ok if Olu and I meet less
// often?" stays whole, where splitClauses cuts it at "and I".
func splitSentences(t text) []text {
	return splitText2(t, false)
}

// splitText2 cuts a line at sentence ends and, with joins, where a conjunction
// starts a new clause.
func splitText2(t text, joins bool) []text {
	var cuts []int
	n := t.norm
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c != '.' && c != '!' && c != '?' && c != ';' {
			continue
		}
		j := i + 1
		for j < len(n) && (n[j] == '.' || n[j] == '!' || n[j] == '?') {
			j++
		}
		if j < len(n) && n[j] != ' ' {
			i = j - 1
			continue // "1.5", "e.g."
		}
		if c == '.' && j == i+1 && j < len(n) {
			k := j
			for k < len(n) && n[k] == ' ' {
				k++
			}
			r, _ := utf8.DecodeRuneInString(t.orig[t.pos[k]:])
			if k < len(n) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || titleAbbrevRe.MatchString(n[max(0, i-6):i]) && !(monthAbbrevRe.MatchString(n[max(0, i-6):i]) && unicode.IsUpper(r)) {
				i = j - 1
				continue // "Nov. 20", "Dr. Lee", "ok. :)"; but "Great program. 5/5" is two
			}
		}
		cuts = append(cuts, j)
		i = j - 1
	}
	if joins {
		for _, m := range clauseJoinRe.FindAllStringIndex(n, -1) {
			cuts = append(cuts, m[0])
		}
	}
	for i := 1; i < len(cuts); i++ {
		for j := i; j > 0 && cuts[j] < cuts[j-1]; j-- {
			cuts[j], cuts[j-1] = cuts[j-1], cuts[j]
		}
	}
	var out []text
	start := 0
	for _, c := range append(cuts, len(n)) {
		if c > start {
			if s := t.sub(start, c).trim(",;"); s.norm != "" {
				out = append(out, s)
			}
			start = c
		}
	}
	return out
}

// readFree reads a line of free text for a meeting. With keepNote, the line is also a
// note of the meeting, should there be one.
func (x *extractor) readFree(t text, keepNote bool) {
	m := &x.meeting
	asks := x.askSpans(t)
	from := 0
	for i, c := range splitClauses(t) {
		at := from
		if k := strings.Index(t.norm[from:], c.norm); k >= 0 {
			at, from = from+k, from+k+len(c.norm)
		}
		if keepNote && i < len(x.cmdClauses) && x.cmdClauses[i] {
			continue // "Could you pause my emails until January 5?": a command's date
		}
		inAsk := slices.ContainsFunc(asks, func(s [2]int) bool { return at >= s[0] && at < s[1] })
		asks := strings.HasSuffix(strings.TrimSpace(c.norm), "?")
		if asks && (askForm(c.norm) || partnerAskRe.MatchString(c.norm)) || (asks || inAsk) && !dated(c) {
			// A question logs no meeting ("Is it ok if we meet only once this
			// month?"); what it is about is still a topic of the talk. A dated
			// statement said with a doubt is read: "caught up on Tuesday over
			// Zoom, maybe an hour?".
			x.readTopics(c, x.topics.find(c), func(int) bool { return true }, &clauseSegs{cur: x.meeting.cur})
			continue
		}
		x.readClause(c)
	}
	if keepNote {
		m.notes = append(m.notes, t.orig)
	}
}

// otherMeetingRe ends the words before "meeting" that make it another meeting than the
// pair's: "a staff meeting", "une réunion d'équipe" is named after its word.
var otherMeetingRe = regexp.MustCompile(`\b(?:staff|team|department|departmental|board|faculty|committee|union|all-hands|budget|council)\s+$`)

// otherReunionRe follows a French meeting word that names another meeting than the
// pair's: "une réunion d'équipe", "la réunion du personnel".
var otherReunionRe = regexp.MustCompile(`^\s*(?:d'equipe|de service|de departement|du personnel|du conseil|syndicale|de direction)\b`)

// calledIntoRe is a call that is no phone call: "called into a meeting", "called away".
var calledIntoRe = regexp.MustCompile(`^called (?:into|in to|away|in)\b`)

// notAutoAfterRe follows a negation that is about the message, not the meeting:
// "this is not an automated message :) just confirming we met Nov 26".
var notAutoAfterRe = regexp.MustCompile(`^\s+(?:an? )?(?:automated|automatic|auto|bot|robot|spam|un message automatique|une reponse automatique|automatique)\b`)

// unsureAfterRe follows a negation that doubts a detail, not the meeting: "not sure
// of the exact date", "don't remember the day", "pas sûre de la date".
var unsureAfterRe = regexp.MustCompile(`^\s+(?:(?:quite |really |totally |100% )?(?:sure|certain) (?:of|about|which|what|if|when)|remember (?:the|which|what|exactly|when)|recall (?:the|which|what|exactly|when)|(?:sure?|sur|certaine?) (?:de|du|quel|quelle|si)|(?:me )?(?:souviens|rappelle) (?:plus |pas )?(?:de|du|quel|quelle|exactement))`)

// sentBeforeRe ends the words before a date that is when a message was sent.
var sentBeforeRe = regexp.MustCompile(`\b(?:i|we|j'ai|je vous ai|on a)\s+(?:just\s+|deja\s+)?(?:sent|wrote|emailed|logged|submitted|envoye|ecrit|consigne)\s*$|\b(?:mon|ma|my) (?:message|courriel|email|e-mail|reponse|reply) (?:de|d'|from)\s*$`)

// chatAppRe names an app that makes video calls as well as it carries messages.
var chatAppRe = regexp.MustCompile(`^(?:messenger|whatsapp|slack|teams|signal|imessage)$`)

// videoOnChatApp drops a chat app from the ways of meeting when the clause also says
// video: "en vidéo sur Messenger" is a video call.
func videoOnChatApp(n string, found []phraseHit) []phraseHit {
	video := slices.ContainsFunc(found, func(h phraseHit) bool { return h.value == string(ModeVideo) })
	if !video {
		return found
	}
	return slices.DeleteFunc(slices.Clone(found), func(h phraseHit) bool {
		return h.value == string(ModeChat) && chatAppRe.MatchString(n[h.start:h.end])
	})
}

// chatNounRe before a weak "chat" makes it the noun for a talk: "good chat", "a
// quick chat", "bonne jase".
var chatNounRe = regexp.MustCompile(`\b(?:good|great|nice|lovely|quick|long|short|brief|fun|productive|helpful|useful|wonderful|real|a|our|the|another)\s+$`)

// talkedRe says the pair talked about something: what follows it in the clause
// was discussed, plans and all.
// nextTalkRe tells what is left for a later talk: "next time we'll go over my
// CV", "on va parler de mon entrevue la prochaine fois".
var nextTalkRe = regexp.MustCompile(`\b(?:meet again|talk again|see each other again|se revoir|se reparler|(?:to|pour) (?:talk|discuss|go over|look at|parler|discuter|regarder)|next time|next meeting|next call|next session|next chat|la prochaine fois|prochaine rencontre|prochain appel|prochaine seance|(?:we'll|we will|we're going to|we plan to|we want to|going to|gonna) (?:talk|discuss|go over|look at|cover|work on|focus on)|(?:on va|nous allons|on veut|on compte) (?:parler|discuter|regarder|voir|travailler|revoir|aborder))\b`)

var talkedRe = regexp.MustCompile(`\b(?:we|i) (?:talked|spoke|chatted|went over|went through|discussed|brainstormed|practi[sc]ed|worked on|looked at|reviewed)\b|\b(?:on a|nous avons|j'ai|on s'est) (?:parle|jase|discute|echange|regarde|revu|pratique|travaille|brainstorme)\b|\b(?:talked|chatted|discussed|spoke) about\b`)

// askSpans returns where the sentences of t that ask something lie in t.norm: those
// that end with a question mark, and those read as a question without one ("I was
// wondering whether my mentor can see the notes I send when I log a meeting"). A
// meeting named in them is asked about, not logged, unless the clause gives a day or
// a length.
func (x *extractor) askSpans(t text) [][2]int {
	asked := x.question[min(x.lineQuestions, len(x.question)):] // this line's: the cost stays linear
	if !strings.Contains(t.norm, "?") && len(asked) == 0 {
		return nil
	}
	var spans [][2]int
	from := 0
	for _, s := range splitSentences(t) {
		k := strings.Index(t.norm[from:], s.norm)
		if k < 0 {
			continue
		}
		start, end := from+k, from+k+len(s.norm)
		from = end
		ask := strings.HasSuffix(strings.TrimSpace(s.norm), "?")
		for _, q := range asked {
			ask = ask || strings.Contains(q, strings.TrimSpace(s.orig)) || strings.Contains(s.orig, q)
		}
		if ask {
			spans = append(spans, [2]int{start, end})
		}
	}
	return spans
}

// otherEventRe, pairMarkRe, noMeetingRe, earlierMeetingRe, loggedMeetingRe:
// words_*.go.
var (
	otherEventRe     = phrasesRe("otherEvent", `\b(?:`, `)`)
	pairMarkRe       = phrasesRe("pairMark", `\b(?:`, `)\b`)
	noMeetingRe      = phrasesRe("noMeeting", `\b(?:`, `)`)
	earlierMeetingRe = phrasesRe("earlierMeeting", `\b(?:`, `)\b`)
	loggedMeetingRe  = phrasesRe("loggedMeeting", `\b(?:`, `)\b`)
	// weRe makes the pair the subject: "we", "on s'est", "nous", "together".
	weRe = regexp.MustCompile(`\b(?:we|we've|we'd|we're|us|together|nous|ensemble|on (?:s'|se|a|avait|est|etait|va)|(?:our|notre) (?:meeting|call|chat|session|rencontre|appel|discussion))\b`)
)

// otherFrame reports whether a clause tells of something else than a meeting of
// the pair, which logs no meeting: a reply's "no meeting yet" itself; a meeting
// that did not happen or was moved ("our call on Tuesday didn't happen");
// another event or person's meeting ("I had my interview yesterday, 45 minutes
// on Zoom", "J'ai rencontré ma gestionnaire hier"); a meeting already told or
// logged ("we talked about it last time", "the meeting I logged this morning");
// or, in a reply that said no meeting took place ("Nothing on our side yet."),
// anything that does not put the pair in it ("Sam met her other mentor on
// Wednesday").
func (x *extractor) otherFrame(c text) bool {
	if noMeetingRe.MatchString(c.norm) && len(findDates(c)) == 0 || noMeetingAloneRe.MatchString(c.norm) {
		return true
	}
	switch {
	case didNotHappenRe.MatchString(c.norm):
		return true // "our call on Tuesday didn't happen", "reschedule our Oct 30 call"
	case otherEventRe.MatchString(c.norm):
		m := otherEventRe.FindStringIndex(c.norm)
		// An aside in brackets is the reason, not the news: "mercredi (jeudi
		// j'étais en formation)".
		return parenEnd(c.norm, m[0]) == 0 && !weRe.MatchString(c.norm)
	case loggedMeetingRe.MatchString(c.norm):
		return true // "the meeting I logged this morning was for my other mentee"
	case earlierMeetingRe.MatchString(c.norm):
		return len(findDates(c)) == 0 && len(findLengths(c)) == 0
	case x.noMeetingSaid:
		return !pairMarkRe.MatchString(c.norm)
	}
	return false
}

// noMeetingAloneRe is a clause that only answers no: "Pas encore.", "Not yet!".
var noMeetingAloneRe = regexp.MustCompile(`^(?:no|nope|non|not yet|pas encore|pas cette fois|not this time|nothing yet|rien encore|toujours pas|still no)[\s.!,;:-]*$`)

// didNotHappenRe tells of a meeting that did not take place or was moved.
var didNotHappenRe = phrasesRe("didNotHappen", `\b(?:`, `)`)

// saysNoMeeting reports a reply that says no meeting took place: a clause of it
// does (noMeeting, or a bare "Not yet."), without a day. Then a clause must name
// the pair to log a meeting ("No mentorship meeting since last time. My manager
// met with HR yesterday for an hour").
func saysNoMeeting(body string) bool {
	for line := range strings.SplitSeq(body, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		t := newText(strings.TrimSpace(line))
		if !noMeetingRe.MatchString(t.norm) && !strings.ContainsAny(t.norm, ".!;") && !noMeetingAloneRe.MatchString(t.norm) {
			continue
		}
		for _, c := range splitClauses(t) {
			if noMeetingAloneRe.MatchString(c.trim(" ").norm) {
				return true
			}
			if loc := noMeetingRe.FindStringIndex(c.norm); loc != nil {
				// A date after a colon that follows is the reason, not a meeting:
				// "Pas encore de rencontre : elle est en vacances jusqu'au 15".
				n := c.norm
				if k := strings.IndexByte(n[loc[1]:], ':'); k >= 0 {
					n = n[:loc[1]+k]
				}
				if len(findDates(newText(n))) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// readClause reads one clause.
func (x *extractor) readClause(c text) {
	m := &x.meeting
	if x.otherFrame(c) {
		x.readTopics(c, x.topics.find(c), func(int) bool { return false }, &clauseSegs{cur: m.cur})
		return
	}
	if planningOnlyRe.MatchString(c.norm) {
		// "I emailed Grace on Monday to set something up but haven't heard back":
		// a message to plan, with no answer, is no meeting.
		x.readTopics(c, x.topics.find(c), func(int) bool { return false }, &clauseSegs{cur: m.cur})
		return
	}
	if contactOnlyRe.MatchString(c.norm) && len(findDates(c)) == 0 && len(findLengths(c)) == 0 {
		// "I've already emailed Jordan", "je lui ai écrit": one message sent, no
		// meeting yet.
		x.readTopics(c, x.topics.find(c), func(int) bool { return false }, &clauseSegs{cur: m.cur})
		return
	}
	if habitualRe.MatchString(c.norm) && (!namesDay(findDates(c)) || onlyWeekdays(findDates(c))) {
		// "We met every two weeks on Zoom": how often, not a meeting of its own.
		x.readTopics(c, x.topics.find(c), func(int) bool { return false }, &clauseSegs{cur: m.cur})
		return
	}
	sigs, evidence := clauseSignals(c.norm)
	happened := func(p int) bool { k := contextAt(sigs, p); return k == ctxPast || k == ctxPlain }
	topicHappened := happened
	if x.meeting.evidence && !nextTalkRe.MatchString(c.norm) {
		// Once the reply tells of a meeting, the news it gives beside it is what
		// the pair talked about, plans included ("Jordan is going to the Super
		// Conference in January and thinks I should go too"); only what is left
		// for next time ("next time we'll look at my CV") or said not to have
		// come up is not.
		topicHappened = func(p int) bool { return contextAt(sigs, p) != ctxNeg }
	}
	if talkedRe.MatchString(c.norm) {
		// "He's going to the conference in January and we talked about what
		// sessions to pick", "we talked about whether I should move to the metadata
		// team": the plans are what the talk was about.
		topicHappened = func(int) bool { return true }
	}

	lengths := findLengths(c)
	lengths = slices.DeleteFunc(lengths, func(l lengthFound) bool { return correctedAt(c.norm, l.end, lengths) })
	if len(lengths) > 0 && len(findLengths(x.line)) > 1 {
		// "We had planned for half an hour but it went long, closer to an hour":
		// the length planned is not the one the meeting took.
		lengths = slices.DeleteFunc(lengths, func(l lengthFound) bool { return plannedLengthRe.MatchString(wordsBefore(c.norm, l.start)) })
	}
	clauseDates := findDates(c) // read once; corrected, last, filters it in place
	var modes []phraseHit
	found := modeIndex().find(c)
	if len(found) == 0 {
		found = venueHits(c.norm) // "at the SFU library", "à la bibliothèque du campus"
	}
	found = videoOnChatApp(c.norm, found)
	topicAt := -1 // where the first topic word ends: a place after it is what was talked of
	if loc := topicBeforeRe.FindStringIndex(c.norm); loc != nil {
		topicAt = loc[1]
	}
	// A place is where the pair met only in a clause that tells of a meeting; in
	// another it is where someone works or was ("the only racialized person on
	// staff at my branch"), and counts only when nothing else says how they met.
	toldMeeting := evidence || len(lengths) > 0 || len(clauseDates) > 0
	for i, h := range found {
		if h.value == string(ModeInPerson) && topicAt >= 0 && topicAt <= h.start {
			continue // "on a parlé de ma journée type à la bibliothèque": what, not where
		}
		if h.value == string(ModeInPerson) && !toldMeeting && !inPersonWordRe.MatchString(c.norm[h.start:h.end]) {
			h.value = "weak:" + string(ModeInPerson)
		}
		if h.value == "weak:"+string(ModePhone) && (calledIntoRe.MatchString(c.norm[h.start:]) || phoneNumberAfterRe.MatchString(c.norm[h.end:])) {
			continue // "I got called into a staff meeting"
		}
		if h.value == "weak:"+string(ModeChat) && chatNounRe.MatchString(wordsBefore(c.norm, h.start)) {
			continue // "good chat about ...": a talk, not a way of meeting
		}
		if i+1 < len(found) && correctionRe.MatchString(c.norm[h.end:found[i+1].start]) {
			continue // "on Zoom, no wait, by phone"
		}
		if happened(h.start) {
			modes = append(modes, h)
		}
	}
	hadLength := false
	for _, l := range lengths {
		if happened(l.start) {
			hadLength = hadLength || l.problem == ""
		}
	}
	strongMode := false
	for _, h := range modes {
		strongMode = strongMode || !strings.HasPrefix(h.value, "weak:")
	}
	meetingish := evidence || hadLength || strongMode
	if ds := clauseDates; len(ds) > 0 && len(x.meeting.date.found) == 1 && correctionLeadRe.MatchString(c.norm[:ds[0].start]) {
		meetingish = true // "... euh non, le 27": the day of the meeting already told
	}
	cs := &clauseSegs{cur: m.cur}
	topicHits := x.topics.find(c)
	if !meetingish && !meetWordRe.MatchString(c.norm) && len(lengths) == 0 {
		if len(clauseDates) == 1 && happened(clauseDates[0].start) && placeable(clauseDates[0], x.ref) && clauseDates[0].dir != dirFuture && looseDateRe.MatchString(c.norm) {
			x.looseDates = append(x.looseDates, clauseDates[0])
		}
		x.readTopics(c, topicHits, topicHappened, cs)
		return // no meeting here: its dates are about something else
	}

	dates := x.corrected(c.norm, clauseDates)
	if len(dates) > 0 && len(x.meeting.date.found) == 1 && correctionLeadRe.MatchString(c.norm[:dates[0].start]) {
		// "Met on Nov 9th. Actually, correction: it was the 10th", "le 26 novembre...
		// euh non, le 27": the earlier day is taken back.
		if x.correctedAway == nil {
			x.correctedAway = map[string]bool{}
		}
		for _, w := range x.meeting.date.texts {
			x.correctedAway[fold(w)] = true
		}
		x.meeting.date.found, x.meeting.date.texts, x.meeting.redate = nil, nil, true
	}
	if evidence && onlyAhead(dates, sigs) {
		evidence = false // "meeting her next Thursday"
	}
	for _, d := range dates {
		ctx := contextAt(sigs, d.start)
		switch {
		case d.dir == dirFuture || (ctx == ctxFuture && d.dir != dirPast):
			if !topicDated(c.norm, topicHits, d) {
				x.placeNext(d)
			}
		case ctx == ctxNeg, sentBeforeRe.MatchString(wordsBefore(c.norm, d.start)):
			// "correction to what I sent this morning": when a message went, not a meeting
		case meetingish && topicDated(c.norm, topicHits, d) && (!placeable(d, x.ref) || len(dates) > 1 || len(x.meeting.date.found) > 0):
			// "presenting at the conference on Dec 5", "this morning, about my
			// interview on Friday": that thing's date, not a meeting's
		case meetingish && !evidence && !hadLength && d.kind != kindWeekday && afterRef(d, x.ref):
			// "lunch at Fran's on Nov 14" sent on Nov 6, with no word that it took
			// place: a plan, the next meeting.
			if !topicDated(c.norm, topicHits, d) {
				x.placeNext(d)
			}
		case meetingish:
			if day, ok := x.placeMeeting(d); ok {
				cs.pos = append(cs.pos, d.start)
				cs.seg = append(cs.seg, m.segmentFor(day))
				evidence = evidence || strongMode
			}
		}
	}
	cs.setJoins(c.norm)
	if evidence || hadLength {
		m.evidence = true
		if o := ongoingRe.FindStringIndex(c.norm); o != nil && m.ongoing == "" {
			m.ongoing = c.span(o[0], o[1])
		}
	}
	if !meetingish {
		x.readTopics(c, topicHits, topicHappened, cs)
		return
	}
	for _, l := range lengths {
		if !happened(l.start) {
			continue
		}
		if l.problem != "" {
			x.warn(NoticeLengthUnreadable, l.text, l.problem)
			continue
		}
		m.addLength(l, cs.shared(c.norm, l.end), cs.at(l.start))
	}
	for _, h := range modes {
		mode, weak := strings.CutPrefix(h.value, "weak:")
		m.addMode(Mode(mode), weak, c.span(h.start, h.end), cs.shared(c.norm, h.end), cs.at(h.start))
	}
	x.readTopics(c, topicHits, topicHappened, cs)
}

// looseDateRe opens a clause that only says when "it" was: "It was last Thurs,
// after my shift", "C'était mardi". Such a day is the meeting's when the reply
// tells of a meeting and gives no other day.
var looseDateRe = regexp.MustCompile(`^(?:(?:so|and|well|anyway|et|alors|bon|donc|bref)\s*,?\s+)?(?:it was|it's been|that was|this was|it happened|c'etait|ca s'est passe|ca a eu lieu|c'est arrive)\b`)

// plannedLengthRe ends the words before a length that was planned rather than
// taken: "we had planned for half an hour", "c'était prévu pour 30 minutes".
var plannedLengthRe = regexp.MustCompile(`\b(?:planned(?: it)? for|scheduled(?: it)? for|booked(?: it)? for|supposed to (?:be|last|take)|meant to (?:be|last|take)|was to be|prevue? pour|prevue? de|devait durer|censee? durer|planifiee? pour)(?:\s+(?:only|just|about|around|seulement|juste|environ))?\s*$`)

// timeFliesRe follows a negation that only says the time went fast: "on n'a pas
// vu le temps passer", "we didn't even notice the time".
var timeFliesRe = regexp.MustCompile(`^\s*(?:(?:even|meme)\s+)?(?:vu (?:le temps passer|passer le temps|l'heure)|(?:see|notice|realize|realise|feel) (?:the time|how late|how fast|the hour)|(?:see|notice|realize|realise) (?:it|that) (?:was|had)|senti le temps)`)

// correctionAlt is one of the words that take back what was just said ("no wait",
// "non, attendez": two of them may follow each other).
var correctionAlt = strings.Join(phrasesOf("correction"), "|")

// ongoingRe tells of an exchange kept up over time rather than a meeting on one
// day: "we've been emailing back and forth", "on s'écrit depuis deux semaines".
var ongoingRe = regexp.MustCompile(`\b(?:(?:have|'ve|has|'s|had|'d) been (?:emailing|e-mailing|texting|messaging|writing|chatting)|back and forth|(?:on|nous) s'ecri(?:t|vons) depuis|(?:on|nous) (?:s'echange|echangeons|correspond(?:ons)?) depuis|(?:s'ecrit|s'ecrivons|echangeons) (?:par|des) \w+ depuis)\b`)

// topicGapRe is what may stand between a topic and a date that is the topic's own:
// "her interview on Friday", "mon entrevue de vendredi prochain".
var topicGapRe = regexp.MustCompile(`^[\s,]*(?:(?:is|was|on|of|for|this|next|coming|set for|scheduled for|de|du|d'|le|la|l'|pour|prevue?|est|ce|cette)\s*){0,3}$`)

// placeable reports whether d can be the date of a meeting that took place.
// afterRef reports whether d, read as a day that took place, can only fall after
// the message was sent ("Nov 14" in a message of Nov 6).
func afterRef(d datePhrase, ref time.Time) bool {
	_, prob := d.place(ref, dirPast)
	return prob == placeWrongSide
}

func placeable(d datePhrase, ref time.Time) bool {
	_, prob := d.place(ref, dirPast)
	return prob == placeOK
}

// topicDated reports whether the date d follows a topic word closely, so that it is
// the date of that thing (an interview, a conference) and not of a meeting.
func topicDated(norm string, hits []phraseHit, d datePhrase) bool {
	for _, h := range hits {
		if h.end <= d.start && d.start-h.end <= 24 && topicGapRe.MatchString(norm[h.end:d.start]) {
			return true
		}
	}
	return false
}

// onlyAhead reports whether a clause has dates and all of them look forward ("next
// Thursday", "is scheduled for Dec 3"), which makes its meeting words a plan.
func onlyAhead(dates []datePhrase, sigs []signal) bool {
	ahead := false
	for _, d := range dates {
		switch {
		case d.dir == dirFuture || (d.dir == dirAny && contextAt(sigs, d.start) == ctxFuture):
			ahead = true
		default:
			return false
		}
	}
	return ahead
}

// readTopics adds the topics of a clause (hits) named where they happened.
func (x *extractor) readTopics(c text, hits []phraseHit, happened func(int) bool, cs *clauseSegs) {
	for _, h := range hits {
		if happened(h.start) {
			x.meeting.addTopic(h.value, cs.at(h.start))
		}
	}
	var nums topicSet
	x.addTopicNumbers(&nums, topicNumbers(c, false))
	for _, k := range nums.keys {
		x.meeting.addTopic(k, cs.at(0))
	}
}

// placeMeeting places a date of a meeting that took place, warning when it cannot.
// It returns the day and whether the date was placed.
func (x *extractor) placeMeeting(d datePhrase) (time.Time, bool) {
	day, prob := x.place(d, dirPast)
	switch prob {
	case placeOK:
		x.meeting.date.add(day, d.text)
		return day, true
	case placeVague:
		if x.meeting.vague == "" {
			x.meeting.vague = d.text
		}
	case placeWrongSide:
		x.warn(NoticeDateFuture, d.text, fmt.Sprintf("The meeting date “%s” is after the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
	return time.Time{}, false
}

// placeNext places the date of the next meeting.
func (x *extractor) placeNext(d datePhrase) {
	if d.kind == kindMonth {
		return // "in January" names no day for a meeting
	}
	day, prob := x.place(d, dirFuture)
	switch prob {
	case placeOK:
		x.meeting.next.add(day, d.text)
	case placeVague:
	case placeWrongSide:
		x.warn(NoticeDatePast, d.text, fmt.Sprintf("The next meeting date “%s” is before the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// warnDate explains a date that is invalid, ambiguous or disagrees with its weekday.
func (x *extractor) warnDate(d datePhrase, prob placeProblem) {
	switch prob {
	case placeAmbiguous:
		x.warn(NoticeDateAmbiguous, d.text, fmt.Sprintf("The date “%s” could be %s %d or %s %d; it was not recorded (write the month as a word, like “%s %d”).",
			d.text, d.alt[0], d.altDay[0], d.alt[1], d.altDay[1], d.alt[0].String()[:3], d.altDay[0]))
	case placeWeekday:
		x.warn(NoticeDateUnreadable, d.text, fmt.Sprintf("The date “%s” names a weekday that does not match the date; it was not recorded.", d.text))
	case placeInvalid:
		x.warn(NoticeDateUnreadable, d.text, fmt.Sprintf("“%s” is not a date in the calendar; it was not recorded.", d.text))
	}
}

// orDayAfterRe follows a day of the month with another one: "the 2nd or 3rd",
// "le 9 ou 10".
var orDayAfterRe = regexp.MustCompile(`^\s*(?:or|ou)\s+(?:maybe\s+|peut-etre\s+)?\d{1,2}(?:st|nd|rd|th|er|e)?\b`)

// inPersonWordRe says "in person" itself, not a place: it holds in any clause.
var inPersonWordRe = regexp.MustCompile(`^(?:in person|in-person|face to face|irl|en personne|en presentiel|face a face|sur place)$|walk|promenade|marche`)

// phoneNumberAfterRe follows "call" with the number to call: "For assistance, call
// 204-986-6450" asks to be called, it tells of no call.
var phoneNumberAfterRe = regexp.MustCompile(`^\s*(?:(?:me|us|them|her|him|the \w+(?: \w+)?)\s+)?(?:at|on|au|le)?\s*(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}`)

// dated reports whether a clause gives a day or a length.
func dated(c text) bool { return len(findDates(c)) > 0 || len(findLengths(c)) > 0 }
