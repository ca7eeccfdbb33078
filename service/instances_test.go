package service_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
)

// shiftClock is the real time plus an offset the test moves forward, shared by
// instances: leases expire when the test says so.
type shiftClock struct {
	mu  sync.Mutex
	off time.Duration
}

func (c *shiftClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.off)
}

func (c *shiftClock) Add(d time.Duration) {
	c.mu.Lock()
	c.off += d
	c.mu.Unlock()
}

// TestTwoInstancesOneDatabase runs two services on one PostgreSQL database and
// one mailbox through a burst of replies, kills the one that reads the mailbox
// (its database handle gone at once, its leases not given back), and checks
// that the other takes over the mailbox and the outbox once the leases expire:
// every reply applied once, every receipt made once and sent (again only if the
// dead instance had it in hand).
func TestTwoInstancesOneDatabase(t *testing.T) {
	if !storetest.Postgres() {
		t.Skip("several instances share a PostgreSQL database: this runs in the PostgreSQL pass")
	}
	clock := &shiftClock{}
	// Leases long enough never to expire on their own during the test: they
	// expire when the test moves the clock past them.
	opts := service.Options{Clock: clock.Now, LeaseTTL: 5 * time.Minute, LeaseRetry: 50 * time.Millisecond,
		CalendarInterval: 200 * time.Millisecond}
	w := newWorldWith(t, 0, opts)
	a := w.svc
	b, err := service.New(a.Config, a.Config.Logger(io.Discard), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })

	people := []string{"aisha", "marcus", "thi", "aminata", "grace", "rohan", "jf", "mei"}
	const n = 160
	receiptsBefore := map[string]int{}
	for _, who := range people {
		receiptsBefore[who] = len(w.ofKind(who, "INBOX", "receipt_meeting"))
	}
	for i := range n {
		who := people[i%len(people)]
		raw := fmt.Sprintf("From: %s@example.test\r\nTo: program@example.test\r\nSubject: log %d\r\n"+
			"Message-ID: <two%d@client.test>\r\nDate: %s\r\n\r\nWe met yesterday for %d minutes.\r\n",
			who, i, i, time.Now().Format(time.RFC1123Z), 20+i%40)
		if err := w.mail.Deliver(who+"@example.test", []string{"program@example.test"}, []byte(raw)); err != nil {
			t.Fatal(err)
		}
	}
	counts := func() store.Counts {
		c, err := b.Store.CountRows()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second) // a bound for a hang, not a speed check
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("still waiting for %s after 60 s (%+v)", what, counts())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	holder := func() string {
		h, _, err := b.Store.LeaseHolder("inbox")
		if err != nil {
			t.Fatal(err)
		}
		return h
	}

	ctxA, killA := context.WithCancel(context.Background())
	doneA := make(chan struct{})
	go func() { a.Run(ctxA); close(doneA) }()
	waitFor("the first instance to take the mailbox", func() bool { return holder() == a.Instance() })
	ctxB, stopB := context.WithCancel(context.Background())
	doneB := make(chan struct{})
	go func() { b.Run(ctxB); close(doneB) }()
	defer func() { stopB(); <-doneB }()

	waitFor("a third of the burst", func() bool { return counts().Inbound >= n/3 })
	// kill -9: the database handle goes first, so nothing is given back.
	a.Store.Close()
	killA()
	<-doneA
	killedAt := counts().Inbound
	if h := holder(); h != a.Instance() {
		t.Fatalf("the mailbox's lease is held by %q after the kill, want the dead instance's", h)
	}
	// Time passes: the dead instance's leases (the mailbox's, its outbox rows')
	// expire, and the survivor takes them.
	clock.Add(max(mailer.DefaultLease, opts.LeaseTTL) + time.Minute)
	waitFor("the survivor to take the mailbox", func() bool { return holder() == b.Instance() })
	waitFor("every reply applied and every receipt sent", func() bool {
		c := counts()
		unsent, _ := b.Store.CountOutbox(store.OutboxQuery{State: store.OutboxPending})
		return c.Inbound == n && unsent == 0 && w.count("program", "INBOX") == 0
	})
	stopB()
	<-doneB

	c := counts()
	if c.Meetings != n {
		t.Errorf("%d meetings logged, want exactly %d (killed at %d)", c.Meetings, n, killedAt)
	}
	receipts, _ := b.Store.CountOutbox(store.OutboxQuery{Kinds: []string{"receipt_meeting"}})
	// The daily answer cap bounds how many receipts a person gets; what
	// matters is that each is made once (one row per idempotency key) and sent.
	if receipts == 0 || receipts > n {
		t.Errorf("%d meeting receipts made for %d replies", receipts, n)
	}
	// What reached the participants: every receipt, by its Message-ID. A
	// receipt the dead instance handed to the SMTP server but had not marked
	// is sent again by the survivor with the same Message-ID (at least once
	// over SMTP; the Message-ID lets the receiving side see it is the same).
	seen := map[string]int{}
	for _, who := range people {
		for _, e := range w.ofKind(who, "INBOX", "receipt_meeting")[receiptsBefore[who]:] {
			seen[e.GetHeader("Message-Id")]++
		}
	}
	again := 0
	for _, k := range seen {
		again += k - 1
	}
	if int64(len(seen)) != receipts {
		t.Errorf("%d distinct receipts delivered, want the %d made", len(seen), receipts)
	}
	if again > mailer.DefaultBatch {
		t.Errorf("%d receipts delivered twice: more than one claim's worth (%d) in hand at the kill", again, mailer.DefaultBatch)
	}
	if got := w.count("program", "Processed") + w.count("program", "Quarantine"); got != n {
		t.Errorf("%d messages moved out of INBOX, want %d", got, n)
	}
	t.Logf("killed after %d of %d replies; %d receipts delivered again after the takeover", killedAt, n, again)
	if strings.Contains(a.Instance(), b.Instance()) {
		t.Error("the two instances have one name")
	}
}
