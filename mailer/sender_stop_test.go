package mailer_test

import (
	"context"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// TestShutdownFinishesMessageInHand: the shutdown comes while the server has the
// message and has not yet answered the final dot. The sender waits for the
// answer (within its drain), marks the row sent, and starts nothing more: the
// next start does not send it again.
func TestShutdownFinishesMessageInHand(t *testing.T) {
	e := newEnv(t, serverOptions{})
	hang := make(chan struct{})
	e.srv.then(step{hang: hang})
	first := e.enqueue("a", 0, "a@example.net", nil)
	second := e.enqueue("b", 0, "b@example.net", nil)
	ctx, cancel := context.WithCancel(context.Background())
	s := e.sender(func(o *mailer.SenderOptions) { o.Drain = 10 * time.Second })
	done := make(chan error, 1)
	go func() { _, err := s.RunOnce(ctx); done <- err }()
	// Wait until the server holds the message, then stop, then let it answer.
	for deadline := time.Now().Add(10 * time.Second); len(e.srv.pending()) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the server never got the message")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	time.Sleep(100 * time.Millisecond) // the shutdown has begun; the server is still thinking
	close(hang)
	<-done
	if r := e.row(first.ID); r.State != store.OutboxSent {
		t.Errorf("the message in hand is %s after the server accepted it, want sent (it would go twice)", r.State)
	}
	if r := e.row(second.ID); r.State != store.OutboxPending || r.LeaseUntil != nil {
		t.Errorf("the next message: state %s lease %v, want pending and released", r.State, r.LeaseUntil)
	}
	// The next start sends the second only.
	runOnce(t, e.sender(nil))
	if got := e.srv.messages(true); len(got) != 2 {
		t.Errorf("%d messages accepted in all, want 2 (each once)", len(got))
	}
}

// TestRestartTakesBackItsLeases: a sender killed after claiming a batch leaves
// its rows leased; started again under the same owner it sends them at once,
// not when the lease ends.
func TestRestartTakesBackItsLeases(t *testing.T) {
	e := newEnv(t, serverOptions{})
	for _, k := range []string{"a", "b", "c"} {
		e.enqueue(k, 0, k+"@example.net", nil)
	}
	// The killed run: its claim is all that happened.
	claimed, err := e.q.Claim(context.Background(), "host-1", e.clock.Now(), mailer.DefaultLease, 10)
	if err != nil || len(claimed) != 3 {
		t.Fatalf("claimed %d, %v", len(claimed), err)
	}
	s := e.sender(func(o *mailer.SenderOptions) { o.Owner = "host-1" })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx, nil); close(done) }()
	for deadline := time.Now().Add(10 * time.Second); len(e.srv.messages(true)) < 3 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if got := len(e.srv.messages(true)); got != 3 {
		// The test clock never moved: without the take-back the lease holds them.
		t.Errorf("%d of the killed run's 3 rows sent by the restarted sender before their lease ended", got)
	}
}

// TestOtherOwnersLeasesAreKept: taking back leases at start touches only the
// sender's own.
func TestOtherOwnersLeasesAreKept(t *testing.T) {
	e := newEnv(t, serverOptions{})
	o := e.enqueue("a", 0, "a@example.net", nil)
	if _, err := e.q.Claim(context.Background(), "host-2", e.clock.Now(), mailer.DefaultLease, 10); err != nil {
		t.Fatal(err)
	}
	n, err := e.q.ReleaseAll("host-1")
	if err != nil || n != 0 {
		t.Fatalf("ReleaseAll(host-1) = %d, %v; want 0", n, err)
	}
	if r := e.row(o.ID); r.LeaseOwner != "host-2" {
		t.Errorf("lease owner %q, want host-2", r.LeaseOwner)
	}
}
