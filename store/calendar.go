package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// PairView is a pair with its cohort and both partners.
type PairView struct {
	Pair   Pair
	Cohort Cohort
	Mentor Participant
	Mentee Participant
}

// Partner returns the other partner of the pair, given one partner's id.
func (v *PairView) Partner(participantID int64) *Participant {
	if v.Mentor.ID == participantID {
		return &v.Mentee
	}
	return &v.Mentor
}

// Member returns the partner with the given id, or nil.
func (v *PairView) Member(participantID int64) *Participant {
	switch participantID {
	case v.Mentor.ID:
		return &v.Mentor
	case v.Mentee.ID:
		return &v.Mentee
	}
	return nil
}

// FirstDay is the first day a meeting of the pair may be dated (YYYY-MM-DD):
// its own start, never earlier than its cohort's. AddMeeting refuses any day
// before it.
func (v *PairView) FirstDay() string {
	if v.Cohort.StartDate > v.Pair.StartDate {
		return v.Cohort.StartDate
	}
	return v.Pair.StartDate
}

// MeetingView is a logged meeting with its notes opened.
type MeetingView struct {
	Meeting
	Notes string
}

// GoalView is a goal with its title and latest progress note opened.
type GoalView struct {
	Goal
	Title string
	Note  string
}

// DuePairs returns up to limit active pairs whose next calendar look is due: first
// those never looked at or woken (no time set), then those whose time has come.
// Each is one range of the (status, next_tick_at) index, so a tick with nothing
// due costs the same for fifty pairs or fifty thousand.
func (s *Store) DuePairs(now time.Time, limit int) ([]int64, error) {
	var ids []int64
	now = utc(now)
	err := s.db.Model(&Pair{}).Where("status = ? AND next_tick_at IS NULL", PairActive).
		Order("id").Limit(limit).Pluck("id", &ids).Error
	if err == nil && len(ids) < limit {
		var more []int64
		err = s.db.Model(&Pair{}).Where("status = ? AND next_tick_at <= ?", PairActive, now).
			Order("next_tick_at, id").Limit(limit-len(ids)).Pluck("id", &more).Error
		ids = append(ids, more...)
	}
	if err != nil {
		return nil, fmt.Errorf("store: unable to list due pairs: %w", err)
	}
	return ids, nil
}

// LoadPair returns a pair with its cohort and partners.
func (t *Tx) LoadPair(id int64) (*PairView, error) {
	var v PairView
	if err := t.db.Take(&v.Pair, id).Error; err != nil {
		return nil, fmt.Errorf("store: pair %d: %w", id, err)
	}
	return t.viewPair(&v)
}

// viewPair fills in the cohort and partners of v.Pair.
func (t *Tx) viewPair(v *PairView) (*PairView, error) {
	id := v.Pair.ID
	if err := t.db.Take(&v.Cohort, v.Pair.CohortID).Error; err != nil {
		return nil, fmt.Errorf("store: cohort of pair %d: %w", id, err)
	}
	// Both partners in one statement.
	var ps []Participant
	if err := t.db.Where("id IN ?", []int64{v.Pair.MentorID, v.Pair.MenteeID}).Limit(2).Find(&ps).Error; err != nil {
		return nil, fmt.Errorf("store: partners of pair %d: %w", id, err)
	}
	var mentor, mentee bool
	for _, p := range ps {
		if p.ID == v.Pair.MentorID {
			v.Mentor, mentor = p, true
		}
		if p.ID == v.Pair.MenteeID {
			v.Mentee, mentee = p, true
		}
	}
	if !mentor {
		return nil, fmt.Errorf("store: mentor of pair %d: %w", id, gorm.ErrRecordNotFound)
	}
	if !mentee {
		return nil, fmt.Errorf("store: mentee of pair %d: %w", id, gorm.ErrRecordNotFound)
	}
	return v, nil
}

// SetNextTick records when the calendar must next look at a pair.
func (t *Tx) SetNextTick(pairID int64, at time.Time) error {
	if err := t.db.Model(&Pair{}).Where("id = ?", pairID).Update("next_tick_at", utc(at)).Error; err != nil {
		return fmt.Errorf("store: unable to schedule pair %d: %w", pairID, err)
	}
	return nil
}

