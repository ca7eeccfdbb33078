package mailauth

import (
	"errors"
	"fmt"

	"github.com/emersion/go-sasl"
)

// SASL mechanism names.
const (
	XOAuth2     = "XOAUTH2"
	OAuthBearer = sasl.OAuthBearer // RFC 7628
)

// NewXOAuth2Client returns a SASL client for XOAUTH2, the mechanism Google and
// Microsoft document for IMAP and SMTP: one initial response,
// "user=USER^Aauth=Bearer TOKEN^A^A". go-sasl has no client for it.
func NewXOAuth2Client(user, token string) sasl.Client {
	return &bearerClient{mech: XOAuth2, ir: []byte("user=" + user + "\x01auth=Bearer " + token + "\x01\x01")}
}

// NewOAuthBearerClient returns a SASL client for OAUTHBEARER (RFC 7628).
func NewOAuthBearerClient(user, token, host string, port int) sasl.Client {
	_, ir, _ := sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: user, Token: token, Host: host, Port: port}).Start()
	return &bearerClient{mech: OAuthBearer, ir: ir}
}

// bearerClient sends the token in its initial response. A server that refuses
// the token answers with a challenge holding a JSON error (RFC 7628 section
// 3.2.2; XOAUTH2 does the same): the client must answer it, with ^A for
// OAUTHBEARER and an empty response for XOAUTH2, for the server to end the
// exchange with its failure reply. go-sasl's OAUTHBEARER client returns an
// error instead, which would leave the command hanging.
type bearerClient struct {
	mech string
	ir   []byte
	done bool
	// Refusal is the server's JSON error, when it sent one.
	Refusal string
}

// Start returns the mechanism and the initial response.
func (c *bearerClient) Start() (string, []byte, error) { return c.mech, c.ir, nil }

// Next answers the server's error challenge so that it can fail the exchange.
func (c *bearerClient) Next(challenge []byte) ([]byte, error) {
	if c.done {
		return nil, errors.New("mailauth: the server sent a second challenge")
	}
	c.done = true
	c.Refusal = fmt.Sprintf("%.200s", challenge)
	if c.mech == OAuthBearer {
		return []byte{0x01}, nil
	}
	return []byte{}, nil
}

// ChooseMechanism picks the SASL mechanism for a server that advertises mechs
// (the IMAP AUTH= capabilities, or the SMTP AUTH keywords): XOAUTH2 when it is
// offered (what Microsoft 365 and Gmail document and support, and all that
// Microsoft offers), else OAUTHBEARER; "" when neither is.
func ChooseMechanism(mechs []string) string {
	has := func(m string) bool {
		for _, x := range mechs {
			if x == m {
				return true
			}
		}
		return false
	}
	switch {
	case has(XOAuth2):
		return XOAuth2
	case has(OAuthBearer):
		return OAuthBearer
	}
	return ""
}

// Client is a SASL client (go-sasl's), named here so that callers need not import go-sasl.
type Client = sasl.Client
