package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// msgID is the tests' Message-ID of the outbox row id.
func msgID(id int64) string { return fmt.Sprintf("m%d@example.org", id) }

// TestEnqueueWritesTheRowOnce: a row is inserted whole, its Message-ID made
// from the id it was given; a group commit's transactions hand out distinct
// ids, also after a transaction rolled back; and an enqueue costs its key's
// claim and its insert, plus one read of the ids per transaction at most.
func TestEnqueueWritesTheRowOnce(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	enqueue := func(tx *Tx, key string) (*Outbox, bool, error) {
		o := &Outbox{IdemKey: key, Kind: "checkin", Lang: "en", ToAddr: "p@example.net", DueAt: now, CreatedAt: now}
		made, err := tx.Enqueue(o, Message{Subject: "s", Text: "t"}, func(id int64) string {
			o.ReplyTo = fmt.Sprintf("program+%d@example.org", id)
			return msgID(id)
		})
		return o, made, err
	}
	must(t, s.Tx(func(tx *Tx) error { _, _, err := enqueue(tx, "first"); return err }))

	const n = 20
	var stmts int64 // run by the enqueues themselves
	made := 0
	boom := errors.New("boom")
	err := s.Group(context.Background(), func(g *Store) error {
		for i := range n {
			err := g.Tx(func(tx *Tx) error {
				before := s.Statements()
				_, ok, err := enqueue(tx, fmt.Sprintf("k%d", i))
				stmts += s.Statements() - before
				if ok {
					made++
				}
				if err == nil && i%5 == 4 {
					return boom // rolled back: its id is not reused
				}
				return err
			})
			if err != nil && !errors.Is(err, boom) {
				return err
			}
		}
		return nil
	})
	must(t, err)
	// Per enqueue: the key's claim and the insert; and once for the group,
	// the largest id (SQLite) or up to log2(n)+1 blocks of ids (PostgreSQL).
	if limit := int64(2*n + 6); stmts > limit {
		t.Errorf("%d enqueues in a group ran %d statements, want at most %d", n, stmts, limit)
	}
	rows, err := s.Outboxes(OutboxQuery{})
	must(t, err)
	if len(rows) != 1+n-n/5 || made != n {
		t.Fatalf("%d rows, %d made; want %d rows", len(rows), made, 1+n-n/5)
	}
	seen := map[int64]bool{}
	for _, o := range rows {
		if seen[o.ID] {
			t.Errorf("id %d handed out twice", o.ID)
		}
		seen[o.ID] = true
		if o.MessageID != msgID(o.ID) || o.ReplyTo != fmt.Sprintf("program+%d@example.org", o.ID) {
			t.Errorf("row %d: Message-ID %q, Reply-To %q: not made from its id", o.ID, o.MessageID, o.ReplyTo)
		}
	}
	// A row enqueued later, outside the group, takes an id of its own.
	var last *Outbox
	must(t, s.Tx(func(tx *Tx) error { var err error; last, _, err = enqueue(tx, "last"); return err }))
	if seen[last.ID] {
		t.Errorf("the row after the group took id %d again", last.ID)
	}
}

// TestEnqueueWithBuildsOnce: the content of a row is made only for a key never
// made before; when making it fails, the key is released and the next try
// makes the row.
func TestEnqueueWithBuildsOnce(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	builds := 0
	fail := true
	try := func() (bool, error) {
		var made bool
		err := s.Tx(func(tx *Tx) error {
			o := &Outbox{IdemKey: "k", Kind: "checkin", Lang: "en", ToAddr: "p@example.net", DueAt: now, CreatedAt: now}
			var err error
			made, err = tx.EnqueueWith(o, func() (Message, error) {
				builds++
				if fail {
					return Message{}, errors.New("render failed")
				}
				return Message{Subject: "s", Text: "t"}, nil
			}, msgID)
			if fail {
				return nil // the caller goes on: the transaction commits without the row
			}
			return err
		})
		return made, err
	}
	if made, err := try(); made || err != nil {
		t.Fatalf("a failed build: made %v, %v", made, err)
	}
	fail = false
	if made, err := try(); !made || err != nil {
		t.Fatalf("after a failed build: made %v, %v; want the row made", made, err)
	}
	if made, err := try(); made || err != nil || builds != 2 {
		t.Fatalf("a key made before: made %v, %v, %d builds; want nothing made or built", made, err, builds)
	}
}
