package program

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The session calendar, in days from a pair's own day 0 (DESIGN.md). A pair added
// mid-session starts its own calendar on its own start date, for the cohort's length.
const (
	checkinEvery   = 14 // a check-in on days 14, 28, 42, ...
	digestFirstDay = 7  // the mentor's digest on days 7, 21, 35, ..., between check-ins
	nudgeAfterDays = 16 // no meeting logged for this long: nudge both partners
	alertAfterDays = 24 // ... and for this long: tell the committee
	// quietDays before the end get no nudge or lapse alert: the wrap-up is coming.
	quietDays = 7
	// surveyWindowDays keeps a pair in the calendar after the wrap-up, so late
	// survey replies still find it active.
	surveyWindowDays = 21
	// tickBatch is how many due pairs one store query returns.
	tickBatch = 200
)

// item is one scheduled message for one recipient.
type item struct {
	key   string
	kind  templates.Kind
	to    *store.Participant // nil: the committee
	due   time.Time
	cycle int
	mid   bool // the mid-session confidentiality reminder
	// until is when the item is superseded (the next cycle's); zero: never.
	until time.Time
	// lapseDays and lapseRef describe a nudge or lapse alert.
	lapseDays int
	lapseRef  time.Time
	// awayUntil holds a nudge or lapse alert while its recipient (for an alert,
	// either partner) is away, as an out-of-office reply said.
	awayUntil *time.Time
}

// fewerEvery is the check-in spacing, in cycles, of someone who asked for fewer
// reminders: every second check-in, so one every four weeks.
const fewerEvery = 2

// TickResult counts what a tick did.
type TickResult struct {
	Pairs    int // pairs looked at
	Enqueued int // outbox rows made
}

// Tick looks at every pair whose next calendar time has come, enqueues what is due
// (with idempotency keys, so any number of ticks, before or after a restart, add
// each message once) and records when each pair must next be looked at.
// The pairs come first, and the program-wide work (health digests, retention)
// after: a failure there must not hold back anyone's scheduled mail.
func (p *Program) Tick(ctx context.Context) (TickResult, error) {
	now := p.now()
	res, err := p.tickPairs(ctx, now)
	if ctx.Err() != nil {
		return res, err
	}
	n, perr := p.tickProgram(ctx, now)
	res.Enqueued += n
	if n > 0 {
		p.notify()
	}
	return res, errors.Join(err, perr)
}

// tickPairs is the calendar of each pair whose time has come.
func (p *Program) tickPairs(ctx context.Context, now time.Time) (TickResult, error) {
	var res TickResult
	var failed error
	seen := map[int64]bool{}
	for {
		ids, err := p.store.DuePairs(now, tickBatch)
		if err != nil {
			return res, err
		}
		fresh := 0
		for _, id := range ids {
			if seen[id] {
				continue // scheduled for now again (a wake during this tick): next tick
			}
			seen[id] = true
			fresh++
			if err := ctx.Err(); err != nil {
				return res, err
			}
			n, err := p.tickPair(id, now)
			if err != nil {
				// One pair's trouble must not hold back the others: it stays due and
				// is tried again at the next tick.
				p.log.Error("calendar: pair skipped", "pair", id, "err", err)
				failed = errors.Join(failed, err)
				continue
			}
			res.Pairs++
			res.Enqueued += n
		}
		if fresh == 0 || len(ids) < tickBatch {
			if res.Enqueued > 0 {
				p.notify()
			}
			return res, failed
		}
	}
}

func (p *Program) tickPair(id int64, now time.Time) (int, error) {
	made := 0
	err := p.store.Tx(func(tx *store.Tx) error {
		v, err := tx.LoadPair(id)
		if err != nil {
			return err
		}
		last, err := tx.LastMeetingDate(id)
		if err != nil {
			return err
		}
		// The pair was introduced when its first introduction was made; none yet
		// means it is introduced now (a pair imported after its start date).
		introduced := p.introducedAt(v, now)
		pk := fmt.Sprintf("p%d", id)
		if at, err := tx.FirstCreated("intro:"+pk+":"+store.RoleMentee, "intro:"+pk+":"+store.RoleMentor); err != nil {
			return err
		} else if at != nil {
			introduced = *at
		}
		items, end, err := p.schedule(v, last, introduced)
		if err != nil {
			return err
		}
		items = p.holdItems(v, items)
		next := time.Time{}
		for _, it := range items {
			due, ok := p.effectiveDue(it, now)
			if !ok {
				continue
			}
			if due.After(now) {
				if next.IsZero() || due.Before(next) {
					next = due
				}
				continue
			}
			m, err := p.compose(tx, v, it, due)
			if err != nil {
				return err
			}
			ok, err = p.enqueue(tx, m)
			if err != nil {
				return err
			}
			if ok {
				made++
			}
		}
		if next.IsZero() {
			closeAt := end.AddDate(0, 0, surveyWindowDays)
			if !now.Before(closeAt) {
				return tx.EndPair(id)
			}
			next = closeAt
		}
		return tx.SetNextTick(id, next)
	})
	if err != nil {
		return 0, fmt.Errorf("program: calendar of pair %d: %w", id, err)
	}
	return made, nil
}

