package mailer

import (
	"bytes"
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

const goodToken = "ya29.good-token"

// oauthServer is imapserver over imapmemserver whose sessions offer the OAuth2
// mechanisms given, and accept goodToken for testUser.
type oauthServer struct {
	addr  string
	mu    sync.Mutex
	mechs []string // the mechanisms clients used
}

type oauthSession struct {
	imapserver.Session
	srv    *oauthServer
	offers []string
}

func (s *oauthSession) AuthenticateMechanisms() []string { return s.offers }

func (s *oauthSession) Authenticate(mech string) (sasl.Server, error) {
	s.srv.mu.Lock()
	s.srv.mechs = append(s.srv.mechs, mech)
	s.srv.mu.Unlock()
	switch mech {
	case "OAUTHBEARER":
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if o.Token != goodToken || o.Username != testUser || s.Login(testUser, testPass) != nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		}), nil
	case "XOAUTH2":
		return &xoauth2Server{sess: s}, nil
	}
	return nil, errors.New("unsupported mechanism")
}

// xoauth2Server checks "user=U^Aauth=Bearer T^A^A"; a bad token gets the JSON
// challenge and, after the client's empty answer, the failure.
type xoauth2Server struct {
	sess   *oauthSession
	failed bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.failed {
		return nil, true, errors.New("invalid token")
	}
	want := "user=" + testUser + "\x01auth=Bearer " + goodToken + "\x01\x01"
	if !bytes.Equal(resp, []byte(want)) {
		x.failed = true
		return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
	}
	if err := x.sess.Login(testUser, testPass); err != nil {
		return nil, true, err
	}
	return nil, true, nil
}

func newOAuthServer(t *testing.T, offers ...string) *oauthServer {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPass)
	user.Create("INBOX", nil)
	mem.AddUser(user)
	o := &oauthServer{}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &oauthSession{Session: mem.NewSession(), srv: o, offers: offers}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapSASLIR: {}},
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	o.addr = ln.Addr().String()
	return o
}

func tokenInbox(t *testing.T, addr, token string, calls *int) *Inbox {
	return testInbox(t, addr, nil, nil, nil, func(o *InboxOptions) {
		o.Password = ""
		o.Token = func(context.Context) (string, error) {
			*calls++
			return token, nil
		}
	})
}

// With a Token, the inbox logs in with XOAUTH2 where offered, else
// OAUTHBEARER, asking for a token at each connection.
func TestInboxOAuth2Mechanisms(t *testing.T) {
	for _, c := range []struct {
		offers []string
		want   string
	}{
		{[]string{"XOAUTH2", "OAUTHBEARER"}, "XOAUTH2"},
		{[]string{"OAUTHBEARER"}, "OAUTHBEARER"},
	} {
		srv := newOAuthServer(t, c.offers...)
		calls := 0
		in := tokenInbox(t, srv.addr, goodToken, &calls)
		for range 2 {
			if err := in.Check(context.Background()); err != nil {
				t.Fatalf("offers %v: %v", c.offers, err)
			}
		}
		if len(srv.mechs) != 2 || srv.mechs[0] != c.want || calls != 2 {
			t.Errorf("offers %v: used %v with %d token calls, want %s twice with a token each", c.offers, srv.mechs, calls, c.want)
		}
	}
}

// A refused token is a login error, not a hang; a server without OAuth2
// mechanisms is named as such; a token source's error is returned as it is.
func TestInboxOAuth2Refused(t *testing.T) {
	for _, mech := range []string{"XOAUTH2", "OAUTHBEARER"} {
		srv := newOAuthServer(t, mech)
		calls := 0
		err := tokenInbox(t, srv.addr, "expired", &calls).Check(context.Background())
		if err == nil || errors.Is(err, errDeadline) || !strings.Contains(err.Error(), "refused the login") {
			t.Errorf("%s with a bad token: %v", mech, err)
		}
	}
	srv := newOAuthServer(t)
	calls := 0
	err := tokenInbox(t, srv.addr, goodToken, &calls).Check(context.Background())
	if err == nil || !strings.Contains(err.Error(), "neither AUTH=XOAUTH2 nor AUTH=OAUTHBEARER") {
		t.Errorf("no OAuth2 mechanism: %v", err)
	}
	gone := errors.New("the grant is gone")
	in := testInbox(t, srv.addr, nil, nil, nil, func(o *InboxOptions) {
		o.Token = func(context.Context) (string, error) { return "", gone }
	})
	if err := in.Check(context.Background()); !errors.Is(err, gone) {
		t.Errorf("token source error: %v", err)
	}
}
