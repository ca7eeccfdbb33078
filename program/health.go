package program

import (
	"context"
	"fmt"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The committee's weekly health digest: the report's figures for each cohort that
// has an active pair, the questions waiting more than healthQuestionDays, and the
// messages quarantined that week. It goes out on Mondays at the send hour in the
// program's time zone, once per cohort per ISO week.

// healthQuestionDays is how long a question waits before the digest lists it.
const healthQuestionDays = 3

// tickProgram is the calendar's program-wide part: this week's health digests and
// the purge of raw messages past retention. When nothing is due it costs three
// small reads: the cohorts with an active pair, their digest keys, and one index
// probe for expired raw messages.
func (p *Program) tickProgram(ctx context.Context, now time.Time) (int, error) {
	made, err := p.tickHealth(ctx, now)
	if err != nil {
		return made, err
	}
	asked, err := p.tickPlanned(ctx, now) // happened.go
	made += asked
	if err != nil {
		return made, err
	}
	prepared, err := p.tickPrep(ctx, now) // prep.go
	made += prepared
	if err != nil {
		return made, err
	}
	_, err = p.purgeBefore(ctx, now)
	return made, err
}

// healthWeek returns the Monday of now's week in the program's time zone and the
// time the week's digest is due (that Monday at the send hour).
func (p *Program) healthWeek(now time.Time) (monday, due time.Time) {
	loc := p.opts.Location
	l := now.In(loc)
	back := (int(l.Weekday()) + 6) % 7 // days since Monday
	monday = time.Date(l.Year(), l.Month(), l.Day()-back, 0, 0, 0, 0, loc)
	return monday, time.Date(monday.Year(), monday.Month(), monday.Day(), p.opts.SendHour, 0, 0, 0, loc)
}

// healthKey is the digest's idempotency key, "health:<cohortID>:<YYYY-Www>".
func healthKey(cohortID int64, monday time.Time) string {
	y, w := monday.ISOWeek()
	return fmt.Sprintf("health:%d:%04d-W%02d", cohortID, y, w)
}

// tickHealth enqueues this week's digest for each cohort that has an active pair
// and has started, once the week's send hour has come. The keys are checked
// before anything is computed.
func (p *Program) tickHealth(ctx context.Context, now time.Time) (int, error) {
	if p.opts.NoHealthDigest {
		return 0, nil
	}
	monday, due := p.healthWeek(now)
	if now.Before(due) {
		return 0, nil
	}
	cohorts, err := p.store.ReportCohorts()
	if err != nil || len(cohorts) == 0 {
		return 0, err
	}
	keys := make([]string, len(cohorts))
	for i, c := range cohorts {
		keys[i] = healthKey(c.ID, monday)
	}
	have, err := p.store.OutboxKeys(keys)
	if err != nil {
		return 0, err
	}
	today := now.In(p.opts.Location).Format(time.DateOnly)
	made := 0
	for i, c := range cohorts {
		if have[keys[i]] || c.StartDate > today {
			continue
		}
		if err := ctx.Err(); err != nil {
			return made, err
		}
		var ok bool
		err := p.store.Tx(func(tx *store.Tx) error {
			d, err := p.digestData(tx, c.ID, monday, now)
			if err != nil {
				return err
			}
			ok, err = p.enqueue(tx, outMail{key: keys[i], kind: templates.KindHealthDigest, lang: p.opts.CommitteeLanguage,
				to: p.opts.CommitteeAddress, due: due.UTC(), data: d})
			return err
		})
		if err != nil {
			return made, fmt.Errorf("program: health digest of cohort %d: %w", c.ID, err)
		}
		if ok {
			made++
			p.log.Info("health digest enqueued", "cohort", c.ID, "key", keys[i])
		}
	}
	return made, nil
}

// digestData computes the health digest of a cohort for the week that starts on
// monday, as of now: the report's figures, the questions waiting more than three
// days, and the messages quarantined in the seven days before the digest was due.
func (p *Program) digestData(tx *store.Tx, cohortID int64, monday, now time.Time) (templates.HealthDigest, error) {
	d, err := tx.ReportData(cohortID)
	if err != nil {
		return templates.HealthDigest{}, err
	}
	r := buildReport(d, now, p.opts.Location)
	_, due := p.healthWeek(monday)
	q, err := tx.CountQuarantined(due.AddDate(0, 0, -7))
	if err != nil {
		return templates.HealthDigest{}, err
	}
	hd := r.healthDigest(monday, q)
	hd.Review, hd.ReviewOpen, err = p.reviewLines(tx)
	return hd, err
}

// healthDigest turns the report into the digest's data.
func (r *Report) healthDigest(monday time.Time, quarantined int) templates.HealthDigest {
	hd := templates.HealthDigest{Cohort: r.Cohort, WeekOf: monday, Quarantined: quarantined,
		Totals: templates.HealthTotals{Pairs: r.Totals.Pairs, Meetings: r.Totals.Meetings, Target: r.Totals.Target,
			GoalsSet: r.Totals.GoalsSet, GoalsDone: r.Totals.GoalsDone, Lapsing: r.Totals.Lapsing}}
	for _, pr := range r.Pairs {
		h := templates.PairHealth{MentorName: pr.Mentor, MenteeName: pr.Mentee, Meetings: pr.Meetings,
			Target: pr.Target, DaysSince: pr.DaysSince, GoalsSet: pr.GoalsSet, GoalsDone: pr.GoalsDone}
		h.LastMeeting, _ = time.Parse(time.DateOnly, pr.LastMeeting)
		for _, f := range pr.Flags {
			switch f {
			case FlagLapsing:
				h.Flags = append(h.Flags, templates.FlagLapsing)
			case FlagPaused:
				h.Flags = append(h.Flags, templates.FlagPaused)
			case FlagBouncing:
				h.Flags = append(h.Flags, templates.FlagBouncing)
			case FlagWithdrawn:
				h.Flags = append(h.Flags, templates.FlagLeft)
			}
		}
		if pr.OpenQuestions > 0 {
			h.Flags = append(h.Flags, templates.FlagQuestion)
		}
		hd.Pairs = append(hd.Pairs, h)
	}
	for _, q := range r.OpenQuestions {
		if q.Days > healthQuestionDays {
			hd.OpenQuestions = append(hd.OpenQuestions, templates.OpenQuestion{Asker: q.Asker,
				AskedAt: q.AskedAt, Days: q.Days})
		}
	}
	return hd
}
