package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Message is the rendered content of an outbox row, in plain text.
type Message struct {
	Subject string
	Text    string
	HTML    string
	// Calendar is an invitation's iCalendar object, or "" (Outbox.CalendarMethod).
	Calendar string
	// Attachment is a file's bytes (Outbox.AttachmentName), or nil.
	Attachment []byte
}

// Enqueue inserts o with its content sealed, unless a row with the same IdemKey
// exists. messageID makes the row's Message-ID from its id (the token lives in it);
// it may also set o.ReplyTo, which carries the same token. It reports whether a
// row was made.
func (t *Tx) Enqueue(o *Outbox, m Message, messageID func(id int64) string) (bool, error) {
	return t.EnqueueWith(o, func() (Message, error) { return m, nil }, messageID)
}

// EnqueueWith is Enqueue with the content made by build once the key is
// claimed, so that a key made before (its row sent, pending or erased) costs
// one statement and no rendering. build may set o's fields. When build fails,
// the key is released and build's error returned.
func (t *Tx) EnqueueWith(o *Outbox, build func() (Message, error), messageID func(id int64) string) (bool, error) {
	o.DueAt, o.CreatedAt = utc(o.DueAt), utc(o.CreatedAt)
	// One row per key, ever: the key is recorded in idem_keys, which outlives the
	// row (an erasure deletes the row, not the key), so a tick that comes after
	// makes nothing. Insert-or-ignore: two ticks racing make one row.
	if fresh, err := t.claimKey(o.IdemKey, o.CreatedAt); err != nil || !fresh {
		return false, err
	}
	m, err := build()
	if err == nil {
		err = t.sealOutbox(o, m)
	}
	if err != nil {
		return false, errors.Join(err, t.releaseKey(o.IdemKey))
	}
	if o.State == "" {
		o.State = OutboxPending
	}
	// The id first, so the row is written once with its Message-ID (outboxid.go).
	id, err := t.nextOutboxID()
	if err != nil {
		return false, err
	}
	o.ID = id
	o.MessageID = messageID(id)
	res := t.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "idem_key"}}, DoNothing: true}).Create(o)
	if res.Error != nil {
		o.ID = 0
		return false, fmt.Errorf("store: unable to enqueue %s: %w", o.IdemKey, res.Error)
	}
	if res.RowsAffected == 0 {
		o.ID = 0
		return false, nil // a row made before idem_keys kept its key
	}
	return true, nil
}

// sealOutbox seals m into o's columns.
func (t *Tx) sealOutbox(o *Outbox, m Message) error {
	var err error
	if o.SubjectSealed, err = t.seal.seal(m.Subject); err != nil {
		return err
	}
	if o.TextSealed, err = t.seal.seal(m.Text); err != nil {
		return err
	}
	if o.HTMLSealed, err = t.seal.seal(m.HTML); err != nil {
		return err
	}
	if m.Calendar != "" {
		if o.CalendarSealed, err = t.seal.seal(m.Calendar); err != nil {
			return err
		}
	}
	if len(m.Attachment) > 0 {
		if o.AttachmentSealed, err = t.seal.sealBytes(m.Attachment); err != nil {
			return err
		}
	}
	return nil
}

