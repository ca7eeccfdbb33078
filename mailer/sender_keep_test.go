package mailer_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// sendRounds enqueues one message per round and runs the round, returning the
// rows.
func (e *env) sendRounds(s *mailer.Sender, rounds int, between func(round int)) []store.Outbox {
	e.t.Helper()
	var rows []store.Outbox
	for i := range rounds {
		if i > 0 && between != nil {
			between(i)
		}
		rows = append(rows, e.enqueue(fmt.Sprint("r", i), 0, fmt.Sprintf("r%d@example.net", i), nil))
		if n := runOnce(e.t, s); n != 1 {
			e.t.Fatalf("round %d sent %d, want 1", i, n)
		}
	}
	return rows
}

// checkOnce fails unless each row is sent, at its first attempt, and the
// server accepted exactly one copy of each.
func (e *env) checkOnce(rows []store.Outbox) {
	e.t.Helper()
	count := map[string]int{}
	for _, m := range e.srv.messages(false) {
		count[parse(e.t, m.data).GetHeader("Message-ID")]++
	}
	for _, o := range rows {
		r := e.row(o.ID)
		if r.State != store.OutboxSent || r.Attempts != 1 {
			e.t.Errorf("row %d: state %s attempts %d, want sent at the first attempt", o.ID, r.State, r.Attempts)
		}
	}
	for id, n := range count {
		if n != 1 {
			e.t.Errorf("%s reached the server %d times", id, n)
		}
	}
	if len(count) != len(rows) {
		e.t.Errorf("the server got %d distinct messages, want %d", len(count), len(rows))
	}
}

// Several rounds go over the one connection the first dialled, with STARTTLS
// and AUTH said once.
func TestRoundsReuseOneConnection(t *testing.T) {
	srvTLS, pool := testCert(t)
	e := newEnv(t, serverOptions{tls: srvTLS, user: "u", pass: "p"})
	s := e.sender(func(o *mailer.SenderOptions) {
		o.TLS, o.TLSConfig, o.Username, o.Password = mailer.TLSStartTLS, &tls.Config{RootCAs: pool}, "u", "p"
	})
	defer s.Close()
	rows := e.sendRounds(s, 5, nil)
	e.checkOnce(rows)
	for _, m := range e.srv.messages(true) {
		if m.conn != 1 || !m.tls {
			t.Errorf("a message came on connection %d (tls %v), want 1 with TLS", m.conn, m.tls)
		}
	}
	if conns, _ := e.srv.stats(); conns != 1 {
		t.Errorf("%d connections for 5 rounds, want 1", conns)
	}
}

// KeepIdle < 0 is the old way: a connection per round.
func TestNoKeepDialsEachRound(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(func(o *mailer.SenderOptions) { o.KeepIdle = -1 })
	e.checkOnce(e.sendRounds(s, 3, nil))
	if conns, _ := e.srv.stats(); conns != 3 {
		t.Errorf("%d connections for 3 rounds without keeping, want 3", conns)
	}
	e.srv.waitEnded(t, 3)
}

// A server that drops the idle connection without a word: the next round's
// NOOP fails, the sender dials again, and the message goes once, at its first
// attempt.
func TestDroppedIdleConnectionIsRedialled(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(nil)
	defer s.Close()
	rows := e.sendRounds(s, 3, func(round int) {
		if round == 1 {
			e.srv.cut()
			e.srv.waitEnded(t, 1)
		}
	})
	e.checkOnce(rows)
	msgs := e.srv.messages(true)
	if conns, _ := e.srv.stats(); conns != 2 || msgs[0].conn != 1 || msgs[1].conn != 2 || msgs[2].conn != 2 {
		t.Errorf("%d connections, messages on %d, %d, %d; want 2 connections, the second kept for round 3",
			conns, msgs[0].conn, msgs[1].conn, msgs[2].conn)
	}
}

// A server that times the idle session out answers 421 and closes (Postfix at
// smtpd_timeout); the NOOP fails with that reply and the sender dials again.
func TestNoopRefusedRedials(t *testing.T) {
	e := newEnv(t, serverOptions{readTimeout: 500 * time.Millisecond})
	s := e.sender(nil)
	defer s.Close()
	rows := e.sendRounds(s, 2, func(int) { e.srv.waitEnded(t, 1) })
	e.checkOnce(rows)
	if conns, _ := e.srv.stats(); conns != 2 {
		t.Errorf("%d connections, want 2 (the timed-out one and a new one)", conns)
	}
}

