package store

import (
	"errors"
	"testing"
	"time"
)

// TestMarkSentBatch: a group of marks is written together; a row whose lease
// passed to another sender is reported lost and does not stop the others.
func TestMarkSentBatch(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	_, rows := deliveryFixture(t, s, "p@example.net", 3, now)
	if len(rows) != 3 {
		t.Fatalf("%d rows claimed, want 3", len(rows))
	}
	must(t, s.ReleaseLeases([]int64{rows[1].ID}, "s1"))
	other, err := s.ClaimDue("s2", now, time.Minute, 10)
	must(t, err)
	if len(other) != 1 || other[0].ID != rows[1].ID {
		t.Fatalf("s2 claimed %v, want row %d", other, rows[1].ID)
	}

	ids := []int64{rows[0].ID, rows[1].ID, rows[2].ID}
	errs := s.MarkSentBatch("s1", ids, []time.Time{now, now, now.Add(time.Second)})
	if len(errs) != 3 || errs[0] != nil || !errors.Is(errs[1], ErrLeaseLost) || errs[2] != nil {
		t.Fatalf("MarkSentBatch = %v, want [nil ErrLeaseLost nil]", errs)
	}
	c, err := s.CountRows()
	must(t, err)
	if c.Sent != 2 {
		t.Errorf("%d rows sent, want 2", c.Sent)
	}
	// Marked once: a second time, every row is lost (sent, or another's).
	for i, err := range s.MarkSentBatch("s1", ids, []time.Time{now, now, now}) {
		if !errors.Is(err, ErrLeaseLost) {
			t.Errorf("row %d marked again: %v, want ErrLeaseLost", i, err)
		}
	}
}
