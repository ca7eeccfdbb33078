package store

import (
	"fmt"
	"time"
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
