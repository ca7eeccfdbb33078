package bench

// calendar: Program.Tick over a large cohort against the same tick over a cohort
// a hundred times smaller, with nothing due and with 1% of pairs due. The tick
// reads only pairs whose next_tick_at has come, so its cost should follow what
// is due, not the size of the cohort.

import (
	"context"
	"fmt"
	"io"
	"math"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// calendarRatioTarget bounds the ratios that should be 1: a tick over the large
// cohort against the small one, for the same work per due pair.
const calendarRatioTarget = 2.0

// calendarReps is how many times each tick is timed; the median is kept.
const calendarReps = 5

// tickCohort is one cohort of the calendar workload, in its own store.
type tickCohort struct {
	env *env
	c   *cohort
	due []int64 // the pairs made due for the "1% due" case
}

// newTickCohort builds n pairs on day 14 of their session: their check-ins are
// due, everything before them has gone out. All pairs are scheduled for
// tomorrow; due lists the one in a hundred that the "1% due" case wakes.
func newTickCohort(opts *Options, dir string, n int) (*tickCohort, error) {
	cfg, err := newConfig(dir, nil)
	if err != nil {
		return nil, err
	}
	// Day 14, after the send hour in every Canadian time zone.
	now := time.Date(2026, 9, 21, 20, 0, 0, 0, time.UTC)
	start := now.AddDate(0, 0, -14).Truncate(24 * time.Hour)
	e, err := newEnv(cfg, now, opts.Logger)
	if err != nil {
		return nil, err
	}
	tomorrow := now.AddDate(0, 0, 1)
	c, err := e.addCohort("Bench", n, start, func(int) *time.Time { return &tomorrow })
	if err != nil {
		e.close()
		return nil, err
	}
	tc := &tickCohort{env: e, c: c}
	for i := 0; i < n; i += 100 {
		tc.due = append(tc.due, c.pairs[i].ID)
	}
	if err := tc.sentBefore(); err != nil {
		e.close()
		return nil, err
	}
	return tc, nil
}

// sentBefore records, for the pairs that will be due, what the calendar sent
// before day 14 (introductions, goals prompts, confidentiality reminders, the
// first digest), so that their tick enqueues what day 14 brings: two check-ins.
func (tc *tickCohort) sentBefore() error {
	var rows []store.Outbox
	sent := tc.env.now.AddDate(0, 0, -7)
	for _, id := range tc.due {
		pk := fmt.Sprintf("p%d", id)
		keys := []string{"digest:" + pk + ":c1"}
		for _, r := range []string{store.RoleMentor, store.RoleMentee} {
			keys = append(keys, "intro:"+pk+":"+r, "goals:"+pk+":"+r, "conf:"+pk+":start:"+r)
		}
		for _, k := range keys {
			rows = append(rows, store.Outbox{IdemKey: k, MessageID: k + "@" + domain, Kind: string(templates.KindIntroduction),
				Lang: "en", ToAddr: "someone@" + domain, DueAt: sent, State: store.OutboxSent, SentAt: &sent, CreatedAt: sent})
		}
	}
	if err := tc.env.store.InsertRows(rows); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// schedule sets the due pairs' next tick: now when wake, else tomorrow, and
// removes the check-ins an earlier tick made.
func (tc *tickCohort) schedule(wake bool) error {
	at := tc.env.now.AddDate(0, 0, 1)
	if wake {
		at = tc.env.now.Add(-time.Hour)
	}
	if err := tc.env.store.SetPairsNextTick(tc.due, at); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	// The store keeps every key it was given (one row per key, ever); the bench
	// makes the same check-ins again on purpose. The rows that remain still
	// hold their keys in the outbox.
	if err := tc.env.store.DeleteOutboxKind(string(templates.KindCheckin)); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// tick times one Program.Tick with the due pairs woken or not; it returns the
// median of calendarReps runs and what the last one did.
func (tc *tickCohort) tick(ctx context.Context, wake bool) (time.Duration, int, int, error) {
	var times []time.Duration
	var pairs, enqueued int
	for range calendarReps {
		if err := tc.schedule(wake); err != nil {
			return 0, 0, 0, err
		}
		var err error
		pprof.Do(ctx, pprof.Labels("workload", Calendar, "side", "ours"), func(ctx context.Context) {
			t := time.Now()
			res, terr := tc.env.prog.Tick(ctx)
			times = append(times, time.Since(t))
			pairs, enqueued, err = res.Pairs, res.Enqueued, terr
		})
		if err != nil {
			return 0, 0, 0, err
		}
	}
	slices.Sort(times)
	return times[len(times)/2], pairs, enqueued, nil
}

func runCalendar(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	bigN := opts.CalendarPairs
	smallN := max(bigN/100, 100)
	t := time.Now()
	big, err := newTickCohort(opts, dir+"/big", bigN)
	if err != nil {
		return nil, err
	}
	defer big.env.close()
	small, err := newTickCohort(opts, dir+"/small", smallN)
	if err != nil {
		return nil, err
	}
	defer small.env.close()
	fmt.Fprintf(opts.Out, "  set-up: %d and %d pairs in %s\n", bigN, smallN, dur(time.Since(t)))

	var rows []Row
	// The first tick after Monday's send hour also makes the week's health digest
	// for the committee, over the whole cohort.
	rows = append(rows, healthTick(ctx, opts.Out, big, small))
	for _, tc := range []*tickCohort{big, small} {
		if err := tc.healthSent(); err != nil {
			return nil, err
		}
	}

	// Nothing due: the tick finds no pair.
	bt, bp, _, err := big.tick(ctx, false)
	if err != nil {
		return nil, err
	}
	st, sp, _, err := small.tick(ctx, false)
	if err != nil {
		return nil, err
	}
	if bp != 0 || sp != 0 {
		return nil, fmt.Errorf("bench: a tick with nothing due looked at %d and %d pairs", bp, sp)
	}
	r := bt.Seconds() / st.Seconds()
	rows = append(rows, Row{Workload: Calendar, Case: fmt.Sprintf("nothing due: %d pairs vs %d", bigN, smallN),
		Floor: dur(st), Ours: dur(bt), Ratio: r, Target: fmt.Sprintf("≤ %.1f", calendarRatioTarget), Met: verdict(r <= calendarRatioTarget)})

	// 1% due: each due pair enqueues its two check-ins.
	bt, bp, be, err := big.tick(ctx, true)
	if err != nil {
		return nil, err
	}
	st, sp, se, err := small.tick(ctx, true)
	if err != nil {
		return nil, err
	}
	if bp != len(big.due) || sp != len(small.due) || be != 2*bp || se != 2*sp {
		return nil, fmt.Errorf("bench: 1%% due: ticks looked at %d and %d pairs and enqueued %d and %d", bp, sp, be, se)
	}
	fmt.Fprintf(opts.Out, "  1%% due: %d pairs (%d check-ins) in %s; %d pairs (%d check-ins) in %s\n", bp, be, dur(bt), sp, se, dur(st))
	rows = append(rows, Row{Workload: Calendar, Case: fmt.Sprintf("1%% due: %d of %d pairs vs %d of %d, total time", bp, bigN, sp, smallN),
		Floor: dur(st), Ours: dur(bt), Ratio: bt.Seconds() / st.Seconds(), Target: fmt.Sprintf("≈ %d (due ratio)", bp/max(sp, 1))})
	perBig, perSmall := bt/time.Duration(bp), st/time.Duration(sp)
	r = perBig.Seconds() / perSmall.Seconds()
	rows = append(rows, Row{Workload: Calendar, Case: "1% due: time per due pair", Floor: dur(perSmall), Ours: dur(perBig), Ratio: r,
		Target: fmt.Sprintf("≤ %.1f", calendarRatioTarget), Met: verdict(r <= calendarRatioTarget)})
	return rows, nil
}

// healthTick times the week's first tick, which makes the committee's health
// digest of each cohort, with nothing else due.
func healthTick(ctx context.Context, out io.Writer, big, small *tickCohort) Row {
	row := Row{Workload: Calendar, Case: fmt.Sprintf("weekly health digest tick: %d pairs vs %d", len(big.c.pairs), len(small.c.pairs))}
	var times [2]time.Duration
	var errs [2]error
	for i, tc := range []*tickCohort{big, small} {
		if err := tc.schedule(false); err != nil {
			errs[i] = err
			continue
		}
		pprof.Do(ctx, pprof.Labels("workload", Calendar, "side", "ours"), func(ctx context.Context) {
			t := time.Now()
			_, errs[i] = tc.env.prog.Tick(ctx)
			times[i] = time.Since(t)
		})
	}
	row.Ours, row.Floor, row.Ratio = dur(times[0]), dur(times[1]), math.NaN()
	for i, err := range errs {
		if err != nil {
			fmt.Fprintf(out, "  health digest tick of the %s cohort failed: %v\n", []string{"large", "small"}[i], err)
		}
	}
	if errs[0] != nil {
		row.Ours = "failed: " + lastPart(errs[0])
		row.Met = "MISS"
	}
	if errs[1] != nil {
		row.Floor = "failed: " + lastPart(errs[1])
	}
	if errs[0] == nil && errs[1] == nil {
		row.Ratio = times[0].Seconds() / times[1].Seconds()
		row.Target = fmt.Sprintf("≈ %d (cohort ratio)", len(big.c.pairs)/len(small.c.pairs))
	}
	return row
}

// healthSent records this week's health digest as made, as it is in steady
// state (its key is "health:<cohortID>:<YYYY-Www>", the Monday's ISO week), so
// that the ticks measured next are the per-minute ones.
func (tc *tickCohort) healthSent() error {
	loc := tc.env.cfg.Location()
	l := tc.env.now.In(loc)
	monday := time.Date(l.Year(), l.Month(), l.Day()-(int(l.Weekday())+6)%7, 0, 0, 0, 0, loc)
	y, w := monday.ISOWeek()
	key := fmt.Sprintf("health:%d:%04d-W%02d", tc.c.id, y, w)
	sent := tc.env.now
	o := store.Outbox{IdemKey: key, MessageID: key + "@" + domain, Kind: string(templates.KindHealthDigest), Lang: "en",
		ToAddr: tc.env.cfg.Program.CommitteeAddress, DueAt: sent, State: store.OutboxSent, SentAt: &sent, CreatedAt: sent}
	if err := tc.env.store.EnsureOutboxRow(&o); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// lastPart is the innermost cause of a wrapped error message, for the table;
// the whole message is printed above it.
func lastPart(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}
