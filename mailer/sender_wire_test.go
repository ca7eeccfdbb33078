package mailer_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"strings"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

func TestMessageFormat(t *testing.T) {
	e := newEnv(t, serverOptions{})
	text := "Bonjour Amélie,\n\nVotre prochaine rencontre approche. " + strings.Repeat("Voici une très longue ligne. ", 6) + "\n\n— Le comité\n"
	html := "<p>Bonjour Amélie,</p><p>Votre prochaine rencontre approche.</p>"
	o := e.enqueue("fmt", 0, "Amélie Tremblay <amelie@example.net>", func(o *store.Outbox, m *store.Message) {
		o.ReplyTo = "mentorship+tok1@example.org, Partner <partner@example.net>"
		o.InReplyTo = "q1@mail.example.net"
		o.References = "q0@mail.example.net q1@mail.example.net"
		m.Subject, m.Text, m.HTML = "Rencontre de mi-session — à bientôt", text, html
	})
	if n := runOnce(t, e.sender(nil)); n != 1 {
		t.Fatalf("sent %d", n)
	}
	m := e.srv.messages(true)[0]
	if m.from != "mentorship@example.org" || len(m.to) != 1 || m.to[0] != "amelie@example.net" {
		t.Errorf("envelope: from %q to %q", m.from, m.to)
	}
	env := parse(t, m.data)
	want := map[string]string{
		"Message-ID":               "<" + e.row(o.ID).MessageID + ">",
		"Auto-Submitted":           "auto-generated",
		"X-Auto-Response-Suppress": "All",
		"MIME-Version":             "1.0",
		"In-Reply-To":              "<q1@mail.example.net>",
		"References":               "<q0@mail.example.net> <q1@mail.example.net>",
		"Subject":                  "Rencontre de mi-session — à bientôt",
		"User-Agent":               "",
		"X-Mailer":                 "",
	}
	for h, v := range want {
		if got := env.GetHeader(h); got != v {
			t.Errorf("%s: %q, want %q", h, got, v)
		}
	}
	if got := env.GetHeaderValues("Reply-To"); len(got) != 1 || !strings.Contains(got[0], "<mentorship+tok1@example.org>") || !strings.Contains(got[0], "<partner@example.net>") {
		t.Errorf("Reply-To: %q", got)
	}
	if date, err := env.Date(); err != nil || !date.Equal(e.clock.Now()) {
		t.Errorf("Date: %v %v, want %v", date, err, e.clock.Now())
	}
	if ct := env.Root.ContentType; ct != "multipart/alternative" {
		t.Errorf("root content type %q", ct)
	}
	// On the wire, and so once decoded, text lines end in CRLF (RFC 5322 section 2.1).
	if strings.TrimSpace(strings.ReplaceAll(env.Text, "\r\n", "\n")) != strings.TrimSpace(text) || strings.TrimSpace(env.HTML) != html {
		t.Errorf("bodies differ:\ntext %q\nhtml %q", env.Text, env.HTML)
	}
	for _, part := range []*enmime.Part{env.Root.FirstChild, env.Root.FirstChild.NextSibling} {
		if part.Charset != "UTF-8" || part.Header.Get("Content-Transfer-Encoding") != "quoted-printable" {
			t.Errorf("%s part: charset %q, encoding %q", part.ContentType, part.Charset, part.Header.Get("Content-Transfer-Encoding"))
		}
	}
	for _, line := range bytes.Split(m.data, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("a line of %d bytes", len(line))
		}
	}
}

