package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Cursor returns the mailbox's cursor: the UIDVALIDITY and the last UID applied.
// A mailbox without a cursor yet gives zeros. It satisfies the IMAP inbox's
// CursorStore.
func (s *Store) Cursor(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, err error) {
	var c Cursor
	err = s.db.WithContext(ctx).Where("mailbox = ?", mailbox).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("store: unable to read the cursor of %s: %w", mailbox, err)
	}
	return c.UIDValidity, c.LastUID, nil
}

// AdvanceCursor records that uid of mailbox was applied under uidValidity. The
// cursor only moves forward within one UIDVALIDITY; a new UIDVALIDITY replaces
// it (the server renumbered the mailbox).
//
// In a group commit the mark is kept, and the batch writes the furthest once
// before its commit (groupstate.go).
func (t *Tx) AdvanceCursor(mailbox string, uidValidity, uid uint32) error {
	if t.group != nil {
		t.cursors = append(t.cursors, Cursor{Mailbox: mailbox, UIDValidity: uidValidity, LastUID: uid})
		return nil
	}
	return t.writeCursor(mailbox, uidValidity, uid)
}

// writeCursor is AdvanceCursor's statement.
func (t *Tx) writeCursor(mailbox string, uidValidity, uid uint32) error {
	c := Cursor{Mailbox: mailbox, UIDValidity: uidValidity, LastUID: uid, UpdatedAt: time.Now().UTC()}
	err := t.db.Clauses(clause.OnConflict{
		Columns: []clause.Column{{Name: "mailbox"}},
		DoUpdates: clause.Set{
			// Portable to PostgreSQL: no two-argument MAX.
			{Column: clause.Column{Name: "last_uid"}, Value: gorm.Expr(
				"CASE WHEN cursors.uid_validity = excluded.uid_validity AND cursors.last_uid > excluded.last_uid THEN cursors.last_uid ELSE excluded.last_uid END")},
			{Column: clause.Column{Name: "uid_validity"}, Value: gorm.Expr("excluded.uid_validity")},
			{Column: clause.Column{Name: "updated_at"}, Value: gorm.Expr("excluded.updated_at")},
		},
	}).Create(&c).Error
	if err != nil {
		return fmt.Errorf("store: unable to advance the cursor of %s: %w", mailbox, err)
	}
	return nil
}

// InsertInbound inserts in, with raw sealed into RawSealed when it is not nil,
// unless a row with the same Key exists. It reports whether a row was made: false
// means the message was applied before (a replay after a crash), and the caller
// must not apply its effects again.
func (t *Tx) InsertInbound(in *Inbound, raw []byte) (bool, error) {
	if in.Key == "" {
		return false, errors.New("store: inbound message without a key")
	}
	if raw != nil {
		sealed, err := t.seal.sealBytes(raw)
		if err != nil {
			return false, err
		}
		in.RawSealed = sealed
	}
	if in.Outcome == "" {
		in.Outcome = InboundProcessed
	}
	in.ReceivedAt, in.CreatedAt = utc(in.ReceivedAt), utc(in.CreatedAt)
	res := t.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "key"}}, DoNothing: true}).Create(in)
	if res.Error != nil {
		return false, fmt.Errorf("store: unable to record inbound message %d: %w", in.UID, res.Error)
	}
	return res.RowsAffected > 0, nil
}

// InboundOutcome returns the outcome recorded for key (InboundProcessed or
// InboundQuarantined), so that a replayed message goes to the same folder.
func (t *Tx) InboundOutcome(key string) (outcome string, found bool, err error) {
	var in Inbound
	err = t.db.Select("outcome").Where("key = ?", key).Take(&in).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: unable to read an inbound outcome: %w", err)
	}
	return in.Outcome, true, nil
}

// RecordInbound inserts in (see InsertInbound) and advances the cursor of its
// mailbox, in one transaction. It is for messages with no other effect, such
// as one quarantined unread; the program's apply uses the Tx methods inside
// its own transaction.
func (s *Store) RecordInbound(ctx context.Context, in *Inbound, raw []byte) (bool, error) {
	var created bool
	err := s.transaction(s.db.WithContext(ctx), func(db *gorm.DB) error {
		tx := &Tx{db: db, seal: s.seal}
		var err error
		if created, err = tx.InsertInbound(in, raw); err != nil {
			return err
		}
		return tx.AdvanceCursor(in.Mailbox, in.UIDValidity, in.UID)
	})
	return created, err
}

// CountInbound returns how many inbound messages are recorded.
func (s *Store) CountInbound(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&Inbound{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count inbound messages: %w", err)
	}
	return n, nil
}

// maxFailureText bounds the error text kept with a failure count.
const maxFailureText = 500

// RecordFailure counts one more failed attempt to apply the message with this
// key, outside the transaction that failed, and returns the count so far. The
// program quarantines the message on the third.
func (s *Store) RecordFailure(ctx context.Context, key, errText string) (int, error) {
	if len(errText) > maxFailureText {
		errText = errText[:maxFailureText]
	}
	f := InboundFailure{Key: key, Count: 1, LastError: errText, UpdatedAt: time.Now().UTC()}
	err := s.transaction(s.db.WithContext(ctx), func(db *gorm.DB) error {
		err := db.Clauses(clause.OnConflict{
			Columns: []clause.Column{{Name: "key"}},
			DoUpdates: clause.Set{
				{Column: clause.Column{Name: "count"}, Value: gorm.Expr("inbound_failures.count + 1")},
				{Column: clause.Column{Name: "last_error"}, Value: gorm.Expr("excluded.last_error")},
				{Column: clause.Column{Name: "updated_at"}, Value: gorm.Expr("excluded.updated_at")},
			},
		}).Create(&f).Error
		if err != nil {
			return err
		}
		return db.Where("key = ?", key).Take(&f).Error
	})
	if err != nil {
		return 0, fmt.Errorf("store: unable to count a failure: %w", err)
	}
	if s.group != nil {
		s.group.failed(key)
	}
	return f.Count, nil
}

// FailureCount returns how many times applying the message with this key failed.
func (s *Store) FailureCount(ctx context.Context, key string) (int, error) {
	var f InboundFailure
	err := s.db.WithContext(ctx).Where("key = ?", key).Take(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: unable to read a failure count: %w", err)
	}
	return f.Count, nil
}

// ClearFailure forgets the failures of a message, in the transaction that
// finally applied or quarantined it.
func (t *Tx) ClearFailure(key string) error {
	if t.group != nil {
		if may, err := t.group.mayHaveFailed(t.db, key); err != nil || !may {
			return err
		}
	}
	if err := t.db.Where("key = ?", key).Delete(&InboundFailure{}).Error; err != nil {
		return fmt.Errorf("store: unable to clear failures: %w", err)
	}
	return nil
}
