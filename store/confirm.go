package store

import (
	"fmt"
	"time"
)

// AddConfirmation records a step waiting for the participant's confirmation.
func (t *Tx) AddConfirmation(c *Confirmation) error {
	c.ExpiresAt = utc(c.ExpiresAt)
	if err := t.db.Create(c).Error; err != nil {
		return fmt.Errorf("store: unable to record a confirmation: %w", err)
	}
	return nil
}

// SetConfirmationOutbox records which email asks for the confirmation.
func (t *Tx) SetConfirmationOutbox(id, outboxID int64) error {
	if err := t.db.Model(&Confirmation{}).Where("id = ?", id).Update("outbox_id", outboxID).Error; err != nil {
		return fmt.Errorf("store: unable to update confirmation %d: %w", id, err)
	}
	return nil
}

// ConfirmationByOutbox returns the confirmation the email asks for, or ErrNotFound.
func (t *Tx) ConfirmationByOutbox(outboxID int64) (*Confirmation, error) {
	var c Confirmation
	if err := t.db.Where("outbox_id = ?", outboxID).Take(&c).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("confirmation of outbox %d", outboxID))
	}
	return &c, nil
}

// ResolveConfirmation sets a pending confirmation's final state.
func (t *Tx) ResolveConfirmation(id int64, state string, at time.Time) error {
	err := t.db.Model(&Confirmation{}).Where("id = ? AND state = ?", id, ConfirmPending).
		Updates(map[string]any{"state": state, "resolved_at": utc(at)}).Error
	if err != nil {
		return fmt.Errorf("store: unable to resolve confirmation %d: %w", id, err)
	}
	return nil
}

// ExpirePendingConfirmations closes a participant's pending confirmations of an
// action, once one was answered: an older email cannot be confirmed after.
func (t *Tx) ExpirePendingConfirmations(participantID int64, action string, at time.Time) error {
	err := t.db.Model(&Confirmation{}).Where("participant_id = ? AND action = ? AND state = ?", participantID, action, ConfirmPending).
		Updates(map[string]any{"state": ConfirmExpired, "resolved_at": utc(at)}).Error
	if err != nil {
		return fmt.Errorf("store: unable to close the confirmations of participant %d: %w", participantID, err)
	}
	return nil
}

// InboundMeetings returns the meetings a message logged that were not undone.
func (t *Tx) InboundMeetings(inboundID int64) ([]Meeting, error) {
	var ms []Meeting
	if err := t.db.Where("inbound_id = ? AND undone_at IS NULL", inboundID).Order("id").Find(&ms).Error; err != nil {
		return nil, fmt.Errorf("store: meetings of inbound %d: %w", inboundID, err)
	}
	return ms, nil
}

// SetMeetingDate gives a meeting its day.
func (t *Tx) SetMeetingDate(id int64, date string) error {
	if err := t.db.Model(&Meeting{}).Where("id = ?", id).Update("date", date).Error; err != nil {
		return fmt.Errorf("store: unable to date meeting %d: %w", id, err)
	}
	return nil
}

// OutboxByKey returns the outbox row with the idempotency key, or ErrNotFound.
func (t *Tx) OutboxByKey(key string) (*Outbox, error) {
	var o Outbox
	if err := t.db.Where("idem_key = ?", key).Take(&o).Error; err != nil {
		return nil, notFound(err, "outbox "+key)
	}
	return &o, nil
}