func TestHeaderWithLineBreakIsRefused(t *testing.T) {
	e := newEnv(t, serverOptions{})
	p := e.participant("p@example.net")
	a := e.enqueue("a", p, "p@example.net", func(_ *store.Outbox, m *store.Message) {
		m.Subject = "Hello\r\nBcc: victim@example.com"
	})
	b := e.enqueue("b", p, "p@example.net", func(o *store.Outbox, _ *store.Message) {
		o.ReplyTo = "x@example.org\nBcc: victim@example.com"
	})
	c := e.enqueue("c", p, "p@example.net", func(o *store.Outbox, _ *store.Message) {
		o.InReplyTo = "ok@example.org\r\nBcc: victim@example.com"
	})
	if n := runOnce(t, e.sender(nil)); n != 0 {
		t.Fatalf("sent %d", n)
	}
	for _, o := range []store.Outbox{a, b, c} {
		if r := e.row(o.ID); r.State != store.OutboxFailed || !strings.Contains(r.LastError, "CR or LF") {
			t.Errorf("row %d: state=%s err=%q", o.ID, r.State, r.LastError)
		}
	}
	if conns, _ := e.srv.stats(); conns != 0 {
		t.Errorf("refused rows opened %d connections", conns)
	}
	if pp := e.person(p); pp.BounceCount != 0 || pp.MailStopped {
		t.Errorf("a local refusal raised bounces=%d stopped=%v", pp.BounceCount, pp.MailStopped)
	}
	if f := e.failures(); len(f) != 3 || !f[0].permanent {
		t.Errorf("OnFailed: %+v", f)
	}
}

func TestDefaultTLSRefusesPlaintextServer(t *testing.T) {
	e := newEnv(t, serverOptions{})
	o := e.enqueue("a", 0, "a@example.net", nil)
	s := e.sender(func(o *mailer.SenderOptions) { o.TLS = mailer.TLSStartTLS }) // the zero value
	err := s.Check(context.Background())
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("Check: %v, want a STARTTLS error", err)
	}
	if n := runOnce(t, s); n != 0 {
		t.Fatalf("sent %d in plain text", n)
	}
	if r := e.row(o.ID); r.State != store.OutboxPending || r.Attempts != 1 {
		t.Errorf("row: state=%s attempts=%d, want a retry", r.State, r.Attempts)
	}
	if _, mails := e.srv.stats(); mails != 0 {
		t.Errorf("%d transactions in plain text", mails)
	}
	if err := e.sender(nil).Check(context.Background()); err != nil {
		t.Errorf("TLSNone Check: %v", err)
	}
}

func TestStartTLSAndAuth(t *testing.T) {
	cfg, pool := testCert(t)
	e := newEnv(t, serverOptions{tls: cfg, user: "mm", pass: "s3cret"})
	e.enqueue("a", 0, "a@example.net", nil)
	tlsOpts := func(pass string) func(*mailer.SenderOptions) {
		return func(o *mailer.SenderOptions) {
			o.TLS, o.TLSConfig, o.Username, o.Password = mailer.TLSStartTLS, &tls.Config{RootCAs: pool}, "mm", pass
		}
	}
	bad := e.sender(tlsOpts("wrong"))
	if err := bad.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "535") {
		t.Errorf("Check with a wrong password: %v, want a 535 error", err)
	}
	s := e.sender(tlsOpts("s3cret"))
	if err := s.Check(context.Background()); err != nil {
		t.Fatalf("Check: %v", err)
	}
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("sent %d", n)
	}
	if m := e.srv.messages(true); len(m) != 1 || !m[0].tls {
		t.Errorf("the message did not come over TLS")
	}
}

func TestImplicitTLS(t *testing.T) {
	cfg, pool := testCert(t)
	e := newEnv(t, serverOptions{tls: cfg, implicit: true, user: "mm", pass: "pw"})
	e.enqueue("a", 0, "a@example.net", nil)
	s := e.sender(func(o *mailer.SenderOptions) {
		o.TLS, o.TLSConfig, o.Username, o.Password = mailer.TLSImplicit, &tls.Config{RootCAs: pool}, "mm", "pw"
	})
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("sent %d", n)
	}
	if m := e.srv.messages(true); len(m) != 1 || !m[0].tls {
		t.Errorf("the message did not come over TLS")
	}
}

func TestCheckUnreachable(t *testing.T) {
	e := newEnv(t, serverOptions{})
	s := e.sender(func(o *mailer.SenderOptions) { o.Addr = "127.0.0.1:1" })
	if err := s.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("Check: %v", err)
	}
}

