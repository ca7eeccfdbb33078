package mailauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"
)

// authServer is an authorisation server: a device endpoint, and a token
// endpoint that answers the device code's polls from a script, then serves
// refresh grants.
type authServer struct {
	*httptest.Server
	mu       sync.Mutex
	polls    []string // the script: an error code, or "" for the token
	polled   int
	forms    []map[string]string // every token request's form
	expires  int64               // expires_in of the tokens issued
	revoked  bool                // refresh grants answer invalid_grant
	issued   int                 // access tokens issued
	rotate   bool                // each refresh issues a new refresh token
	interval int64
}

func newAuthServer(t *testing.T, polls ...string) *authServer {
	t.Helper()
	a := &authServer{polls: polls, expires: 3600, interval: 5}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /device", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("client_id") != "client-1" || r.FormValue("scope") != "mail offline_access" {
			http.Error(w, `{"error":"invalid_client"}`, 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"device_code": "dev-code-1", "user_code": "WDJB-MJHT",
			"verification_uri": "https://id.example.test/device", "expires_in": 900, "interval": a.interval})
	})
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		a.mu.Lock()
		defer a.mu.Unlock()
		form := map[string]string{}
		for k := range r.PostForm {
			form[k] = r.PostForm.Get(k)
		}
		a.forms = append(a.forms, form)
		w.Header().Set("Content-Type", "application/json")
		fail := func(code string) {
			w.WriteHeader(400)
			json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": "as scripted\r\nTrace ID: 1"})
		}
		switch form["grant_type"] {
		case "urn:ietf:params:oauth:grant-type:device_code":
			if form["device_code"] != "dev-code-1" {
				fail("invalid_grant")
				return
			}
			code := ""
			if a.polled < len(a.polls) {
				code = a.polls[a.polled]
			}
			a.polled++
			if code != "" {
				fail(code)
				return
			}
		case "refresh_token":
			if a.revoked || !strings.HasPrefix(form["refresh_token"], "refresh-") {
				fail("invalid_grant")
				return
			}
		default:
			fail("unsupported_grant_type")
			return
		}
		a.issued++
		rt := "refresh-1"
		if a.rotate {
			rt = "refresh-" + string(rune('0'+a.issued))
		}
		json.NewEncoder(w).Encode(map[string]any{"access_token": "access-" + string(rune('0'+a.issued)),
			"token_type": "Bearer", "expires_in": a.expires, "refresh_token": rt, "scope": "mail offline_access"})
	})
	a.Server = httptest.NewServer(mux)
	t.Cleanup(a.Close)
	return a
}

func (a *authServer) config() *oauth2.Config {
	return &oauth2.Config{ClientID: "client-1", Scopes: []string{"mail", "offline_access"},
		Endpoint: oauth2.Endpoint{DeviceAuthURL: a.URL + "/device", TokenURL: a.URL + "/token", AuthStyle: oauth2.AuthStyleInParams}}
}

// fakeTime is a clock that the waits advance.
type fakeTime struct {
	mu    sync.Mutex
	now   time.Time
	waits []time.Duration
}

func newFakeTime() *fakeTime { return &fakeTime{now: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)} }

func (f *fakeTime) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeTime) Wait(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.waits = append(f.waits, d)
	f.now = f.now.Add(d)
	return ctx.Err()
}

func runDevice(t *testing.T, a *authServer, ft *fakeTime) (*oauth2.Token, *oauth2.DeviceAuthResponse, error) {
	t.Helper()
	var shown *oauth2.DeviceAuthResponse
	tok, err := Authorize(context.Background(), DeviceOptions{Config: a.config(), Wait: ft.Wait, Clock: ft.Now,
		Prompt: func(da *oauth2.DeviceAuthResponse) { shown = da }})
	return tok, shown, err
}

// The person signs in on the third poll: pending twice, each after the
// server's interval; the code and URL are shown first.
func TestDeviceFlowPendingThenSuccess(t *testing.T) {
	a := newAuthServer(t, "authorization_pending", "authorization_pending", "")
	ft := newFakeTime()
	tok, shown, err := runDevice(t, a, ft)
	if err != nil {
		t.Fatal(err)
	}
	if shown == nil || shown.UserCode != "WDJB-MJHT" || shown.VerificationURI != "https://id.example.test/device" {
		t.Fatalf("prompt showed %+v", shown)
	}
	if tok.AccessToken != "access-1" || tok.RefreshToken != "refresh-1" {
		t.Errorf("token = %q / %q", tok.AccessToken, tok.RefreshToken)
	}
	if want := []time.Duration{5 * time.Second, 5 * time.Second, 5 * time.Second}; !slices.Equal(ft.waits, want) {
		t.Errorf("waits %v, want %v", ft.waits, want)
	}
	if f := a.forms[0]; f["device_code"] != "dev-code-1" || f["client_id"] != "client-1" {
		t.Errorf("poll form %v", f)
	}
}

// slow_down adds 5 seconds to this and every later wait.
func TestDeviceFlowSlowDown(t *testing.T) {
	a := newAuthServer(t, "slow_down", "authorization_pending", "slow_down", "")
	ft := newFakeTime()
	if _, _, err := runDevice(t, a, ft); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{5 * time.Second, 10 * time.Second, 10 * time.Second, 15 * time.Second}
	if !slices.Equal(ft.waits, want) {
		t.Errorf("waits %v, want %v", ft.waits, want)
	}
}

// The person declines: the flow ends at once with ErrAccessDenied.
func TestDeviceFlowDenied(t *testing.T) {
	a := newAuthServer(t, "authorization_pending", "access_denied", "")
	_, _, err := runDevice(t, a, newFakeTime())
	if !errors.Is(err, ErrAccessDenied) {
		t.Fatalf("err = %v, want ErrAccessDenied", err)
	}
	if a.polled != 2 {
		t.Errorf("polled %d times after the refusal, want 2", a.polled)
	}
}

// The code expires: the server's expired_token ends the flow, and so does the
// code's own lifetime, without a poll past it.
func TestDeviceFlowExpired(t *testing.T) {
	a := newAuthServer(t, "authorization_pending", "expired_token")
	if _, _, err := runDevice(t, a, newFakeTime()); !errors.Is(err, ErrCodeExpired) {
		t.Fatalf("expired_token: err = %v, want ErrCodeExpired", err)
	}

	pending := make([]string, 1000)
	for i := range pending {
		pending[i] = "authorization_pending"
	}
	a = newAuthServer(t, pending...)
	ft := newFakeTime()
	_, _, err := runDevice(t, a, ft)
	if !errors.Is(err, ErrCodeExpired) {
		t.Fatalf("past the lifetime: err = %v, want ErrCodeExpired", err)
	}
	// expires_in 900 at an interval of 5 s: the last poll is before 900 s.
	var total time.Duration
	for _, w := range ft.waits {
		total += w
	}
	if total >= 900*time.Second || a.polled != len(ft.waits) {
		t.Errorf("waited %v over %d polls (%d answered); want under 900s", total, len(ft.waits), a.polled)
	}
}

// Any other error ends the flow with the server's code, on one line.
func TestDeviceFlowOtherError(t *testing.T) {
	a := newAuthServer(t, "invalid_scope")
	_, _, err := runDevice(t, a, newFakeTime())
	if err == nil || !strings.Contains(err.Error(), "invalid_scope: as scripted") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("err = %q", err)
	}
}
