package mailer

// In-process IMAP server helpers: go-imap's imapserver with imapmemserver on
// 127.0.0.1:0, a real store behind a test Handler, and a log sink.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/mail"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/mentormail/mentormail/store"
)

const (
	testUser = "program@example.test"
	testPass = "s3cret"
)

// capsDovecotLike is what Dovecot offers that matters here: IDLE (implied by
// IMAP4rev1 in imapserver), MOVE and UIDPLUS.
var capsDovecotLike = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}, imap.CapUIDPlus: {}}

// testServer is an in-memory IMAP server with one user and an INBOX.
type testServer struct {
	addr string
	user *imapmemserver.User
}

func newTestServer(t testing.TB, caps imap.CapSet) *testServer {
	t.Helper()
	return newTestServerTLS(t, caps, nil, false)
}

// newTestServerTLS serves over TLS from the first byte when implicit, else
// offers STARTTLS when cfg is not nil.
func newTestServerTLS(t testing.TB, caps imap.CapSet, cfg *tls.Config, implicit bool) *testServer {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPass)
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       discardLogger{},
	}
	var ln net.Listener
	var err error
	if implicit {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", cfg)
	} else {
		opts.TLSConfig = cfg
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	srv := imapserver.New(opts)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return &testServer{addr: ln.Addr().String(), user: user}
}

