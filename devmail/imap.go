package devmail

import (
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// mailboxTimeout bounds the whole IMAP exchange of one Mailbox call (dial,
// login, select, fetch) against our own server.
const mailboxTimeout = 30 * time.Second

// newIMAPServer makes the IMAP server over the users' imapmemserver
// mailboxes. LOGIN and AUTHENTICATE PLAIN are allowed without TLS: the
// listener is loopback only.
func (s *System) newIMAPServer() *imapserver.Server {
	return imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{sys: s}, nil, nil
		},
		Caps: imap.CapSet{
			imap.CapIMAP4rev1: {},
			imap.CapIMAP4rev2: {},
			imap.CapIdle:      {},
			imap.CapMove:      {},
			imap.CapUIDPlus:   {},
			imap.CapNamespace: {},
		},
		Logger:       printfLogger{log: s.log, server: "imap", closing: s.isClosed},
		InsecureAuth: true,
	})
}

// imapSession is one IMAP connection. It embeds the imapmemserver user
// session once logged in, as imapmemserver intends ("a UserSession pointer is
// embedded into a larger struct which overrides Login"), so that one user can
// log in under two names without two copies of their mailboxes.
type imapSession struct {
	*imapmemserver.UserSession // nil until Login succeeds

	sys       *System
	closeOnce sync.Once
}

var (
	_ imapserver.SessionIMAP4rev2 = (*imapSession)(nil)
)

// Login accepts local or local@Domain with the user's password.
func (is *imapSession) Login(username, password string) error {
	acct := is.sys.loginAccount(username)
	if acct == nil {
		return imapserver.ErrAuthFailed
	}
	// imapmemserver compares the password in constant time.
	if err := acct.mem.Login(acct.local, password); err != nil {
		return err
	}
	is.UserSession = imapmemserver.NewUserSession(acct.mem)
	return nil
}

// Close ends the session. imapserver calls it once, as the connection's
// goroutine ends; it releases the count Close waits on.
func (is *imapSession) Close() error {
	var err error
	is.closeOnce.Do(func() {
		err = is.UserSession.Close() // nil-safe
		is.sys.sessionWG.Done()
	})
	return err
}

// Idle sends the session's pending mailbox updates (EXISTS, EXPUNGE, FETCH
// FLAGS) whenever a mailbox changes, until stop is closed.
//
// imapmemserver's own Idle can miss an update: imapserver answers "+ idling"
// before the session's tracker starts listening, and the tracker only drains
// its queue on a notification, so a message appended in between stays
// unannounced until the next one (go-imap v2.0.0-beta.8). Here the wait
// channel is taken before each Poll, and every change (delivery, APPEND,
// STORE, EXPUNGE, COPY, MOVE) closes it, so nothing queued is left behind.
func (is *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	for {
		changed := is.sys.changes.wait()
		if err := is.UserSession.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-changed:
		case <-stop:
			return nil
		}
	}
}

// Append stores a message from the client and wakes IDLE sessions.
func (is *imapSession) Append(mailbox string, r imap.LiteralReader, options *imap.AppendOptions) (*imap.AppendData, error) {
	defer is.sys.changes.notify()
	return is.UserSession.Append(mailbox, r, options)
}

// Store changes flags and wakes IDLE sessions.
func (is *imapSession) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags, options *imap.StoreOptions) error {
	defer is.sys.changes.notify()
	return is.UserSession.Store(w, numSet, flags, options)
}

// Expunge removes deleted messages and wakes IDLE sessions.
func (is *imapSession) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	defer is.sys.changes.notify()
	return is.UserSession.Expunge(w, uids)
}

// Copy copies messages and wakes IDLE sessions.
func (is *imapSession) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	defer is.sys.changes.notify()
	return is.UserSession.Copy(numSet, dest)
}

// Move moves messages and wakes IDLE sessions.
func (is *imapSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	defer is.sys.changes.notify()
	return is.UserSession.Move(w, numSet, dest)
}

// changeNotifier wakes every waiter when any mailbox changes.
type changeNotifier struct {
	mu sync.Mutex
	ch chan struct{}
}

// wait returns a channel closed by the next notify.
func (n *changeNotifier) wait() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch == nil {
		n.ch = make(chan struct{})
	}
	return n.ch
}

// notify wakes the current waiters.
func (n *changeNotifier) notify() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch != nil {
		close(n.ch)
		n.ch = nil
	}
}

// Message is one message of a mailbox, as Mailbox reads it.
type Message struct {
	// UID is the message's IMAP UID in its mailbox.
	UID uint32
	// Raw is the stored message, trace headers included, with CRLF line
	// endings.
	Raw []byte
	// Flags holds the IMAP flags, e.g. `\Seen`.
	Flags []string
}

// Mailbox returns the messages of a user's mailbox (e.g. "INBOX"), oldest
// first. It reads them like any client does, over IMAP from the running
// server (EXAMINE and BODY.PEEK, so no flag changes), which makes it safe to
// call at any time while the system runs.
func (s *System) Mailbox(local, mailbox string) ([]Message, error) {
	acct := s.account(local)
	if acct == nil {
		return nil, fmt.Errorf("devmail: mailbox %q: no user %q", mailbox, local)
	}
	if s.isClosed() {
		return nil, ErrClosed
	}
	msgs, err := s.readMailbox(acct, mailbox)
	if err != nil {
		return nil, fmt.Errorf("devmail: mailbox %q of %q: %w", mailbox, acct.local, err)
	}
	return msgs, nil
}

func (s *System) readMailbox(acct *account, mailbox string) ([]Message, error) {
	conn, err := net.DialTimeout("tcp", s.IMAPAddr(), mailboxTimeout)
	if err != nil {
		return nil, err
	}
	// imapclient sets its own per-command deadlines on conn, overriding any we
	// set, so the bound on the whole exchange is a timer that cuts it.
	cut := time.AfterFunc(mailboxTimeout, func() { conn.Close() })
	defer cut.Stop()
	c := imapclient.New(conn, nil)
	defer c.Close()

	if err := c.Login(acct.local, acct.password).Wait(); err != nil {
		return nil, fmt.Errorf("login: %w", err)
	}
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("examine: %w", err)
	}
	msgs := []Message{}
	if sel.NumMessages == 0 {
		return msgs, c.Logout().Wait()
	}
	var all imap.SeqSet
	all.AddRange(1, 0) // 1:*
	bufs, err := c.Fetch(all, &imap.FetchOptions{
		UID:         true,
		Flags:       true,
		BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	for _, b := range bufs {
		m := Message{UID: uint32(b.UID)}
		for _, f := range b.Flags {
			m.Flags = append(m.Flags, string(f))
		}
		for _, sec := range b.BodySection {
			m.Raw = sec.Bytes
		}
		msgs = append(msgs, m)
	}
	if err := c.Logout().Wait(); err != nil {
		return nil, fmt.Errorf("logout: %w", err)
	}
	return msgs, nil
}