func TestBackoffDelay(t *testing.T) {
	var b mailer.Backoff
	for _, c := range []struct {
		attempts int
		r        float64
		want     time.Duration
	}{
		{0, 0.5, time.Minute}, {1, 0.5, 2 * time.Minute}, {5, 0.5, 32 * time.Minute}, {6, 0.5, time.Hour},
		{40, 0.5, time.Hour}, {0, 0, 48 * time.Second}, {6, 0, 48 * time.Minute},
	} {
		if got := b.Delay(c.attempts, c.r); got != c.want {
			t.Errorf("Delay(%d, %v) = %v, want %v", c.attempts, c.r, got, c.want)
		}
	}
	if got := b.Delay(0, 0.999999); got < 71*time.Second || got > 72*time.Second {
		t.Errorf("top jitter %v", got)
	}
}

func TestNewSenderChecksOptions(t *testing.T) {
	e := newEnv(t, serverOptions{})
	for name, mod := range map[string]func(*mailer.SenderOptions){
		"no port":      func(o *mailer.SenderOptions) { o.Addr = "localhost" },
		"no queue":     func(o *mailer.SenderOptions) { o.Queue = nil },
		"short lease":  func(o *mailer.SenderOptions) { o.Lease = time.Minute },
		"bad tls mode": func(o *mailer.SenderOptions) { o.TLS = 7 },
		"no username":  func(o *mailer.SenderOptions) { o.Password = "x" },
	} {
		opts := mailer.SenderOptions{Addr: e.srv.Addr, Queue: e.q}
		mod(&opts)
		if _, err := mailer.NewSender(opts); err == nil {
			t.Errorf("%s: NewSender accepted it", name)
		}
	}
}

func TestSendErrorClasses(t *testing.T) {
	for _, c := range []struct {
		e           mailer.SendError
		rejected    bool
		badRcpt     bool
		description string
	}{
		{mailer.SendError{Permanent: true, Code: 550, Enhanced: "5.1.1", Command: mailer.CmdRcpt}, true, true, "no such user"},
		{mailer.SendError{Permanent: true, Code: 550, Enhanced: "5.7.1", Command: mailer.CmdRcpt}, true, false, "policy"},
		{mailer.SendError{Permanent: true, Code: 553, Command: mailer.CmdRcpt}, true, true, "bad address, no enhanced code"},
		{mailer.SendError{Permanent: true, Code: 554, Command: mailer.CmdData}, true, false, "content"},
		{mailer.SendError{Permanent: true, Command: ""}, false, false, "refused locally"},
		{mailer.SendError{Code: 451, Command: mailer.CmdRcpt}, false, false, "temporary"},
	} {
		if c.e.Rejected() != c.rejected || c.e.BadRecipient() != c.badRcpt {
			t.Errorf("%s: Rejected=%v BadRecipient=%v", c.description, c.e.Rejected(), c.e.BadRecipient())
		}
	}
}

// TestSMTPUTF8OnlyWhenNeeded: a server that offers SMTPUTF8 is asked for it only
// for an address that is not ASCII (RFC 6531).
func TestSMTPUTF8OnlyWhenNeeded(t *testing.T) {
	e := newEnv(t, serverOptions{})
	e.enqueue("ascii", 0, "Amélie Tremblay <amelie@example.net>", func(_ *store.Outbox, m *store.Message) {
		m.Subject = "Rencontre de mi-session — à bientôt"
	})
	e.enqueue("eai", 0, "Amélie <amélie@exemple.ca>", nil)
	if n := runOnce(t, e.sender(nil)); n != 2 {
		t.Fatalf("sent %d, want 2", n)
	}
	for _, m := range e.srv.messages(true) {
		if want := strings.Contains(m.to[0], "é"); m.utf8 != want {
			t.Errorf("to %s: SMTPUTF8 %v, want %v", m.to[0], m.utf8, want)
		}
	}
}
