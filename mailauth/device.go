// Package mailauth gets OAuth2 access tokens for the program's mailbox: the
// device-code flow of `mentormail auth`, refreshing before expiry, the grant
// kept sealed in the database, and the SASL clients that present the token.
package mailauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

// Bounds of the talks with the authorisation server.
const (
	// HTTPTimeout bounds one request to an endpoint, its answer included.
	HTTPTimeout = 30 * time.Second
	// MaxResponseBytes bounds an endpoint's answer that is read.
	MaxResponseBytes = 64 << 10
	// MaxDeviceWait bounds the wait for the person to sign in when the server
	// gives the device code no lifetime (RFC 8628 section 3.2 makes expires_in
	// required; a server that leaves it out still gets no endless wait).
	MaxDeviceWait = 30 * time.Minute
	// DefaultInterval is the polling interval when the server gives none (RFC 8628 section 3.2).
	DefaultInterval = 5 * time.Second
	// SlowDownStep is added to the interval at each slow_down (RFC 8628 section 3.5).
	SlowDownStep = 5 * time.Second
	// MaxInterval bounds the polling interval, whatever the server asks.
	MaxInterval = 2 * time.Minute
)

// Errors of the device flow that end it: the person said no, or took too long.
var (
	ErrAccessDenied = errors.New("mailauth: the sign-in was declined (access_denied)")
	ErrCodeExpired  = errors.New("mailauth: the code expired before the sign-in was done (expired_token): run the command again")
)

// DeviceOptions configures Authorize.
type DeviceOptions struct {
	// Config holds the client id and secret, the endpoints (DeviceAuthURL and
	// TokenURL) and the scopes.
	Config *oauth2.Config
	// HTTPClient talks to the endpoints; nil means one with HTTPTimeout.
	HTTPClient *http.Client
	// Prompt shows the person where to go and the code to type. Required.
	Prompt func(da *oauth2.DeviceAuthResponse)
	// Wait sleeps d or until ctx is done; nil means a timer. Tests make it instant.
	Wait func(ctx context.Context, d time.Duration) error
	// Clock is the time the code's expiry is measured against; nil means time.Now.
	Clock func() time.Time
}

// Authorize runs the device authorization grant (RFC 8628): it asks for a
// device code, has Prompt show it, then polls the token endpoint at the
// server's interval until the person has signed in (authorization_pending:
// wait; slow_down: wait 5 s longer from then on), declined (ErrAccessDenied) or
// let the code expire (ErrCodeExpired). The token it returns has a refresh
// token when the scopes allow one.
//
// golang.org/x/oauth2 asks for the code; the polling is ours, with the same
// rules as its DeviceAccessToken, so that the wait can be injected.
func Authorize(ctx context.Context, o DeviceOptions) (*oauth2.Token, error) {
	hc := o.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: HTTPTimeout}
	}
	if o.Wait == nil {
		o.Wait = sleep
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, hc)
	da, err := o.Config.DeviceAuth(ctx)
	if err != nil {
		return nil, fmt.Errorf("mailauth: device authorization at %s: %w", o.Config.Endpoint.DeviceAuthURL, describe(err))
	}
	if da.DeviceCode == "" || da.UserCode == "" || da.VerificationURI == "" {
		return nil, fmt.Errorf("mailauth: device authorization at %s: the answer lacks a code or a URL", o.Config.Endpoint.DeviceAuthURL)
	}
	o.Prompt(da)
	// oauth2 sets Expiry from the wall clock; the wait is measured on o.Clock.
	life := MaxDeviceWait
	if !da.Expiry.IsZero() {
		life = min(time.Until(da.Expiry), MaxDeviceWait)
	}
	expiry := o.Clock().Add(life)
	interval := time.Duration(da.Interval) * time.Second
	if interval <= 0 {
		interval = DefaultInterval
	}
	for {
		interval = min(interval, MaxInterval)
		if !o.Clock().Add(interval).Before(expiry) {
			return nil, ErrCodeExpired
		}
		if err := o.Wait(ctx, interval); err != nil {
			return nil, err
		}
		tok, code, err := pollToken(ctx, hc, o.Config, da.DeviceCode)
		switch {
		case err == nil:
			return tok, nil
		case code == "authorization_pending":
		case code == "slow_down":
			interval += SlowDownStep
		case code == "access_denied":
			return nil, ErrAccessDenied
		case code == "expired_token":
			return nil, ErrCodeExpired
		default:
			return nil, err
		}
	}
}

// tokenAnswer is a token endpoint's JSON answer: a token (RFC 6749 section
// 5.1) or an error (section 5.2).
type tokenAnswer struct {
	AccessToken      string `json:"access_token"`
	TokenType        string `json:"token_type"`
	RefreshToken     string `json:"refresh_token"`
	ExpiresIn        int64  `json:"expires_in"`
	Scope            string `json:"scope"`
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
}

// pollToken asks the token endpoint once for the device code's token. code is
// the server's error code when it sent one.
func pollToken(ctx context.Context, hc *http.Client, cfg *oauth2.Config, deviceCode string) (*oauth2.Token, string, error) {
	v := url.Values{
		"grant_type":  {"urn:ietf:params:oauth:grant-type:device_code"},
		"device_code": {deviceCode},
		"client_id":   {cfg.ClientID},
	}
	if cfg.ClientSecret != "" {
		v.Set("client_secret", cfg.ClientSecret)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cfg.Endpoint.TokenURL, strings.NewReader(v.Encode()))
	if err != nil {
		return nil, "", fmt.Errorf("mailauth: token endpoint: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("mailauth: token endpoint: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes))
	if err != nil {
		return nil, "", fmt.Errorf("mailauth: token endpoint: %w", err)
	}
	var a tokenAnswer
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt == "application/x-www-form-urlencoded" || mt == "text/plain" {
		q, _ := url.ParseQuery(string(body))
		a.Error, a.ErrorDescription = q.Get("error"), q.Get("error_description")
		a.AccessToken, a.RefreshToken, a.TokenType = q.Get("access_token"), q.Get("refresh_token"), q.Get("token_type")
	} else if err := json.Unmarshal(body, &a); err != nil {
		return nil, "", fmt.Errorf("mailauth: token endpoint: HTTP %d, an answer that is not JSON", resp.StatusCode)
	}
	if a.Error != "" || resp.StatusCode != http.StatusOK || a.AccessToken == "" {
		msg := a.Error
		if msg == "" {
			msg = fmt.Sprintf("HTTP %d without a token", resp.StatusCode)
		}
		if a.ErrorDescription != "" {
			msg += ": " + firstLine(a.ErrorDescription)
		}
		return nil, a.Error, fmt.Errorf("mailauth: token endpoint: %s", msg)
	}
	tok := &oauth2.Token{AccessToken: a.AccessToken, TokenType: a.TokenType, RefreshToken: a.RefreshToken}
	if a.ExpiresIn > 0 {
		tok.Expiry = time.Now().Add(time.Duration(a.ExpiresIn) * time.Second)
	}
	if a.Scope != "" {
		tok = tok.WithExtra(map[string]any{"scope": a.Scope})
	}
	return tok, "", nil
}

// describe turns oauth2's RetrieveError into its code and description, without
// the response body it also prints.
func describe(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.ErrorCode != "" {
		msg := re.ErrorCode
		if re.ErrorDescription != "" {
			msg += ": " + firstLine(re.ErrorDescription)
		}
		return errors.New(msg)
	}
	return err
}

// firstLine keeps an error description to one bounded line (Microsoft's run
// to several, with trace ids).
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	s = strings.TrimSpace(strings.TrimSuffix(s, "\r"))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