// The kept connection is closed after KeepIdle with no round, and the next
// round dials afresh.
func TestIdleConnectionIsClosed(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(func(o *mailer.SenderOptions) { o.KeepIdle = 50 * time.Millisecond })
	defer s.Close()
	rows := e.sendRounds(s, 2, func(int) { e.srv.waitEnded(t, 1) }) // fails if never closed
	e.checkOnce(rows)
	if conns, _ := e.srv.stats(); conns != 2 {
		t.Errorf("%d connections, want 2", conns)
	}
}

// A failed transaction answered by the server (5xx to RCPT, then RSET) leaves
// a clean connection, kept for the next round.
func TestConnectionKeptAfterRefusal(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(noSuchUser)
	s := e.sender(nil)
	defer s.Close()
	bad := e.enqueue("bad", 0, "nobody@example.net", nil)
	runOnce(t, s)
	rows := e.sendRounds(s, 1, nil)
	if r := e.row(bad.ID); r.State != store.OutboxFailed {
		t.Errorf("the refused row is %s, want failed", r.State)
	}
	e.checkOnce(rows)
	if conns, _ := e.srv.stats(); conns != 1 {
		t.Errorf("%d connections, want 1", conns)
	}
}

// A message whose final dot got no answer leaves no connection to keep: the row
// is retried as before, with the same Message-ID, on a new connection.
func TestNoAnswerToFinalDotIsNotKept(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.srv.then(dropAfterData)
	s := e.sender(nil)
	defer s.Close()
	o := e.enqueue("a", 0, "a@example.net", nil)
	if _, err := s.RunOnce(context.Background()); err != nil {
		t.Logf("first round: %v", err)
	}
	if r := e.row(o.ID); r.State != store.OutboxPending || r.Attempts != 1 {
		t.Fatalf("after a lost answer: state %s attempts %d, want pending for a retry", r.State, r.Attempts)
	}
	e.clock.Add(2 * time.Hour)
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("the retry sent %d", n)
	}
	msgs := e.srv.messages(false)
	if conns, _ := e.srv.stats(); conns != 2 || len(msgs) != 2 || msgs[1].conn != 2 ||
		parse(t, msgs[0].data).GetHeader("Message-ID") != parse(t, msgs[1].data).GetHeader("Message-ID") {
		t.Errorf("connections %d, messages %d; want the retry, same Message-ID, on a second connection", conns, len(msgs))
	}
}

// Run closes the kept connection when its context ends, with QUIT, before it
// returns.
func TestShutdownClosesKeptConnection(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(nil)
	ctx, cancel := context.WithCancel(context.Background())
	wake := make(chan struct{}, 1)
	done := make(chan struct{})
	go func() { s.Run(ctx, wake); close(done) }()
	e.enqueue("a", 0, "a@example.net", nil)
	wake <- struct{}{}
	for deadline := time.Now().Add(10 * time.Second); len(e.srv.messages(true)) == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("nothing sent")
		}
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
	e.srv.waitEnded(t, 1)
	if conns, _ := e.srv.stats(); conns != 1 {
		t.Errorf("%d connections, want 1", conns)
	}
}

// A kept connection is not authenticated again; a new one asks for a fresh
// OAuth2 token and logs in with it.
func TestKeptConnectionAndOAuthReauth(t *testing.T) {
	e := newEnv(t, serverOptions{})
	x := startXOAuthSMTP(t, "mentorship@example.org", "tok")
	sender := func(keep time.Duration) *mailer.Sender {
		return e.sender(func(o *mailer.SenderOptions) {
			o.Addr, o.Username, o.KeepIdle = x.addr, "mentorship@example.org", keep
			o.Token = func(context.Context) (string, error) { return "tok", nil }
		})
	}
	kept := sender(0)
	for i := range 2 {
		e.enqueue(fmt.Sprint("k", i), 0, "a@example.org", nil)
		runOnce(t, kept)
	}
	kept.Close()
	x.mu.Lock()
	logins, mails := len(x.logins), x.mails
	x.mu.Unlock()
	if logins != 1 || mails != 2 {
		t.Errorf("kept: logins %d, mails %d; want 1, 2", logins, mails)
	}
	// A connection closed as idle before the next round: that round dials,
	// with a new token.
	redial := sender(time.Nanosecond)
	defer redial.Close()
	for i := range 2 {
		e.enqueue(fmt.Sprint("r", i), 0, "a@example.org", nil)
		runOnce(t, redial)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.logins) != 3 || x.mails != 4 {
		t.Errorf("redialled: logins %d, mails %d; want 3, 4", len(x.logins), x.mails)
	}
}

