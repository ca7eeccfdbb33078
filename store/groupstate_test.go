package store

import (
	"context"
	"errors"
	"testing"
)

// TestGroupCursorAndFailures: in a group commit, the cursor ends where the
// view's kept transactions took it (one rolled back does not count, a new
// UIDVALIDITY replaces the old), written once; failures are cleared for the
// keys that have them, those counted before the group and during it, and a
// message that never failed costs no statement to clear.
func TestGroupCursorAndFailures(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	must(t, s.Tx(func(tx *Tx) error { return tx.AdvanceCursor("INBOX", 7, 3) }))
	_, err := s.RecordFailure(ctx, "old", "boom")
	must(t, err)
	boom := errors.New("boom")
	var clearNone int64
	err = s.Group(ctx, func(g *Store) error {
		must(t, g.Tx(func(tx *Tx) error { return tx.AdvanceCursor("INBOX", 7, 5) }))
		if err := g.Tx(func(tx *Tx) error {
			if err := tx.AdvanceCursor("INBOX", 7, 9); err != nil {
				return err
			}
			return boom // rolled back: UID 9 was not applied
		}); !errors.Is(err, boom) {
			t.Fatalf("a transaction that failed: %v", err)
		}
		must(t, g.Tx(func(tx *Tx) error { return tx.AdvanceCursor("INBOX", 7, 4) }))
		must(t, g.Tx(func(tx *Tx) error { return tx.AdvanceCursor("Other", 1, 2) }))
		must(t, g.Tx(func(tx *Tx) error { return tx.AdvanceCursor("Other", 2, 1) })) // renumbered
		if _, err := g.RecordFailure(ctx, "new", "boom"); err != nil {
			return err
		}
		must(t, g.Tx(func(tx *Tx) error { return tx.ClearFailure("old") }))
		must(t, g.Tx(func(tx *Tx) error { return tx.ClearFailure("new") }))
		before := g.Statements()
		must(t, g.Tx(func(tx *Tx) error { return tx.ClearFailure("never") }))
		clearNone = g.Statements() - before
		return nil
	})
	must(t, err)
	if uv, last, err := s.Cursor(ctx, "INBOX"); err != nil || uv != 7 || last != 5 {
		t.Errorf("INBOX cursor %d/%d (%v), want 7/5", uv, last, err)
	}
	if uv, last, err := s.Cursor(ctx, "Other"); err != nil || uv != 2 || last != 1 {
		t.Errorf("Other cursor %d/%d (%v), want 2/1 (the new UIDVALIDITY)", uv, last, err)
	}
	for _, key := range []string{"old", "new"} {
		if n, err := s.FailureCount(ctx, key); err != nil || n != 0 {
			t.Errorf("failures of %q: %d (%v), want cleared", key, n, err)
		}
	}
	// The savepoint and nothing else (PostgreSQL adds the writers' lock).
	want := int64(1)
	if s.Dialect() == Postgres {
		want = 2
	}
	if clearNone > want {
		t.Errorf("clearing the failures of a message that never failed ran %d statements, want %d", clearNone, want)
	}
}
