package mailer_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

var testKey = bytes.Repeat([]byte{5}, store.KeySize)

const programFrom = "Mentorship Committee <mentorship@example.org>"

// clock is a settable clock shared by the senders of a test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type failure struct {
	id        int64
	reason    string
	permanent bool
}

// env is a store on SQLite in a temp dir, the program's queue over it, an SMTP
// server and a clock.
type env struct {
	t     testing.TB
	path  string
	st    *store.Store
	q     *program.OutboxQueue
	srv   *testSMTP
	clock *clock

	mu     sync.Mutex
	failed []failure
}

func newEnv(t testing.TB, opts serverOptions) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "m.db"), srv: startSMTP(t, opts),
		clock: &clock{t: time.Date(2026, 9, 14, 13, 0, 0, 0, time.UTC)}}
	e.st = e.open()
	e.q = e.queue(e.st)
	return e
}

func (e *env) open() *store.Store {
	s, err := store.Open(store.Options{Path: e.path, Key: testKey})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s
}

func (e *env) queue(s *store.Store) *program.OutboxQueue {
	q := program.NewOutboxQueue(s, programFrom)
	q.OnFailed = func(o store.Outbox, reason string, permanent bool) {
		e.mu.Lock()
		e.failed = append(e.failed, failure{o.ID, reason, permanent})
		e.mu.Unlock()
	}
	return q
}

func (e *env) failures() []failure {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]failure(nil), e.failed...)
}

func (e *env) sender(mod func(*mailer.SenderOptions)) *mailer.Sender {
	e.t.Helper()
	opts := mailer.SenderOptions{
		Addr: e.srv.Addr, TLS: mailer.TLSNone, Queue: e.q, Clock: e.clock.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Rand: rand.NewPCG(1, 2),
	}
	if mod != nil {
		mod(&opts)
	}
	s, err := mailer.NewSender(opts)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) participant(email string) int64 {
	e.t.Helper()
	p := store.Participant{Email: email, Name: "P " + email, Role: store.RoleMentee, Language: "en",
		TimeZone: "America/Toronto", Status: store.StatusActive}
	if err := e.st.InsertRow(&p); err != nil {
		e.t.Fatal(err)
	}
	return p.ID
}

