package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"time"

	mail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// Deadlines of the SMTP conversation: every network wait has one.
const (
	// dialTimeout bounds connecting, the greeting, EHLO, STARTTLS and AUTH together.
	dialTimeout = 30 * time.Second
	// commandTimeout bounds one command and its reply: MAIL, RCPT, DATA, RSET, QUIT.
	commandTimeout = 30 * time.Second
	// dataTimeout bounds writing a message and reading the server's final reply.
	// RFC 5321 section 4.5.3.2.6 lets a relay wait 10 minutes; a submission server
	// that has not answered in two is treated as gone, and the message is retried.
	dataTimeout = 2 * time.Minute
	// messageBudget is the longest one message can take, a re-dial included,
	// and the NOOP that checks a kept connection first (sender_keep.go).
	messageBudget = noopTimeout + dialTimeout + 3*commandTimeout + dataTimeout
	// maxDials is how many connections one batch may open: the first, and one more
	// if that one dies mid-batch.
	maxDials = 2
)

// SMTP commands, as named in SendError.Command.
const (
	CmdDial = "DIAL" // connecting, EHLO, STARTTLS or AUTH
	CmdMail = "MAIL"
	CmdRcpt = "RCPT"
	CmdData = "DATA" // the DATA command, the content, or the reply to its end
)

// SendError is why a message was not sent, typed so the caller can decide: a
// permanent error fails the row at once, a temporary one is retried.
type SendError struct {
	// Permanent is true for a 5xx reply to RCPT or DATA (RFC 5321 section 4.2.1) and
	// for a message refused before sending. 4xx replies, network errors, and 5xx
	// replies to the connection or MAIL (the sender's setup, not the message, is at
	// fault) are temporary.
	Permanent bool
	Code      int    // the SMTP reply code; 0 when there was no reply
	Enhanced  string // the RFC 3463 enhanced status code, e.g. "5.1.1", when given
	Command   string // CmdDial, CmdMail, CmdRcpt, CmdData; "" if refused before SMTP
	Msg       string // the server's reply text (which may quote the address) or the cause
	Err       error  // the underlying error, if any
}

// Error returns the command, the code and the reply.
func (e *SendError) Error() string {
	switch {
	case e.Command == "":
		return "mailer: message refused: " + e.Msg
	case e.Code == 0:
		return "mailer: smtp " + e.Command + ": " + e.Msg
	}
	return fmt.Sprintf("mailer: smtp %s: %d %s", e.Command, e.Code, e.Msg)
}

// Unwrap returns the underlying error.
func (e *SendError) Unwrap() error { return e.Err }

// Rejected reports whether the recipient's side refused the message for good (a 5xx
// reply), as opposed to a refusal before sending or giving up on temporary errors.
func (e *SendError) Rejected() bool { return e.Permanent && e.Code >= 500 }

// BadRecipient reports whether the server refused the recipient's address itself:
// a 5xx reply to RCPT with an RFC 3463 address status (5.1.x, or 5.2.1 disabled
// mailbox), or, without one, 550, 551 or 553.
func (e *SendError) BadRecipient() bool {
	if !e.Rejected() || e.Command != CmdRcpt {
		return false
	}
	if e.Enhanced != "" && e.Enhanced != "5.0.0" {
		return strings.HasPrefix(e.Enhanced, "5.1.") || e.Enhanced == "5.2.1"
	}
	return e.Code == 550 || e.Code == 551 || e.Code == 553
}

var enhancedRE = regexp.MustCompile(`^[245]\.\d{1,3}\.\d{1,3}\b`)

// replyError types err from the SMTP command cmd.
func replyError(cmd string, err error) *SendError {
	var tp *textproto.Error
	if !errors.As(err, &tp) {
		return &SendError{Command: cmd, Msg: err.Error(), Err: err}
	}
	msg := strings.Join(strings.Fields(tp.Msg), " ")
	return &SendError{
		Permanent: tp.Code >= 500 && (cmd == CmdRcpt || cmd == CmdData),
		Code:      tp.Code, Enhanced: enhancedRE.FindString(msg), Command: cmd, Msg: msg, Err: err,
	}
}