// idemHash is how an idempotency key is kept in idem_keys: a key may carry a
// participant's Message-ID, which an erasure must not leave behind.
func idemHash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// claimKey records an idempotency key; it reports false when the key was
// recorded before (its row was made, whether or not it still exists).
func (t *Tx) claimKey(key string, at time.Time) (bool, error) {
	if at.IsZero() {
		at = time.Now()
	}
	res := t.db.Exec(`INSERT INTO idem_keys (key_hash, created_at) VALUES (?, ?) ON CONFLICT (key_hash) DO NOTHING`,
		idemHash(key), utc(at))
	if res.Error != nil {
		return false, fmt.Errorf("store: unable to record the key %s: %w", key, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// releaseKey forgets a key claimed by claimKey in this transaction whose row
// was not made, so that a later try makes it.
func (t *Tx) releaseKey(key string) error {
	if err := t.db.Exec(`DELETE FROM idem_keys WHERE key_hash = ?`, idemHash(key)).Error; err != nil {
		return fmt.Errorf("store: unable to release the key %s: %w", key, err)
	}
	return nil
}

// HasOutbox reports whether a row with the idempotency key exists.
func (t *Tx) HasOutbox(idemKey string) (bool, error) {
	var n int64
	if err := t.db.Model(&Outbox{}).Where("idem_key = ?", idemKey).Count(&n).Error; err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n > 0, nil
}

// FirstCreated returns when the earliest of the rows with these idempotency keys
// was made, or nil when none exists.
func (t *Tx) FirstCreated(idemKeys ...string) (*time.Time, error) {
	var rows []Outbox
	err := t.db.Select("created_at").Where("idem_key IN ?", idemKeys).Order("created_at").Limit(1).Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return &rows[0].CreatedAt, nil
}

// CancelPending cancels a participant's unsent rows of the given kinds (all kinds
// when none are given), for example when they pause or leave the program.
func (t *Tx) CancelPending(participantID int64, kinds ...string) error {
	q := t.db.Model(&Outbox{}).Where("participant_id = ? AND state = ?", participantID, OutboxPending)
	if len(kinds) > 0 {
		q = q.Where("kind IN ?", kinds)
	}
	if err := q.Updates(map[string]any{"state": OutboxCancelled, "lease_owner": "", "lease_until": nil}).Error; err != nil {
		return fmt.Errorf("store: unable to cancel pending mail: %w", err)
	}
	return nil
}

// ClaimDue leases up to limit due, unleased pending rows to owner until now+lease
// and returns them. Two senders never hold the same row: the claim is one write
// transaction, and a row is only taken when its lease is free or expired. On
// PostgreSQL the claim locks the rows it picks (FOR UPDATE SKIP LOCKED).
func (s *Store) ClaimDue(owner string, now time.Time, lease time.Duration, limit int) ([]Outbox, error) {
	var rows []Outbox
	now = utc(now)
	err := s.db.Transaction(func(tx *gorm.DB) error {
		var ids []int64
		q := tx.Model(&Outbox{}).
			Where("state = ? AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)", OutboxPending, now, now).
			Order("due_at, id").Limit(limit)
		if s.dialect == Postgres {
			// Instances on one database claim side by side: each skips the rows
			// another's claim has locked rather than waiting for them.
			q = q.Clauses(clause.Locking{Strength: "UPDATE", Options: "SKIP LOCKED"})
		}
		err := q.Pluck("id", &ids).Error
		if err != nil || len(ids) == 0 {
			return err
		}
		until := now.Add(lease)
		err = tx.Model(&Outbox{}).
			Where("id IN ? AND state = ? AND (lease_until IS NULL OR lease_until < ?)", ids, OutboxPending, now).
			Updates(map[string]any{"lease_owner": owner, "lease_until": until}).Error
		if err != nil {
			return err
		}
		return tx.Where("id IN ? AND lease_owner = ? AND lease_until = ?", ids, owner, until).Order("due_at, id").Find(&rows).Error
	})
	if err != nil {
		return nil, fmt.Errorf("store: unable to claim due mail: %w", err)
	}
	return rows, nil
}

// OpenMessage decrypts a row's content.
func (s *Store) OpenMessage(o *Outbox) (Message, error) {
	var m Message
	var err error
	if m.Subject, err = s.seal.open(o.SubjectSealed); err != nil {
		return m, err
	}
	if m.Text, err = s.seal.open(o.TextSealed); err != nil {
		return m, err
	}
	if m.HTML, err = s.seal.open(o.HTMLSealed); err != nil {
		return m, err
	}
	if len(o.CalendarSealed) > 0 {
		if m.Calendar, err = s.seal.open(o.CalendarSealed); err != nil {
			return m, err
		}
	}
	if len(o.AttachmentSealed) > 0 {
		var a string
		a, err = s.seal.open(o.AttachmentSealed)
		m.Attachment = []byte(a)
	}
	return m, err
}

// ErrLeaseLost means another sender holds the row now: this one must not mark it.
var ErrLeaseLost = errors.New("store: the outbox lease was lost")

func (s *Store) finish(db *gorm.DB, id int64, owner string, updates map[string]any) error {
	updates["lease_owner"] = ""
	updates["lease_until"] = nil
	res := db.Model(&Outbox{}).Where("id = ? AND lease_owner = ? AND state = ?", id, owner, OutboxPending).Updates(updates)
	if res.Error != nil {
		return fmt.Errorf("store: unable to update outbox row %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrLeaseLost
	}
	return nil
}

// MarkSent records that the row was accepted by the SMTP server. It commits
// without an fsync of its own (see Store.marks).
//
// On PostgreSQL the same holds through synchronous_commit = off for the mark's
// transaction alone: the server does not wait for its WAL flush.
func (s *Store) MarkSent(id int64, owner string, at time.Time) error {
	updates := map[string]any{"state": OutboxSent, "sent_at": utc(at), "attempts": gorm.Expr("attempts + 1"), "last_error": ""}
	if s.dialect == Postgres {
		return s.marks.Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("SET LOCAL synchronous_commit = off").Error; err != nil {
				return fmt.Errorf("store: %w", err)
			}
			return s.finish(tx, id, owner, updates)
		})
	}
	// One statement with its words fixed, rather than a map of updates: the
	// sender marks every message it sends, and gorm's building of an UPDATE from
	// a map was a good part of a mark's cost.
	res := s.marks.Exec(markSentSQL, OutboxSent, utc(at), id, owner, OutboxPending)
	if res.Error != nil {
		return fmt.Errorf("store: unable to update outbox row %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrLeaseLost
	}
	return nil
}

// markSentSQL is MarkSent's update on SQLite: finish with MarkSent's values.
const markSentSQL = `UPDATE outbox SET state = ?, sent_at = ?, attempts = attempts + 1, last_error = '', lease_owner = '', lease_until = NULL WHERE id = ? AND lease_owner = ? AND state = ?`

// MarkRetry puts the row back to be tried again at next, after a failure at now.
func (s *Store) MarkRetry(id int64, owner string, now, next time.Time, reason string) error {
	return s.finish(s.db, id, owner, map[string]any{"due_at": utc(next), "attempts": gorm.Expr("attempts + 1"), "last_error": reason,
		"first_tried_at": gorm.Expr("COALESCE(first_tried_at, ?)", utc(now))})
}

// MarkFailed gives up on the row.
func (s *Store) MarkFailed(id int64, owner string, reason string) error {
	return s.finish(s.db, id, owner, map[string]any{"state": OutboxFailed, "attempts": gorm.Expr("attempts + 1"), "last_error": reason})
}

// ReleaseLeases frees the leases owner holds on the given unsent rows.
func (s *Store) ReleaseLeases(ids []int64, owner string) error {
	if len(ids) == 0 {
		return nil
	}
	err := s.db.Model(&Outbox{}).Where("id IN ? AND lease_owner = ? AND state = ?", ids, owner, OutboxPending).
		Updates(map[string]any{"lease_owner": "", "lease_until": nil}).Error
	if err != nil {
		return fmt.Errorf("store: unable to release leases: %w", err)
	}
	return nil
}

// ReleaseOwner frees every lease owner holds on unsent rows, and returns how
// many. A sender that starts under the name of a previous run takes back what
// that run claimed and never marked.
func (s *Store) ReleaseOwner(owner string) (int, error) {
	res := s.db.Model(&Outbox{}).Where("lease_owner = ? AND state = ?", owner, OutboxPending).
		Updates(map[string]any{"lease_owner": "", "lease_until": nil})
	if res.Error != nil {
		return 0, fmt.Errorf("store: unable to release the leases of %s: %w", owner, res.Error)
	}
	return int(res.RowsAffected), nil
}
