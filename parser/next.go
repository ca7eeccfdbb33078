package parser

import (
	"strings"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Planned meetings: "Next meeting Thursday at 2", "on se revoit le 12 à 14 h", a
// form line "Next: 2026-12-10 14:00", and their changes and cancellations ("we have
// to cancel Thursday", "moved to Friday at 10"). A plan is read from one line that
// carries a planning cue; its date is placed forward from the message's day, its
// time is the writer's own clock.

// Plan is a meeting a reply plans ahead, or the cancellation or change of one.
type Plan struct {
	// Date is the planned day; "" only for a cancellation that names no day
	// ("we have to cancel our next meeting").
	Date Day `json:"date"`
	// Time is the time of day "HH:MM" on the writer's clock, or "" when none is given.
	Time    string  `json:"time,omitempty"`
	Minutes Minutes `json:"minutes"`
	Mode    Mode    `json:"mode"`
	// Cancel: the writer calls the planned meeting off.
	Cancel bool `json:"cancel,omitempty"`
	// Change: the writer moves an already planned meeting ("moved to", "reschedule").
	Change bool `json:"change,omitempty"`
}

// maxPlanLine is the longest line read for a plan; a longer one is prose, not a plan.
const maxPlanLine = 400

var (
	// planCueRe marks a line that plans a meeting (text folded: lower case, no accents).
	planCueRe = regexp.MustCompile(`(?:^|\b)(?:next\s+(?:meeting|call|chat|session|catch[- ]?up|check[- ]?in)|next\s*:|prochain(?:e)?\s*:|see you (?:on|next)|let'?s meet|we(?:'ll| will) meet|meet(?:ing)? again|(?:moved?|reschedul\w*|postpon\w*|push(?:ed)?)\s+(?:it\s+|our\s+\w+\s+|the\s+\w+\s+)?(?:to|until)\b|prochaine?s?\s+(?:rencontre|reunion|appel|seance|rendez-vous|rdv|entretien)|on se (?:revoit|voit|reparle|retrouve|parle)|nous nous (?:reverrons|verrons|retrouverons)|(?:deplace|reporte|decale)e?s?\s+(?:a|au)\b)`)
	// cancelCueRe marks a line that calls a planned meeting off.
	cancelCueRe = regexp.MustCompile(`\b(?:cancel\w*|call(?:ed|ing)? off|annul\w*)\b`)
	// changeCueRe marks a line that moves a planned meeting.
	changeCueRe = regexp.MustCompile(`\b(?:moved?|reschedul\w*|postpon\w*|push(?:ed)?|instead|deplac\w*|report\w*|decal\w*|plutot)\b`)
	// clockRe is a time of day: "at 2", "at 2:30 pm", "14:00", "14 h", "14h30", "2pm", "à 14 h".
	clockRe = regexp.MustCompile(`(?:\b(?:at|a|vers|@)\s*(\d{1,2})(?:\s*(?::|h)\s*(\d{2})?)?\s*([ap])?\.?\s?(m\b)?\.?|\b(\d{1,2})\s*(?::|h)\s*(\d{2})?\s*([ap])?\.?\s?(m\b)?|\b(\d{1,2})\s*([ap])\.?\s?m\b\.?|\b(noon|midi)\b)`)
)

// readPlan reads the first planning line of a reply written in lang, ref being the
// message's time in the writer's zone. It returns nil when no line plans a meeting
// with a day (or cancels one).
func readPlan(body, lang string, ref time.Time) *Plan {
	if len(body) > maxReadBytes {
		body = body[:maxReadBytes]
	}
	x := &extractor{lang: lang, ref: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	for line := range strings.SplitSeq(body, "\n") {
		if len(line) > maxPlanLine || strings.HasPrefix(strings.TrimSpace(line), ">") {
			continue
		}
		t := newText(line)
		cancel := cancelCueRe.MatchString(t.norm)
		cue := planCueRe.FindStringIndex(t.norm)
		if cue == nil && !cancel {
			continue
		}
		from := 0
		if cue != nil && !cancel {
			from = cue[0] // "We met on Monday. Next meeting Thursday at 2": read after the cue
		}
		p := readPlanAt(x, t.sub(from, len(t.norm)))
		if p == nil && cancel {
			p = &Plan{} // "we have to cancel our next meeting": the next one
		}
		if p == nil {
			continue
		}
		p.Cancel = cancel
		p.Change = !cancel && changeCueRe.MatchString(t.norm)
		return p
	}
	return nil
}

// readPlanAt reads a plan's day, time, length and way of meeting from t.
func readPlanAt(x *extractor, t text) *Plan {
	var day time.Time
	found := false
	for _, d := range findDates(t) {
		if d.kind == kindMonth || d.kind == kindVague {
			continue
		}
		if at, prob := x.place(d, dirFuture); prob == placeOK {
			day, found = at, true
			break
		}
	}
	if !found {
		return nil
	}
	p := &Plan{Date: DayOf(day)}
	norm := t.norm
	clock := clockRe.FindStringSubmatchIndex(norm)
	for clock != nil {
		if hm, ok := clockOf(norm, clock); ok {
			p.Time = hm
			break
		}
		next := clockRe.FindStringSubmatchIndex(norm[clock[1]:])
		if next == nil {
			break
		}
		for i := range next {
			if next[i] >= 0 {
				next[i] += clock[1]
			}
		}
		clock = next
	}
	for _, l := range findLengths(t) {
		if l.problem != "" || l.minutes <= 0 || l.minutes > maxMinutes {
			continue
		}
		if clock != nil && l.start < clock[1] && l.end > clock[0] {
			continue // "14 h" is the time, not a length
		}
		p.Minutes = Minutes(l.minutes)
		break
	}
	var strong, weak []Mode
	for _, h := range modeIndex().find(t) {
		if mode, ok := strings.CutPrefix(h.value, "weak:"); ok {
			weak = append(weak, Mode(mode))
		} else {
			strong = append(strong, Mode(h.value))
		}
	}
	if mode, ok := oneMode(strong, weak); ok {
		p.Mode = mode
	}
	return p
}

// clockOf reads the time of day a clockRe match gives, as "HH:MM". An hour from 1
// to 7 without am or pm is the afternoon: nobody plans a mentoring call at 2 a.m.
func clockOf(s string, m []int) (string, bool) {
	g := func(i int) string { return group(s, m, i) }
	var h, min, ap string
	switch {
	case g(1) != "":
		h, min, ap = g(1), g(2), g(3)
		if ap != "" && g(4) == "" {
			ap = "" // "at 2 a" is not "2 am"
		}
	case g(5) != "":
		h, min, ap = g(5), g(6), g(7)
		if ap != "" && g(8) == "" {
			ap = ""
		}
	case g(9) != "":
		h, ap = g(9), g(10)
	case g(11) != "":
		return "12:00", true
	default:
		return "", false
	}
	hour, minute := atoi(h), atoi(min)
	if hour > 23 || minute > 59 || (ap != "" && (hour == 0 || hour > 12)) {
		return "", false
	}
	switch {
	case ap == "p" && hour < 12:
		hour += 12
	case ap == "a" && hour == 12:
		hour = 0
	case ap == "" && hour >= 1 && hour <= 7:
		hour += 12
	}
	return time.Date(2000, 1, 1, hour, minute, 0, 0, time.UTC).Format("15:04"), true
}
