package parser

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A meeting from free text. Each line is cut into clauses, and in each clause the
// words that place what follows in time are found: meeting words ("we met", "on s'est
// parlé", "had coffee"), future markers ("we'll", "next meeting", "on se revoit") and
// negations ("we couldn't", "pas encore", "cancelled"). A meeting word counts only if
// no future marker or negation comes before it in its clause. Every date, length, mode
// and topic of the clause takes its context from the nearest of those words before it
// (or, when there is none before, the first after it): a date after "we'll meet
// again" is the next meeting, a length after "we couldn't" is nothing.

// meetingDraft gathers what the reply says about a meeting until the end.
type meetingDraft struct {
	hasField  bool // a date, length, mode or topics field was filled in
	evidence  bool // free text says a meeting took place
	date      fieldValue[time.Time]
	next      fieldValue[time.Time]
	minutes   fieldValue[int]
	mode      fieldValue[Mode]
	modeWeak  []Mode // modes named only by weak words ("call", "chat")
	topics    topicSet
	notes     []string // free-text lines
	noteField []string // "Notes:" values
	vague     string   // a past date with no day ("last week"), as written
}

// fieldValue is one thing a meeting has: given by a labelled field, or found in free
// text, possibly more than once.
type fieldValue[T comparable] struct {
	field    T
	hasField bool
	found    []T
	texts    []string // as written, for warnings
}

func (v *fieldValue[T]) setField(t T) { v.field, v.hasField = t, true }

func (v *fieldValue[T]) add(t T, written string) {
	for _, have := range v.found {
		if have == t {
			return
		}
	}
	v.found = append(v.found, t)
	v.texts = append(v.texts, written)
}

// value is the field's value, else the one value found; conflict lists what was
// written when free text gave more than one.
func (v *fieldValue[T]) value() (t T, ok bool, conflict string) {
	switch {
	case v.hasField:
		return v.field, true, ""
	case len(v.found) == 1:
		return v.found[0], true, ""
	case len(v.found) > 1:
		return t, false, quoteList(v.texts)
	}
	return t, false, ""
}