// dayAt returns the send hour, in loc, of the day that is offset days after start.
func (p *Program) dayAt(start time.Time, offset int, loc *time.Location) time.Time {
	return time.Date(start.Year(), start.Month(), start.Day()+offset, p.opts.SendHour, 0, 0, 0, loc)
}

// schedule lists every scheduled item of the pair's session, and the session's end.
// A pair one of whose partners left has none: the other is not prompted to meet,
// nor nudged for not meeting, someone who is gone, and the committee, told when
// they left, is not alerted that the pair lapses.
func (p *Program) schedule(v *store.PairView, lastMeeting string, introduced time.Time) ([]item, time.Time, error) {
	start, err := time.Parse(time.DateOnly, v.Pair.StartDate)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("program: pair %d has a bad start date %q", v.Pair.ID, v.Pair.StartDate)
	}
	days := v.Cohort.Days
	if v.Mentor.Status == store.StatusWithdrawn || v.Mentee.Status == store.StatusWithdrawn {
		return nil, p.dayAt(start, days, p.opts.Location), nil
	}
	var items []item
	pk := fmt.Sprintf("p%d", v.Pair.ID)
	for _, pt := range []*store.Participant{&v.Mentee, &v.Mentor} {
		loc := p.location(pt)
		at := func(d int) time.Time { return p.dayAt(start, d, loc) }
		r := pt.Role
		items = append(items,
			item{key: "intro:" + pk + ":" + r, kind: templates.KindIntroduction, to: pt, due: at(0)},
			item{key: "goals:" + pk + ":" + r, kind: templates.KindGoalsPrompt, to: pt, due: at(0)},
			// The first confidentiality reminder gives way to the mid-session one:
			// a pair imported late gets one reminder, not two the same morning.
			item{key: "conf:" + pk + ":start:" + r, kind: templates.KindConfidentiality, to: pt, due: at(0), until: at(days / 2)},
		)
		step := 1
		if pt.FewerReminders {
			step = fewerEvery
		}
		for c := step; c*checkinEvery < days; c += step {
			until := at((c + step) * checkinEvery)
			if (c+step)*checkinEvery >= days {
				until = at(days)
			}
			items = append(items, item{key: fmt.Sprintf("checkin:%s:c%d:%s", pk, c, r), kind: templates.KindCheckin,
				to: pt, due: at(c * checkinEvery), cycle: c, until: until})
		}
		mid := days / 2
		items = append(items,
			item{key: "mid:" + pk + ":" + r, kind: templates.KindMidSession, to: pt, due: at(mid)},
			item{key: "conf:" + pk + ":mid:" + r, kind: templates.KindConfidentiality, to: pt, due: at(mid), mid: true},
			item{key: "wrapup:" + pk + ":" + r, kind: templates.KindWrapup, to: pt, due: at(days)},
		)
		if pt.Role == store.RoleMentor && !pt.DigestOff {
			for c, d := 1, digestFirstDay; d < days; c, d = c+1, d+checkinEvery {
				until := at(d + checkinEvery)
				if d+checkinEvery >= days {
					until = at(days)
				}
				items = append(items, item{key: fmt.Sprintf("digest:%s:c%d", pk, c), kind: templates.KindDigest,
					to: pt, due: at(d), cycle: c, until: until})
			}
		}
	}
	items = append(items, p.lapseItems(v, start, days, lastMeeting, introduced)...)
	return items, p.dayAt(start, days, p.opts.Location), nil
}

