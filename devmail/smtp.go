package devmail

import (
	"crypto/subtle"
	"errors"
	"io"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const (
	// smtpReadTimeout bounds the wait for each line from an SMTP client
	// (RFC 5321 section 4.5.3.2.7 suggests 5 minutes for the server).
	smtpReadTimeout = 5 * time.Minute
	// smtpWriteTimeout bounds each reply to an SMTP client.
	smtpWriteTimeout = time.Minute
	// smtpMaxRecipients caps RCPT TO commands per message (RFC 5321 section
	// 4.5.3.1.8 asks for at least 100).
	smtpMaxRecipients = 100
)

// newSMTPServer makes the SMTP server: open to any sender, final destination
// for Domain only, AUTH PLAIN in clear (loopback only).
func (s *System) newSMTPServer() *smtp.Server {
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &smtpSession{sys: s}, nil
	}))
	srv.Domain = s.domain
	srv.MaxMessageBytes = s.maxBytes
	srv.MaxRecipients = smtpMaxRecipients
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = smtpReadTimeout
	srv.WriteTimeout = smtpWriteTimeout
	srv.ErrorLog = printfLogger{log: s.log, server: "smtp", closing: s.isClosed}
	return srv
}

// smtpSession is one SMTP transaction's envelope. Errors returned to go-smtp
// are *smtp.SMTPError values, unwrapped: go-smtp only recognises them by a
// type assertion.
type smtpSession struct {
	sys  *System
	from string
	to   []string
}

var _ smtp.AuthSession = (*smtpSession)(nil)

// Reset discards the current envelope.
func (ss *smtpSession) Reset() {
	ss.from = ""
	ss.to = nil
}

// Logout ends the session; there is nothing to free.
func (ss *smtpSession) Logout() error { return nil }

// Mail accepts any sender, authenticated or not.
func (ss *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if ss.sys.isClosed() {
		return errShuttingDown
	}
	ss.from = from
	ss.to = nil
	return nil
}

// Rcpt accepts local@Domain and local+tag@Domain for existing users.
func (ss *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if _, err := ss.sys.resolve(to); err != nil {
		ss.sys.log.Info("devmail: recipient refused", "rcpt", to, "reply", err.Error())
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

// Data reads the message (go-smtp stops it at MaxMessageBytes with 552) and
// delivers it.
func (ss *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		var smtpErr *smtp.SMTPError
		if errors.As(err, &smtpErr) {
			return smtpErr
		}
		return err
	}
	return ss.sys.deliver(ss.from, ss.to, raw)
}

// AuthMechanisms offers PLAIN, so a mail client set up with credentials
// works; authenticating is never required.
func (ss *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }

// Auth checks PLAIN credentials: a login name (local or local@Domain) and
// that user's password.
func (ss *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if identity != "" && identity != username {
			return smtp.ErrAuthFailed
		}
		acct := ss.sys.loginAccount(username)
		if acct == nil || subtle.ConstantTimeCompare([]byte(password), []byte(acct.password)) != 1 {
			return smtp.ErrAuthFailed
		}
		return nil
	}), nil
}