// A kept connection logged in with an OAuth2 token that the source has since
// replaced (refreshed) is closed, and the round logs in with the new one.
func TestKeptConnectionClosedWhenTokenRefreshed(t *testing.T) {
	e := newEnv(t, serverOptions{})
	x := startXOAuthSMTP(t, "mentorship@example.org", "tok-1")
	var mu sync.Mutex
	tok := "tok-1"
	s := e.sender(func(o *mailer.SenderOptions) {
		o.Addr, o.Username = x.addr, "mentorship@example.org"
		o.Token = func(context.Context) (string, error) { mu.Lock(); defer mu.Unlock(); return tok, nil }
	})
	defer s.Close()
	refresh := func(to string) {
		mu.Lock()
		tok = to
		mu.Unlock()
		x.mu.Lock()
		x.token = to
		x.mu.Unlock()
	}
	for i, to := range []string{"tok-1", "tok-1", "tok-2", "tok-2"} {
		refresh(to)
		e.enqueue(fmt.Sprint("k", i), 0, "a@example.org", nil)
		if n := runOnce(t, s); n != 1 {
			t.Fatalf("round %d sent %d", i, n)
		}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.logins) != 2 || x.logins[0] != "tok-1" || x.logins[1] != "tok-2" || x.mails != 4 {
		t.Errorf("logins %v, mails %d; want tok-1 then tok-2, and 4 mails", x.logins, x.mails)
	}
}

// BenchmarkSendRoundKept compares a round of one message on the connection
// kept from the last round (NOOP first) with a round that dials, says EHLO,
// starts TLS and authenticates, as every round did before. Both talk to the
// same in-process server over loopback, so the gain on a real network is
// larger. It reports each round's latency and their ratio.
//
//	go test -run '^$' -bench SendRoundKept -benchtime 200x ./mailer/
//
// With MENTORMAIL_BENCH_SMTP=host:port, MENTORMAIL_BENCH_SMTP_CA=ca.pem and
// MENTORMAIL_BENCH_SMTP_RCPT=address it sends to that server instead (STARTTLS,
// no AUTH), e.g. the Postfix of e2e/mailservers.sh start --tls.
func BenchmarkSendRoundKept(b *testing.B) {
	srvTLS, pool := testCert(b)
	e := newEnv(b, serverOptions{tls: srvTLS, user: "u", pass: "p"})
	addr, user, pass, rcpt := e.srv.Addr, "u", "p", "r@example.net"
	if a := os.Getenv("MENTORMAIL_BENCH_SMTP"); a != "" {
		ca, err := os.ReadFile(os.Getenv("MENTORMAIL_BENCH_SMTP_CA"))
		if err != nil {
			b.Fatal(err)
		}
		pool = x509.NewCertPool()
		pool.AppendCertsFromPEM(ca)
		addr, user, pass, rcpt = a, "", "", os.Getenv("MENTORMAIL_BENCH_SMTP_RCPT")
	}
	sender := func(keep time.Duration) *mailer.Sender {
		return e.sender(func(o *mailer.SenderOptions) {
			o.Addr, o.TLS, o.TLSConfig, o.Username, o.Password, o.KeepIdle = addr, mailer.TLSStartTLS, &tls.Config{RootCAs: pool}, user, pass, keep
		})
	}
	kept, dialled := sender(0), sender(-1)
	defer kept.Close()
	n := 0
	round := func(s *mailer.Sender) time.Duration {
		e.enqueue(fmt.Sprint("b", n), 0, rcpt, nil)
		n++
		t0 := time.Now()
		runOnce(b, s)
		return time.Since(t0)
	}
	round(kept) // the first round dials
	var tKept, tDialled time.Duration
	rounds := 0
	for b.Loop() {
		tKept += round(kept)
		tDialled += round(dialled)
		rounds++
	}
	if conns, _ := e.srv.stats(); addr == e.srv.Addr && conns != 1+rounds {
		b.Fatalf("%d connections for %d dialled rounds and the kept one", conns, rounds)
	}
	perKept, perDialled := tKept/time.Duration(rounds), tDialled/time.Duration(rounds)
	b.ReportMetric(float64(perKept.Microseconds())/1000, "ms/kept-round")
	b.ReportMetric(float64(perDialled.Microseconds())/1000, "ms/dialled-round")
	b.ReportMetric(perDialled.Seconds()/perKept.Seconds(), "dialled/kept")
}
