// Package service assembles mentormail from a configuration: the store, the
// program's rules, the IMAP inbox and the SMTP sender, and runs them together.
package service

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"sync"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/console"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// CalendarInterval is how often the service looks for scheduled mail that is due.
const CalendarInterval = time.Minute

// Service is mentormail wired from a configuration.
type Service struct {
	Config *config.Config
	Log    *slog.Logger
	Store  *store.Store
	// Program applies replies and runs the calendar.
	Program *program.Program
	// Inbox reads replies; Sender delivers the outbox.
	Inbox  *mailer.Inbox
	Sender *mailer.Sender
	// Console is the committee's web console, nil unless [console] addr is set;
	// it listens from New on.
	Console   *console.Server
	consoleLn net.Listener
	wake      chan struct{}
}

// Options are what the demo and tests change: the clock, and the sender's and
// inbox's timing. The zero value is the production service.
type Options struct {
	// Clock is the program's and sender's clock; nil means time.Now.
	Clock func() time.Time
	// IdleRefresh overrides the inbox's IDLE refresh period.
	IdleRefresh time.Duration
	// Backoff overrides the sender's retry schedule.
	Backoff mailer.Backoff
}

// TLSMode maps a configured TLS name to the mailer's mode; anything unknown is
// the secure default, mandatory STARTTLS (the config validates the names).
func TLSMode(s string) mailer.TLSMode {
	switch s {
	case config.TLSImplicit:
		return mailer.TLSImplicit
	case config.TLSNone:
		return mailer.TLSNone
	}
	return mailer.TLSStartTLS
}

// TLSConfig builds the TLS configuration for one mail server from its section's
// fields: the system's roots, plus the certificates in caFile when it is set, and
// serverName as the name the certificate is verified against ("" lets the mailer
// use the host of the address). It returns nil for tls = "none". Verification
// is never skipped.
func TLSConfig(mode, caFile, serverName string) (*tls.Config, error) {
	if mode == config.TLSNone {
		return nil, nil
	}
	tc := &tls.Config{ServerName: serverName, MinVersion: tls.VersionTLS12}
	if caFile == "" {
		return tc, nil // nil RootCAs: the system's roots
	}
	certs, err := config.ReadCAFile(caFile)
	if err != nil {
		return nil, err
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		// No system store on this platform: the file's authorities alone.
		pool = x509.NewCertPool()
	}
	for _, c := range certs {
		pool.AddCert(c)
	}
	tc.RootCAs = pool
	return tc, nil
}

// OpenStore opens the configured database with the configured notes key.
func OpenStore(cfg *config.Config, log *slog.Logger) (*store.Store, error) {
	key, err := cfg.NotesKeyBytes()
	if err != nil {
		return nil, err
	}
	return store.Open(store.Options{Path: cfg.Store.Path, Key: key, Logger: log})
}

// NewProgram builds the program's rules over an open store.
func NewProgram(cfg *config.Config, s *store.Store, log *slog.Logger, clock func() time.Time, notify func()) (*program.Program, error) {
	cat, err := topics.Load(cfg.Program.TopicsFile)
	if err != nil {
		return nil, err
	}
	tpl, err := templates.New(templates.Options{ProgramName: cfg.Program.Name, Topics: cat})
	if err != nil {
		return nil, err
	}
	tok, err := mailer.NewTokens(cfg.SecretBytes())
	if err != nil {
		return nil, err
	}
	addr, err := mailer.ParseAddress(cfg.Program.Address)
	if err != nil {
		return nil, err
	}
	return program.New(program.Options{Store: s, Templates: tpl, Topics: cat, Tokens: tok, Address: addr,
		FromName: cfg.Program.Name, CommitteeAddress: cfg.Program.CommitteeAddress,
		CommitteeMembers: cfg.Program.CommitteeMembers, SendHour: cfg.Program.SendHour, Location: cfg.Location(),
		DailyAnswerCap: cfg.Program.DailyAnswerCap, PlainReplyTo: cfg.Program.PlainReplyTo, RetentionDays: cfg.Program.RetentionDays, Clock: clock, Logger: log,
		Notify: notify})
}

