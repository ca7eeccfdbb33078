package mailer

import (
	"context"
	"log/slog"
	"net"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// prefixSession is a server whose personal namespace is "INBOX." with "." as
// the separator, as cPanel's Dovecot and Courier have it: a folder outside the
// prefix cannot be created.
type prefixSession struct {
	imapserver.Session
}

func (s *prefixSession) Namespace() (*imap.NamespaceData, error) {
	return &imap.NamespaceData{Personal: []imap.NamespaceDescriptor{{Prefix: "INBOX.", Delim: '.'}}}, nil
}

func (s *prefixSession) Create(name string, opts *imap.CreateOptions) error {
	if !strings.HasPrefix(name, "INBOX.") {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "Invalid mailbox name: Name must begin with 'INBOX.'"}
	}
	return s.Session.Create(name, opts)
}

func (s *prefixSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	return s.Session.(imapserver.SessionMove).Move(w, numSet, dest)
}

// TestInboxFoldersInThePersonalNamespace: on a server whose folders live under
// "INBOX.", Processed and Quarantine are made and used there.
func TestInboxFoldersInThePersonalNamespace(t *testing.T) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPass)
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	caps := imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}, imap.CapUIDPlus: {}, imap.CapNamespace: {}}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &prefixSession{Session: mem.NewSession()}, nil, nil
		},
		Caps: caps, InsecureAuth: true, Logger: discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	ts := &testServer{addr: ln.Addr().String(), user: user}
	ts.deliver(t, "INBOX", testMessage("a@example.test", "log"))
	ts.deliver(t, "INBOX", testMessage("b@example.test", "[spam] quarantine me"))

	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelInfo)
	in := testInbox(t, ts.addr, &recorder{st: st}, st, lg, nil)
	if err := in.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ts.count("INBOX") != 0 || ts.count("INBOX.Processed") != 1 || ts.count("INBOX.Quarantine") != 1 {
		t.Errorf("INBOX %d, INBOX.Processed %d, INBOX.Quarantine %d; want 0, 1, 1",
			ts.count("INBOX"), ts.count("INBOX.Processed"), ts.count("INBOX.Quarantine"))
	}
}