var (
	futureRe = regexp.MustCompile(`\b(?:(?:we're|we are|i'm|i am|we'll be|are) (?:meeting|seeing|talking|getting together|catching up|having|chatting|calling)|will|won't|wont|shall|going to|gonna|plans? to|planning|planned|plan on|scheduled for|(?:schedule|scheduled|booked|set up) (?:a|an|our|the|another|a follow-up)|would like to|would love to|hope to|hoping to|intend to|want to|wants to|let's|should|next (?:time|meeting|session|call|chat|check-in|one)|upcoming|tomorrow|se (?:revoit|reverra|retrouve|retrouvera|reparle|reparlera|rencontrera|parlera|verra|voit)|se revoir|se reparler|se reprend|se reprendra|se reverront|reverrons|retrouverons|rencontrerons|parlerons|verrons|discuterons|ferons|allons|on va|va se|vont|prevue?s?|planifiee?s?|prochaine?s?|aimerions|voudrions|devrions|la semaine prochaine|demain)\b|'ll\b|\bnext\s*:`)
	negRe    = regexp.MustCompile(`\b(?:pas mal|(?:couldn't|could not|can't|cannot|didn't) stop|pas pu (?:nous|s')arreter|not|didn't|didnt|haven't|havent|hasn't|hadn't|couldn't|couldnt|wasn't|weren't|don't|can't|cannot|never|no (?:meeting|call|chance|time)|cancel|cancell?ed|cancelling|postponed?|rescheduled?|unable|missed|pas|jamais|aucune?|annulee?s?|annuler|reportee?s?|reporter|logged|wrong|by mistake|erreur|mauvaise)\b`)
	evidRe   = regexp.MustCompile(`\b(?:met|meeting|texted|emailed|messaged|exchanged (?:emails|messages|texts)|corresponded|talked|talking|spoke|spoken|chatted|chat|called|call|caught up|catch-up|catch up|connected|zoomed|facetimed|skyped|got together|sat down|discussed|went over|had (?:a |an |our |my |the |some )?(?:\w+ ){0,2}?(?:call|chat|coffee|lunch|breakfast|dinner|tea|meeting|session|conversation|check-in|talk|catch-up)|(?:over|for) (?:a )?(?:coffee|lunch|tea|breakfast|dinner)|coffee|lunch|rencontree?s?|rencontre|rencontres|parle(?:e?s)?|discute(?:e?s)?|jase|echange|clavarde|appele(?:e?s)?|vue?s|s'est vue?|retrouvee?s|reunion|appel|cafe|dine|diner|dejeune)\b`)
	// cancelledAfterRe follows a meeting word that did not happen: "meeting cancelled",
	// "rencontre annulée".
	cancelledAfterRe = regexp.MustCompile(`^\s*(?:\w+\s+)?(?:(?:was|got|has been|is|a ete|est|a)\s+)?(?:cancell?ed|postponed|moved|rescheduled|annulee?|reportee?|remise?|deplacee?)\b`)
	// meetWordRe names a meeting at all, planned or past; a future date counts as the
	// next meeting only in a clause with one.
	meetWordRe = regexp.MustCompile(`\b(?:meet|meeting|met|call|chat|talk|catch up|session|check-in|get together|rencontre|rencontrer|revoit|revoir|reverra|reverrons|retrouve|retrouver|parle|parler|reparler|appel|appeler|rendez-vous|rdv|reunion|verra|verrons|voir|voit)\b|\bnext\s*:`)
	// clauseJoinRe is where a line turns to another clause: a conjunction and a new subject.
	clauseJoinRe = regexp.MustCompile(`(?:,\s*|\s+)(?:and|but|then|so|et|mais|puis|donc|alors)\s+(?:we|i|she|he|they|on|nous|je|j'|elle|il|ils|elles)\b`)
	// titleAbbrevRe matches a word that ends with a period without ending a sentence.
	titleAbbrevRe = regexp.MustCompile(`(?:^|\s)(?:dr|mr|mrs|ms|mme|mlle|st|env|approx|ca|e\.g|i\.e|vs|jan|feb|fev|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|janv)$`)
)

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
		sigs = append(sigs, signal{m[0], ctxFuture})
		first = min(first, m[0])
	}
	for _, m := range neg {
		if w := norm[m[0]:m[1]]; w == "pas mal" || strings.HasSuffix(w, "stop") || strings.HasSuffix(w, "arreter") {
			continue // "pas mal", "we couldn't stop talking": not a negation
		}
		sigs = append(sigs, signal{m[0], ctxNeg})
		first = min(first, m[0])
	}
	for _, m := range ev {
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
			if k < len(n) && !unicode.IsUpper(r) || titleAbbrevRe.MatchString(n[max(0, i-6):i]) {
				i = j - 1
				continue // "Nov. 20", "Dr. Lee"
			}
		}
		cuts = append(cuts, j)
		i = j - 1
	}
	for _, m := range clauseJoinRe.FindAllStringIndex(n, -1) {
		cuts = append(cuts, m[0])
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
	for _, c := range splitClauses(t) {
		x.readClause(c)
	}
	if keepNote {
		m.notes = append(m.notes, t.orig)
	}
}

