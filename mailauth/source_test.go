package mailauth

import (
	"context"
	"crypto/rand"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
)

// grants adapts the real store to GrantStore, as the service does.
type grants struct{ s *store.Store }

func (g grants) Grant(ctx context.Context, account string) (string, error) {
	rt, err := g.s.Grant(ctx, account)
	if errors.Is(err, store.ErrNoGrant) {
		return "", ErrNoGrant
	}
	return rt, err
}

func (g grants) SaveGrant(ctx context.Context, account, rt, scopes string) error {
	return g.s.SaveGrant(ctx, account, rt, scopes)
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	key := make([]byte, store.KeySize)
	rand.Read(key)
	s, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "m.db"), Key: key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newTestSource(t *testing.T, a *authServer, st *store.Store, ft *fakeTime) *Source {
	t.Helper()
	return NewSource(SourceOptions{Config: a.config(), Account: "program@example.test", Store: grants{st}, Clock: ft.Now, Wait: ft.Wait})
}

// A token is reused until the margin before its expiry, then refreshed; a
// rotated refresh token is stored (sealed) and used for the next refresh.
func TestSourceRefreshesBeforeExpiry(t *testing.T) {
	a := newAuthServer(t)
	a.rotate = true
	a.expires = 3600
	st := openStore(t)
	ctx := context.Background()
	if err := st.SaveGrant(ctx, "program@example.test", "refresh-0", "mail"); err != nil {
		t.Fatal(err)
	}
	ft := newFakeTime()
	src := newTestSource(t, a, st, ft)
	tok, err := src.Token(ctx)
	if err != nil || tok != "access-1" {
		t.Fatalf("first Token = %q, %v", tok, err)
	}
	// Rotated in: refresh-1 is stored.
	if rt, _ := st.Grant(ctx, "program@example.test"); rt != "refresh-1" {
		t.Errorf("stored refresh token %q, want the rotated refresh-1", rt)
	}
	ft.Wait(ctx, 54*time.Minute) // 6 minutes left: more than the margin
	if tok, _ := src.Token(ctx); tok != "access-1" {
		t.Errorf("Token with 6 min left = %q, want access-1 reused", tok)
	}
	ft.Wait(ctx, 2*time.Minute) // 4 minutes left: within the margin
	if tok, _ := src.Token(ctx); tok != "access-2" {
		t.Errorf("Token with 4 min left = %q, want access-2", tok)
	}
	if f := a.forms[len(a.forms)-1]; f["grant_type"] != "refresh_token" || f["refresh_token"] != "refresh-1" || f["client_id"] != "client-1" {
		t.Errorf("refresh form %v", f)
	}
	// A short-lived token is replaced at half its life.
	a.expires = 60
	ft.Wait(ctx, time.Hour)
	if tok, _ := src.Token(ctx); tok != "access-3" {
		t.Fatalf("Token = %q, want access-3", tok)
	}
	ft.Wait(ctx, 29*time.Second)
	if tok, _ := src.Token(ctx); tok != "access-3" {
		t.Errorf("after 29 s of 60: %q, want access-3", tok)
	}
	ft.Wait(ctx, 2*time.Second)
	if tok, _ := src.Token(ctx); tok != "access-4" {
		t.Errorf("after 31 s of 60: %q, want access-4", tok)
	}
}

// invalid_grant is a GrantError that says to run `mentormail auth`, on one
// line; it sticks, and Keep returns it.
func TestSourceRevoked(t *testing.T) {
	a := newAuthServer(t)
	a.expires = 600
	st := openStore(t)
	ctx := context.Background()
	st.SaveGrant(ctx, "program@example.test", "refresh-0", "mail")
	ft := newFakeTime()
	src := newTestSource(t, a, st, ft)
	if _, err := src.Token(ctx); err != nil {
		t.Fatal(err)
	}
	a.mu.Lock()
	a.revoked = true
	a.mu.Unlock()
	done := make(chan error, 1)
	go func() { done <- src.Keep(ctx) }()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Keep did not return after the grant was revoked")
	}
	var ge *GrantError
	if !errors.As(err, &ge) {
		t.Fatalf("Keep = %v, want a GrantError", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "run `mentormail auth` again") || !strings.Contains(msg, "invalid_grant") ||
		!strings.Contains(msg, "program@example.test") || strings.ContainsAny(msg, "\r\n") {
		t.Errorf("message %q", msg)
	}
	// Keep waited until the margin before expiry (half of 600 s), then refreshed.
	if len(ft.waits) == 0 || ft.waits[0] != 300*time.Second {
		t.Errorf("Keep's waits %v, want 5m0s first", ft.waits)
	}
	if _, err := src.Token(ctx); !errors.As(err, &ge) {
		t.Errorf("Token after revocation = %v, want the GrantError", err)
	}
}

// No grant stored is a GrantError too: `mentormail auth` was never run.
func TestSourceNoGrant(t *testing.T) {
	a := newAuthServer(t)
	src := newTestSource(t, a, openStore(t), newFakeTime())
	_, err := src.Token(context.Background())
	var ge *GrantError
	if !errors.As(err, &ge) || err.Error() != "the mailbox program@example.test has no OAuth2 sign-in yet: run `mentormail auth` first" {
		t.Fatalf("Token = %v", err)
	}
	if a.issued != 0 || len(a.forms) != 0 {
		t.Errorf("the token endpoint was called")
	}
}

// A token endpoint that is down is retried, not taken for a revoked grant.
func TestSourceKeepRetriesTransientFailures(t *testing.T) {
	a := newAuthServer(t)
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	st.SaveGrant(ctx, "program@example.test", "refresh-0", "mail")
	a.Close() // connection refused
	ft := newFakeTime()
	src := NewSource(SourceOptions{Config: a.config(), Account: "program@example.test", Store: grants{st}, Clock: ft.Now,
		Wait: func(ctx context.Context, d time.Duration) error {
			ft.Wait(ctx, d)
			if len(ft.waits) >= 4 {
				cancel()
			}
			return ctx.Err()
		}})
	if err := src.Keep(ctx); err != nil {
		t.Fatalf("Keep = %v, want nil once the context ends", err)
	}
	if got := ft.waits[:3]; got[0] != RetryMin || got[1] != 2*RetryMin || got[2] != 4*RetryMin {
		t.Errorf("retry waits %v, want doubling from %v", ft.waits, RetryMin)
	}
}
