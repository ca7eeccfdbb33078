package parser

import (
	"fmt"
	"strings"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// The labelled fields of a meeting report: "Date:", "Length:", "How:", "Topics:",
// "Notes:", "Next meeting:".

// fieldDate reads a "Date:" field.
func (m *meetingDraft) fieldDate(x *extractor, val text) {
	m.hasField = true
	ds := findDates(val)
	if len(ds) == 0 {
		x.warn(NoticeDateUnreadable, val.orig, fmt.Sprintf("Could not read the meeting date “%s”.", val.orig))
		return
	}
	d := ds[0]
	day, prob := x.place(d, dirPast)
	switch prob {
	case placeOK:
		m.date.setField(day)
	case placeVague:
		x.warn(NoticeDateVague, val.orig, fmt.Sprintf("The meeting date “%s” does not say which day; no date was recorded.", val.orig))
	case placeWrongSide:
		x.warn(NoticeDateFuture, d.text, fmt.Sprintf("The meeting date “%s” is after the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// fieldNext reads a "Next meeting:" field.
func (m *meetingDraft) fieldNext(x *extractor, val text) {
	ds := findDates(val)
	if len(ds) == 0 {
		if !tbdRe.MatchString(val.norm) {
			x.warn(NoticeDateUnreadable, val.orig, fmt.Sprintf("Could not read the next meeting date “%s”.", val.orig))
		}
		return
	}
	d := ds[0]
	day, prob := x.place(d, dirFuture)
	switch prob {
	case placeOK:
		m.next.setField(day)
	case placeVague:
	case placeWrongSide:
		x.warn(NoticeDatePast, d.text, fmt.Sprintf("The next meeting date “%s” is before the day the message was sent (%s); it was not recorded.", d.text, x.ref.Format(time.DateOnly)))
	default:
		x.warnDate(d, prob)
	}
}

// tbdRe is a next meeting not fixed yet.
var tbdRe = regexp.MustCompile(`\b(?:tbd|tba|tbc|not (?:yet )?(?:set|scheduled|sure|decided)|to be (?:decided|determined|confirmed)|a (?:determiner|confirmer|venir)|pas encore|unknown|inconnue?)\b`)

// fieldLength reads a "Length:" field.
func (m *meetingDraft) fieldLength(x *extractor, val text) {
	m.hasField = true
	if ls := findLengths(val); len(ls) > 0 {
		// The first length written is the meeting's.
		if ls[0].problem != "" {
			x.warn(NoticeLengthUnreadable, ls[0].text, ls[0].problem)
			return
		}
		m.minutes.setField(ls[0].minutes)
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
	x.warn(NoticeLengthUnreadable, val.orig, fmt.Sprintf("Could not read the meeting length “%s”; write it like “45 min” or “1h30”.", val.orig))
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
	for _, w := range splitWords(val.norm) {
		if w.w == "teams" { // "Mode: teams": in a mode field, Microsoft Teams
			m.mode.setField(ModeVideo)
			return
		}
	}
	x.warn(NoticeOther, val.orig, fmt.Sprintf("Could not tell how you met from “%s”; write video, phone, in person, email or chat.", val.orig))
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
		x.warn(NoticeOther, val.orig, fmt.Sprintf("Could not match “%s” to a topic of the list; the note was kept.", val.orig))
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
