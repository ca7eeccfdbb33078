package store

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// DeliveryFailure is how an outbox row failed, and what it means for the recipient.
type DeliveryFailure struct {
	Reason string // kept in LastError; the server's reply or the cause
	// Bounce raises the recipient's bounce count: their server refused the message.
	Bounce bool
	// StopMail stops all mail to the recipient and cancels their pending rows: their
	// server refused the address itself.
	StopMail bool
}

// FailDelivery marks a leased row failed and, in the same transaction, applies f
// to the row's participant. It returns the row as it is now. ErrLeaseLost means
// owner no longer holds the row; nothing was changed.
func (s *Store) FailDelivery(id int64, owner string, f DeliveryFailure) (Outbox, error) {
	var o Outbox
	err := s.Tx(func(tx *Tx) error {
		res := tx.db.Model(&Outbox{}).Where("id = ? AND lease_owner = ? AND state = ?", id, owner, OutboxPending).
			Updates(map[string]any{"state": OutboxFailed, "attempts": gorm.Expr("attempts + 1"), "last_error": f.Reason,
				"lease_owner": "", "lease_until": nil})
		if res.Error != nil {
			return fmt.Errorf("store: unable to fail outbox row %d: %w", id, res.Error)
		}
		if res.RowsAffected == 0 {
			return ErrLeaseLost
		}
		if err := tx.db.Take(&o, id).Error; err != nil {
			return fmt.Errorf("store: unable to read outbox row %d: %w", id, err)
		}
		if o.ParticipantID == nil || !(f.Bounce || f.StopMail) {
			return nil
		}
		return tx.RaiseBounce(*o.ParticipantID, f.StopMail)
	})
	if err != nil {
		return Outbox{}, err
	}
	return o, nil
}

// RaiseBounce adds one to a participant's bounce count. With stop, it also stops
// all mail to them and cancels their pending rows, as a permanent failure of their
// address calls for.
func (t *Tx) RaiseBounce(participantID int64, stop bool) error {
	updates := map[string]any{"bounce_count": gorm.Expr("bounce_count + 1")}
	if stop {
		updates["mail_stopped"] = true
	}
	res := t.db.Model(&Participant{}).Where("id = ?", participantID).Updates(updates)
	if res.Error != nil {
		return fmt.Errorf("store: unable to record a bounce for participant %d: %w", participantID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: unable to record a bounce: participant %d: %w", participantID, gorm.ErrRecordNotFound)
	}
	if stop {
		return t.CancelPending(participantID)
	}
	return nil
}

// MailStopped reports whether mail to the participant is stopped.
func (s *Store) MailStopped(participantID int64) (bool, error) {
	var p Participant
	err := s.db.Select("mail_stopped").Take(&p, participantID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: unable to read participant %d: %w", participantID, err)
	}
	return p.MailStopped, nil
}

// CancelStopped cancels those of owner's claimed rows whose participant's mail is
// stopped (a row made before the stop, or by a tick that did not check) and
// returns the others, in order.
func (s *Store) CancelStopped(owner string, rows []Outbox) ([]Outbox, error) {
	var pids []int64
	for _, o := range rows {
		if o.ParticipantID != nil {
			pids = append(pids, *o.ParticipantID)
		}
	}
	if len(pids) == 0 {
		return rows, nil
	}
	var stopped []int64
	err := s.db.Model(&Participant{}).Where("id IN ? AND mail_stopped = ?", pids, true).Pluck("id", &stopped).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to check for stopped mail: %w", err)
	}
	if len(stopped) == 0 {
		return rows, nil
	}
	isStopped := make(map[int64]bool, len(stopped))
	for _, id := range stopped {
		isStopped[id] = true
	}
	kept := rows[:0:0]
	for _, o := range rows {
		if o.ParticipantID == nil || !isStopped[*o.ParticipantID] {
			kept = append(kept, o)
			continue
		}
		err := s.finish(s.db, o.ID, owner, map[string]any{"state": OutboxCancelled, "last_error": "mail to the participant is stopped"})
		if err != nil && !errors.Is(err, ErrLeaseLost) {
			return nil, err
		}
	}
	return kept, nil
}
