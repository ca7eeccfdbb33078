package program

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// "Did it happen?": once a planned meeting's time has passed and neither
// partner has logged a meeting that day, the mentee (or, when no mail reaches
// them, the mentor) gets a one-line question. "yes" logs the meeting with its
// planned day, length and way of meeting, through the same rule and receipt as
// any meeting a partner reports; "no" records that it did not take place; a new
// date moves it (plan.go).

const (
	// happenedAfter is how long after a planned meeting's end the question goes.
	happenedAfter = 2 * time.Hour
	// happenedGiveUp is how long an unanswered question waits before the
	// planned meeting counts as missed.
	happenedGiveUp = 14 * 24 * time.Hour
	// plannedBatch is how many past planned meetings one tick reads.
	plannedBatch = 200
)

// happenedKey is the question's idempotency key; the answer finds its planned
// meeting by it.
func happenedKey(pmID int64) string { return fmt.Sprintf("happened:%d", pmID) }

// happenedKeyPlanned reads the planned meeting's id from a question's key.
func happenedKeyPlanned(key string) (int64, bool) { return keyPlanned(key, "happened:") }

// keyPlanned reads the planned meeting's id from an idempotency key made of
// prefix and the id ("happened:12", "prep:12").
func keyPlanned(key, prefix string) (int64, bool) {
	rest, ok := strings.CutPrefix(key, prefix)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(rest, 10, 64)
	return n, err == nil
}

// plannedEnd is when a planned meeting ends: its start plus its length (an
// hour when none was given), or the end of its day for a day without a time.
func plannedEnd(pm *store.PlannedMeeting) time.Time {
	if pm.AllDay {
		return pm.StartsAt.Add(24 * time.Hour)
	}
	mins := pm.Minutes
	if mins <= 0 {
		mins = 60
	}
	return pm.StartsAt.Add(time.Duration(mins) * time.Minute)
}

// tickPlanned looks at the planned meetings whose time has passed: one a
// partner logged is held; otherwise the question goes once, and a question
// left unanswered makes the meeting missed.
func (p *Program) tickPlanned(ctx context.Context, now time.Time) (int, error) {
	var due []store.PlannedMeeting
	err := p.store.Tx(func(tx *store.Tx) error {
		var err error
		due, err = tx.PlannedDue(now.Add(-happenedAfter), plannedBatch)
		return err
	})
	if err != nil {
		return 0, err
	}
	made := 0
	var failed error
	for i := range due {
		if err := ctx.Err(); err != nil {
			return made, err
		}
		pm := &due[i]
		if plannedEnd(pm).Add(happenedAfter).After(now) {
			continue
		}
		err := p.store.Tx(func(tx *store.Tx) error {
			n, err := p.askHappened(tx, pm, now)
			made += n
			return err
		})
		if err != nil {
			p.log.Error("calendar: planned meeting skipped", "planned", pm.ID, "err", err)
			failed = errors.Join(failed, err)
		}
	}
	return made, failed
}

// askHappened settles one past planned meeting, or asks about it.
func (p *Program) askHappened(tx *store.Tx, pm *store.PlannedMeeting, now time.Time) (int, error) {
	v, err := tx.LoadPair(pm.PairID)
	if err != nil {
		return 0, err
	}
	if id, err := p.loggedOnPlannedDay(tx, v, pm); err != nil || id != 0 {
		if err != nil {
			return 0, err
		}
		return 0, tx.UpdatePlanned(pm.ID, map[string]any{"state": store.PlanHeld, "meeting_id": id, "updated_at": now})
	}
	if pm.AskedAt != nil {
		if now.Sub(*pm.AskedAt) > happenedGiveUp {
			return 0, tx.UpdatePlanned(pm.ID, map[string]any{"state": store.PlanMissed, "updated_at": now})
		}
		return 0, nil
	}
	to := &v.Mentee
	if !reachable(to) {
		to = &v.Mentor
	}
	if err := tx.UpdatePlanned(pm.ID, map[string]any{"asked_at": now, "updated_at": now}); err != nil {
		return 0, err
	}
	if !reachable(to) {
		return 0, nil
	}
	loc := p.location(to)
	made, err := p.enqueue(tx, outMail{key: happenedKey(pm.ID), kind: templates.KindMeetingHappened, lang: to.Language,
		to: to.Email, participant: to, pairID: v.Pair.ID, due: now,
		data: templates.MeetingHappened{Name: firstName(to), PartnerName: firstName(v.Partner(to.ID)),
			Start: plannedStartIn(pm, loc), AllDay: pm.AllDay, Minutes: pm.Minutes, Mode: templates.Mode(pm.Mode)}})
	if made {
		return 1, err
	}
	return 0, err
}