// testCert makes a self-signed certificate for 127.0.0.1 and a pool trusting it.
func testCert(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "imap.test"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// literal adapts a byte slice to imap.LiteralReader.
type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

// deliver appends a message to a mailbox, as a mail server's delivery would.
func (ts *testServer) deliver(t testing.TB, mailbox string, raw []byte) {
	t.Helper()
	if _, err := ts.user.Append(mailbox, literal{bytes.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{}); err != nil {
		t.Errorf("append: %v", err)
	}
}

// count returns how many messages a mailbox holds (-1 when it does not exist).
func (ts *testServer) count(mailbox string) int {
	data, err := ts.user.Status(mailbox, &imap.StatusOptions{NumMessages: true})
	if err != nil {
		return -1
	}
	return int(*data.NumMessages)
}

// messageIDs reads a mailbox over IMAP and returns its messages' Message-IDs.
func (ts *testServer) messageIDs(t *testing.T, mailbox string) []string {
	t.Helper()
	c, err := imapclient.DialInsecure(ts.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(testUser, testPass).Wait(); err != nil {
		t.Fatal(err)
	}
	data, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if data.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	all := imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}
	bufs, err := c.Fetch(all, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, b := range bufs {
		ids = append(ids, messageKey(b.FindBodySection(section)))
	}
	return ids
}

// testMessage is a small reply with a unique Message-ID; subject tags let a
// handler decide.
func testMessage(id, subject string) []byte {
	return []byte(fmt.Sprintf("From: Mentee <mentee@example.test>\r\nTo: program@example.test\r\n"+
		"Subject: %s\r\nMessage-ID: <%s>\r\nDate: Mon, 2 Nov 2026 10:00:00 -0500\r\n\r\n"+
		"We met yesterday for 45 minutes.\r\n", subject, id))
}

// messageKey is the Message-ID of raw, or a hash of raw when it has none.
func messageKey(raw []byte) string {
	if m, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
		if id := strings.Trim(m.Header.Get("Message-Id"), "<> "); id != "" {
			return id
		}
	}
	sum := sha256.Sum256(raw)
	return "sha256:" + hex.EncodeToString(sum[:])
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "m.db"), Key: bytes.Repeat([]byte{9}, 32)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// recorder is the test Handler: a stand-in for the program's apply on the real
// database. In one transaction it inserts the Inbound row keyed by Message-ID
// (unique) and advances the cursor; a message already recorded is a no-op that
// goes to the folder it went to the first time.
type recorder struct {
	st *store.Store

	// fail, when set, may fail a delivery before anything is committed.
	fail func(d Delivery, key string) error
	// afterCommit, when set, runs after each commit with the commit's number;
	// tests use it to kill the connection between the commit and the move.
	afterCommit func(n int)

	mu         sync.Mutex
	calls      int
	created    int // rows made: effects applied
	replays    int // deliveries already recorded
	keys       []string
	deliveries []Delivery
}

func (h *recorder) Handle(ctx context.Context, d Delivery) (Disposition, error) {
	key := fmt.Sprintf("toobig:%s:%d:%d", d.Mailbox, d.UIDValidity, d.UID)
	if !d.TooBig && !d.Unreadable {
		key = messageKey(d.Raw)
	}
	h.mu.Lock()
	h.calls++
	h.keys = append(h.keys, key)
	h.deliveries = append(h.deliveries, Delivery{Mailbox: d.Mailbox, UIDValidity: d.UIDValidity, UID: d.UID, Size: d.Size, TooBig: d.TooBig, Unreadable: d.Unreadable, Raw: d.Raw})
	h.mu.Unlock()
	if h.fail != nil {
		if err := h.fail(d, key); err != nil {
			return 0, err
		}
	}
	disp := Processed
	if d.TooBig || d.Unreadable || bytes.Contains(d.Raw, []byte("Subject: [spam]")) {
		disp = Quarantine
	}
	outcome := map[Disposition]string{Processed: store.InboundProcessed, Quarantine: store.InboundQuarantined}[disp]
	var created bool
	err := h.st.Tx(func(tx *store.Tx) error {
		var err error
		row := &store.Inbound{Key: key, Mailbox: d.Mailbox, UIDValidity: d.UIDValidity, UID: d.UID,
			FromAddr: "mentee@example.test", Class: "reply", Outcome: outcome, Size: int(d.Size), ReceivedAt: time.Now()}
		if created, err = tx.InsertInbound(row, d.Raw); err != nil {
			return err
		}
		if !created {
			prev, _, err := tx.InboundOutcome(key)
			if err != nil {
				return err
			}
			if prev == store.InboundQuarantined {
				disp = Quarantine
			} else {
				disp = Processed
			}
		}
		if err := tx.ClearFailure(key); err != nil {
			return err
		}
		return tx.AdvanceCursor(d.Mailbox, d.UIDValidity, d.UID)
	})
	if err != nil {
		return 0, err
	}
	h.mu.Lock()
	if created {
		h.created++
	} else {
		h.replays++
	}
	n := h.created + h.replays
	h.mu.Unlock()
	if h.afterCommit != nil {
		h.afterCommit(n)
	}
	return disp, nil
}

func (h *recorder) stats() (calls, created, replays int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls, h.created, h.replays
}

// logSink collects the inbox's logs; they are printed when the test fails.
type logSink struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func newLogSink(t *testing.T, level slog.Level) (*logSink, *slog.Logger) {
	sink := &logSink{}
	t.Cleanup(func() {
		if t.Failed() {
			s := sink.String()
			if len(s) > 20000 {
				s = "...\n" + s[len(s)-20000:]
			}
			t.Logf("inbox log:\n%s", s)
		}
	})
	return sink, slog.New(slog.NewTextHandler(sink, &slog.HandlerOptions{Level: level}))
}

// fastTimeouts keeps every deadline short enough for tests yet far above what
// the in-process server needs, even under -race.
var fastTimeouts = InboxTimeouts{Dial: 2 * time.Second, Login: 2 * time.Second, Select: 2 * time.Second,
	Fetch: 2 * time.Second, Move: 2 * time.Second, Logout: time.Second, Wake: 2 * time.Second}

// testInbox makes an inbox for addr with test defaults; edit adjusts the options.
func testInbox(t testing.TB, addr string, h Handler, st *store.Store, lg *slog.Logger, edit func(*InboxOptions)) *Inbox {
	t.Helper()
	opts := InboxOptions{Addr: addr, Username: testUser, Password: testPass, TLS: TLSNone,
		Handler: h, Logger: lg, IdleRefresh: 2 * time.Second,
		BackoffMin: 5 * time.Millisecond, BackoffMax: 50 * time.Millisecond, Timeouts: fastTimeouts}
	if st != nil {
		opts.Cursors = st
	}
	if edit != nil {
		edit(&opts)
	}
	in, err := NewInbox(opts)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// runInbox runs in.Run in the background; the returned stop cancels it and
// waits for it to return.
func runInbox(t *testing.T, in *Inbox) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- in.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run returned %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Error("Run did not return within 10 s of its context's end")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// eventually polls cond every 10 ms until it holds or d passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
