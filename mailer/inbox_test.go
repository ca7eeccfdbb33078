package mailer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

// TestInboxExactlyOnceUnderKills delivers 1,000 messages while the inbox runs,
// and kills it at random points: its context cancelled (a process stop), every
// connection cut by the proxy (a crash of the server or the network), and,
// every 97th commit, a cut right between the handler's commit and the move.
// Every message must be recorded exactly once and end in Processed or
// Quarantine, none left in INBOX.
func TestInboxExactlyOnceUnderKills(t *testing.T) {
	const total = 1000
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 42))

	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelWarn)
	var commitCuts atomic.Int32
	h := &recorder{st: st, afterCommit: func(n int) {
		if n%97 == 0 {
			commitCuts.Add(1)
			p.Cut()
		}
	}}
	start := time.Now()

	delivered := make(chan struct{})
	quarantined := 0
	for i := range total {
		if i%50 == 7 {
			quarantined++
		}
	}
	go func() {
		defer close(delivered)
		for i := range total {
			subject := "Meeting log"
			if i%50 == 7 {
				subject = "[spam] cheap pills"
			}
			ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("m%04d@example.test", i), subject))
			if i%10 == 9 {
				time.Sleep(15 * time.Millisecond)
			}
		}
	}()

	var stops, cuts int
	in := testInbox(t, p.addr, h, st, lg, nil)
	stop := runInbox(t, in)
	for done := false; !done || stops+cuts < 8; {
		time.Sleep(time.Duration(20+rng.IntN(250)) * time.Millisecond)
		if rng.IntN(2) == 0 {
			stop() // a process stop; then a new process starts
			stops++
			in = testInbox(t, p.addr, h, st, lg, nil)
			stop = runInbox(t, in)
		} else {
			p.Cut()
			cuts++
		}
		select {
		case <-delivered:
			done = true
		default:
		}
	}
	eventually(t, 20*time.Second, "every message handled and moved", func() bool {
		return ts.count("INBOX") == 0 && ts.count("Processed")+ts.count("Quarantine") >= total
	})
	stop()

	n, err := st.CountInbound(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	calls, created, replays := h.stats()
	if n != total || created != total {
		t.Errorf("%d inbound rows, %d effects applied; want %d of each", n, created, total)
	}
	if got := ts.count("Quarantine"); got != quarantined {
		t.Errorf("Quarantine holds %d, want %d", got, quarantined)
	}
	ids := ts.messageIDs(t, "Processed")
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("%s is twice in Processed", id)
		}
		seen[id] = true
	}
	if len(seen) != total-quarantined {
		t.Errorf("Processed holds %d distinct messages, want %d", len(seen), total-quarantined)
	}
	if replays == 0 {
		t.Error("no message was offered twice: the kills never hit between commit and move")
	}
	t.Logf("%d messages in %v: %d process stops, %d connection cuts, %d cuts between commit and move; %d handler calls, %d replays made no-ops",
		total, time.Since(start).Round(time.Millisecond), stops, cuts, commitCuts.Load(), calls, replays)
}

