package service

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"golang.org/x/oauth2"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailauth"
	"github.com/mentormail/mentormail/store"
)

// OAuth2Config is the [oauth2] section as golang.org/x/oauth2 wants it. The
// client id and secret travel in the form (RFC 6749 section 2.3.1 allows it;
// Microsoft's and Google's public clients need it so).
func OAuth2Config(cfg *config.Config) *oauth2.Config {
	o := cfg.OAuth2
	return &oauth2.Config{ClientID: o.ClientID, ClientSecret: o.ClientSecret, Scopes: o.Scopes,
		Endpoint: oauth2.Endpoint{DeviceAuthURL: o.DeviceAuthURL, TokenURL: o.TokenURL, AuthStyle: oauth2.AuthStyleInParams}}
}

// Grants is the store as the token source's GrantStore.
type Grants struct{ Store *store.Store }

// Grant returns the account's refresh token, or an error wrapping mailauth.ErrNoGrant.
func (g Grants) Grant(ctx context.Context, account string) (string, error) {
	rt, err := g.Store.Grant(ctx, account)
	if errors.Is(err, store.ErrNoGrant) {
		return "", mailauth.ErrNoGrant
	}
	return rt, err
}

// SaveGrant stores the account's refresh token, sealed.
func (g Grants) SaveGrant(ctx context.Context, account, refreshToken, scopes string) error {
	return g.Store.SaveGrant(ctx, account, refreshToken, scopes)
}

// NewTokenSource returns the token source of the configured OAuth2 mailbox, or
// nil when neither server logs in with OAuth2.
func NewTokenSource(cfg *config.Config, s *store.Store, log *slog.Logger) *mailauth.Source {
	if !cfg.UsesOAuth2() {
		return nil
	}
	return mailauth.NewSource(mailauth.SourceOptions{Config: OAuth2Config(cfg), Account: cfg.OAuth2Account(),
		Store: Grants{s}, Logger: log})
}

// signInLost tells the committee, by email, that the OAuth2 sign-in stopped
// working, when the SMTP server still takes the program's mail (it logs in
// with a password). When SMTP itself used the grant there is no way to send,
// and the one line serve prints is all there is.
func (a *Service) signInLost(ge *mailauth.GrantError) {
	if a.Config.SMTP.Auth == config.AuthOAuth2 {
		return
	}
	if err := a.Program.SignInLost(ge.Account, ge.Reason); err != nil {
		a.Log.Error("unable to tell the committee the sign-in was lost", "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), signInAlertTimeout)
	defer cancel()
	defer a.Sender.Close() // Run has returned: nothing else will use the connection
	if n, err := a.Sender.RunOnce(ctx); err != nil || n == 0 {
		a.Log.Error("unable to email the committee that the sign-in was lost", "err", err, "sent", n)
		return
	}
	a.Log.Info("the committee was told by email that the OAuth2 sign-in was lost")
}

// signInAlertTimeout bounds sending the committee the sign-in alert on the way out.
const signInAlertTimeout = 3 * time.Minute