// envelope is the SMTP envelope of a message: the addresses in angle brackets.
type envelope struct {
	from, to string
	utf8     bool // an address is not ASCII: MAIL FROM asks for SMTPUTF8
}

// conn is an SMTP connection, dialled when a round first needs it and kept
// between rounds while it stays clean (sender_keep.go).
type conn struct {
	s *Sender
	// stopping is the sender's context: once it ends, no connection is redialled
	// and QUIT is short.
	stopping context.Context
	cl       *smtp.Client
	raw      net.Conn
	stop     func() bool // stops closing raw when the round's context ends
	dials    int         // connections opened in this round
	dialErr  error       // a failed dial is not repeated within the batch
	used     bool        // the connection has carried a transaction
	// carried is set while a connection kept from an earlier round has not yet
	// been checked in this one.
	carried   bool
	born      time.Time // when it was dialled
	idleSince time.Time // when the round that kept it ended
	revived   bool      // this round took it over after a NOOP
	token     string    // the OAuth2 access token it logged in with
}

// dial connects, says EHLO, starts TLS as configured and authenticates.
func (c *conn) dial(ctx context.Context) error {
	c.dials++
	s := c.s
	outer := ctx
	dialFn := func(ctx context.Context, network, addr string) (net.Conn, error) {
		var d net.Dialer
		nc, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		// Closing the socket when the caller's context ends unblocks any wait.
		c.raw, c.stop = nc, context.AfterFunc(outer, func() { nc.Close() })
		if s.opts.TLS != TLSImplicit {
			return nc, nil
		}
		tc := tls.Client(nc, s.tlsConf)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, fmt.Errorf("TLS handshake: %w", err)
		}
		return tc, nil
	}
	policy := mail.NoTLS // TLSNone; TLSImplicit is done by dialFn
	if s.opts.TLS == TLSStartTLS {
		policy = mail.TLSMandatory
	}
	opts := []mail.Option{
		mail.WithPort(s.port), mail.WithTimeout(dialTimeout), mail.WithTLSPolicy(policy),
		mail.WithTLSConfig(s.tlsConf), mail.WithDialContextFunc(dialFn),
	}
	if s.opts.HeloName != "" {
		opts = append(opts, mail.WithHELO(s.opts.HeloName))
	}
	switch {
	case s.opts.Token != nil:
		// XOAUTH2, as Microsoft 365 and Gmail document it: the access token is the password.
		tok, err := s.opts.Token(ctx)
		if err != nil {
			c.dialErr = &SendError{Command: CmdDial, Msg: err.Error(), Err: err}
			return c.dialErr
		}
		c.token = tok
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthXOAUTH2), mail.WithUsername(s.opts.Username), mail.WithPassword(tok))
	case s.opts.Username != "":
		opts = append(opts, mail.WithSMTPAuthCustom(&plainOrLogin{
			user: s.opts.Username, pass: s.opts.Password, host: s.host, plaintext: s.opts.TLS == TLSNone}))
	}
	client, err := mail.NewClient(s.host, opts...)
	if err == nil {
		ctx, cancel := context.WithTimeout(ctx, dialTimeout)
		defer cancel()
		c.cl, err = client.DialToSMTPClientWithContext(ctx)
	}
	if err != nil {
		c.drop()
		c.dialErr = replyError(CmdDial, err) // temporary, whatever the code
		return c.dialErr
	}
	c.used, c.born = false, time.Now()
	c.s.log.Debug("connected", "addr", s.opts.Addr, "tls", s.opts.TLS.String(), "dial", c.dials)
	return nil
}

// drop closes the connection without QUIT, after a network error.
func (c *conn) drop() {
	if c.raw == nil {
		return
	}
	if c.stop != nil {
		c.stop()
	}
	c.raw.Close()
	c.cl, c.raw = nil, nil
}

// close says QUIT and closes the connection.
func (c *conn) close() {
	quit := commandTimeout
	if c.isStopping() {
		quit = quitTimeout
	}
	c.quit(quit)
}

// quit says QUIT, waiting at most timeout for the answer, and closes the
// connection.
func (c *conn) quit(timeout time.Duration) {
	if c.cl == nil {
		return
	}
	if c.cl.UpdateDeadline(timeout) == nil {
		_ = c.cl.Quit()
	}
	c.drop()
}