// enqueue makes a due row for participant pid (0: none) with Tx.Enqueue.
func (e *env) enqueue(key string, pid int64, to string, mod func(*store.Outbox, *store.Message)) store.Outbox {
	e.t.Helper()
	o := store.Outbox{IdemKey: key, Kind: "checkin", Lang: "en", ToAddr: to, DueAt: e.clock.Now()}
	if pid != 0 {
		o.ParticipantID = &pid
	}
	m := store.Message{Subject: "Check-in " + key, Text: "Hello,\n\nHow did your meeting go?\n", HTML: "<p>Hello,</p><p>How did your meeting go?</p>"}
	if mod != nil {
		mod(&o, &m)
	}
	err := e.st.Tx(func(tx *store.Tx) error {
		_, err := tx.Enqueue(&o, m, func(id int64) string { return fmt.Sprintf("tok%d.checkin@example.org", id) })
		return err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

func (e *env) row(id int64) store.Outbox {
	e.t.Helper()
	o, err := e.st.OutboxRow(id)
	if err != nil {
		e.t.Fatal(err)
	}
	return *o
}

func (e *env) person(id int64) store.Participant {
	e.t.Helper()
	p, err := e.st.Participant(id)
	if err != nil {
		e.t.Fatal(err)
	}
	return *p
}

func runOnce(t testing.TB, s *mailer.Sender) int {
	t.Helper()
	n, err := s.RunOnce(context.Background())
	if err != nil {
		t.Fatalf("RunOnce: %v", err)
	}
	return n
}

func parse(t testing.TB, raw []byte) *enmime.Envelope {
	t.Helper()
	env, err := enmime.ReadEnvelope(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func TestTemporaryFailureThenSent(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(tempRcpt)
	o := e.enqueue("a", e.participant("a@example.net"), "a@example.net", nil)
	s := e.sender(nil)
	t0 := e.clock.Now()

	if n := runOnce(t, s); n != 0 {
		t.Fatalf("first round sent %d, want 0 (451)", n)
	}
	r := e.row(o.ID)
	if r.State != store.OutboxPending || r.Attempts != 1 || r.FirstTriedAt == nil || !strings.Contains(r.LastError, "451") {
		t.Fatalf("after 451: state=%s attempts=%d first=%v err=%q", r.State, r.Attempts, r.FirstTriedAt, r.LastError)
	}
	if d := r.DueAt.Sub(t0); d < 48*time.Second || d > 72*time.Second {
		t.Errorf("retry due after %v, want 1 min ± 20%%", d)
	}
	if n := runOnce(t, s); n != 0 {
		t.Fatalf("a round before the backoff sent %d", n)
	}
	if conns, _ := e.srv.stats(); conns != 1 {
		t.Errorf("a round with nothing due connected: %d connections", conns)
	}
	e.clock.Add(2 * time.Minute)
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("after the backoff sent %d, want 1", n)
	}
	if got := len(e.srv.messages(true)); got != 1 {
		t.Errorf("server accepted %d messages, want 1", got)
	}
	if r := e.row(o.ID); r.State != store.OutboxSent || r.Attempts != 2 || r.SentAt == nil {
		t.Errorf("after 250: state=%s attempts=%d sent=%v", r.State, r.Attempts, r.SentAt)
	}
	e.clock.Add(time.Hour)
	runOnce(t, s)
	if got := len(e.srv.messages(false)); got != 1 {
		t.Errorf("a sent row went out again: %d messages", got)
	}
}

func TestRefusedAddressStopsMail(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(noSuchUser)
	p, q := e.participant("gone@example.net"), e.participant("ok@example.net")
	a := e.enqueue("a", p, "gone@example.net", nil)
	b := e.enqueue("b", p, "gone@example.net", nil) // same batch, after the refusal
	c := e.enqueue("c", q, "ok@example.net", nil)
	s := e.sender(nil)

	if n := runOnce(t, s); n != 1 {
		t.Fatalf("sent %d, want 1 (c)", n)
	}
	if r := e.row(a.ID); r.State != store.OutboxFailed || !strings.Contains(r.LastError, "550 5.1.1") {
		t.Errorf("a: state=%s err=%q", r.State, r.LastError)
	}
	if r := e.row(b.ID); r.State != store.OutboxCancelled {
		t.Errorf("b: state=%s, want cancelled", r.State)
	}
	if r := e.row(c.ID); r.State != store.OutboxSent {
		t.Errorf("c: state=%s, want sent", r.State)
	}
	if pp := e.person(p); pp.BounceCount != 1 || !pp.MailStopped {
		t.Errorf("participant: bounces=%d stopped=%v, want 1, true", pp.BounceCount, pp.MailStopped)
	}
	if f := e.failures(); len(f) != 1 || f[0].id != a.ID || !f[0].permanent {
		t.Errorf("OnFailed calls: %+v", f)
	}
	if _, mails := e.srv.stats(); mails != 2 {
		t.Errorf("server saw %d transactions, want 2 (a refused, c)", mails)
	}

	// A row made later for the stopped participant is cancelled at the claim.
	d := e.enqueue("d", p, "gone@example.net", nil)
	e.clock.Add(3 * time.Hour)
	if n := runOnce(t, s); n != 0 {
		t.Errorf("sent %d after the stop", n)
	}
	if r := e.row(d.ID); r.State != store.OutboxCancelled {
		t.Errorf("d: state=%s, want cancelled", r.State)
	}
	if got := len(e.srv.messages(false)); got != 1 {
		t.Errorf("server read %d messages, want only c", got)
	}
}

func TestRefusedContentBounces(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(contentRefused)
	p := e.participant("p@example.net")
	a := e.enqueue("a", p, "p@example.net", nil)
	b := e.enqueue("b", p, "p@example.net", nil)
	s := e.sender(nil)
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("sent %d, want 1 (b)", n)
	}
	if r := e.row(a.ID); r.State != store.OutboxFailed || r.Attempts != 1 || !strings.Contains(r.LastError, "554") {
		t.Errorf("a: state=%s attempts=%d err=%q", r.State, r.Attempts, r.LastError)
	}
	if r := e.row(b.ID); r.State != store.OutboxSent {
		t.Errorf("b: state=%s", r.State)
	}
	if pp := e.person(p); pp.BounceCount != 1 || pp.MailStopped {
		t.Errorf("bounces=%d stopped=%v, want 1, false: content, not the address, was refused", pp.BounceCount, pp.MailStopped)
	}
}

func TestDroppedAfterDataIsRetriedWithSameMessageID(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(accept, dropAfterData, accept)
	var rows []store.Outbox
	for _, k := range []string{"a", "b", "c"} {
		rows = append(rows, e.enqueue(k, 0, k+"@example.net", nil))
	}
	s := e.sender(nil)
	if n := runOnce(t, s); n != 2 {
		t.Fatalf("sent %d, want 2 (a, c)", n)
	}
	if conns, _ := e.srv.stats(); conns != 2 {
		t.Errorf("%d connections, want 2: one re-dial after the drop", conns)
	}
	b := e.row(rows[1].ID)
	if b.State != store.OutboxPending || b.Attempts != 1 {
		t.Fatalf("b: state=%s attempts=%d, want pending retry", b.State, b.Attempts)
	}
	e.clock.Add(2 * time.Minute)
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("retry round sent %d, want 1", n)
	}
	var ids []string
	for _, m := range e.srv.messages(false) {
		if m.to[0] == "b@example.net" {
			ids = append(ids, parse(t, m.data).GetHeader("Message-ID"))
		}
	}
	want := "<" + b.MessageID + ">"
	if len(ids) != 2 || ids[0] != want || ids[1] != want {
		t.Errorf("b's Message-IDs on the wire: %q, want twice %q", ids, want)
	}
}

func TestHundredMessagesOneConnection(t *testing.T) {
	e := newEnv(t, serverOptions{})
	for i := range 100 {
		e.enqueue(fmt.Sprint("k", i), 0, fmt.Sprintf("r%d@example.net", i), nil)
	}
	s := e.sender(func(o *mailer.SenderOptions) { o.Batch = 100 })
	if n := runOnce(t, s); n != 100 {
		t.Fatalf("sent %d, want 100", n)
	}
	msgs := e.srv.messages(true)
	seen := map[string]bool{}
	for _, m := range msgs {
		if m.conn != 1 {
			t.Fatalf("a message came on connection %d", m.conn)
		}
		seen[parse(t, m.data).GetHeader("Message-ID")] = true
	}
	if conns, _ := e.srv.stats(); conns != 1 || len(msgs) != 100 || len(seen) != 100 {
		t.Errorf("connections=%d messages=%d distinct ids=%d, want 1, 100, 100", conns, len(msgs), len(seen))
	}
}

func TestTwoSendersNeverSendARowTwice(t *testing.T) {
	e := newEnv(t, serverOptions{})
	const rows = 150
	for i := range rows {
		e.enqueue(fmt.Sprint("k", i), 0, fmt.Sprintf("r%d@example.net", i), nil)
	}
	var wg sync.WaitGroup
	total := make([]int, 2)
	for i := range 2 {
		st := e.open() // each sender has its own handle on the one database file
		s := e.sender(func(o *mailer.SenderOptions) {
			o.Queue, o.Batch, o.Owner = e.queue(st), 7, fmt.Sprint("sender", i)
		})
		wg.Go(func() {
			for round := 0; round < 1000; round++ {
				n, err := s.RunOnce(context.Background())
				if err != nil {
					t.Errorf("sender %d: %v", i, err)
					return
				}
				total[i] += n
				pending, _ := st.CountOutbox(store.OutboxQuery{State: store.OutboxPending})
				if pending == 0 {
					return
				}
			}
		})
	}
	wg.Wait()
	count := map[string]int{}
	for _, m := range e.srv.messages(false) {
		count[parse(t, m.data).GetHeader("Message-ID")]++
	}
	for id, n := range count {
		if n != 1 {
			t.Errorf("%s sent %d times", id, n)
		}
	}
	if len(count) != rows || total[0]+total[1] != rows {
		t.Errorf("distinct messages %d, sent %d+%d; want %d", len(count), total[0], total[1], rows)
	}
	if total[0] == 0 || total[1] == 0 {
		t.Logf("one sender did all the work: %v", total)
	}
}

func TestGiveUpAfterTwoDaysOfTemporaryFailures(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.answerAlways(tempRcpt)
	p := e.participant("p@example.net")
	o := e.enqueue("a", p, "p@example.net", nil)
	s := e.sender(nil)
	t0 := e.clock.Now()
	rounds := 0
	for ; e.row(o.ID).State == store.OutboxPending && rounds < 100; rounds++ {
		runOnce(t, s)
		e.clock.Add(75 * time.Minute) // past the longest backoff (1 h + 20%)
	}
	r := e.row(o.ID)
	if r.State != store.OutboxFailed || !strings.Contains(r.LastError, "gave up") {
		t.Fatalf("after %d rounds: state=%s err=%q", rounds, r.State, r.LastError)
	}
	if elapsed := e.clock.Now().Sub(t0); elapsed < 48*time.Hour || elapsed > 51*time.Hour {
		t.Errorf("gave up after %v, want just past 48 h", elapsed)
	}
	if f := e.failures(); len(f) != 1 || f[0].permanent {
		t.Errorf("OnFailed: %+v, want one call with permanent=false", f)
	}
	if pp := e.person(p); pp.BounceCount != 0 || pp.MailStopped {
		t.Errorf("temporary failures raised bounces=%d stopped=%v", pp.BounceCount, pp.MailStopped)
	}
	if len(e.srv.messages(false)) != 0 {
		t.Error("the server read a message")
	}
}

func TestStaleConnectionIsRedialledAtOnce(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(accept, dropAtMail) // the server drops the reused connection at b's MAIL
	e.enqueue("a", 0, "a@example.net", nil)
	b := e.enqueue("b", 0, "b@example.net", nil)
	if n := runOnce(t, e.sender(nil)); n != 2 {
		t.Fatalf("sent %d, want 2", n)
	}
	if r := e.row(b.ID); r.State != store.OutboxSent || r.Attempts != 1 {
		t.Errorf("b: state=%s attempts=%d, want sent at the first attempt", r.State, r.Attempts)
	}
	msgs := e.srv.messages(true)
	if conns, _ := e.srv.stats(); conns != 2 || len(msgs) != 2 || msgs[0].conn != 1 || msgs[1].conn != 2 {
		t.Errorf("connections %d; messages %+v", conns, msgs)
	}
}

func TestRunWakesAndStops(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(nil)
	ctx, cancel := context.WithCancel(context.Background())
	wake := make(chan struct{}, 1)
	done := make(chan struct{})
	go func() { s.Run(ctx, wake); close(done) }()
	time.Sleep(50 * time.Millisecond) // let the first, empty round pass
	e.enqueue("a", 0, "a@example.net", nil)
	wake <- struct{}{}
	deadline := time.Now().Add(4 * time.Second) // less than the poll interval
	for len(e.srv.messages(true)) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if len(e.srv.messages(true)) != 1 {
		t.Error("a wake-up did not send the due row")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
}

func TestCancelInterruptsAHungServer(t *testing.T) {
	e := newEnv(t, serverOptions{})
	hang := make(chan struct{})
	t.Cleanup(func() { close(hang) })
	e.srv.then(step{hang: hang})
	o := e.enqueue("a", 0, "a@example.net", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	// A server that does not answer the final dot within the drain is cut off.
	s := e.sender(func(o *mailer.SenderOptions) { o.Drain = 300 * time.Millisecond })
	if _, err := s.RunOnce(ctx); err == nil {
		t.Error("RunOnce returned no error after its context ended")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("RunOnce took %v after its context ended", d)
	}
	// Cut short by the shutdown, not by the server: released with no backoff, so
	// the next start sends it at once.
	if r := e.row(o.ID); r.State != store.OutboxPending || r.Attempts != 0 || r.LeaseUntil != nil || !r.DueAt.Before(time.Now()) {
		t.Errorf("row: state=%s attempts=%d lease=%v due=%v, want pending, released, due now", r.State, r.Attempts, r.LeaseUntil, r.DueAt)
	}
}
