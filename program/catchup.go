package program

import (
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Catch-up policies of a pair imported after its start (roster.CatchUp*): the
// values the store keeps on the pair.
const (
	catchUpIntro = "intro"
	catchUpNone  = "none"
)

// calendarFrom is the first moment, in the program's zone, of the day from
// which a late pair's calendar runs; zero when it runs from its start.
func (p *Program) calendarFrom(v *store.PairView) time.Time {
	if v.Pair.CalendarFrom == "" || (v.Pair.CatchUp != catchUpIntro && v.Pair.CatchUp != catchUpNone) {
		return time.Time{}
	}
	d, err := time.ParseInLocation(time.DateOnly, v.Pair.CalendarFrom, p.opts.Location)
	if err != nil {
		return time.Time{}
	}
	return d
}

// introducedAt is when a pair not introduced yet counts as introduced, for its
// lapse reminders: now, or for a pair that is never introduced (catch-up none)
// the day its calendar began.
func (p *Program) introducedAt(v *store.PairView, now time.Time) time.Time {
	if from := p.calendarFrom(v); !from.IsZero() && v.Pair.CatchUp == catchUpNone {
		return from
	}
	return now
}

// holdItems applies what the committee decided for the pair to its schedule:
// the catch-up of a late pair drops what fell due before its calendar began
// (but the introduction and goals prompt under catch-up intro), and a pair
// pause moves what falls due during it to the send hour after it.
func (p *Program) holdItems(v *store.PairView, items []item) []item {
	from := p.calendarFrom(v)
	out := items[:0]
	for _, it := range items {
		if !from.IsZero() && it.due.Before(from) {
			keep := v.Pair.CatchUp == catchUpIntro &&
				(it.kind == templates.KindIntroduction || it.kind == templates.KindGoalsPrompt)
			if !keep {
				continue
			}
		}
		if u := v.Pair.PausedUntil; u != nil && it.to != nil && u.After(it.due) {
			loc := p.location(it.to)
			l := u.In(loc)
			due := time.Date(l.Year(), l.Month(), l.Day(), p.opts.SendHour, 0, 0, 0, loc)
			if due.Before(*u) {
				due = due.AddDate(0, 0, 1)
			}
			it.due = due
		}
		out = append(out, it)
	}
	return out
}

// pairPauseRef moves a lapse reference day past the pair's pause: weeks the
// committee paused are not weeks without a meeting.
func (p *Program) pairPauseRef(v *store.PairView, ref time.Time) time.Time {
	if u := v.Pair.PausedUntil; u != nil {
		l := u.In(p.opts.Location)
		if d := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC); d.After(ref) {
			return d
		}
	}
	return ref
}
