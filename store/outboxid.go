package store

import "fmt"

// An outbox row's Message-ID carries a token made from the row's id, so the id
// is chosen before the row is inserted, and the row is written once, whole.
// The ids are handed out by the transaction:
//
//   - On SQLite the transaction holds the database's one write lock from its
//     BEGIN, so no other connection inserts a row while it runs: it reads the
//     largest id once and counts up from it, which gives the ids SQLite itself
//     would (the largest plus one).
//   - On PostgreSQL the ids come from the table's identity sequence, several at
//     once (maxOutboxIDBlock at most), so they never meet the ids another
//     transaction or instance takes; those a transaction does not use are
//     skipped, as a sequence skips a rolled-back insert's.
//
// A group commit's savepoints share one allocator (Group); an id handed out in a
// savepoint rolled back is not reused, which leaves a gap and nothing else.

// maxOutboxIDBlock bounds the ids one PostgreSQL statement takes from the sequence.
const maxOutboxIDBlock = 64

// outboxIDs hands out outbox ids within one transaction.
type outboxIDs struct {
	// next is SQLite's next id; 0 until the largest id was read.
	next int64
	// pending are PostgreSQL's ids taken from the sequence and not yet used,
	// and block how many the next statement takes.
	pending []int64
	block   int
}

// nextOutboxID returns an id for a new outbox row of this transaction.
func (t *Tx) nextOutboxID() (int64, error) {
	if t.ids == nil {
		t.ids = &outboxIDs{}
	}
	a := t.ids
	if t.db.Dialector.Name() != Postgres {
		if a.next == 0 {
			var last int64
			if err := t.db.Raw(`SELECT COALESCE(MAX(id), 0) FROM outbox`).Scan(&last).Error; err != nil {
				return 0, fmt.Errorf("store: unable to read the last outbox id: %w", err)
			}
			a.next = last + 1
		}
		a.next++
		return a.next - 1, nil
	}
	if len(a.pending) == 0 {
		a.block = min(max(2*a.block, 1), maxOutboxIDBlock)
		// Values taken in one statement need not be consecutive (other
		// sessions take some at the same time): each is kept.
		err := t.db.Raw(`SELECT nextval(pg_get_serial_sequence('outbox', 'id')) FROM generate_series(1, ?)`, a.block).
			Scan(&a.pending).Error
		if err != nil || len(a.pending) == 0 {
			return 0, fmt.Errorf("store: unable to take outbox ids: %w", err)
		}
	}
	id := a.pending[0]
	a.pending = a.pending[1:]
	return id, nil
}
