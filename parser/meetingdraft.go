package parser

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

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
	ongoing   string   // an exchange over time ("we've been emailing"), as written

	segs []*segment // free text by meeting date; see meetings.go
	cur  int        // the segment of the last meeting date named
	each []int      // lengths said to hold for every meeting ("30 minutes each")
	// eachMode: modes said to hold for every meeting ("en visio les deux fois").
	eachMode []Mode
	// tooMany: free text names more than maxMeetings meeting dates.
	tooMany bool
	// redate: the next meeting day named corrects the one day named before.
	redate bool
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

// settle returns the meetings the reply logs, in order: none, one, or one for each
// meeting date of the free text (meetings.go).
func (m *meetingDraft) settle(x *extractor) []Meeting {
	if !m.hasField && !m.evidence {
		return nil
	}
	if x.prompt == PromptWrapup || x.prompt == PromptMidsession {
		// A survey's answers talk about the meetings in general ("having someone to
		// talk to", "we met every two weeks"): only a meeting given a day or a length
		// is a log.
		_, dated, _ := m.date.value()
		_, timed, _ := m.minutes.value()
		if !m.hasField && !dated && !timed {
			return nil
		}
	}
	if x.prompt == PromptIntroduction || x.prompt == PromptConfidentiality || x.prompt == PromptGoals {
		// These emails ask for no meeting: "Thanks! I've already emailed Jordan", "On
		// en a déjà parlé ensemble" tell of contact, not of a meeting to log. One
		// given a day, a length or a way of meeting is still a log.
		_, dated, _ := m.date.value()
		_, timed, _ := m.minutes.value()
		_, how, _ := m.mode.value()
		if !m.hasField && !dated && !timed && !how && m.vague == "" {
			return nil
		}
	}
	several := m.several()
	out := &Meeting{Topics: m.topics.refs(x.cat, x.lang)}
	if d, ok, conflict := m.date.value(); ok {
		out.Date = DayOf(d)
	} else if several {
	} else if conflict != "" {
		x.warn(NoticeConflict, conflict, fmt.Sprintf("The reply names more than one meeting date (%s); no date was recorded.", conflict))
	} else if m.vague != "" {
		x.warn(NoticeDateVague, m.vague, fmt.Sprintf("“%s” does not say which day you met; no date was recorded.", m.vague))
	} else if m.ongoing != "" {
		x.warn(NoticeDateVague, m.ongoing, fmt.Sprintf("“%s” tells of an exchange over time, not of one meeting day; no date was recorded.", m.ongoing))
	}
	// A meeting without a day says so, unless a notice above already said why its
	// date was not recorded (vague, ambiguous, in the future...): one notice each.
	if out.Date == "" && !several && !x.dateNoticed() {
		x.warn(NoticeMeetingUndated, "", "The meeting has no date; reply with the day you met, like “Date: Nov 20”, and it will be recorded.")
	}
	if n, ok, conflict := m.minutes.value(); ok {
		out.Minutes = Minutes(n)
	} else if conflict != "" && !several {
		x.warn(NoticeConflict, conflict, fmt.Sprintf("The reply gives more than one length (%s); no length was recorded.", conflict))
	}
	if mode, ok, _ := m.mode.value(); ok {
		out.Mode = mode
	} else if len(m.mode.found) > 1 && !several {
		x.warn(NoticeConflict, quoteList(m.mode.texts), fmt.Sprintf("The reply names more than one way of meeting (%s); none was recorded.", quoteList(m.mode.texts)))
	} else if mode, ok := oneMode(nil, m.modeWeak); ok {
		out.Mode = mode
	}
	if d, ok, conflict := m.next.value(); ok {
		out.NextMeeting = DayOf(d)
	} else if conflict != "" {
		x.warn(NoticeConflict, conflict, fmt.Sprintf("The reply names more than one next meeting date (%s); none was recorded.", conflict))
	}
	notes := m.noteField
	if len(notes) == 0 {
		notes = m.notes
		for len(notes) > 0 && looksLikeName(notes[len(notes)-1]) {
			notes = notes[:len(notes)-1] // the sender's name under the text
		}
	}
	out.Notes = clip(strings.Join(notes, "\n"), maxNoteRunes)
	if several {
		// In the order they happened: "Hier en personne, et vendredi dernier un
		// appel" logs Friday's call first.
		ms := m.splitMeetings(x, *out)
		slices.SortStableFunc(ms, func(a, b Meeting) int {
			switch {
			case a.Date == "" || b.Date == "":
				return 0
			}
			return strings.Compare(string(a.Date), string(b.Date))
		})
		return ms
	}
	return []Meeting{*out}
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

// dateNoticed reports whether a notice already explains a meeting date not recorded.
func (x *extractor) dateNoticed() bool {
	for _, n := range x.notices {
		switch n.Code {
		case NoticeDateVague, NoticeDateAmbiguous, NoticeDateUnreadable, NoticeDateFuture, NoticeConflict:
			return true
		}
	}
	return false
}