// lapseItems are the nudges and the committee alert for a pair that has not logged
// a meeting for a while. The reference day is the latest of the last meeting, the
// session start, the day the pair was introduced (later than the start for a
// pair imported late) and the end of either partner's pause; a new meeting moves
// it, so each lapse is nudged once.
func (p *Program) lapseItems(v *store.PairView, start time.Time, days int, lastMeeting string, introduced time.Time) []item {
	ref := start
	if t, err := time.Parse(time.DateOnly, lastMeeting); err == nil && t.After(ref) {
		ref = t
	}
	// An introduction made on its due day (which may be the next day in the
	// program's zone for a recipient far west) leaves the start as the reference.
	i := introduced.In(p.opts.Location)
	if d := time.Date(i.Year(), i.Month(), i.Day(), 0, 0, 0, 0, time.UTC); d.After(start.AddDate(0, 0, 1)) && d.After(ref) {
		ref = d
	}
	for _, pt := range []*store.Participant{&v.Mentor, &v.Mentee} {
		if pt.PausedUntil != nil {
			u := pt.PausedUntil.In(p.location(pt))
			if d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC); d.After(ref) {
				ref = d
			}
		}
	}
	ref = p.pairPauseRef(v, ref)
	end := start.AddDate(0, 0, days)
	quiet := end.AddDate(0, 0, -quietDays)
	refKey := ref.Format("20060102")
	pk := fmt.Sprintf("p%d", v.Pair.ID)
	var items []item
	if ref.AddDate(0, 0, nudgeAfterDays).Before(quiet) {
		for _, pt := range []*store.Participant{&v.Mentee, &v.Mentor} {
			if pt.FewerReminders {
				continue // fewer reminders: no nudges
			}
			items = append(items, item{key: fmt.Sprintf("nudge:%s:%s:%s", pk, refKey, pt.Role), kind: templates.KindNudge,
				to: pt, due: p.dayAt(ref, nudgeAfterDays, p.location(pt)), until: p.dayAt(end, 0, p.location(pt)),
				lapseDays: nudgeAfterDays, lapseRef: ref, awayUntil: pt.AwayUntil})
		}
	}
	if ref.AddDate(0, 0, alertAfterDays).Before(quiet) {
		away := v.Mentor.AwayUntil
		if a := v.Mentee.AwayUntil; a != nil && (away == nil || a.After(*away)) {
			away = a
		}
		items = append(items, item{key: fmt.Sprintf("alert:lapse:%s:%s", pk, refKey), kind: templates.KindCommitteeAlert,
			due: p.dayAt(ref, alertAfterDays, p.opts.Location), until: p.dayAt(end, 0, p.opts.Location),
			lapseDays: alertAfterDays, lapseRef: ref, awayUntil: away})
	}
	return items
}

// effectiveDue is when an item goes out: its due time, or for a paused recipient the
// send hour after the pause ends. It reports false for an item that is never to be
// sent: superseded by a later cycle, or for someone who left or whose mail bounced.
func (p *Program) effectiveDue(it item, now time.Time) (time.Time, bool) {
	due := it.due
	if pt := it.to; pt != nil {
		if pt.Status == store.StatusWithdrawn || pt.MailStopped {
			return time.Time{}, false
		}
		if pt.PausedUntil != nil && pt.PausedUntil.After(due) {
			loc := p.location(pt)
			u := pt.PausedUntil.In(loc)
			due = time.Date(u.Year(), u.Month(), u.Day(), p.opts.SendHour, 0, 0, 0, loc)
			if due.Before(*pt.PausedUntil) {
				due = due.AddDate(0, 0, 1)
			}
		}
	}
	if it.awayUntil != nil && it.awayUntil.After(due) {
		// Away, as an out-of-office reply said: the nudge or alert waits for the
		// send hour on the day they are back.
		loc := p.opts.Location
		if it.to != nil {
			loc = p.location(it.to)
		}
		u := it.awayUntil.In(loc)
		due = time.Date(u.Year(), u.Month(), u.Day(), p.opts.SendHour, 0, 0, 0, loc)
		if due.Before(*it.awayUntil) {
			due = due.AddDate(0, 0, 1)
		}
	}
	if !it.until.IsZero() && (!due.Before(it.until) || !now.Before(it.until)) {
		return time.Time{}, false
	}
	return due.UTC(), true
}

// RunCalendar ticks every interval until ctx is done. A failed tick is logged and
// tried again at the next interval: every tick is idempotent.
func (p *Program) RunCalendar(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		res, err := p.Tick(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			p.log.Error("calendar tick failed", "err", err)
		case res.Enqueued > 0:
			p.log.Info("calendar tick", "pairs", res.Pairs, "enqueued", res.Enqueued)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
