package mailer

import (
	"context"
	"log/slog"
	"net"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// refusingSession is imapmemserver's session, but it answers NO to any FETCH of
// the body of one UID, as a server does for a damaged message file.
type refusingSession struct {
	imapserver.Session
	uid imap.UID
}

func (s *refusingSession) Fetch(w *imapserver.FetchWriter, numSet imap.NumSet, opts *imap.FetchOptions) error {
	if set, ok := numSet.(imap.UIDSet); ok && set.Contains(s.uid) && len(opts.BodySection) > 0 {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "Message file is damaged"}
	}
	return s.Session.Fetch(w, numSet, opts)
}

func (s *refusingSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	return s.Session.(imapserver.SessionMove).Move(w, numSet, dest)
}

// TestInboxQuarantinesAMessageTheServerRefuses: a message the server will not
// give is skipped while the others flow, and on the MaxRefusals-th round handed
// over Unreadable and quarantined instead of sitting in INBOX for ever.
func TestInboxQuarantinesAMessageTheServerRefuses(t *testing.T) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPass)
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &refusingSession{Session: mem.NewSession(), uid: 2}, nil, nil
		},
		Caps: capsDovecotLike, InsecureAuth: true, Logger: discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{addr: ln.Addr().String(), user: user}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	for _, id := range []string{"a@example.test", "b@example.test", "c@example.test"} {
		ts.deliver(t, "INBOX", testMessage(id, "log"))
	}
	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	h := &recorder{st: st}
	in := testInbox(t, ts.addr, h, st, lg, nil)
	for round := 1; round <= MaxRefusals; round++ {
		if err := in.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if round < MaxRefusals && ts.count("INBOX") != 1 {
			t.Fatalf("round %d: INBOX holds %d, want the refused message alone", round, ts.count("INBOX"))
		}
	}
	if ts.count("INBOX") != 0 || ts.count("Quarantine") != 1 || ts.count("Processed") != 2 {
		t.Errorf("INBOX %d, Quarantine %d, Processed %d; want 0, 1, 2", ts.count("INBOX"), ts.count("Quarantine"), ts.count("Processed"))
	}
	last := h.deliveries[len(h.deliveries)-1]
	if !last.Unreadable || last.Raw != nil || last.UID != 2 {
		t.Errorf("last delivery: uid %d Unreadable %v raw %d bytes; want uid 2, Unreadable, no body", last.UID, last.Unreadable, len(last.Raw))
	}
}
