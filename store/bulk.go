package store

import (
	"fmt"
	"time"
)

// The queries below serve the bench's and the demo's set-up and summaries: bulk
// inserts without the program's checks, and counts. They keep gorm inside the
// store (no other package imports it).

// bulkBatch is how many rows InsertRows writes per statement.
const bulkBatch = 500

// InsertRows inserts rows (a slice of models) in batches, without the checks the
// program's own writes make. For set-up in the bench and the tests.
func (s *Store) InsertRows(rows any) error {
	if err := s.db.CreateInBatches(rows, bulkBatch).Error; err != nil {
		return fmt.Errorf("store: unable to insert rows: %w", err)
	}
	return nil
}

// InsertRow inserts one model row as given.
func (s *Store) InsertRow(row any) error {
	if err := s.db.Create(row).Error; err != nil {
		return fmt.Errorf("store: unable to insert a row: %w", err)
	}
	return nil
}

// EnsureOutboxRow inserts o unless a row with its idempotency key exists, and
// fills o from the row that is kept. Unlike Enqueue it neither seals content nor
// records the key: for set-up.
func (s *Store) EnsureOutboxRow(o *Outbox) error {
	if err := s.db.Where("idem_key = ?", o.IdemKey).FirstOrCreate(o).Error; err != nil {
		return fmt.Errorf("store: unable to insert the outbox row %s: %w", o.IdemKey, err)
	}
	return nil
}

// SetPairsNextTick sets the next tick of the given pairs.
func (s *Store) SetPairsNextTick(ids []int64, at time.Time) error {
	if err := s.db.Model(&Pair{}).Where("id IN ?", ids).Update("next_tick_at", utc(at)).Error; err != nil {
		return fmt.Errorf("store: unable to set the next tick: %w", err)
	}
	return nil
}

// DeleteOutboxKind deletes every outbox row of a kind and forgets every
// recorded idempotency key, so the same mail can be made again: the bench
// measures the same tick several times.
func (s *Store) DeleteOutboxKind(kind string) error {
	if err := s.db.Where("kind = ?", kind).Delete(&Outbox{}).Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if err := s.db.Exec("DELETE FROM idem_keys").Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// Counts is how many rows a few tables hold.
type Counts struct {
	Inbound, Quarantined, Meetings, Receipts, Questions, Sent int64
}

// CountRows counts inbound messages (and those quarantined), meetings, receipts
// in the outbox, questions and the outbox rows sent.
func (s *Store) CountRows() (Counts, error) {
	var c Counts
	for _, q := range []struct {
		n     *int64
		model any
		where string
		args  []any
	}{
		{&c.Inbound, &Inbound{}, "1 = 1", nil},
		{&c.Quarantined, &Inbound{}, "outcome = ?", []any{InboundQuarantined}},
		{&c.Meetings, &Meeting{}, "1 = 1", nil},
		{&c.Receipts, &Outbox{}, "kind LIKE ?", []any{"receipt%"}},
		{&c.Questions, &Question{}, "1 = 1", nil},
		{&c.Sent, &Outbox{}, "state = ?", []any{OutboxSent}},
	} {
		if err := s.db.Model(q.model).Where(q.where, q.args...).Count(q.n).Error; err != nil {
			return c, fmt.Errorf("store: %w", err)
		}
	}
	return c, nil
}

// AllParticipants returns every participant, by id.
func (s *Store) AllParticipants() ([]Participant, error) {
	var ps []Participant
	if err := s.db.Order("id").Find(&ps).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return ps, nil
}

// InboundAfter returns the inbound rows with an id above after, by id.
func (s *Store) InboundAfter(after int64) ([]Inbound, error) {
	var ins []Inbound
	if err := s.db.Where("id > ?", after).Order("id").Find(&ins).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return ins, nil
}

// SetPairStart sets the first day of a pair's session (YYYY-MM-DD) as given,
// unchecked: the tests set a pair's start, even an invalid one, to see what the
// calendar makes of it.
func (s *Store) SetPairStart(pairID int64, startDate string) error {
	if err := s.db.Model(&Pair{}).Where("id = ?", pairID).Update("start_date", startDate).Error; err != nil {
		return fmt.Errorf("store: unable to set the start of pair %d: %w", pairID, err)
	}
	return nil
}
