package mailer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"
)

// grouper is a recorder whose batches run inside Group; the first failFirst
// commits fail, as a group commit on a full disk would.
type grouper struct {
	*recorder
	groups, failFirst int
}

func (g *grouper) Group(ctx context.Context, fn func(ctx context.Context) error) error {
	g.groups++
	err := fn(ctx)
	if g.groups <= g.failFirst {
		return errors.New("the batch's commit failed")
	}
	return err
}

// TestInboxGroupCommit: a handler that commits a batch at once gets one Group
// call per batch around its Handle calls; when the commit fails nothing of the
// batch is moved and the round ends, and the next round reads and moves it.
func TestInboxGroupCommit(t *testing.T) {
	const total = 2*DefaultBatchMessages + 5 // three batches
	ts := newTestServer(t, capsDovecotLike)
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	g := &grouper{recorder: &recorder{st: st}, failFirst: 1}
	for i := range total {
		ts.deliver(t, "INBOX", testMessage(fmt.Sprintf("g%03d@example.test", i), "log"))
	}
	in := testInbox(t, ts.addr, g, st, lg, nil)
	if err := in.RunOnce(context.Background()); err == nil {
		t.Error("a round whose commits failed reported no error")
	}
	if g.groups != 1 || g.calls != DefaultBatchMessages {
		t.Errorf("%d groups, %d Handle calls; want 1 group around %d calls", g.groups, g.calls, DefaultBatchMessages)
	}
	if ts.count("INBOX") != total {
		t.Errorf("%d messages left in INBOX after the failed commits, want all %d", ts.count("INBOX"), total)
	}
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if g.groups != 4 || ts.count("INBOX") != 0 || ts.count("Processed") != total {
		t.Errorf("after the second round: %d groups, INBOX %d, Processed %d; want 4, 0, %d",
			g.groups, ts.count("INBOX"), ts.count("Processed"), total)
	}
}