// reachable reports whether mail reaches a participant.
func reachable(pt *store.Participant) bool {
	return !pt.MailStopped && pt.Status == store.StatusActive && !store.IsForgotten(pt)
}

// plannedStartIn is the planned meeting's start as a reader in loc sees it; a
// day without a time is the writer's day.
func plannedStartIn(pm *store.PlannedMeeting, loc *time.Location) time.Time {
	if pm.AllDay {
		if d, err := time.ParseInLocation(time.DateOnly, pm.LocalDate, loc); err == nil {
			return d
		}
	}
	return pm.StartsAt.In(loc)
}

// loggedOnPlannedDay returns the id of a meeting the pair logged on the planned
// day (on the writer's calendar or either partner's), or 0.
func (p *Program) loggedOnPlannedDay(tx *store.Tx, v *store.PairView, pm *store.PlannedMeeting) (int64, error) {
	days := []string{pm.LocalDate, localDay(pm.StartsAt, p.location(&v.Mentor)), localDay(pm.StartsAt, p.location(&v.Mentee))}
	ms, err := tx.PairMeetings(v.Pair.ID)
	if err != nil {
		return 0, err
	}
	for _, m := range ms {
		if slices.Contains(days, m.Date) {
			return m.ID, nil
		}
	}
	return 0, nil
}

// happenedAnswer reads a reply to the "did it happen?" question before the rule
// sees it: "yes" becomes the meeting as planned, reported like any other; "no"
// marks it missed. It returns the planned meeting asked about (nil when the
// reply answers something else) and what it did for the inbound row's reason.
func (p *Program) happenedAnswer(tx *store.Tx, st *replyState) (*store.PlannedMeeting, string, error) {
	if st.targetKind() != templates.KindMeetingHappened || st.v == nil {
		return nil, "", nil
	}
	id, ok := happenedKeyPlanned(st.target.IdemKey)
	if !ok {
		return nil, "", nil
	}
	pm, err := tx.PlannedByID(id)
	if errors.Is(err, store.ErrNotFound) || err == nil && pm.PairID != st.v.Pair.ID {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	r := st.r
	yes, no := hasCommand(r, parser.CmdConfirm), hasCommand(r, parser.CmdDecline)
	if !yes && !no {
		if c := oneWordAnswer(r.ReplyText); c != "" {
			yes, no = c == parser.CmdConfirm, c == parser.CmdDecline
		}
	}
	// The yes or no answers this question: it is no command of its own.
	r.Commands = slices.DeleteFunc(r.Commands, func(c parser.Command) bool {
		return c.Name == parser.CmdConfirm || c.Name == parser.CmdDecline
	})
	switch {
	case yes && r.Meeting == nil && pm.State == store.PlanPlanned:
		m := parser.Meeting{Date: parser.Day(pm.LocalDate), Minutes: parser.Minutes(pm.Minutes), Mode: parser.Mode(pm.Mode),
			Topics: []parser.TopicRef{}}
		r.Meeting, r.Meetings = &m, []parser.Meeting{m}
		return pm, "", nil
	case no && pm.State == store.PlanPlanned:
		return pm, "meeting missed", tx.UpdatePlanned(pm.ID, map[string]any{"state": store.PlanMissed, "updated_at": p.now()})
	}
	return pm, "", nil
}

// heldAsLogged marks the planned meeting held by the meeting the reply logged.
func (p *Program) heldAsLogged(tx *store.Tx, pm *store.PlannedMeeting, inboundID int64) error {
	ms, err := tx.InboundMeetings(inboundID)
	if err != nil || len(ms) == 0 {
		return err
	}
	return tx.UpdatePlanned(pm.ID, map[string]any{"state": store.PlanHeld, "meeting_id": ms[0].ID, "updated_at": p.now()})
}
