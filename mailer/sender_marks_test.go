package mailer_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
)

// TestMarksDoNotHoldTheRound: while another writer holds the database's write
// lock (the inbox applying a batch of replies), the sender goes on sending:
// every claimed message reaches the server before the lock is released, and
// once it is, the round ends with every message marked sent.
func TestMarksDoNotHoldTheRound(t *testing.T) {
	e := newEnv(t, serverOptions{})
	const n = 6
	for i := range n {
		e.enqueue(fmt.Sprintf("k%d", i), 0, fmt.Sprintf("p%d@example.net", i), nil)
	}
	hang := make(chan struct{})
	e.srv.then(step{hang: hang})
	s := e.sender(nil)
	defer s.Close()

	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	go func() {
		n, err := s.RunOnce(context.Background())
		done <- result{n, err}
	}()
	waitFor(t, "the first message to reach the server", func() bool { return len(e.srv.pending()) == 1 })

	locked, release, held := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		held <- e.st.Tx(func(*store.Tx) error {
			close(locked)
			<-release
			return nil
		})
	}()
	<-locked
	close(hang)
	waitFor(t, fmt.Sprintf("all %d messages to reach the server while the write lock is held", n), func() bool {
		return len(e.srv.messages(true)) == n
	})
	close(release)
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.err != nil || r.n != n {
		t.Fatalf("RunOnce = %d, %v; want %d, nil", r.n, r.err, n)
	}
	c, err := e.st.CountRows()
	if err != nil {
		t.Fatal(err)
	}
	if c.Sent != n {
		t.Errorf("%d rows marked sent, want %d", c.Sent, n)
	}
}

// waitFor waits until cond holds, failing the test after a generous while
// (shorter than store.BusyTimeout, so that a sender blocked on the lock fails
// the test rather than going on after its mark gave up).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(store.BusyTimeout / 2)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