// TestInboxRescansAfterUIDValidityChange recreates INBOX (a new UIDVALIDITY,
// UIDs from 1 again) with five already applied messages and three new ones.
func TestInboxRescansAfterUIDValidityChange(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	st := openStore(t)
	sink, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	in := testInbox(t, ts.addr, h, st, lg, nil)
	ctx := context.Background()
	for i := range 10 {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("v%d@example.test", i), "log"))
	}
	if err := in.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	uv1, last1, _ := st.Cursor(ctx, "INBOX")
	if last1 != 10 {
		t.Fatalf("cursor after the first pass: %d/%d, want last UID 10", uv1, last1)
	}

	if err := ts.user.Delete("INBOX"); err != nil {
		t.Fatal(err)
	}
	if err := ts.user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 1, 2, 3, 4, 10, 11, 12} {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("v%d@example.test", i), "log"))
	}
	if err := in.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	calls, created, replays := h.stats()
	n, _ := st.CountInbound(ctx)
	if n != 13 || created != 13 || replays != 5 || calls != 18 {
		t.Errorf("rows %d, created %d, replays %d, calls %d; want 13, 13, 5, 18", n, created, replays, calls)
	}
	if !strings.Contains(sink.String(), "UIDVALIDITY changed") {
		t.Error("the UIDVALIDITY change was not logged")
	}
	uv2, last2, _ := st.Cursor(ctx, "INBOX")
	if uv2 == uv1 || last2 != 8 {
		t.Errorf("cursor after the rescan: %d/%d, want a new UIDVALIDITY (was %d) and last UID 8", uv2, last2, uv1)
	}
	if c := ts.count("INBOX"); c != 0 {
		t.Errorf("%d messages left in INBOX", c)
	}
}

// TestInboxSilentServerMidFetch: the server goes silent just as the inbox asks
// for a body. The fetch deadline must close the connection, and the inbox must
// reconnect and carry on.
func TestInboxSilentServerMidFetch(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	const fetchDeadline = 300 * time.Millisecond
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) { o.Timeouts.Fetch = fetchDeadline })
	for i := range 3 {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("f%d@example.test", i), "log"))
	}
	stalled := p.StallOn("BODY.PEEK[]")
	runInbox(t, in)
	<-stalled
	at := time.Now()
	eventually(t, 10*time.Second, "all three messages moved", func() bool { return ts.count("Processed") == 3 })
	took := time.Since(at)
	t.Logf("silent mid-FETCH: noticed and recovered in %v (fetch deadline %v)", took.Round(time.Millisecond), fetchDeadline)
	if took > fetchDeadline+2*time.Second {
		t.Errorf("recovery took %v", took)
	}
	if _, created, _ := h.stats(); created != 3 {
		t.Errorf("%d messages applied, want 3", created)
	}
}

// TestInboxSilentServerMidIdle: the server goes silent while the inbox idles,
// and a message arrives meanwhile. The inbox must notice within IdleRefresh
// plus the wake deadline, reconnect and handle the message.
func TestInboxSilentServerMidIdle(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	const refresh, wake = 500 * time.Millisecond, 200 * time.Millisecond
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) {
		o.IdleRefresh = refresh
		o.Timeouts.Wake = wake
	})
	runInbox(t, in)
	ts.deliver(t, "INBOX", testMessage("i1@example.test", "log"))
	eventually(t, 5*time.Second, "the first message moved", func() bool { return ts.count("Processed") == 1 })
	eventually(t, 5*time.Second, "the inbox idling", func() bool { return p.LastCommand() == "IDLE" })
	p.Stall()
	at := time.Now()
	ts.deliver(t, "INBOX", testMessage("i2@example.test", "log"))
	eventually(t, 10*time.Second, "the second message moved", func() bool { return ts.count("Processed") == 2 })
	took := time.Since(at)
	t.Logf("silent mid-IDLE: noticed and recovered in %v (IdleRefresh %v + wake deadline %v)", took.Round(time.Millisecond), refresh, wake)
	if took > refresh+wake+time.Second {
		t.Errorf("recovery took %v", took)
	}
}

