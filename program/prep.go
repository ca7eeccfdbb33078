package program

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Preparation: PrepDays before a planned meeting, at the send hour in the
// mentee's zone, the mentee is asked what they would like to cover, with a few
// topics the pair has not covered yet (the guide: mentees direct the agenda,
// and questions sent ahead help). Their reply goes to the mentor as the
// agenda, in the mentee's own words, and to no one else: it is not stored
// apart from the mail itself, never reaches the committee, and no report
// shows it.

const (
	// prepMinLead is the shortest time before a meeting worth a prompt.
	prepMinLead = 6 * time.Hour
	// maxAgendaRunes is the longest agenda relayed; a longer reply is cut, and
	// the mentor is told so.
	maxAgendaRunes = 4000
)

// prepKey is the prompt's idempotency key; the reply finds its planned meeting by it.
func prepKey(pmID int64) string { return fmt.Sprintf("prep:%d", pmID) }

// prepKeyPlanned reads the planned meeting's id from a prompt's key.
func prepKeyPlanned(key string) (int64, bool) { return keyPlanned(key, "prep:") }

// tickPrep sends the preparation prompts that are due.
func (p *Program) tickPrep(ctx context.Context, now time.Time) (int, error) {
	if p.opts.PrepDays <= 0 {
		return 0, nil
	}
	var due []store.PlannedMeeting
	err := p.store.Tx(func(tx *store.Tx) error {
		var err error
		// A day more than PrepDays: the send hour in the mentee's zone decides.
		due, err = tx.PlannedForPrep(now.Add(prepMinLead), now.AddDate(0, 0, p.opts.PrepDays+1), plannedBatch)
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
		err := p.store.Tx(func(tx *store.Tx) error {
			n, err := p.sendPrep(tx, &due[i], now)
			made += n
			return err
		})
		if err != nil {
			p.log.Error("calendar: preparation prompt skipped", "planned", due[i].ID, "err", err)
			failed = errors.Join(failed, err)
		}
	}
	return made, failed
}

// sendPrep sends one planned meeting's prompt once its time has come: PrepDays
// before the meeting's day, at the send hour on the mentee's clock.
func (p *Program) sendPrep(tx *store.Tx, pm *store.PlannedMeeting, now time.Time) (int, error) {
	v, err := tx.LoadPair(pm.PairID)
	if err != nil {
		return 0, err
	}
	to := &v.Mentee
	loc := p.location(to)
	start := plannedStartIn(pm, loc)
	day := start.AddDate(0, 0, -p.opts.PrepDays)
	if at := time.Date(day.Year(), day.Month(), day.Day(), p.opts.SendHour, 0, 0, 0, loc); now.Before(at) {
		return 0, nil
	}
	if err := tx.UpdatePlanned(pm.ID, map[string]any{"prep_sent_at": now, "updated_at": now}); err != nil {
		return 0, err
	}
	if !reachable(to) || !reachable(&v.Mentor) || to.PausedUntil != nil && to.PausedUntil.After(now) {
		return 0, nil
	}
	f, err := p.facts(tx, v.Pair.ID)
	if err != nil {
		return 0, err
	}
	made, err := p.enqueue(tx, outMail{key: prepKey(pm.ID), kind: templates.KindMeetingPrep, lang: to.Language,
		to: to.Email, participant: to, pairID: v.Pair.ID, due: now,
		data: templates.MeetingPrep{Name: firstName(to), PartnerName: firstName(&v.Mentor), Start: start, AllDay: pm.AllDay,
			Suggested: p.suggest(v, f, len(f.meetings)+1, 3)}})
	if made {
		return 1, err
	}
	return 0, err
}

// relayAgenda passes the mentee's reply to the preparation prompt to their
// mentor as the agenda. It reports whether it did.
func (p *Program) relayAgenda(tx *store.Tx, st *replyState) (bool, error) {
	if st.targetKind() != templates.KindMeetingPrep || st.v == nil || st.pt.ID != st.v.Mentee.ID {
		return false, nil
	}
	id, ok := prepKeyPlanned(st.target.IdemKey)
	if !ok {
		return false, nil
	}
	pm, err := tx.PlannedByID(id)
	if errors.Is(err, store.ErrNotFound) || err == nil && pm.PairID != st.v.Pair.ID {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	agenda := strings.TrimSpace(st.r.ReplyText)
	if agenda == "" {
		return false, nil
	}
	cut := false
	if utf8.RuneCountInString(agenda) > maxAgendaRunes {
		agenda, cut = string([]rune(agenda)[:maxAgendaRunes]), true
	}
	mentor, mentee := &st.v.Mentor, &st.v.Mentee
	if !reachable(mentor) {
		return false, nil
	}
	// Reply-To is the mentee alone: the mentor's answer is their own conversation.
	_, err = p.enqueue(tx, outMail{key: "agenda:" + strconv.FormatInt(st.in.ID, 10), kind: templates.KindMeetingAgenda,
		lang: mentor.Language, to: mentor.Email, participant: mentor, pairID: st.v.Pair.ID, due: p.now(),
		replyTo: []string{mentee.Email}, replyToOnly: true,
		data: templates.MeetingAgenda{Name: firstName(mentor), PartnerName: firstName(mentee),
			Start: plannedStartIn(pm, p.location(mentor)), AllDay: pm.AllDay, TimeZone: p.location(mentor).String(),
			Agenda: agenda, Cut: cut}})
	return err == nil, err
}
