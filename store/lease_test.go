package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestLeaseOneHolderAndTakeover: one owner holds a lease at a time; it renews
// it; another takes it only once it has expired or was given back.
func TestLeaseOneHolderAndTakeover(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	ttl := 30 * time.Second
	take := func(owner string, at time.Time) bool {
		t.Helper()
		ok, err := s.TakeLease("inbox", owner, at, ttl)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !take("a", now) {
		t.Fatal("a could not take a free lease")
	}
	if take("b", now.Add(10*time.Second)) {
		t.Fatal("b took a's lease before it expired")
	}
	if !take("a", now.Add(20*time.Second)) { // renewed until 50 s
		t.Fatal("a could not renew its lease")
	}
	if take("b", now.Add(40*time.Second)) {
		t.Fatal("b took a's renewed lease before it expired")
	}
	if !take("b", now.Add(51*time.Second)) {
		t.Fatal("b could not take a's expired lease")
	}
	if owner, _, err := s.LeaseHolder("inbox"); err != nil || owner != "b" {
		t.Fatalf("holder = %q, %v; want b", owner, err)
	}
	if take("a", now.Add(52*time.Second)) {
		t.Fatal("a took back the lease b holds")
	}
	if err := s.ReleaseLease("inbox", "a"); err != nil { // not a's: nothing happens
		t.Fatal(err)
	}
	if take("a", now.Add(53*time.Second)) {
		t.Fatal("a's release freed b's lease")
	}
	if err := s.ReleaseLease("inbox", "b"); err != nil {
		t.Fatal(err)
	}
	if !take("a", now.Add(54*time.Second)) {
		t.Fatal("a could not take the lease b gave back")
	}
}

// TestLeaseRace: instances racing for one free lease, each with a store of its
// own on the same database: exactly one wins.
func TestLeaseRace(t *testing.T) {
	path := testPath(t, filepath.Join(t.TempDir(), "m.db"))
	const n = 6
	stores := make([]*Store, n)
	for i := range stores {
		s, err := Open(Options{Path: path, Key: testKey})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	won := make([]bool, n)
	for i, s := range stores {
		wg.Go(func() {
			ok, err := s.TakeLease("calendar", string(rune('a'+i)), now, time.Minute)
			if err != nil {
				t.Error(err)
			}
			won[i] = ok
		})
	}
	wg.Wait()
	winners := 0
	for _, w := range won {
		if w {
			winners++
		}
	}
	if winners != 1 {
		t.Errorf("%d instances hold the lease, want 1", winners)
	}
}

// TestClaimDueSideBySide: senders of several instances claiming at once from one
// database never hold the same row, and together they claim every due row.
func TestClaimDueSideBySide(t *testing.T) {
	path := testPath(t, filepath.Join(t.TempDir(), "m.db"))
	const senders, rows = 4, 60
	stores := make([]*Store, senders)
	for i := range stores {
		s, err := Open(Options{Path: path, Key: testKey})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	for i := range rows {
		o := Outbox{IdemKey: fmt.Sprintf("k%d", i), Kind: "checkin", Lang: "en", ToAddr: "p@example.net", DueAt: now}
		must(t, stores[0].Tx(func(tx *Tx) error {
			_, err := tx.Enqueue(&o, Message{Subject: "s", Text: "t"}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
			return err
		}))
	}
	var mu sync.Mutex
	held := map[int64]string{}
	var wg sync.WaitGroup
	for i, s := range stores {
		owner := fmt.Sprintf("s%d", i)
		wg.Go(func() {
			for {
				got, err := s.ClaimDue(owner, now, time.Minute, 7)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				mu.Lock()
				for _, o := range got {
					if other, ok := held[o.ID]; ok {
						t.Errorf("row %d claimed by %s and %s", o.ID, other, owner)
					}
					held[o.ID] = owner
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(held) != rows {
		t.Errorf("%d rows claimed, want %d", len(held), rows)
	}
}

// TestGroupCommit: the transactions run in a group are kept together when it
// commits; one that fails rolls back alone; a group whose fn fails still keeps
// what it did.
func TestGroupCommit(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	add := func(st *Store, key string) error {
		_, err := st.RecordInbound(ctx, &Inbound{Key: key, Mailbox: "INBOX", UIDValidity: 1, UID: 1, FromAddr: "a@example.org",
			Class: "reply", Outcome: InboundProcessed, ReceivedAt: time.Now()}, nil)
		return err
	}
	errLater := errors.New("the connection went")
	err := s.Group(ctx, func(g *Store) error {
		must(t, add(g, "one"))
		if err := g.Tx(func(tx *Tx) error {
			if _, err := tx.InsertInbound(&Inbound{Key: "two", Mailbox: "INBOX", FromAddr: "a@example.org", Class: "reply",
				Outcome: InboundProcessed, ReceivedAt: time.Now()}, nil); err != nil {
				return err
			}
			return tx.db.Exec("INSERT INTO no_such_table VALUES (1)").Error
		}); err == nil {
			t.Error("a failing transaction in the group succeeded")
		}
		must(t, add(g, "three"))
		return errLater
	})
	if !errors.Is(err, errLater) {
		t.Errorf("Group = %v, want fn's error", err)
	}
	var keys []string
	must(t, s.db.Model(&Inbound{}).Order("key").Pluck("key", &keys).Error)
	if fmt.Sprint(keys) != "[one three]" {
		t.Errorf("inbound keys after the group: %v, want [one three]", keys)
	}
}

// TestReleaseDead: the rows a sender claimed stay its own while its heartbeat
// lives, however long their own lease; once the heartbeat has expired, another
// instance frees them (and only them) for the live senders, and the dead
// heartbeat is gone.
func TestReleaseDead(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for i := range 6 {
		o := Outbox{IdemKey: fmt.Sprintf("k%d", i), Kind: "receipt_meeting", Lang: "en", ToAddr: "p@example.net", DueAt: now}
		must(t, s.Tx(func(tx *Tx) error {
			_, err := tx.Enqueue(&o, Message{Subject: "s", Text: "t"}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
			return err
		}))
	}
	ttl := 3 * time.Second
	for _, owner := range []string{"dead", "alive"} {
		if ok, err := s.TakeLease(HeartbeatPrefix+owner, owner, now, ttl); err != nil || !ok {
			t.Fatalf("heartbeat of %s: %v, %v", owner, ok, err)
		}
	}
	claim := func(owner string, n int) []Outbox {
		t.Helper()
		rows, err := s.ClaimDue(owner, now, 10*time.Minute, n)
		if err != nil || len(rows) != n {
			t.Fatalf("%s claimed %d rows (%v), want %d", owner, len(rows), err, n)
		}
		return rows
	}
	dead, alive := claim("dead", 2), claim("alive", 2)
	claim("noheartbeat", 1) // a sender without a heartbeat keeps its rows until their lease ends
	if err := s.MarkSent(dead[0].ID, "dead", now); err != nil {
		t.Fatal(err)
	}
	// Before the heartbeat expires: nothing is freed.
	if n, err := s.ReleaseDead(now.Add(ttl / 2)); err != nil || n != 0 {
		t.Fatalf("ReleaseDead before the expiry freed %d rows (%v), want 0", n, err)
	}
	// "alive" renews; "dead" does not.
	if ok, err := s.TakeLease(HeartbeatPrefix+"alive", "alive", now.Add(2*time.Second), ttl); err != nil || !ok {
		t.Fatalf("renewal: %v, %v", ok, err)
	}
	later := now.Add(ttl + time.Second)
	n, err := s.ReleaseDead(later)
	if err != nil || n != 1 {
		t.Fatalf("ReleaseDead freed %d rows (%v), want the dead sender's one unsent row", n, err)
	}
	if h, _, err := s.LeaseHolder(HeartbeatPrefix + "dead"); err != nil || h != "" {
		t.Errorf("the dead sender's heartbeat is still there (%q, %v)", h, err)
	}
	if h, _, err := s.LeaseHolder(HeartbeatPrefix + "alive"); err != nil || h != "alive" {
		t.Errorf("the live sender's heartbeat is gone (%q, %v)", h, err)
	}
	// The survivor claims the freed row at once, not 10 minutes later.
	got, err := s.ClaimDue("survivor", later, 10*time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != dead[1].ID {
		t.Errorf("the survivor claimed %v, want the dead sender's row %d and the one never claimed", got, dead[1].ID)
	}
	// The live sender still owns its rows: its mark succeeds.
	if err := s.MarkSent(alive[0].ID, "alive", later); err != nil {
		t.Errorf("the live sender lost its row: %v", err)
	}
	if n, err := s.ReleaseDead(later.Add(time.Second)); err != nil || n != 0 {
		t.Errorf("a second ReleaseDead freed %d rows (%v), want 0", n, err)
	}
}

// TestMarkSent: a mark records the send (state, time, one more attempt, no error)
// and frees the lease; a mark by another owner, or a second mark, finds the row no
// longer its own and changes nothing.
func TestMarkSent(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	o := Outbox{IdemKey: "mark", Kind: "receipt_meeting", Lang: "en", ToAddr: "p@example.net", DueAt: now}
	must(t, s.Tx(func(tx *Tx) error {
		_, err := tx.Enqueue(&o, Message{Subject: "s", Text: "t"}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
		return err
	}))
	rows, err := s.ClaimDue("sender", now, time.Minute, 1)
	if err != nil || len(rows) != 1 {
		t.Fatalf("claimed %d rows (%v)", len(rows), err)
	}
	if err := s.MarkSent(rows[0].ID, "other", now); !errors.Is(err, ErrLeaseLost) {
		t.Fatalf("a mark by another owner: %v, want ErrLeaseLost", err)
	}
	at := now.Add(3 * time.Second)
	if err := s.MarkSent(rows[0].ID, "sender", at); err != nil {
		t.Fatal(err)
	}
	var got *Outbox
	must(t, s.Tx(func(tx *Tx) error {
		var err error
		got, err = tx.OutboxByID(rows[0].ID)
		return err
	}))
	if got.State != OutboxSent || got.SentAt == nil || !got.SentAt.Equal(at) || got.Attempts != rows[0].Attempts+1 ||
		got.LastError != "" || got.LeaseOwner != "" || got.LeaseUntil != nil {
		t.Errorf("after the mark: state %q, sent %v, attempts %d (was %d), error %q, lease %q %v",
			got.State, got.SentAt, got.Attempts, rows[0].Attempts, got.LastError, got.LeaseOwner, got.LeaseUntil)
	}
	if err := s.MarkSent(rows[0].ID, "sender", at); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("a second mark: %v, want ErrLeaseLost", err)
	}
}
