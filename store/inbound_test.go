package store

import (
	"context"
	"testing"
)

func TestCursorAdvancesWithinOneUIDValidity(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	uv, last, err := s.Cursor(ctx, "INBOX")
	if err != nil || uv != 0 || last != 0 {
		t.Fatalf("fresh cursor = %d, %d, %v; want zeros", uv, last, err)
	}
	step := func(uv, uid uint32) {
		t.Helper()
		must(t, s.Tx(func(tx *Tx) error { return tx.AdvanceCursor("INBOX", uv, uid) }))
	}
	check := func(wantUV, wantLast uint32) {
		t.Helper()
		uv, last, err := s.Cursor(ctx, "INBOX")
		if err != nil || uv != wantUV || last != wantLast {
			t.Fatalf("cursor = %d, %d, %v; want %d, %d", uv, last, err, wantUV, wantLast)
		}
	}
	step(7, 5)
	check(7, 5)
	step(7, 3) // an older message retried later: the cursor does not go back
	check(7, 5)
	step(7, 9)
	check(7, 9)
	step(8, 2) // the mailbox was renumbered
	check(8, 2)
	if uv, _, _ := s.Cursor(ctx, "Other"); uv != 0 {
		t.Fatal("cursors are not per mailbox")
	}
}

func TestInsertInboundOnce(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	in := func() *Inbound {
		return &Inbound{Key: "abc@example.org", Mailbox: "INBOX", UIDValidity: 3, UID: 4, FromAddr: "a@example.org", Class: "reply", Size: 12}
	}
	created, err := s.RecordInbound(ctx, in(), []byte("raw message"))
	if err != nil || !created {
		t.Fatalf("first RecordInbound = %v, %v", created, err)
	}
	created, err = s.RecordInbound(ctx, in(), []byte("raw message"))
	if err != nil || created {
		t.Fatalf("second RecordInbound = %v, %v; want false, nil", created, err)
	}
	if n, _ := s.CountInbound(ctx); n != 1 {
		t.Fatalf("%d rows, want 1", n)
	}
	var got Inbound
	must(t, s.db.Take(&got).Error)
	if raw, err := s.Open(got.RawSealed); err != nil || raw != "raw message" {
		t.Fatalf("raw = %q, %v", raw, err)
	}
	if uv, last, _ := s.Cursor(ctx, "INBOX"); uv != 3 || last != 4 {
		t.Fatalf("cursor = %d, %d", uv, last)
	}
	must(t, s.Tx(func(tx *Tx) error {
		out, found, err := tx.InboundOutcome("abc@example.org")
		if err != nil || !found || out != InboundProcessed {
			t.Errorf("outcome = %q, %v, %v", out, found, err)
		}
		_, found, err = tx.InboundOutcome("nope")
		if err != nil || found {
			t.Errorf("outcome of a missing key found=%v err=%v", found, err)
		}
		return nil
	}))
}

func TestFailureCounts(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	for want := 1; want <= 3; want++ {
		n, err := s.RecordFailure(ctx, "k", "boom")
		if err != nil || n != want {
			t.Fatalf("RecordFailure = %d, %v; want %d", n, err, want)
		}
	}
	if n, _ := s.FailureCount(ctx, "other"); n != 0 {
		t.Fatalf("unrelated key counts %d", n)
	}
	must(t, s.Tx(func(tx *Tx) error { return tx.ClearFailure("k") }))
	if n, err := s.FailureCount(ctx, "k"); err != nil || n != 0 {
		t.Fatalf("after clear: %d, %v", n, err)
	}
}