// TestInboxWithoutMove: servers without MOVE get UID COPY, UID STORE \Deleted
// and UID EXPUNGE (or EXPUNGE without UIDPLUS), in that order, once for the
// whole batch.
func TestInboxWithoutMove(t *testing.T) {
	for _, tc := range []struct {
		name    string
		caps    imap.CapSet
		expunge string
	}{
		{"uidplus", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}}, "UID EXPUNGE 1:5\r\n"},
		{"plain", imap.CapSet{imap.CapIMAP4rev1: {}}, " EXPUNGE\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, tc.caps)
			p := newProxy(t, ts.addr)
			st := openStore(t)
			_, lg := newLogSink(t, slog.LevelInfo)
			h := &recorder{st: st}
			in := testInbox(t, p.addr, h, st, lg, nil)
			for i := range 5 {
				ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("c%d@example.test", i), "log"))
			}
			if err := in.RunOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
			if ts.count("Processed") != 5 || ts.count("INBOX") != 0 {
				t.Errorf("Processed %d, INBOX %d; want 5, 0", ts.count("Processed"), ts.count("INBOX"))
			}
			sent := p.Sent()
			if strings.Contains(sent, "MOVE") {
				t.Error("MOVE sent to a server without it")
			}
			at := -1
			for _, want := range []string{`UID COPY 1:5 "Processed"`, `UID STORE 1:5 +FLAGS.SILENT (\Deleted)`, tc.expunge} {
				i := strings.Index(sent, want)
				switch {
				case i < 0:
					t.Errorf("the client never sent %q", want)
				case i < at:
					t.Errorf("%q sent before the step it must follow", want)
				}
				at = i
			}
			if n := strings.Count(sent, "UID COPY"); n != 1 {
				t.Errorf("%d UID COPY commands for one batch, want 1", n)
			}
		})
	}
}

// TestInboxOversizedQuarantinedUnread: a message over MaxSize reaches the
// handler with TooBig and no body, is never fetched whole, and ends in Quarantine.
func TestInboxOversizedQuarantinedUnread(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) { o.MaxSize = 2000 })
	big := testMessage("big@example.test", "log")
	big = append(big, []byte(strings.Repeat("attachment data 0123456789\r\n", 400))...)
	ts.deliver(t, "INBOX", big) // UID 1
	ts.deliver(t, "INBOX", testMessage("small@example.test", "log"))
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(h.deliveries) != 2 {
		t.Fatalf("%d deliveries, want 2", len(h.deliveries))
	}
	d := h.deliveries[0]
	if !d.TooBig || d.Raw != nil || d.Size != int64(len(big)) || d.UID != 1 {
		t.Errorf("big delivery = uid %d, TooBig %v, raw %d bytes, size %d; want uid 1, TooBig, no raw, size %d",
			d.UID, d.TooBig, len(d.Raw), d.Size, len(big))
	}
	if h.deliveries[1].TooBig || h.deliveries[1].Raw == nil {
		t.Error("the small message was not fetched")
	}
	for _, set := range bodyFetches(p.Sent()) {
		if set[1] {
			t.Errorf("the oversized message's body was fetched: %v", set)
		}
	}
	if ts.count("Quarantine") != 1 || ts.count("Processed") != 1 || ts.count("INBOX") != 0 {
		t.Errorf("Quarantine %d, Processed %d, INBOX %d; want 1, 1, 0", ts.count("Quarantine"), ts.count("Processed"), ts.count("INBOX"))
	}
}

// TestInboxHandlerFailureDoesNotBlock: a message whose handling fails stays in
// INBOX while later ones flow on; the program's failure count (kept in the
// store) quarantines it on the third attempt.
func TestInboxHandlerFailureDoesNotBlock(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	ctx := context.Background()
	h := &recorder{st: st}
	var quarantineNext atomic.Bool
	h.fail = func(d Delivery, key string) error {
		if key != "h2@example.test" {
			return nil
		}
		n, err := st.RecordFailure(ctx, key, "parser exploded")
		if err != nil {
			return err
		}
		if n >= 3 {
			quarantineNext.Store(true)
			return nil
		}
		return errors.New("parser exploded")
	}
	for i := range 5 {
		subject := "log"
		if i == 2 {
			subject = "[spam] the third attempt quarantines me" // what the program returns on the 3rd failure
		}
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("h%d@example.test", i), subject))
	}
	in := testInbox(t, ts.addr, h, st, lg, nil)
	if err := in.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(h.keys, " "); got != "h0@example.test h1@example.test h2@example.test h3@example.test h4@example.test" {
		t.Errorf("handler calls in order: %s", got)
	}
	if ts.count("Processed") != 4 || ts.count("INBOX") != 1 {
		t.Fatalf("after one pass: Processed %d, INBOX %d; want 4, 1", ts.count("Processed"), ts.count("INBOX"))
	}
	for range 2 {
		if err := in.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if !quarantineNext.Load() || ts.count("Quarantine") != 1 || ts.count("INBOX") != 0 {
		t.Errorf("after three passes: Quarantine %d, INBOX %d; want 1, 0", ts.count("Quarantine"), ts.count("INBOX"))
	}
	if n, _ := st.FailureCount(ctx, "h2@example.test"); n != 0 {
		t.Errorf("failure count %d left after the message was quarantined", n)
	}
	if n, _ := st.CountInbound(ctx); n != 5 {
		t.Errorf("%d rows, want 5", n)
	}
}

