package mailauth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

// Refresh timing.
const (
	// RefreshMargin is how long before its expiry an access token is replaced;
	// a token that lives less than twice this is replaced at half its life.
	RefreshMargin = 5 * time.Minute
	// RetryMin and RetryMax bound the wait after a refresh that failed for a
	// reason other than the grant (the network, a 5xx): it doubles each time.
	RetryMin = 5 * time.Second
	RetryMax = 5 * time.Minute
)

// GrantError means the provider no longer honours the stored grant: it was
// revoked, it expired, the password changed, or none was ever stored. Only a
// person can fix it, by running `mentormail auth` again.
type GrantError struct {
	Account string
	Reason  string // the provider's error code and description, or why there is none
}

// Error is the one line serve stops with.
func (e *GrantError) Error() string {
	if e.Reason == noGrant {
		return fmt.Sprintf("the mailbox %s has no OAuth2 sign-in yet: run `mentormail auth` first", e.Account)
	}
	return fmt.Sprintf("the OAuth2 sign-in of %s no longer works (%s): run `mentormail auth` again", e.Account, e.Reason)
}

// noGrant is GrantError.Reason when no grant was ever stored.
const noGrant = "no grant stored for this mailbox"

// ErrNoGrant is what a GrantStore's Grant wraps when it holds no grant for the account.
var ErrNoGrant = errors.New("mailauth: no grant stored for this mailbox")

// GrantStore keeps the refresh token of each mailbox, sealed. Grant returns an
// error wrapping ErrNoGrant when there is none.
type GrantStore interface {
	Grant(ctx context.Context, account string) (string, error)
	SaveGrant(ctx context.Context, account, refreshToken, scopes string) error
}

// SourceOptions configures NewSource.
type SourceOptions struct {
	// Config holds the client id and secret, the token endpoint and the scopes.
	Config *oauth2.Config
	// Account is the mailbox the grant is for; the grant is stored under it.
	Account string
	// Store keeps the refresh token. Required.
	Store GrantStore
	// HTTPClient talks to the token endpoint; nil means one with HTTPTimeout.
	HTTPClient *http.Client
	// Clock is the time expiries are measured against; nil means time.Now.
	Clock func() time.Time
	// Wait sleeps d or until ctx is done; nil means a timer.
	Wait func(ctx context.Context, d time.Duration) error
	// Logger receives refresh events (never a token); nil discards.
	Logger *slog.Logger
}

// Source hands out access tokens for one mailbox, refreshing them with the
// stored grant before they expire. Its methods are safe for concurrent use.
type Source struct {
	o   SourceOptions
	log *slog.Logger

	mu       sync.Mutex
	tok      *oauth2.Token
	lifetime time.Duration // of tok, as issued
	grantErr *GrantError   // set once; every later call returns it
	dead     chan struct{} // closed when grantErr is set
}

// NewSource returns a source; it reads the grant at the first Token.
func NewSource(o SourceOptions) *Source {
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: HTTPTimeout}
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Wait == nil {
		o.Wait = sleep
	}
	lg := o.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	return &Source{o: o, log: lg.With("component", "oauth2", "account", o.Account), dead: make(chan struct{})}
}

// Token returns a valid access token, refreshing it first when it expires
// within the margin. A *GrantError means the grant is gone for good.
func (s *Source) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.grantErr != nil {
		return "", s.grantErr
	}
	if s.tok != nil && s.o.Clock().Before(s.refreshAt()) {
		return s.tok.AccessToken, nil
	}
	if err := s.refresh(ctx); err != nil {
		return "", err
	}
	return s.tok.AccessToken, nil
}

// refreshAt is when the current token is to be replaced. Called with mu held.
func (s *Source) refreshAt() time.Time {
	if s.tok == nil {
		return time.Time{}
	}
	if s.tok.Expiry.IsZero() {
		return s.o.Clock().Add(RefreshMargin) // no expiry given: keep it, check again later
	}
	margin := RefreshMargin
	if s.lifetime < 2*RefreshMargin {
		margin = s.lifetime / 2
	}
	return s.tok.Expiry.Add(-margin)
}

