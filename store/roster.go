package store

import (
	"errors"
	"fmt"
	"slices"

	"gorm.io/gorm"
)

// RosterChange says what saving a roster row did.
type RosterChange int

// What saving a roster row did.
const (
	RosterUnchanged RosterChange = iota
	RosterAdded
	RosterUpdated
)

// String returns "unchanged", "added" or "updated".
func (c RosterChange) String() string {
	switch c {
	case RosterAdded:
		return "added"
	case RosterUpdated:
		return "updated"
	}
	return "unchanged"
}

// RosterCohort returns the cohort named name, or nil when there is none.
func (t *Tx) RosterCohort(name string) (*Cohort, error) {
	var c Cohort
	err := t.db.Where("name = ?", name).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: unable to read cohort %q: %w", name, err)
	}
	return &c, nil
}

// SaveRosterCohort creates the cohort named name, or updates its start date and
// length when they differ.
func (t *Tx) SaveRosterCohort(name, startDate string, days int) (*Cohort, RosterChange, error) {
	c, err := t.RosterCohort(name)
	if err != nil {
		return nil, RosterUnchanged, err
	}
	if c == nil {
		c = &Cohort{Name: name, StartDate: startDate, Days: days}
		if err := t.db.Create(c).Error; err != nil {
			return nil, RosterUnchanged, fmt.Errorf("store: unable to create cohort %q: %w", name, err)
		}
		return c, RosterAdded, nil
	}
	if c.StartDate == startDate && c.Days == days {
		return c, RosterUnchanged, nil
	}
	c.StartDate, c.Days = startDate, days
	if err := t.db.Model(c).Updates(map[string]any{"start_date": startDate, "days": days}).Error; err != nil {
		return nil, RosterUnchanged, fmt.Errorf("store: unable to update cohort %q: %w", name, err)
	}
	return c, RosterUpdated, nil
}

// RosterParticipant returns the participant whose primary or alternate address
// is addr (already normalised), or nil when there is none.
func (t *Tx) RosterParticipant(addr string) (*Participant, error) {
	var p Participant
	err := t.db.Where("email = ? OR id = (SELECT participant_id FROM addresses WHERE address = ?)", addr, addr).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: unable to look up %s: %w", addr, err)
	}
	return &p, nil
}

// RosterAlternates returns a participant's alternate addresses, sorted.
func (t *Tx) RosterAlternates(participantID int64) ([]string, error) {
	var out []string
	err := t.db.Model(&Address{}).Where("participant_id = ?", participantID).Order("address").Pluck("address", &out).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to read the alternates of participant %d: %w", participantID, err)
	}
	return out, nil
}

// SaveRosterParticipant creates p (matched by p.Email) with the given alternate
// addresses, or updates the existing participant's roster fields (name, role,
// language, time zone, province, background, links, goals, interests, cohort)
// and replaces their alternates. Program state (status, pauses, bounces) is
// never touched. p.Email and the alternates must be normalised; the caller
// checks that no alternate belongs to someone else. On return p is the stored row.
func (t *Tx) SaveRosterParticipant(p *Participant, alternates []string) (RosterChange, error) {
	alternates = slices.Clone(alternates)
	slices.Sort(alternates)
	alternates = slices.Compact(alternates)

	var cur Participant
	err := t.db.Where("email = ?", p.Email).Take(&cur).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if p.Status == "" {
			p.Status = StatusActive
		}
		if err := t.db.Create(p).Error; err != nil {
			return RosterUnchanged, fmt.Errorf("store: unable to add participant %s: %w", p.Email, err)
		}
		return RosterAdded, t.addAlternates(p.ID, alternates)
	}
	if err != nil {
		return RosterUnchanged, fmt.Errorf("store: unable to read participant %s: %w", p.Email, err)
	}
	have, err := t.RosterAlternates(cur.ID)
	if err != nil {
		return RosterUnchanged, err
	}
	fields := rosterFields(p)
	same := slices.Equal(have, alternates)
	for k, v := range rosterFields(&cur) {
		if fields[k] != v {
			same = false
		}
	}
	if same {
		*p = cur
		return RosterUnchanged, nil
	}
	if err := t.db.Model(&cur).Updates(fields).Error; err != nil {
		return RosterUnchanged, fmt.Errorf("store: unable to update participant %s: %w", p.Email, err)
	}
	if !slices.Equal(have, alternates) {
		if err := t.db.Where("participant_id = ?", cur.ID).Delete(&Address{}).Error; err != nil {
			return RosterUnchanged, fmt.Errorf("store: unable to replace the alternates of %s: %w", p.Email, err)
		}
		if err := t.addAlternates(cur.ID, alternates); err != nil {
			return RosterUnchanged, err
		}
	}
	if err := t.db.Take(&cur, cur.ID).Error; err != nil {
		return RosterUnchanged, fmt.Errorf("store: unable to reread participant %s: %w", p.Email, err)
	}
	*p = cur
	return RosterUpdated, nil
}