// readClause reads one clause.
func (x *extractor) readClause(c text) {
	m := &x.meeting
	sigs, evidence := clauseSignals(c.norm)
	happened := func(p int) bool { k := contextAt(sigs, p); return k == ctxPast || k == ctxPlain }

	lengths := findLengths(c)
	var modes []phraseHit
	for _, h := range modeIndex().find(c) {
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
	if !meetingish && !meetWordRe.MatchString(c.norm) && len(lengths) == 0 {
		x.readTopics(c, happened)
		return // no meeting here: its dates are about something else
	}

	dates := findDates(c)
	if evidence && onlyAhead(dates, sigs) {
		evidence = false // "meeting her next Thursday"
	}
	for _, d := range dates {
		ctx := contextAt(sigs, d.start)
		switch {
		case d.dir == dirFuture || (ctx == ctxFuture && d.dir != dirPast):
			x.placeNext(d)
		case ctx == ctxNeg:
		case meetingish:
			if x.placeMeeting(d) && strongMode {
				evidence = true
			}
		}
	}
	if evidence || hadLength {
		m.evidence = true
	}
	if !meetingish {
		x.readTopics(c, happened)
		return
	}
	for _, l := range lengths {
		if !happened(l.start) {
			continue
		}
		if l.problem != "" {
			x.warn(l.problem)
			continue
		}
		m.minutes.add(l.minutes, l.text)
	}
	for _, h := range modes {
		if mode, weak := strings.CutPrefix(h.value, "weak:"); weak {
			m.modeWeak = append(m.modeWeak, Mode(mode))
		} else {
			m.mode.add(Mode(h.value), c.span(h.start, h.end))
		}
	}
	x.readTopics(c, happened)
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

// readTopics adds the topics of a clause named where they happened.
func (x *extractor) readTopics(c text, happened func(int) bool) {
	for _, h := range x.topics.find(c) {
		if happened(h.start) {
			x.meeting.topics.add(h.value)
		}
	}
	x.addTopicNumbers(&x.meeting.topics, topicNumbers(c, false))
}

// placeMeeting places a date of a meeting that took place, warning when it cannot.
// It reports whether the date was placed.
func (x *extractor) placeMeeting(d datePhrase) bool {
	day, prob := d.place(x.ref, dirPast)
	switch prob {
	case placeOK:
		x.meeting.date.add(day, d.text)
		return true
	case placeVague:
		if x.meeting.vague == "" {
			x.meeting.vague = d.text
		}
	case placeWrongSide:
		x.warn(fmt.Sprintf("The meeting date “%s” is after the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
	return false
}

// placeNext places the date of the next meeting.
func (x *extractor) placeNext(d datePhrase) {
	day, prob := d.place(x.ref, dirFuture)
	switch prob {
	case placeOK:
		x.meeting.next.add(day, d.text)
	case placeVague:
	case placeWrongSide:
		x.warn(fmt.Sprintf("The next meeting date “%s” is before the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// warnDate explains a date that is invalid, ambiguous or disagrees with its weekday.
func (x *extractor) warnDate(d datePhrase, prob placeProblem) {
	switch prob {
	case placeAmbiguous:
		x.warn(fmt.Sprintf("The date “%s” could be %s %d or %s %d; it was not recorded (write the month as a word, like “%s %d”).",
			d.text, d.alt[0], d.altDay[0], d.alt[1], d.altDay[1], d.alt[0].String()[:3], d.altDay[0]))
	case placeWeekday:
		x.warn(fmt.Sprintf("The date “%s” names a weekday that does not match the date; it was not recorded.", d.text))
	case placeInvalid:
		x.warn(fmt.Sprintf("“%s” is not a date in the calendar; it was not recorded.", d.text))
	}
}

// fieldDate reads a "Date:" field.
func (m *meetingDraft) fieldDate(x *extractor, val text) {
	m.hasField = true
	ds := findDates(val)
	if len(ds) == 0 {
		x.warn(fmt.Sprintf("Could not read the meeting date “%s”.", val.orig))
		return
	}
	d := ds[0]
	day, prob := d.place(x.ref, dirPast)
	switch prob {
	case placeOK:
		m.date.setField(day)
	case placeVague:
		x.warn(fmt.Sprintf("The meeting date “%s” does not say which day; no date was recorded.", val.orig))
	case placeWrongSide:
		x.warn(fmt.Sprintf("The meeting date “%s” is after the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// fieldNext reads a "Next meeting:" field.
func (m *meetingDraft) fieldNext(x *extractor, val text) {
	ds := findDates(val)
	if len(ds) == 0 {
		if !tbdRe.MatchString(val.norm) {
			x.warn(fmt.Sprintf("Could not read the next meeting date “%s”.", val.orig))
		}
		return
	}
	d := ds[0]
	day, prob := d.place(x.ref, dirFuture)
	switch prob {
	case placeOK:
		m.next.setField(day)
	case placeVague:
	case placeWrongSide:
		x.warn(fmt.Sprintf("The next meeting date “%s” is before the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// tbdRe is a next meeting not fixed yet.
var tbdRe = regexp.MustCompile(`\b(?:tbd|tba|tbc|not (?:yet )?(?:set|scheduled|sure|decided)|to be (?:decided|determined|confirmed)|a (?:determiner|confirmer|venir)|pas encore|unknown|inconnue?)\b`)

// fieldLength reads a "Length:" field.
func (m *meetingDraft) fieldLength(x *extractor, val text) {
	m.hasField = true
	for _, l := range findLengths(val) {
		if l.problem != "" {
			x.warn(l.problem)
			return
		}
		m.minutes.setField(l.minutes)
		return
	}
	if n, ok := smallNumber(strings.TrimSpace(val.norm)); ok && n >= 10 {
		m.minutes.setField(n) // "Length: 45"
		return
	}
	if n := atoi(strings.TrimSpace(val.norm)); n >= 100 && n <= maxMinutes {
		m.minutes.setField(n)
		return
	}
	x.warn(fmt.Sprintf("Could not read the meeting length “%s”; write it like “45 min” or “1h30”.", val.orig))
}

// fieldMode reads a "How:" field.
func (m *meetingDraft) fieldMode(x *extractor, val text) {
	m.hasField = true
	var strong, weak []Mode
	for _, h := range modeIndex().find(val) {
		if mode, ok := strings.CutPrefix(h.value, "weak:"); ok {
			weak = append(weak, Mode(mode))
		} else {
			strong = append(strong, Mode(h.value))
		}
	}
	if mode, ok := oneMode(strong, weak); ok {
		m.mode.setField(mode)
		return
	}
	x.warn(fmt.Sprintf("Could not tell how you met from “%s”; write video, phone, in person, email or chat.", val.orig))
}

// fieldTopics reads a "Topics:" field: numbers from the check-in, or words.
func (m *meetingDraft) fieldTopics(x *extractor, val text) {
	m.hasField = true
	before := len(m.topics.keys)
	x.addTopicNumbers(&m.topics, topicNumbers(val, true))
	for _, h := range x.topics.find(val) {
		m.topics.add(h.value)
	}
	if len(m.topics.keys) == before && !strings.ContainsAny(val.norm, "0123456789") {
		x.warn(fmt.Sprintf("Could not match “%s” to a topic of the list; the note was kept.", val.orig))
		m.noteField = append(m.noteField, val.orig)
	}
}

// fieldNotes reads a "Notes:" field; its text is also read like free text.
func (m *meetingDraft) fieldNotes(x *extractor, val text) {
	m.noteField = append(m.noteField, val.orig)
	x.readFree(val, false)
}

// oneMode settles modes: the strong ones if any, else the weak; one mode or none.
func oneMode(strong, weak []Mode) (Mode, bool) {
	pick := strong
	if len(pick) == 0 {
		pick = weak
	}
	if len(pick) == 0 {
		return "", false
	}
	for _, m := range pick[1:] {
		if m != pick[0] {
			return "", false
		}
	}
	return pick[0], true
}

// settle returns the meeting the reply logs, or nil.
func (m *meetingDraft) settle(x *extractor) *Meeting {
	if !m.hasField && !m.evidence {
		return nil
	}
	out := &Meeting{Topics: m.topics.refs(x.cat, x.lang)}
	if d, ok, conflict := m.date.value(); ok {
		out.Date = DayOf(d)
	} else if conflict != "" {
		x.warn(fmt.Sprintf("The reply names more than one meeting date (%s); no date was recorded.", conflict))
	} else if m.vague != "" {
		x.warn(fmt.Sprintf("“%s” does not say which day you met; no date was recorded.", m.vague))
	}
	if n, ok, conflict := m.minutes.value(); ok {
		out.Minutes = Minutes(n)
	} else if conflict != "" {
		x.warn(fmt.Sprintf("The reply gives more than one length (%s); no length was recorded.", conflict))
	}
	if mode, ok, _ := m.mode.value(); ok {
		out.Mode = mode
	} else if len(m.mode.found) > 1 {
		x.warn(fmt.Sprintf("The reply names more than one way of meeting (%s); none was recorded.", quoteList(m.mode.texts)))
	} else if mode, ok := oneMode(nil, m.modeWeak); ok {
		out.Mode = mode
	}
	if d, ok, conflict := m.next.value(); ok {
		out.NextMeeting = DayOf(d)
	} else if conflict != "" {
		x.warn(fmt.Sprintf("The reply names more than one next meeting date (%s); none was recorded.", conflict))
	}
	notes := m.noteField
	if len(notes) == 0 {
		notes = m.notes
		for len(notes) > 0 && looksLikeName(notes[len(notes)-1]) {
			notes = notes[:len(notes)-1] // the sender's name under the text
		}
	}
	out.Notes = clip(strings.Join(notes, "\n"), maxNoteRunes)
	return out
}

// looksLikeName reports whether a line is a name alone ("Amina", "Sophie T.").
func looksLikeName(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789!?:,;") {
			return false
		}
	}
	return true
}

// quoteList writes “a”, “b” and “c”.
func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "“" + s + "”"
	}
	return strings.Join(q, ", ")
}