// EndPair marks a pair's session over: the calendar no longer looks at it.
func (t *Tx) EndPair(pairID int64) error {
	if err := t.db.Model(&Pair{}).Where("id = ?", pairID).Update("status", PairEnded).Error; err != nil {
		return fmt.Errorf("store: unable to end pair %d: %w", pairID, err)
	}
	return nil
}

// WakePairs makes the calendar look at a participant's active pairs at its next
// tick, after something that changes their schedule (a pause, a logged meeting).
func (t *Tx) WakePairs(participantID int64) error {
	err := t.db.Model(&Pair{}).
		Where("status = ? AND (mentor_id = ? OR mentee_id = ?)", PairActive, participantID, participantID).
		Update("next_tick_at", nil).Error
	if err != nil {
		return fmt.Errorf("store: unable to wake the pairs of participant %d: %w", participantID, err)
	}
	return nil
}

// PairMeetings returns the pair's meetings that were not undone, oldest first,
// with their notes opened.
func (t *Tx) PairMeetings(pairID int64) ([]MeetingView, error) {
	var ms []Meeting
	if err := t.db.Where("pair_id = ? AND undone_at IS NULL", pairID).Order("date, id").Find(&ms).Error; err != nil {
		return nil, fmt.Errorf("store: meetings of pair %d: %w", pairID, err)
	}
	out := make([]MeetingView, len(ms))
	for i, m := range ms {
		notes, err := t.seal.open(m.NotesSealed)
		if err != nil {
			return nil, err
		}
		out[i] = MeetingView{Meeting: m, Notes: notes}
	}
	return out, nil
}

// LastMeetingDate returns the date of the pair's latest dated meeting not undone, or "".
func (t *Tx) LastMeetingDate(pairID int64) (string, error) {
	var d *string
	err := t.db.Model(&Meeting{}).Where("pair_id = ? AND undone_at IS NULL AND date <> ''", pairID).Select("MAX(date)").Scan(&d).Error
	if err != nil {
		return "", fmt.Errorf("store: last meeting of pair %d: %w", pairID, err)
	}
	if d == nil {
		return "", nil
	}
	return *d, nil
}

// PairGoals returns the pair's goals not undone, by number, with title and latest note opened.
func (t *Tx) PairGoals(pairID int64) ([]GoalView, error) {
	var gs []Goal
	if err := t.db.Where("pair_id = ? AND undone_at IS NULL", pairID).Order("number, id").Find(&gs).Error; err != nil {
		return nil, fmt.Errorf("store: goals of pair %d: %w", pairID, err)
	}
	out := make([]GoalView, len(gs))
	for i, g := range gs {
		title, err := t.seal.open(g.TitleSealed)
		if err != nil {
			return nil, err
		}
		var u GoalUpdate
		note := ""
		err = t.db.Where("goal_id = ? AND undone_at IS NULL AND note_sealed IS NOT NULL", g.ID).Order("id DESC").Take(&u).Error
		switch {
		case err == nil:
			if note, err = t.seal.open(u.NoteSealed); err != nil {
				return nil, err
			}
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return nil, fmt.Errorf("store: goal updates of goal %d: %w", g.ID, err)
		}
		out[i] = GoalView{Goal: g, Title: title, Note: note}
	}
	return out, nil
}

// SplitKeys splits a comma-separated list of keys, dropping empty items.
func SplitKeys(s string) []string {
	var out []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// MeetingDays counts the days on which the pair logged a meeting (not undone):
// both partners reporting one meeting count once. An undated meeting counts
// once it has its day.
func (t *Tx) MeetingDays(pairID int64) (int, error) {
	var n int64
	err := t.db.Model(&Meeting{}).Where("pair_id = ? AND undone_at IS NULL AND date <> ''", pairID).Distinct("date").Count(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: meetings of pair %d: %w", pairID, err)
	}
	return int(n), nil
}
