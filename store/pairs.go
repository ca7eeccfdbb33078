package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The committee's pair and cohort management: listing cohorts, ending, pausing and
// resuming pairs, and the people an announcement goes to.

// CohortCounts is a cohort with how many of its pairs are in each state.
type CohortCounts struct {
	Cohort
	Active int // pairs whose session runs (paused ones included)
	Paused int // active pairs the committee paused
	Ended  int // pairs whose session is over or was ended early
}

// CohortList returns every cohort, the one that starts last first, with its pair counts.
func (s *Store) CohortList(now time.Time) ([]CohortCounts, error) {
	var cs []Cohort
	if err := s.db.Order("start_date DESC, id DESC").Find(&cs).Error; err != nil {
		return nil, fmt.Errorf("store: unable to list cohorts: %w", err)
	}
	out := make([]CohortCounts, len(cs))
	for i, c := range cs {
		out[i].Cohort = c
		var rows []struct {
			Status string
			Paused bool
			N      int
		}
		err := s.db.Model(&Pair{}).Select("status, (paused_until IS NOT NULL AND paused_until > ?) AS paused, COUNT(*) AS n", utc(now)).
			Where("cohort_id = ?", c.ID).Group("status, paused").Scan(&rows).Error
		if err != nil {
			return nil, fmt.Errorf("store: unable to count the pairs of cohort %q: %w", c.Name, err)
		}
		for _, r := range rows {
			switch {
			case r.Status != PairActive:
				out[i].Ended += r.N
			case r.Paused:
				out[i].Active += r.N
				out[i].Paused += r.N
			default:
				out[i].Active += r.N
			}
		}
	}
	return out, nil
}

// CohortByName returns the cohort of that name, or an error wrapping ErrNotFound.
func (t *Tx) CohortByName(name string) (*Cohort, error) {
	var c Cohort
	if err := t.db.Where("name = ?", name).Take(&c).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("cohort %q", name))
	}
	return &c, nil
}

// ActivePairs returns the participant's active pairs, oldest first.
func (t *Tx) ActivePairs(participantID int64) ([]Pair, error) {
	var out []Pair
	err := t.db.Where("status = ? AND (mentor_id = ? OR mentee_id = ?)", PairActive, participantID, participantID).
		Order("id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to read the pairs of participant %d: %w", participantID, err)
	}
	return out, nil
}

// EndPairEarly ends an active pair before its session is over, with the
// committee's reason and note; the calendar no longer looks at it. Its meetings,
// goals and mail stay: the pair's history is kept.
func (t *Tx) EndPairEarly(pairID int64, reason, note string, at time.Time) error {
	res := t.db.Model(&Pair{}).Where("id = ? AND status = ?", pairID, PairActive).Updates(map[string]any{
		"status": PairEnded, "ended_at": utc(at), "end_reason": reason, "end_note": note, "next_tick_at": nil})
	if res.Error != nil {
		return fmt.Errorf("store: unable to end pair %d: %w", pairID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: pair %d is not active", pairID)
	}
	return nil
}

// SetPairPause holds (until set) or releases (nil) an active pair's scheduled
// mail, and has the calendar look at the pair at its next tick.
func (t *Tx) SetPairPause(pairID int64, until *time.Time) error {
	var u any
	if until != nil {
		u = utc(*until)
	}
	res := t.db.Model(&Pair{}).Where("id = ? AND status = ?", pairID, PairActive).
		Updates(map[string]any{"paused_until": u, "next_tick_at": nil})
	if res.Error != nil {
		return fmt.Errorf("store: unable to pause pair %d: %w", pairID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: pair %d is not active", pairID)
	}
	return nil
}

// CancelPairMail cancels the pair's scheduled mail that is not sent yet: after
// the pair ends, or while it is paused (the calendar makes it again when due).
func (t *Tx) CancelPairMail(pairID int64, kinds ...string) (int64, error) {
	q := t.db.Model(&Outbox{}).Where("pair_id = ? AND state = ?", pairID, OutboxPending)
	if len(kinds) > 0 {
		q = q.Where("kind IN ?", kinds)
	}
	res := q.Update("state", OutboxCancelled)
	if res.Error != nil {
		return 0, fmt.Errorf("store: unable to cancel the mail of pair %d: %w", pairID, res.Error)
	}
	return res.RowsAffected, nil
}

// SetCatchUp records how a pair imported after its start catches up.
func (t *Tx) SetCatchUp(pairID int64, policy, from string) error {
	err := t.db.Model(&Pair{}).Where("id = ?", pairID).Updates(map[string]any{"catch_up": policy, "calendar_from": from}).Error
	if err != nil {
		return fmt.Errorf("store: unable to record the catch-up of pair %d: %w", pairID, err)
	}
	return nil
}

// CohortMembers returns everyone in a pair of the cohort (in any state), each
// once, in id order: the people a cohort announcement is for.
func (t *Tx) CohortMembers(cohortID int64) ([]Participant, error) {
	var out []Participant
	err := t.db.Where("id IN (SELECT mentor_id FROM pairs WHERE cohort_id = ?) OR id IN (SELECT mentee_id FROM pairs WHERE cohort_id = ?)",
		cohortID, cohortID).Order("id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the members of cohort %d: %w", cohortID, err)
	}
	return out, nil
}

// MeetingRefusedError is why a meeting cannot be logged for a pair.
type MeetingRefusedError struct {
	Date  string // the meeting's date, YYYY-MM-DD
	Start string // the pair's first day
}

func (e *MeetingRefusedError) Error() string {
	return fmt.Sprintf("store: a meeting on %s is before the pair's session began on %s", e.Date, e.Start)
}

// checkMeetingDate refuses a meeting dated before its pair's session began (its
// own start, never earlier than its cohort's): it cannot be one of the pair's.
func (t *Tx) checkMeetingDate(m *Meeting) error {
	if m.Date == "" {
		return nil
	}
	var pr Pair
	err := t.db.Select("id", "start_date", "cohort_id").Take(&pr, m.PairID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil // the insert reports a missing pair
	}
	if err != nil {
		return fmt.Errorf("store: pair %d: %w", m.PairID, err)
	}
	var c Cohort
	if err := t.db.Select("start_date").Take(&c, pr.CohortID).Error; err != nil {
		c.StartDate = ""
	}
	return checkMeetingStart(m, pr.StartDate, c.StartDate)
}

// checkMeetingStart refuses a dated meeting before the later of its pair's and
// its cohort's first day (cohortStart "" when unknown).
func checkMeetingStart(m *Meeting, pairStart, cohortStart string) error {
	start := pairStart
	if cohortStart > start {
		start = cohortStart
	}
	if m.Date != "" && m.Date < start {
		return &MeetingRefusedError{Date: m.Date, Start: start}
	}
	return nil
}

// forgottenDomain is the reserved domain of a forgotten participant's tombstone address.
const forgottenDomain = "@forgotten.invalid"

// IsForgotten reports whether p is what remains of a participant who was
// forgotten: no name, no address, nothing to send or show.
func IsForgotten(p *Participant) bool { return p != nil && strings.HasSuffix(p.Email, forgottenDomain) }