// TestInboxPollsWithoutIdle: without IDLE the inbox polls with NOOP.
func TestInboxPollsWithoutIdle(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	p := newProxy(t, ts.addr)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	in := testInbox(t, p.addr, h, st, lg, func(o *InboxOptions) { o.PollInterval = 100 * time.Millisecond })
	in.forcePoll = true
	runInbox(t, in)
	time.Sleep(50 * time.Millisecond)
	for i := range 3 {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("p%d@example.test", i), "log"))
	}
	eventually(t, 5*time.Second, "three messages moved", func() bool { return ts.count("Processed") == 3 })
	if strings.Contains(p.Sent(), "IDLE") {
		t.Error("IDLE sent while polling")
	}
	if !strings.Contains(p.Sent(), "NOOP") {
		t.Error("no NOOP sent while polling")
	}
}

// TestInboxCreatesFolders: Processed and Quarantine are made when missing, and
// existing ones are left alone.
func TestInboxCreatesFolders(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	if err := ts.user.Create("Quarantine", nil); err != nil {
		t.Fatal(err)
	}
	ts.deliver(t, "Quarantine", testMessage("old@example.test", "old"))
	in := testInbox(t, ts.addr, &recorder{st: openStore(t)}, nil, nil, nil)
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ts.count("Processed") != 0 || ts.count("Quarantine") != 1 {
		t.Errorf("Processed %d, Quarantine %d; want 0, 1", ts.count("Processed"), ts.count("Quarantine"))
	}
}

// TestInboxMovedMessagesSeen: what the inbox moves to Processed and Quarantine
// arrives marked \Seen, with MOVE and without, so the shared mailbox's unread
// count means something.
func TestInboxMovedMessagesSeen(t *testing.T) {
	for _, tc := range []struct {
		name string
		caps imap.CapSet
	}{
		{"move", capsDovecotLike},
		{"copy", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, tc.caps)
			st := openStore(t)
			_, lg := newLogSink(t, slog.LevelInfo)
			h := &recorder{st: st}
			in := testInbox(t, ts.addr, h, st, lg, func(o *InboxOptions) { o.MaxSize = 2000 })
			big := append(testMessage("big@example.test", "log"), []byte(strings.Repeat("attachment data 0123456789\r\n", 400))...)
			ts.deliver(t, "INBOX", big) // quarantined unread
			ts.deliver(t, "INBOX", testMessage("small@example.test", "log"))
			if err := in.RunOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
			for _, box := range []string{"Processed", "Quarantine"} {
				data, err := ts.user.Status(box, &imap.StatusOptions{NumMessages: true, NumUnseen: true})
				if err != nil {
					t.Fatal(err)
				}
				if *data.NumMessages != 1 || *data.NumUnseen != 0 {
					t.Errorf("%s holds %d messages, %d unseen; want 1, 0", box, *data.NumMessages, *data.NumUnseen)
				}
			}
		})
	}
}
