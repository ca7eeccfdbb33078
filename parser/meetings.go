package parser

import (
	"fmt"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Several meetings in one reply: "Met twice this month: Nov 3 (coffee, 1h) and Nov 17
// (zoom 45 min)". Free text is also read as segments, one per meeting date: a length,
// mode or topic belongs to the date before it in its clause (or, when none comes
// before, the first one after it), and in a clause without a date to the last date
// named. When free text names two or more meeting dates and no "Date:" field settles
// the matter, each date is a meeting of its own; otherwise the reply is one meeting,
// read as before.

// maxMeetings bounds the meetings one reply can log; a reply naming more meeting dates
// is read as one meeting (with a warning that its date is unclear). It also bounds the
// work of placing each item, which keeps a long reply linear.
const maxMeetings = 12

// segment is what free text says about the meeting of one date.
type segment struct {
	date   time.Time
	mins   []int
	modes  []Mode // strong words
	weak   []Mode // weak words
	topics topicSet
}

var (
	// eachRe follows a length or mode shared by every meeting: "30 minutes each time",
	// "1h chacune", "en visio les deux fois".
	eachRe = regexp.MustCompile(`^\s*(?:each(?: time)?|both times|every time|apiece|chacune?|chaque fois|a chaque fois|les deux fois)\b`)
	// bothRe marks a clause without a date that speaks of every meeting: "Both on Teams".
	bothRe = regexp.MustCompile(`\b(?:each(?: time)?|both(?: times)?|every time|apiece|chacune?|chaque fois|les deux fois|toutes les deux fois)\b`)
)

// chunkJoinRe is where a clause that names several meetings turns from one to the
// next: "a phone call Monday and a Zoom call Wednesday".
var chunkJoinRe = regexp.MustCompile(`\b(?:and|et|puis|then|plus|ainsi que|as well as)\b|&|;`)

// clauseSegs says which segment each place of a clause describes.
type clauseSegs struct {
	pos, seg []int // the start of each meeting date placed in the clause, and its segment
	cur      int   // the segment of a clause without a date
	joins    []int // where the clause turns to another meeting, once it names two
	both     bool  // a clause without a date that speaks of every meeting
	// bothAt is where "each time", "chaque fois" stands in a clause that names
	// two meetings or more, plus one: what follows it holds for every one ("le 9
	// et le 16, chaque fois en vidéo pendant une heure"); 0 when it does not.
	bothAt int
}

// shared reports whether the item of the clause norm that ends at end holds for every
// meeting: "45 min each", or any item of "Both on Teams".
func (cs *clauseSegs) shared(norm string, end int) bool {
	return cs.both || cs.bothAt > 0 && end >= cs.bothAt || eachRe.MatchString(norm[end:])
}

// setJoins finds the turns of a clause that names two meeting dates or more.
func (cs *clauseSegs) setJoins(norm string) {
	cs.both = len(cs.pos) == 0 && bothRe.MatchString(norm)
	cs.bothAt = 0
	if len(cs.pos) < 2 {
		return
	}
	if m := bothRe.FindStringIndex(norm); m != nil && m[0] > cs.pos[len(cs.pos)-1] {
		cs.bothAt = m[0] + 1
	}
	if len(cs.pos) > maxMeetings { // not a list of meetings; keep the work bounded
		cs.pos, cs.seg = cs.pos[:1], cs.seg[:1]
		return
	}
	for _, m := range chunkJoinRe.FindAllStringIndex(norm, 4*maxMeetings) {
		cs.joins = append(cs.joins, m[0])
	}
}

// at returns the segment of the item at byte p of the clause: the date of its part
// of the clause (between turns) if that part has one, else the date before it, else
// the first date.
func (cs *clauseSegs) at(p int) int {
	if len(cs.pos) == 0 {
		return cs.cur
	}
	lo, hi := 0, int(^uint(0)>>1) // the part of the clause around p
	for _, j := range cs.joins {
		if j <= p {
			lo = j
		} else {
			hi = min(hi, j)
		}
	}
	k, inPart := cs.seg[0], false
	for i, q := range cs.pos {
		switch {
		case q >= lo && q < hi && (!inPart || q <= p):
			k, inPart = cs.seg[i], true
		case !inPart && q <= p:
			k = cs.seg[i]
		}
	}
	return k
}

// seg returns segment i; segment 0 holds what comes before any meeting date.
func (m *meetingDraft) seg(i int) *segment {
	if len(m.segs) == 0 {
		m.segs = []*segment{{}}
	}
	return m.segs[i]
}

// segmentFor returns the segment of the meeting on day, starting one if needed, and
// makes it the current one.
func (m *meetingDraft) segmentFor(day time.Time) int {
	m.seg(0)
	if m.redate && len(m.segs) == 2 {
		// The one meeting's day was corrected: its segment takes the new day.
		m.segs[1].date, m.redate, m.cur = day, false, 1
		return 1
	}
	for i, s := range m.segs[1:] {
		if s.date.Equal(day) {
			m.cur = i + 1
			return m.cur
		}
	}
	if len(m.segs) > maxMeetings {
		m.tooMany = true
		return m.cur
	}
	m.segs = append(m.segs, &segment{date: day})
	m.cur = len(m.segs) - 1
	return m.cur
}

// addLength records a length found in free text; shared says it holds for every meeting.
func (m *meetingDraft) addLength(l lengthFound, shared bool, seg int) {
	m.minutes.add(l.minutes, l.text)
	if shared {
		m.each = appendNew(m.each, l.minutes)
	}
	s := m.seg(seg)
	s.mins = appendNew(s.mins, l.minutes)
}

// addMode records a mode found in free text; shared says it holds for every meeting.
func (m *meetingDraft) addMode(mode Mode, weak bool, written string, shared bool, seg int) {
	if shared {
		m.eachMode = appendNew(m.eachMode, mode)
	}
	s := m.seg(seg)
	if weak {
		m.modeWeak = append(m.modeWeak, mode)
		s.weak = append(s.weak, mode)
		return
	}
	m.mode.add(mode, written)
	s.modes = appendNew(s.modes, mode)
}

// addTopic records a topic found in free text.
func (m *meetingDraft) addTopic(key string, seg int) {
	m.topics.add(key)
	m.seg(seg).topics.add(key)
}

// several reports whether free text names two or more meetings that no field overrides.
func (m *meetingDraft) several() bool {
	return !m.date.hasField && !m.tooMany && len(m.segs) > 2
}

// splitMeetings makes one meeting of each dated segment; base carries what they share
// (notes, next meeting).
func (m *meetingDraft) splitMeetings(x *extractor, base Meeting) []Meeting {
	pre := m.seg(0)
	out := make([]Meeting, 0, len(m.segs)-1)
	for i, s := range m.segs[1:] {
		mt := base
		mt.Date = DayOf(s.date)
		mins, modes, weak, topics := s.mins, s.modes, s.weak, s.topics
		if i == 0 { // what came before the first date belongs to the first meeting
			for _, n := range pre.mins {
				mins = appendNew(mins, n)
			}
			for _, md := range pre.modes {
				modes = appendNew(modes, md)
			}
			weak = append(weak, pre.weak...)
			topics = topicSet{}
			for _, k := range append(append([]string{}, pre.topics.keys...), s.topics.keys...) {
				topics.add(k)
			}
		}
		mt.Minutes = 0
		switch {
		case len(mins) == 1:
			mt.Minutes = Minutes(mins[0])
		case len(mins) > 1:
			x.warn(NoticeConflict, string(mt.Date), fmt.Sprintf("The meeting of %s has more than one length; no length was recorded for it.", mt.Date))
		case len(m.each) == 1:
			mt.Minutes = Minutes(m.each[0])
		case m.minutes.hasField:
			mt.Minutes = Minutes(m.minutes.field)
		}
		mt.Mode = ""
		if md, ok := oneMode(modes, weak); ok {
			mt.Mode = md
		} else if len(modes) > 1 {
			x.warn(NoticeConflict, string(mt.Date), fmt.Sprintf("The meeting of %s names more than one way of meeting; none was recorded for it.", mt.Date))
		} else if len(m.eachMode) == 1 {
			mt.Mode = m.eachMode[0]
		} else if m.mode.hasField {
			mt.Mode = m.mode.field
		}
		mt.Topics = topics.refs(x.cat, x.lang)
		out = append(out, mt)
	}
	return out
}

// appendNew appends v to s unless s has it.
func appendNew[T comparable](s []T, v T) []T {
	for _, have := range s {
		if have == v {
			return s
		}
	}
	return append(s, v)
}
