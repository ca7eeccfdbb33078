package mailer_test

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/mentormail/mentormail/mailer"
)

// xoauthSMTP is a go-smtp server that offers only XOAUTH2 and takes mail only
// after a login with the token it expects for the user.
type xoauthSMTP struct {
	addr        string
	user, token string
	mu          sync.Mutex
	logins      []string // the tokens presented, in order
	mails       int
}

func startXOAuthSMTP(t *testing.T, user, token string) *xoauthSMTP {
	t.Helper()
	x := &xoauthSMTP{user: user, token: token}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &xoauthSession{x: x}, nil }))
	srv.Domain = "mx.test"
	srv.AllowInsecureAuth = true
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	x.addr = ln.Addr().String()
	return x
}

type xoauthSession struct {
	x      *xoauthSMTP
	authed bool
}

func (s *xoauthSession) AuthMechanisms() []string { return []string{"XOAUTH2"} }

func (s *xoauthSession) Auth(mech string) (sasl.Server, error) {
	return xoauthServer(func(user, token string) error {
		s.x.mu.Lock()
		s.x.logins = append(s.x.logins, token)
		s.x.mu.Unlock()
		if user != s.x.user || token != s.x.token {
			return smtp.ErrAuthFailed
		}
		s.authed = true
		return nil
	}), nil
}

// xoauthServer reads XOAUTH2's one response, "user=U^Aauth=Bearer T^A^A".
type xoauthServer func(user, token string) error

func (f xoauthServer) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, kv := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			token = v
		}
	}
	return nil, true, f(user, token)
}

func (s *xoauthSession) Mail(string, *smtp.MailOptions) error {
	if !s.authed {
		return smtp.ErrAuthRequired
	}
	s.x.mu.Lock()
	s.x.mails++
	s.x.mu.Unlock()
	return nil
}
func (s *xoauthSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *xoauthSession) Data(r io.Reader) error {
	_, err := io.Copy(io.Discard, r)
	return err
}
func (s *xoauthSession) Reset()        {}
func (s *xoauthSession) Logout() error { return nil }

// With a Token, the sender logs in with AUTH XOAUTH2, asking for a token at
// each connection; a refused token is a temporary failure, not a sent message.
func TestSenderXOAuth2(t *testing.T) {
	e := newEnv(t, serverOptions{})
	x := startXOAuthSMTP(t, "mentorship@example.org", "tok-2")
	tokens := []string{"tok-1", "tok-2"}
	calls := 0
	s := e.sender(func(o *mailer.SenderOptions) {
		o.Addr, o.Username = x.addr, "mentorship@example.org"
		o.Token = func(context.Context) (string, error) {
			tok := tokens[min(calls, len(tokens)-1)]
			calls++
			return tok, nil
		}
	})
	pid := e.participant("ana@example.org")
	e.enqueue("a", pid, "ana@example.org", nil)
	// tok-1 is refused: nothing is sent, the row waits for a retry.
	if n, _ := s.RunOnce(context.Background()); n != 0 {
		t.Fatalf("sent %d with a refused token", n)
	}
	e.clock.Add(2 * time.Hour)
	if n := runOnce(t, s); n != 1 {
		t.Fatalf("sent %d, want 1 with tok-2", n)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if calls != 2 || len(x.logins) != 2 || x.logins[0] != "tok-1" || x.logins[1] != "tok-2" || x.mails != 1 {
		t.Errorf("token calls %d, logins %v, mails %d; want a token per connection and one mail", calls, x.logins, x.mails)
	}
}

// Probe reports each step; the token source's error fails AUTH.
func TestSenderProbeXOAuth2(t *testing.T) {
	e := newEnv(t, serverOptions{})
	x := startXOAuthSMTP(t, "mentorship@example.org", "tok")
	var steps []mailer.SMTPStep
	gone := errors.New("grant gone")
	for _, tok := range []string{"tok", ""} {
		steps = nil
		s := e.sender(func(o *mailer.SenderOptions) {
			o.Addr, o.Username = x.addr, "mentorship@example.org"
			o.Token = func(context.Context) (string, error) {
				if tok == "" {
					return "", gone
				}
				return tok, nil
			}
		})
		p, err := s.Probe(context.Background(), func(st mailer.SMTPStep) { steps = append(steps, st) })
		if tok == "" {
			if !errors.Is(err, gone) || len(steps) != 3 || steps[2].Name != "AUTH" || !errors.Is(steps[2].Err, gone) {
				t.Errorf("with a failing token source: err %v, steps %+v", err, steps)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Send("mentorship@example.org", "mentorship+check@example.org", []byte("Subject: x\r\n\r\nx\r\n")); err != nil {
			t.Errorf("Send: %v", err)
		}
		p.Close()
		if len(steps) != 3 || steps[0].Name != "EHLO" || !strings.Contains(steps[0].Offers, "AUTH XOAUTH2") ||
			steps[1].Skip != mailer.SkipNoTLS || steps[2].Mechanism != "XOAUTH2" || steps[2].Err != nil {
			t.Errorf("steps %+v", steps)
		}
	}
}
