package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Leases name what one instance at a time may do when several share a
// PostgreSQL database: read the mailbox, run the calendar. A lease is held until
// a time; its holder renews it well before; when the holder dies, another
// instance takes it once it has expired, so the takeover is bounded by the
// lease's length. The outbox has leases of its own, per row (ClaimDue).

// TakeLease takes the lease called name for owner until now+ttl, or renews it
// when owner holds it already. It reports whether owner holds the lease now:
// false while another owner's lease has not expired. Two instances racing for a
// free lease: one wins (one row per name; the update takes the row's lock).
func (s *Store) TakeLease(name, owner string, now time.Time, ttl time.Duration) (bool, error) {
	res := s.db.Exec(`INSERT INTO leases (name, owner, held_until) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, held_until = excluded.held_until
		WHERE leases.owner = excluded.owner OR leases.held_until < ?`, name, owner, utc(now.Add(ttl)), utc(now))
	if res.Error != nil {
		return false, fmt.Errorf("store: unable to take the lease %s: %w", name, res.Error)
	}
	return res.RowsAffected == 1, nil
}

// ReleaseLease gives the lease back if owner holds it, so another instance
// takes it at once rather than at its expiry.
func (s *Store) ReleaseLease(name, owner string) error {
	if err := s.db.Exec(`DELETE FROM leases WHERE name = ? AND owner = ?`, name, owner).Error; err != nil {
		return fmt.Errorf("store: unable to release the lease %s: %w", name, err)
	}
	return nil
}

// LeaseHolder returns who holds the lease called name and until when; "" when
// no one does.
func (s *Store) LeaseHolder(name string) (string, time.Time, error) {
	var rows []struct {
		Owner     string
		HeldUntil time.Time
	}
	if err := s.db.Raw(`SELECT owner, held_until FROM leases WHERE name = ?`, name).Scan(&rows).Error; err != nil {
		return "", time.Time{}, fmt.Errorf("store: unable to read the lease %s: %w", name, err)
	}
	if len(rows) == 0 {
		return "", time.Time{}, nil
	}
	return rows[0].Owner, rows[0].HeldUntil, nil
}

// HeartbeatPrefix begins the name of a sender's heartbeat lease: "sender:"
// and the sender's owner name. An instance renews its heartbeat while it runs;
// the outbox rows its sender claimed stay its own as long as the heartbeat
// does, and once it has expired another instance frees them (ReleaseDead).
const HeartbeatPrefix = "sender:"

// ReleaseDead frees the outbox rows claimed by senders whose heartbeat expired
// before now (their instance died or lost the database), so that the senders
// still alive send them at once rather than when the rows' own lease (10
// minutes) ends, and removes those heartbeats. It returns how many rows it
// freed. A row a dead sender had handed to the SMTP server but not marked is
// sent again, with its Message-ID; none is lost.
func (s *Store) ReleaseDead(now time.Time) (int, error) {
	var freed int64
	err := s.db.Transaction(func(tx *gorm.DB) error {
		var owners []string
		q := `SELECT owner FROM leases WHERE name LIKE ? AND held_until < ?`
		if s.dialect == Postgres {
			// Two instances freeing at once: each takes the heartbeats the
			// other has not locked.
			q += ` FOR UPDATE SKIP LOCKED`
		}
		if err := tx.Raw(q, HeartbeatPrefix+"%", utc(now)).Scan(&owners).Error; err != nil {
			return err
		}
		if len(owners) == 0 {
			return nil
		}
		res := tx.Model(&Outbox{}).Where("lease_owner IN ? AND state = ?", owners, OutboxPending).
			Updates(map[string]any{"lease_owner": "", "lease_until": nil})
		if res.Error != nil {
			return res.Error
		}
		freed = res.RowsAffected
		names := make([]string, len(owners))
		for i, o := range owners {
			names[i] = HeartbeatPrefix + o
		}
		// Only the heartbeats still expired: one renewed meanwhile stays.
		return tx.Exec(`DELETE FROM leases WHERE name IN ? AND held_until < ?`, names, utc(now)).Error
	})
	if err != nil {
		return 0, fmt.Errorf("store: unable to free the outbox rows of stopped senders: %w", err)
	}
	return int(freed), nil
}