// New wires the whole service. Nothing connects yet: call Check, then Run.
func New(cfg *config.Config, log *slog.Logger, o Options) (*Service, error) {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	a := &Service{Config: cfg, Log: log, wake: make(chan struct{}, 1)}
	s, err := OpenStore(cfg, log)
	if err != nil {
		return nil, err
	}
	a.Store = s
	notify := func() {
		select {
		case a.wake <- struct{}{}:
		default:
		}
	}
	if a.Program, err = NewProgram(cfg, s, log, o.Clock, notify); err != nil {
		s.Close()
		return nil, err
	}
	imapTLS, err := TLSConfig(cfg.IMAP.TLS, cfg.IMAP.CAFile, cfg.IMAP.ServerName)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("service: imap.ca_file: %w", err)
	}
	smtpTLS, err := TLSConfig(cfg.SMTP.TLS, cfg.SMTP.CAFile, cfg.SMTP.ServerName)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("service: smtp.ca_file: %w", err)
	}
	from := (&mail.Address{Name: cfg.Program.Name, Address: cfg.Program.Address}).String()
	q := program.NewOutboxQueue(s, from)
	q.OnFailed = a.Program.DeliveryFailed
	a.Sender, err = mailer.NewSender(mailer.SenderOptions{Addr: cfg.SMTP.Addr, Username: cfg.SMTP.Username,
		Password: cfg.SMTP.Password, TLS: TLSMode(cfg.SMTP.TLS), TLSConfig: smtpTLS, HeloName: cfg.SMTP.HELO, Queue: q,
		Clock: o.Clock, Logger: log.With("component", "sender"), Backoff: o.Backoff})
	if err != nil {
		s.Close()
		return nil, err
	}
	a.Inbox, err = mailer.NewInbox(mailer.InboxOptions{Addr: cfg.IMAP.Addr, Username: cfg.IMAP.Username,
		Password: cfg.IMAP.Password, TLS: TLSMode(cfg.IMAP.TLS), TLSConfig: imapTLS, Mailbox: cfg.IMAP.Mailbox,
		Processed: cfg.IMAP.Processed, Quarantine: cfg.IMAP.Quarantine, MaxSize: cfg.Program.MaxMessageBytes,
		PollInterval: cfg.IMAP.PollInterval, IdleRefresh: o.IdleRefresh, Handler: a.Program, Cursors: s,
		Logger: log.With("component", "inbox")})
	if err != nil {
		s.Close()
		return nil, err
	}
	if cfg.Console.Addr != "" {
		if err := a.startConsole(); err != nil {
			s.Close()
			return nil, err
		}
	}
	return a, nil
}

// startConsole listens on the console's address and builds it. A loopback
// address with port 0 (serve --dev, tests) gets a free port, and the public URL
// follows it.
func (a *Service) startConsole() error {
	c := &a.Config.Console
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return fmt.Errorf("service: console.addr: %w", err)
	}
	if _, port, _ := net.SplitHostPort(c.Addr); port == "0" && c.PublicURL == "http://"+c.Addr {
		c.PublicURL = "http://" + ln.Addr().String()
	}
	a.Console, err = console.New(console.Options{Program: a.Program, PublicURL: c.PublicURL,
		Logger: a.Log.With("component", "console")})
	if err != nil {
		ln.Close()
		return err
	}
	a.consoleLn = ln
	return nil
}

// ConsoleURL returns the console's public URL, or "" when it is off.
func (a *Service) ConsoleURL() string {
	if a.Console == nil {
		return ""
	}
	return a.Console.PublicURL()
}

// checkTimeout bounds the start-up checks of the mail servers.
const checkTimeout = 30 * time.Second

// Check connects to both mail servers and logs in, so a bad address or password
// is a clear error at start rather than a retry loop.
func (a *Service) Check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	if err := a.Inbox.Check(ctx); err != nil {
		return fmt.Errorf("IMAP %s: %w%s", a.Config.IMAP.Addr, err, certHint(err, "imap"))
	}
	if err := a.Sender.Check(ctx); err != nil {
		return fmt.Errorf("SMTP %s: %w%s", a.Config.SMTP.Addr, err, certHint(err, "smtp"))
	}
	return nil
}

// certHint says which fields to look at when err is a rejected server
// certificate, and nothing otherwise.
func certHint(err error, section string) string {
	var cv *tls.CertificateVerificationError
	if !errors.As(err, &cv) {
		return ""
	}
	return fmt.Sprintf(" (the server's certificate is not trusted: set %[1]s.ca_file to the authority that signed it, "+
		"or %[1]s.server_name to a name it is issued for)", section)
}

// Run runs the inbox, the sender and the calendar until ctx is done, then waits
// for each to finish what it is doing.
func (a *Service) Run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := a.Inbox.Run(ctx); err != nil && ctx.Err() == nil {
			a.Log.Error("inbox stopped", "err", err)
		}
	})
	wg.Go(func() { a.Sender.Run(ctx, a.wake) })
	wg.Go(func() { a.Program.RunCalendar(ctx, CalendarInterval) })
	if a.Console != nil {
		wg.Go(func() {
			if err := a.Console.Serve(ctx, a.consoleLn); err != nil {
				a.Log.Error("console stopped", "err", err)
			}
		})
	}
	wg.Wait()
}

// Close closes the store, and the console's listener if it never served.
func (a *Service) Close() error {
	if a.consoleLn != nil {
		a.consoleLn.Close()
	}
	return a.Store.Close()
}
