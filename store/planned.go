package store

import (
	"fmt"
	"time"
)

// AddPlanned records a planned meeting.
func (t *Tx) AddPlanned(pm *PlannedMeeting) error {
	pm.StartsAt = utc(pm.StartsAt)
	if pm.State == "" {
		pm.State = PlanPlanned
	}
	if err := t.db.Create(pm).Error; err != nil {
		return fmt.Errorf("store: unable to record a planned meeting: %w", err)
	}
	return nil
}

// UpdatePlanned changes a planned meeting's columns.
func (t *Tx) UpdatePlanned(id int64, updates map[string]any) error {
	if v, ok := updates["starts_at"].(time.Time); ok {
		updates["starts_at"] = utc(v)
	}
	if err := t.db.Model(&PlannedMeeting{}).Where("id = ?", id).Updates(updates).Error; err != nil {
		return fmt.Errorf("store: unable to update planned meeting %d: %w", id, err)
	}
	return nil
}

// PlannedByID returns a planned meeting, or ErrNotFound.
func (t *Tx) PlannedByID(id int64) (*PlannedMeeting, error) {
	var pm PlannedMeeting
	if err := t.db.Where("id = ?", id).Take(&pm).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("planned meeting %d", id))
	}
	return &pm, nil
}

// PlannedByUID returns the planned meeting an invitation's UID names, or ErrNotFound.
func (t *Tx) PlannedByUID(uid string) (*PlannedMeeting, error) {
	var pm PlannedMeeting
	if err := t.db.Where("uid = ?", uid).Take(&pm).Error; err != nil {
		return nil, notFound(err, "planned meeting "+uid)
	}
	return &pm, nil
}

// UpcomingPlanned returns a pair's planned meetings (state planned) that start at
// or after from, earliest first.
func (t *Tx) UpcomingPlanned(pairID int64, from time.Time) ([]PlannedMeeting, error) {
	var out []PlannedMeeting
	err := t.db.Where("pair_id = ? AND state = ? AND starts_at >= ?", pairID, PlanPlanned, utc(from)).
		Order("starts_at, id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: planned meetings of pair %d: %w", pairID, err)
	}
	return out, nil
}

// PlannedDue returns up to limit planned meetings (state planned) of active pairs
// that started before before, earliest first: the calendar asks whether they
// happened.
func (t *Tx) PlannedDue(before time.Time, limit int) ([]PlannedMeeting, error) {
	var out []PlannedMeeting
	err := t.db.Joins("JOIN pairs ON pairs.id = planned_meetings.pair_id AND pairs.status = ?", PairActive).
		Where("planned_meetings.state = ? AND planned_meetings.starts_at < ?", PlanPlanned, utc(before)).
		Order("planned_meetings.starts_at, planned_meetings.id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: planned meetings due: %w", err)
	}
	return out, nil
}

// PlannedForPrep returns up to limit planned meetings of active pairs that
// start after from and before until and whose preparation prompt has not gone,
// earliest first.
func (t *Tx) PlannedForPrep(from, until time.Time, limit int) ([]PlannedMeeting, error) {
	var out []PlannedMeeting
	err := t.db.Joins("JOIN pairs ON pairs.id = planned_meetings.pair_id AND pairs.status = ?", PairActive).
		Where("planned_meetings.state = ? AND planned_meetings.prep_sent_at IS NULL AND planned_meetings.starts_at > ? AND planned_meetings.starts_at < ?",
			PlanPlanned, utc(from), utc(until)).
		Order("planned_meetings.starts_at, planned_meetings.id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: planned meetings to prepare: %w", err)
	}
	return out, nil
}

// UnseenPartnerMeetings returns the dated meetings of a pair that the other
// partner of readerID logged and readerID has not been shown, oldest first.
// A meeting on a day readerID logged too is theirs already and is left out.
func (t *Tx) UnseenPartnerMeetings(pairID, readerID int64) ([]Meeting, error) {
	var out []Meeting
	err := t.db.Where(`pair_id = ? AND logged_by_id <> ? AND undone_at IS NULL AND partner_seen_at IS NULL
		AND disputed_at IS NULL AND date <> '' AND date NOT IN
		(SELECT date FROM meetings WHERE pair_id = ? AND logged_by_id = ? AND undone_at IS NULL)`,
		pairID, readerID, pairID, readerID).Order("date, id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: unseen meetings of pair %d: %w", pairID, err)
	}
	return out, nil
}

// MarkPartnerSeen records that the other partner was shown the meetings.
func (t *Tx) MarkPartnerSeen(ids []int64, at time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	if err := t.db.Model(&Meeting{}).Where("id IN ? AND partner_seen_at IS NULL", ids).Update("partner_seen_at", utc(at)).Error; err != nil {
		return fmt.Errorf("store: unable to mark meetings seen: %w", err)
	}
	return nil
}

// LastSeenPartnerMeeting returns the meeting the other partner of readerID
// logged that readerID was last shown, since since, and has not disputed; or
// ErrNotFound.
func (t *Tx) LastSeenPartnerMeeting(pairID, readerID int64, since time.Time) (*Meeting, error) {
	var m Meeting
	err := t.db.Where("pair_id = ? AND logged_by_id <> ? AND undone_at IS NULL AND disputed_at IS NULL AND partner_seen_at >= ?",
		pairID, readerID, utc(since)).Order("partner_seen_at DESC, date DESC, id DESC").Take(&m).Error
	if err != nil {
		return nil, notFound(err, fmt.Sprintf("seen meeting of pair %d", pairID))
	}
	return &m, nil
}

// DisputeMeeting records that the other partner said a meeting was not theirs.
func (t *Tx) DisputeMeeting(id int64, at time.Time) error {
	if err := t.db.Model(&Meeting{}).Where("id = ?", id).Update("disputed_at", utc(at)).Error; err != nil {
		return fmt.Errorf("store: unable to dispute meeting %d: %w", id, err)
	}
	return nil
}
