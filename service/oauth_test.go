package service_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailauth"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store/storetest"
)

// When the provider revokes the grant of the IMAP side, Run stops with the
// GrantError, and the committee is told by email, since SMTP still logs in with
// its own credentials.
func TestRevokedGrantStopsAndTellsCommittee(t *testing.T) {
	users, err := demo.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	m, err := devmail.Start(devmail.Options{Domain: demo.Domain, Users: users})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"error":"invalid_grant","error_description":"AADSTS70000: the grant was revoked"}`)
	}))
	t.Cleanup(idp.Close)
	cfg, err := demo.Config(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store.Path = storetest.Path(t, cfg.Store.Path)
	cfg.IMAP.Auth = config.AuthOAuth2
	cfg.OAuth2 = config.OAuth2{Provider: config.ProviderGeneric, ClientID: "c", Scopes: []string{"mail"},
		DeviceAuthURL: idp.URL + "/device", TokenURL: idp.URL + "/token"}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	svc, err := service.New(cfg, cfg.Logger(io.Discard), service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if err := svc.Store.SaveGrant(context.Background(), cfg.OAuth2Account(), "refresh-revoked", "mail"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err = svc.Run(ctx)
	var ge *mailauth.GrantError
	if !errors.As(err, &ge) || ctx.Err() != nil {
		t.Fatalf("Run = %v, want a GrantError before the deadline", err)
	}
	if !strings.Contains(err.Error(), "run `mentormail auth` again") || !strings.Contains(err.Error(), "invalid_grant") {
		t.Errorf("error %q", err)
	}
	committee, _, _ := strings.Cut(cfg.Program.CommitteeAddress, "@")
	msgs, err := m.Mailbox(committee, "INBOX")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, msg := range msgs {
		raw := string(msg.Raw)
		if strings.Contains(raw, "The program can no longer sign in to its mailbox") {
			found = true
			if !strings.Contains(raw, "mentormail auth") || strings.Contains(raw, "refresh-revoked") {
				t.Errorf("the alert does not say to run mentormail auth, or carries the token:\n%s", raw)
			}
		}
	}
	if !found {
		t.Errorf("the committee got no sign-in alert; its INBOX has %d messages", len(msgs))
	}
}
