package mailer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestInboxRoundTripsPerBatch reads the proxy's transcript of one pass over 100
// messages (one in ten quarantined, one whose handler fails): the bodies come in
// one UID FETCH per batch, in UID order, and the committed messages leave in one
// UID MOVE per destination and batch, not one command of each per message.
func TestInboxRoundTripsPerBatch(t *testing.T) {
	const total, failing = 100, "r037@example.test"
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st, fail: func(_ Delivery, key string) error {
		if key == failing {
			return errors.New("parser exploded")
		}
		return nil
	}}
	for i := range total {
		subject := "log"
		if i%10 == 3 {
			subject = "[spam] pills"
		}
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("r%03d@example.test", i), subject))
	}
	in := testInbox(t, p.addr, h, st, lg, nil)
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	sent := p.Sent()
	fetches, moves := bodyFetches(sent), commands(sent, "UID MOVE ")
	t.Logf("%d messages: %d UID FETCH of bodies, %d UID MOVE (batches of %d)", total, len(fetches), len(moves), DefaultBatchMessages)
	if len(fetches) != 2 {
		t.Errorf("%d body fetches, want 2", len(fetches))
	}
	want := uint32(1)
	for _, set := range fetches {
		if len(set) > DefaultBatchMessages {
			t.Errorf("a fetch of %d messages", len(set))
		}
		for _, uid := range slices.Sorted(maps.Keys(set)) {
			if uid != want {
				t.Errorf("fetched UID %d, want %d next", uid, want)
			}
			want = uid + 1
		}
	}
	if len(moves) != 4 {
		t.Errorf("UID MOVE commands %q, want 4 (2 batches, 2 destinations)", moves)
	}
	for _, m := range moves {
		if parseUIDSet(strings.Fields(m)[2])[38] {
			t.Errorf("%q moves the message whose handler failed", m)
		}
	}
	if got, want := len(h.keys), total; got != want || !slices.IsSorted(h.keys) {
		t.Errorf("%d handler calls, in UID order %v; want %d in order", got, slices.IsSorted(h.keys), want)
	}
	if ts.count("INBOX") != 1 || ts.count("Processed") != 89 || ts.count("Quarantine") != 10 {
		t.Errorf("INBOX %d, Processed %d, Quarantine %d; want 1, 89, 10", ts.count("INBOX"), ts.count("Processed"), ts.count("Quarantine"))
	}
}

// TestInboxBatchBytes: a batch's fetched sizes add up to at most BatchBytes.
func TestInboxBatchBytes(t *testing.T) {
	const total, limit = 40, 2000
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	sizes := map[uint32]int{}
	for i := range total {
		raw := testMessage(fmt.Sprintf("b%03d@example.test", i), "log"+strings.Repeat(" padding", i%7))
		ts.deliver(t, "INBOX", raw)
		sizes[uint32(i+1)] = len(raw)
	}
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) { o.BatchBytes = limit })
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	fetches := bodyFetches(p.Sent())
	seen := 0
	for _, set := range fetches {
		sum := 0
		for uid := range set {
			sum += sizes[uid]
		}
		if sum > limit {
			t.Errorf("one fetch of %d messages, %d bytes; limit %d", len(set), sum, limit)
		}
		seen += len(set)
	}
	if seen != total || len(fetches) < total*sizes[1]/limit {
		t.Errorf("%d body fetches of %d messages in all", len(fetches), seen)
	}
	if ts.count("Processed") != total {
		t.Errorf("Processed %d, want %d", ts.count("Processed"), total)
	}
}

