package mailer

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/mentormail/mentormail/mailauth"
)

// loginFunc returns how this inbox logs in on a greeted connection: IMAP LOGIN
// with the password, or, with a Token source, SASL XOAUTH2 (or OAUTHBEARER
// where the server offers only that) with a fresh access token. The token is
// fetched here, before the login's deadline starts.
func (in *Inbox) loginFunc(ctx context.Context) (func(c *imapclient.Client) error, error) {
	if in.opts.Token == nil {
		return func(c *imapclient.Client) error {
			return c.Login(in.opts.Username, in.opts.Password).Wait()
		}, nil
	}
	tok, err := in.opts.Token(ctx)
	if err != nil {
		return nil, fmt.Errorf("mailer: imap %s: %w", in.opts.Addr, err)
	}
	return func(c *imapclient.Client) error {
		mechs := c.Caps().AuthMechanisms()
		sc, err := saslClient(mailauth.ChooseMechanism(mechs), in.opts.Username, tok, in.opts.Addr)
		if err != nil {
			return fmt.Errorf("%w (offers %s)", err, strings.Join(mechs, " "))
		}
		in.log.Debug("inbox: authenticating", "mechanism", sc.mech)
		return c.Authenticate(sc.Client)
	}, nil
}

// namedSASL is a SASL client with its mechanism's name, for the logs.
type namedSASL struct {
	mech string
	mailauth.Client
}

// saslClient builds the client for mech, or says the server offers no OAuth2 mechanism.
func saslClient(mech, user, token, addr string) (namedSASL, error) {
	switch mech {
	case mailauth.XOAuth2:
		return namedSASL{mech, mailauth.NewXOAuth2Client(user, token)}, nil
	case mailauth.OAuthBearer:
		host, portStr, _ := net.SplitHostPort(addr)
		port, _ := strconv.Atoi(portStr)
		return namedSASL{mech, mailauth.NewOAuthBearerClient(user, token, host, port)}, nil
	}
	return namedSASL{}, fmt.Errorf("the server offers neither AUTH=%s nor AUTH=%s", mailauth.XOAuth2, mailauth.OAuthBearer)
}
