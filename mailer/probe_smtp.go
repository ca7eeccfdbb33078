package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/wneessen/go-mail/smtp"
)

// SMTPProbe is an SMTP connection opened step by step, for checking a configuration.
type SMTPProbe struct {
	cl   *smtp.Client
	raw  net.Conn
	stop func() bool
}

// Probe connects as the sender would, reporting each step: EHLO (with what
// the server offers), STARTTLS, AUTH. It returns an open connection, or the
// error of the step that failed (already reported).
func (s *Sender) Probe(ctx context.Context, report func(SMTPStep)) (*SMTPProbe, error) {
	var d net.Dialer
	dctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	nc, err := d.DialContext(dctx, "tcp", s.opts.Addr)
	if err != nil {
		report(SMTPStep{Name: "connect", Err: err})
		return nil, err
	}
	p := &SMTPProbe{raw: nc, stop: context.AfterFunc(ctx, func() { nc.Close() })}
	fail := func(step string, err error) (*SMTPProbe, error) {
		report(SMTPStep{Name: step, Err: err})
		p.Close()
		return nil, probeErr(step, err)
	}
	nc.SetDeadline(time.Now().Add(dialTimeout))
	var conn net.Conn = nc
	if s.opts.TLS == TLSImplicit {
		tc := tls.Client(nc, s.tlsConf)
		if err := tc.HandshakeContext(dctx); err != nil {
			return fail("TLS", err)
		}
		conn = tc
	}
	if p.cl, err = smtp.NewClient(conn, s.host); err != nil {
		return fail("greeting", err)
	}
	helo := s.opts.HeloName
	if helo == "" {
		helo = "localhost"
	}
	if err := p.cl.Hello(helo); err != nil {
		return fail("EHLO", err)
	}
	report(SMTPStep{Name: "EHLO", Offers: offers(p.cl)})
	switch s.opts.TLS {
	case TLSStartTLS:
		if ok, _ := p.cl.Extension("STARTTLS"); !ok {
			return fail("STARTTLS", errors.New("the server does not offer STARTTLS (tls = starttls requires it)"))
		}
		if err := p.cl.StartTLS(s.tlsConf); err != nil {
			return fail("STARTTLS", err)
		}
		report(SMTPStep{Name: "STARTTLS", Offers: offers(p.cl)})
	case TLSImplicit:
		report(SMTPStep{Name: "STARTTLS", Skip: SkipImplicitTLS})
	default:
		report(SMTPStep{Name: "STARTTLS", Skip: SkipNoTLS})
	}
	_, mechs := p.cl.Extension("AUTH")
	var auth smtp.Auth
	var how string
	switch {
	case s.opts.Token != nil:
		tok, err := s.opts.Token(ctx)
		if err != nil {
			return fail("AUTH", err)
		}
		auth, how = smtp.XOAuth2Auth(s.opts.Username, tok), "XOAUTH2"
	case s.opts.Username != "":
		auth, how = &plainOrLogin{user: s.opts.Username, pass: s.opts.Password, host: s.host, plaintext: s.opts.TLS == TLSNone}, "password"
	default:
		report(SMTPStep{Name: "AUTH", Skip: SkipNoLogin})
		return p, nil
	}
	if err := p.cl.Auth(auth); err != nil {
		return fail("AUTH", fmt.Errorf("%s refused the login of %q with %s (offers %q): %w", s.opts.Addr, s.opts.Username, how, joinAuth(mechs), err))
	}
	report(SMTPStep{Name: "AUTH", Mechanism: how})
	return p, nil
}

// offers lists the extensions that matter here from the EHLO reply.
func offers(cl *smtp.Client) string {
	var out []string
	for _, ext := range []string{"STARTTLS", "AUTH", "SIZE", "8BITMIME", "SMTPUTF8"} {
		if ok, param := cl.Extension(ext); ok {
			if param != "" && ext == "AUTH" {
				ext += " " + joinAuth(param)
			}
			out = append(out, ext)
		}
	}
	if len(out) == 0 {
		return "no extensions"
	}
	return strings.Join(out, ", ")
}

// Send submits raw from from to to: MAIL, RCPT, DATA. The error is typed as
// the sender's are (a 5xx to RCPT is a refused recipient).
func (p *SMTPProbe) Send(from, to string, raw []byte) error {
	p.raw.SetDeadline(time.Now().Add(commandTimeout))
	if err := p.cl.Mail(from); err != nil {
		return replyError(CmdMail, err)
	}
	if err := p.cl.Rcpt(to); err != nil {
		e := replyError(CmdRcpt, err)
		p.cl.Reset()
		return e
	}
	w, err := p.cl.Data()
	if err != nil {
		return replyError(CmdData, err)
	}
	p.raw.SetDeadline(time.Now().Add(dataTimeout))
	if _, err := w.Write(raw); err != nil {
		return replyError(CmdData, err)
	}
	if err := w.Close(); err != nil {
		return replyError(CmdData, err)
	}
	return nil
}

// Close says QUIT and closes.
func (p *SMTPProbe) Close() {
	if p.cl != nil {
		p.raw.SetDeadline(time.Now().Add(commandTimeout))
		_ = p.cl.Quit()
	}
	p.stop()
	p.raw.Close()
}