// TestInboxStopMovesCommitted: a stop (ctx cancelled) while the handler works
// on the 7th message of a batch of 20 lets that message finish, moves the seven
// committed ones in one command, and leaves the rest, never handled, in INBOX.
func TestInboxStopMovesCommitted(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &recorder{st: st, afterCommit: func(n int) {
		if n == 7 {
			cancel()
		}
	}}
	for i := range 20 {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("s%02d@example.test", i), "log"))
	}
	in := testInbox(t, p.addr, h, st, lg, nil)
	start := time.Now()
	err := in.RunOnce(ctx)
	t.Logf("RunOnce returned %v after %v", err, time.Since(start).Round(time.Millisecond))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("RunOnce returned %v, want context.Canceled", err)
	}
	if calls, _, _ := h.stats(); calls != 7 {
		t.Errorf("%d handler calls, want 7", calls)
	}
	if ts.count("Processed") != 7 || ts.count("INBOX") != 13 {
		t.Errorf("Processed %d, INBOX %d; want 7, 13", ts.count("Processed"), ts.count("INBOX"))
	}
	if moves := commands(p.Sent(), "UID MOVE "); len(moves) != 1 || moves[0] != `UID MOVE 1:7 "Processed"` {
		t.Errorf("moves %q, want one UID MOVE 1:7 Processed", moves)
	}
}

// TestInboxSlowHandlerWithinFetchDeadline: the handler's time does not count
// against the fetch deadline. A batch of 20 messages taking 30 ms each to apply
// passes under a 150 ms fetch deadline on one connection.
func TestInboxSlowHandlerWithinFetchDeadline(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st, fail: func(Delivery, string) error {
		time.Sleep(30 * time.Millisecond)
		return nil
	}}
	for i := range 20 {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("w%02d@example.test", i), "log"))
	}
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) { o.Timeouts.Fetch = 150 * time.Millisecond })
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(commands(p.Sent(), "LOGIN ")); n != 1 {
		t.Errorf("%d logins, want 1", n)
	}
	if ts.count("Processed") != 20 {
		t.Errorf("Processed %d, want 20", ts.count("Processed"))
	}
}

// commands returns the commands of a transcript that start with prefix,
// without their tags.
func commands(sent, prefix string) []string {
	var out []string
	for line := range strings.SplitSeq(sent, "\r\n") {
		if _, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(rest, prefix) {
			out = append(out, rest)
		}
	}
	return out
}

// bodyFetches returns the UID sets of the transcript's UID FETCH commands that
// ask for bodies, in the order they were sent.
func bodyFetches(sent string) []map[uint32]bool {
	var out []map[uint32]bool
	for _, c := range commands(sent, "UID FETCH ") {
		if f := strings.Fields(c); len(f) > 3 && strings.Contains(c, "BODY") {
			out = append(out, parseUIDSet(f[2]))
		}
	}
	return out
}

// parseUIDSet reads a set such as 1:3,7 (no *).
func parseUIDSet(s string) map[uint32]bool {
	set := map[uint32]bool{}
	for r := range strings.SplitSeq(s, ",") {
		lo, hi, ok := strings.Cut(r, ":")
		if !ok {
			hi = lo
		}
		a, _ := strconv.ParseUint(lo, 10, 32)
		b, _ := strconv.ParseUint(hi, 10, 32)
		for u := min(a, b); u <= max(a, b) && u > 0; u++ {
			set[uint32(u)] = true
		}
	}
	return set
}

// countHandler applies nothing: it sends every message to Processed.
type countHandler struct{ n atomic.Int64 }

func (h *countHandler) Handle(context.Context, Delivery) (Disposition, error) {
	h.n.Add(1)
	return Processed, nil
}

// BenchmarkInboxRound measures the inbox's own cost, with a handler that does
// nothing: one pass over 1,000 messages of about 6 KB (the ingest benchmark's
// size) in the in-process server, without a proxy.
func BenchmarkInboxRound(b *testing.B) {
	const n = 1000
	raw := testMessage("bench@example.test", "log")
	raw = append(raw, strings.Repeat("We talked about interviews and the job market.\r\n", 120)...)
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		ts := newTestServer(b, capsDovecotLike)
		for range n {
			ts.deliver(b, "INBOX", raw)
		}
		h := &countHandler{}
		in := testInbox(b, ts.addr, h, nil, nil, nil)
		b.StartTimer()
		start := time.Now()
		if err := in.RunOnce(context.Background()); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		if h.n.Load() != n || ts.count("Processed") != n {
			b.Fatalf("%d handled, %d moved; want %d", h.n.Load(), ts.count("Processed"), n)
		}
	}
	b.ReportMetric(float64(b.N*n)/total.Seconds(), "msg/s")
}