// refresh trades the stored refresh token for a new access token, and stores
// the refresh token the provider rotates in (Microsoft issues a new one with
// each refresh). Called with mu held.
func (s *Source) refresh(ctx context.Context) error {
	rt, err := s.o.Store.Grant(ctx, s.o.Account)
	if err != nil {
		if errors.Is(err, ErrNoGrant) {
			return s.fail(noGrant)
		}
		return fmt.Errorf("mailauth: read the grant: %w", err)
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, s.o.HTTPClient)
	now := s.o.Clock()
	tok, err := s.o.Config.TokenSource(ctx, &oauth2.Token{RefreshToken: rt}).Token()
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && (re.ErrorCode == "invalid_grant" || re.ErrorCode == "unauthorized_client" || re.ErrorCode == "invalid_client") {
			reason := re.ErrorCode
			if re.ErrorDescription != "" {
				reason += ": " + firstLine(re.ErrorDescription)
			}
			return s.fail(reason)
		}
		return fmt.Errorf("mailauth: refresh the access token at %s: %w", s.o.Config.Endpoint.TokenURL, describe(err))
	}
	if tok.RefreshToken != "" && tok.RefreshToken != rt {
		scopes, _ := tok.Extra("scope").(string)
		if err := s.o.Store.SaveGrant(ctx, s.o.Account, tok.RefreshToken, scopes); err != nil {
			return fmt.Errorf("mailauth: store the rotated refresh token: %w", err)
		}
	}
	s.tok = tok
	s.lifetime = 0
	if !tok.Expiry.IsZero() {
		// oauth2 sets Expiry from the wall clock; it is kept on o.Clock.
		s.lifetime = time.Until(tok.Expiry).Round(time.Second)
		tok.Expiry = now.Add(s.lifetime)
	}
	s.log.Debug("oauth2: access token refreshed", "expires_in", s.lifetime.Round(time.Second))
	return nil
}

// fail records that the grant is gone. Called with mu held.
func (s *Source) fail(reason string) error {
	if s.grantErr == nil {
		s.grantErr = &GrantError{Account: s.o.Account, Reason: reason}
		close(s.dead)
		s.log.Debug("oauth2: the grant no longer works", "reason", reason)
	}
	return s.grantErr
}

// Keep refreshes the access token before each expiry until ctx is done, so
// that a login never waits for a refresh and a revoked grant is noticed even
// when no login is due. It returns the *GrantError when the grant is gone
// (here or in a Token call), and nil when ctx is done. Other refresh failures
// are retried with a doubling wait.
func (s *Source) Keep(ctx context.Context) error {
	retry := RetryMin
	for {
		s.mu.Lock()
		d := s.refreshAt().Sub(s.o.Clock())
		s.mu.Unlock()
		if d > 0 {
			// The wait ends early when a Token call finds the grant gone.
			wctx, cancel := context.WithCancel(ctx)
			go func() {
				select {
				case <-s.dead:
					cancel()
				case <-wctx.Done():
				}
			}()
			_ = s.o.Wait(wctx, d)
			cancel()
			if ctx.Err() != nil && s.Err() == nil {
				return nil
			}
		}
		if err := s.Err(); err != nil {
			return err
		}
		s.mu.Lock()
		err := error(nil)
		if !s.o.Clock().Before(s.refreshAt()) {
			err = s.refresh(ctx)
		}
		s.mu.Unlock()
		var ge *GrantError
		switch {
		case errors.As(err, &ge):
			return ge
		case ctx.Err() != nil:
			return nil
		case err != nil:
			s.log.Warn("oauth2: refresh failed, trying again", "err", err, "in", retry)
			if s.o.Wait(ctx, retry) != nil {
				return s.errOrNil()
			}
			retry = min(2*retry, RetryMax)
		default:
			retry = RetryMin
		}
	}
}

// Err returns the *GrantError once the grant is gone, else nil.
func (s *Source) Err() *GrantError {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.grantErr
}

func (s *Source) errOrNil() error {
	if e := s.Err(); e != nil {
		return e
	}
	return nil
}