// rosterFields are the columns an import sets, keyed by column name.
func rosterFields(p *Participant) map[string]any {
	var cohort any
	if p.CohortID != nil {
		cohort = *p.CohortID
	}
	return map[string]any{
		"cohort_id": cohort, "name": p.Name, "role": p.Role, "language": p.Language, "time_zone": p.TimeZone,
		"province": p.Province, "background": p.Background, "cv_url": p.CVURL, "linkedin_url": p.LinkedInURL,
		"career_goals": p.CareerGoals, "interests": p.Interests,
	}
}

func (t *Tx) addAlternates(participantID int64, alternates []string) error {
	for _, a := range alternates {
		if err := t.db.Create(&Address{ParticipantID: participantID, Address: a}).Error; err != nil {
			return fmt.Errorf("store: unable to add alternate address %s: %w", a, err)
		}
	}
	return nil
}

// RosterPairs returns the cohort's active pairs, oldest first.
func (t *Tx) RosterPairs(cohortID int64) ([]Pair, error) {
	var out []Pair
	if err := t.db.Where("cohort_id = ? AND status = ?", cohortID, PairActive).Order("id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the pairs of cohort %d: %w", cohortID, err)
	}
	return out, nil
}

// SaveRosterPair creates the active pair of mentor and mentee in the cohort, or
// updates its start date when it exists with another one.
func (t *Tx) SaveRosterPair(cohortID, mentorID, menteeID int64, startDate string) (*Pair, RosterChange, error) {
	var p Pair
	err := t.db.Where("cohort_id = ? AND mentor_id = ? AND mentee_id = ? AND status = ?", cohortID, mentorID, menteeID, PairActive).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Pair{CohortID: cohortID, MentorID: mentorID, MenteeID: menteeID, StartDate: startDate, Status: PairActive}
		if err := t.db.Create(&p).Error; err != nil {
			return nil, RosterUnchanged, fmt.Errorf("store: unable to add pair %d-%d: %w", mentorID, menteeID, err)
		}
		return &p, RosterAdded, nil
	}
	if err != nil {
		return nil, RosterUnchanged, fmt.Errorf("store: unable to read pair %d-%d: %w", mentorID, menteeID, err)
	}
	if p.StartDate == startDate {
		return &p, RosterUnchanged, nil
	}
	p.StartDate = startDate
	if err := t.db.Model(&p).Update("start_date", startDate).Error; err != nil {
		return nil, RosterUnchanged, fmt.Errorf("store: unable to update pair %d: %w", p.ID, err)
	}
	return &p, RosterUpdated, nil
}

// RosterActivePairCount returns how many active pairs the participant is in, in
// any cohort and either role.
func (t *Tx) RosterActivePairCount(participantID int64) (int64, error) {
	var n int64
	err := t.db.Model(&Pair{}).Where("status = ? AND (mentor_id = ? OR mentee_id = ?)", PairActive, participantID, participantID).Count(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: unable to count the pairs of participant %d: %w", participantID, err)
	}
	return n, nil
}