func (c *conn) isStopping() bool { return c.stopping != nil && c.stopping.Err() != nil }

// send delivers one message, dialling first if needed. A network error on a
// connection reused from an earlier message, before the server could have taken
// the message, is the server having closed an idle connection: the message is
// tried once more on a new connection. Any other network error is returned (the
// caller retries later), and the next message dials again.
func (c *conn) send(ctx context.Context, env envelope, m io.WriterTo) (int64, error) {
	for {
		if c.cl != nil && c.carried {
			if err := c.revive(ctx); err != nil {
				c.s.log.Debug("the kept connection is not reused; dialling again", "why", err)
			}
		}
		if c.cl == nil {
			if c.dialErr != nil {
				return 0, c.dialErr
			}
			if c.dials >= maxDials {
				return 0, &SendError{Command: CmdDial, Msg: "the connection was lost twice in one batch"}
			}
			if err := c.dial(ctx); err != nil {
				return 0, err
			}
		}
		reused := c.used
		n, err := c.transact(env, m)
		if err == nil {
			c.used = true
			return n, nil
		}
		if err.Code == 0 {
			c.drop()
			if reused && err.Command == CmdMail && c.dials < maxDials && ctx.Err() == nil && !c.isStopping() {
				continue
			}
			return n, err
		}
		c.used = true
		// RFC 5321 section 4.1.1.5: RSET aborts the refused transaction.
		if c.cl.UpdateDeadline(commandTimeout) != nil || c.cl.Reset() != nil {
			c.drop()
		}
		return n, err
	}
}

// transact runs MAIL, RCPT and DATA (RFC 5321 section 3.3) and returns the
// message's size.
func (c *conn) transact(env envelope, m io.WriterTo) (int64, *SendError) {
	if err := c.cl.UpdateDeadline(commandTimeout); err != nil {
		return 0, replyError(CmdMail, err)
	}
	// RFC 6531: SMTPUTF8 only when an address needs it.
	c.cl.SkipSMTPUTF8(!env.utf8)
	if err := c.cl.Mail(env.from); err != nil {
		return 0, replyError(CmdMail, err)
	}
	if err := c.cl.Rcpt(env.to); err != nil {
		return 0, replyError(CmdRcpt, err)
	}
	w, err := c.cl.Data()
	if err != nil {
		return 0, replyError(CmdData, err)
	}
	if err := c.cl.UpdateDeadline(dataTimeout); err != nil {
		return 0, replyError(CmdData, err)
	}
	n, err := m.WriteTo(w)
	if err != nil {
		return n, replyError(CmdData, err)
	}
	// The reply to the final "." is the server taking responsibility for the
	// message. No reply (the connection dropped) is not a refusal: the row is
	// retried with the same Message-ID, so at worst the recipient gets a duplicate
	// that clients collapse.
	if err := w.Close(); err != nil {
		return n, replyError(CmdData, err)
	}
	return n, nil
}

// plainOrLogin authenticates with AUTH PLAIN (RFC 4616), or LOGIN where the server
// offers only that, choosing once the server's mechanisms are known.
type plainOrLogin struct {
	user, pass, host string
	plaintext        bool // TLSNone: the configuration allows credentials in plain text
	inner            smtp.Auth
}

// Start picks the mechanism and starts it.
func (a *plainOrLogin) Start(si *smtp.ServerInfo) (string, []byte, error) {
	switch {
	case slices.Contains(si.Auth, "PLAIN"):
		a.inner = smtp.PlainAuth("", a.user, a.pass, a.host, a.plaintext)
	case slices.Contains(si.Auth, "LOGIN"):
		a.inner = smtp.LoginAuth(a.user, a.pass, a.host, a.plaintext)
	default:
		return "", nil, fmt.Errorf("mailer: the server offers no PLAIN or LOGIN authentication (offers %q)", strings.Join(si.Auth, " "))
	}
	return a.inner.Start(si)
}

// Next continues the chosen mechanism.
func (a *plainOrLogin) Next(fromServer []byte, more bool) ([]byte, error) {
	return a.inner.Next(fromServer, more)
}
