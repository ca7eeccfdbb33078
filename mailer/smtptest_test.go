package mailer_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// step scripts the server's answer to one mail transaction (counted by MAIL).
type step struct {
	at   string // "MAIL", "RCPT" or "DATA": where to answer with code; "" accepts
	code int
	enh  smtp.EnhancedCode
	drop bool          // close the connection without a reply (at DATA, after reading the message)
	hang chan struct{} // at DATA: read the message, then wait for this before accepting
}

var (
	accept         = step{}
	tempRcpt       = step{at: "RCPT", code: 451, enh: smtp.EnhancedCode{4, 3, 0}}
	noSuchUser     = step{at: "RCPT", code: 550, enh: smtp.EnhancedCode{5, 1, 1}}
	contentRefused = step{at: "DATA", code: 554, enh: smtp.EnhancedCode{5, 7, 1}}
	dropAfterData  = step{at: "DATA", drop: true}
	dropAtMail     = step{at: "MAIL", drop: true}
)

// received is one message the server read.
type received struct {
	conn     int // which connection (1-based, in accept order)
	from     string
	to       []string
	data     []byte
	tls      bool
	utf8     bool // MAIL FROM asked for SMTPUTF8
	accepted bool
}

// serverOptions configures startSMTP.
type serverOptions struct {
	tls        *tls.Config // offered with STARTTLS, or from the first byte with implicit
	implicit   bool
	user, pass string // when set, MAIL needs AUTH PLAIN with these
	// readTimeout, when set, replaces the 10 s idle limit: a session quiet that
	// long is answered 421 and closed, as Postfix does at smtpd_timeout.
	readTimeout time.Duration
}

// testSMTP is an in-process go-smtp server on 127.0.0.1 that records every
// transaction and answers as scripted.
type testSMTP struct {
	Addr string
	opts serverOptions

	mu       sync.Mutex
	connByIP map[string]int
	conns    int
	mails    int // MAIL commands accepted
	script   []step
	always   *step
	msgs     []received
	held     []received // read, with the final reply held
	open     []net.Conn // the accepted connections, for cut
	ended    int        // sessions ended (Logout)
}

func startSMTP(t testing.TB, opts serverOptions) *testSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts := &testSMTP{Addr: ln.Addr().String(), opts: opts, connByIP: map[string]int{}}
	srv := smtp.NewServer(smtp.BackendFunc(ts.newSession))
	srv.Domain = "mx.test"
	srv.AllowInsecureAuth = true
	srv.EnableSMTPUTF8 = true // so a test sees whether the client asks for it
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	if opts.readTimeout > 0 {
		srv.ReadTimeout = opts.readTimeout
	}
	var l net.Listener = &countingListener{Listener: ln, ts: ts}
	switch {
	case opts.implicit:
		l = tls.NewListener(l, opts.tls)
	case opts.tls != nil:
		srv.TLSConfig = opts.tls
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return ts
}

// then queues answers for the next transactions; later ones are accepted.
func (ts *testSMTP) then(steps ...step) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.script = append(ts.script, steps...)
}

// answerAlways answers every transaction with st.
func (ts *testSMTP) answerAlways(st step) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.always = &st
}

func (ts *testSMTP) next() step {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.mails++
	if ts.always != nil {
		return *ts.always
	}
	if len(ts.script) == 0 {
		return accept
	}
	st := ts.script[0]
	ts.script = ts.script[1:]
	return st
}

// stats returns the connections accepted and MAIL commands seen.
func (ts *testSMTP) stats() (conns, mails int) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.conns, ts.mails
}

// messages returns the messages read; with accepted, only those answered 250.
func (ts *testSMTP) messages(accepted bool) []received {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	var out []received
	for _, m := range ts.msgs {
		if m.accepted || !accepted {
			out = append(out, m)
		}
	}
	return out
}

type countingListener struct {
	net.Listener
	ts *testSMTP
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.ts.mu.Lock()
		l.ts.conns++
		l.ts.connByIP[c.RemoteAddr().String()] = l.ts.conns
		l.ts.open = append(l.ts.open, c)
		l.ts.mu.Unlock()
	}
	return c, err
}

func (ts *testSMTP) newSession(c *smtp.Conn) (smtp.Session, error) {
	ts.mu.Lock()
	n := ts.connByIP[c.Conn().RemoteAddr().String()]
	ts.mu.Unlock()
	_, isTLS := c.TLSConnectionState()
	return &session{ts: ts, c: c, conn: n, tls: isTLS}, nil
}

type session struct {
	ts     *testSMTP
	c      *smtp.Conn
	conn   int
	tls    bool
	authed bool
	st     step
	from   string
	utf8   bool // MAIL FROM asked for SMTPUTF8
	to     []string
}

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != s.ts.opts.user || pass != s.ts.opts.pass {
			return smtp.ErrAuthFailed
		}
		s.authed = true
		return nil
	}), nil
}

func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	s.utf8 = opts != nil && opts.UTF8
	if s.ts.opts.user != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.from, s.st = from, s.ts.next()
	if s.st.at == "MAIL" && s.st.drop {
		s.c.Conn().Close()
		return errors.New("dropped")
	}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.st.at == "RCPT" {
		return &smtp.SMTPError{Code: s.st.code, EnhancedCode: s.st.enh, Message: "scripted refusal"}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m := received{conn: s.conn, from: s.from, to: s.to, data: data, tls: s.tls, utf8: s.utf8}
	st := s.st
	if st.hang != nil {
		s.ts.mu.Lock()
		s.ts.held = append(s.ts.held, m)
		s.ts.mu.Unlock()
		<-st.hang
	}
	if st.at == "DATA" {
		s.ts.record(m)
		if st.drop {
			s.c.Conn().Close()
			return errors.New("dropped")
		}
		return &smtp.SMTPError{Code: st.code, EnhancedCode: st.enh, Message: "scripted refusal"}
	}
	m.accepted = true
	s.ts.record(m)
	return nil
}

// pending returns the messages read whose final reply is being held (step.hang).
func (ts *testSMTP) pending() []received {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]received(nil), ts.held...)
}

func (ts *testSMTP) record(m received) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.msgs = append(ts.msgs, m)
}

func (s *session) Reset() { s.from, s.to, s.st = "", nil, step{} }

func (s *session) Logout() error {
	s.ts.mu.Lock()
	s.ts.ended++
	s.ts.mu.Unlock()
	return nil
}

// cut closes every accepted connection without a word, as a server that
// restarts or a NAT that forgets an idle flow.
func (ts *testSMTP) cut() {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for _, c := range ts.open {
		c.Close()
	}
}

// waitEnded waits until n sessions have ended, failing the test after a while.
func (ts *testSMTP) waitEnded(t testing.TB, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		ts.mu.Lock()
		ended := ts.ended
		ts.mu.Unlock()
		if ended >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d sessions ended, want %d", ended, n)
		}
	}
}

// testCert returns a server TLS config with a fresh self-signed certificate for
// 127.0.0.1, and a client pool that trusts it.
func testCert(t testing.TB) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mx.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}, pool
}
