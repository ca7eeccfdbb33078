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
	"github.com/mentormail/mentormail/mailauth"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// CalendarInterval is how often the service looks for scheduled mail that is due.
const CalendarInterval = time.Minute

// ShutdownGrace is how long Run waits, once its context ends, for the inbox, the
// sender and the calendar to finish what they hold: the sender's message in hand
// (mailer.DefaultDrain, 8 s, of it), the inbox's transaction. Past it Run returns
// anyway; what was cut short is safe (nothing is committed half, a row not marked
// is sent again with its Message-ID).
const ShutdownGrace = 10 * time.Second

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
	// Tokens hands out OAuth2 access tokens when a server logs in with OAuth2; nil otherwise.
	Tokens *mailauth.Source
	wake   chan struct{}
	// tick is how often the calendar ticks.
	tick   time.Duration
	grace  time.Duration
	unlock func() // frees the sender's owner lock
	// abandoned is set when Run returned with work still running past the grace.
	abandoned bool
	// Console is the committee's web console, nil unless [console] addr is set;
	// it listens from New on.
	Console   *console.Server
	consoleLn net.Listener
	// instance names this instance in the leases it takes on a shared
	// PostgreSQL database; clock, leaseTTL and leaseRetry time them.
	instance   string
	clock      func() time.Time
	leaseTTL   time.Duration
	leaseRetry time.Duration
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
	// CalendarInterval overrides how often the calendar ticks (CalendarInterval);
	// serve --dev --speed shortens it with the clock.
	CalendarInterval time.Duration
	// ParseBudget overrides how long one inbound message's parse may take
	// (program.DefaultParseBudget).
	ParseBudget time.Duration
	// ShutdownGrace overrides ShutdownGrace; the sender's drain is 4/5 of it.
	ShutdownGrace time.Duration
	// LeaseTTL overrides LeaseTTL; LeaseRetry, how often an instance renews its
	// leases or tries to take one (default a third of LeaseTTL).
	LeaseTTL, LeaseRetry time.Duration
}

// LeaseTTL is how long an instance on a shared PostgreSQL database holds the
// mailbox's lease and its sender's heartbeat without renewing them: when it
// dies, another instance takes over the mailbox and its claimed outbox rows
// within LeaseTTL plus LeaseTTL/3. On SQLite there is one instance and no
// lease. The configuration's store.lease_ttl sets it.
const LeaseTTL = config.DefaultLeaseTTL

// Lease names.
const (
	inboxLease    = "inbox"
	calendarLease = "calendar"
)

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
	return newProgram(cfg, s, log, clock, notify, 0)
}

func newProgram(cfg *config.Config, s *store.Store, log *slog.Logger, clock func() time.Time, notify func(), budget time.Duration) (*program.Program, error) {
	cat, err := topics.Load(cfg.Program.TopicsFile)
	if err != nil {
		return nil, err
	}
	tpl, err := templates.New(templates.Options{ProgramName: cfg.Program.Name, ProgramNameFR: cfg.Program.NameIn("fr"),
		ProgramAddress: cfg.Program.Address, Topics: cat})
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
		CommitteeMembers: cfg.Program.CommitteeMembers, CommitteeLanguage: cfg.Program.CommitteeLanguage, SendHour: cfg.Program.SendHour, Location: cfg.Location(),
		DailyAnswerCap: cfg.Program.DailyAnswerCap, PlainReplyTo: cfg.Program.PlainReplyTo, RetentionDays: cfg.Program.RetentionDays, PrepDays: cfg.Program.PrepDays, NoLetters: cfg.Program.NoLetters, Clock: clock, Logger: log,
		Notify: notify, ParseBudget: budget})
}

// New wires the whole service. Nothing connects yet: call Check, then Run.
func New(cfg *config.Config, log *slog.Logger, o Options) (*Service, error) {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = ShutdownGrace
	}
	a := &Service{Config: cfg, Log: log, wake: make(chan struct{}, 1), tick: o.CalendarInterval, grace: o.ShutdownGrace, unlock: func() {}}
	if a.tick <= 0 {
		a.tick = CalendarInterval
	}
	a.clock, a.leaseTTL, a.leaseRetry = o.Clock, o.LeaseTTL, o.LeaseRetry
	if a.leaseTTL <= 0 {
		a.leaseTTL = cfg.Store.LeaseTTL
	}
	if a.leaseTTL <= 0 {
		a.leaseTTL = LeaseTTL
	}
	if a.leaseRetry <= 0 {
		a.leaseRetry = a.leaseTTL / 3
	}
	a.instance = instanceName()
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
	if a.Program, err = newProgram(cfg, s, log, o.Clock, notify, o.ParseBudget); err != nil {
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
	a.Tokens = NewTokenSource(cfg, s, log)
	var imapToken, smtpToken func(context.Context) (string, error)
	if cfg.IMAP.Auth == config.AuthOAuth2 {
		imapToken = a.Tokens.Token
	}
	if cfg.SMTP.Auth == config.AuthOAuth2 {
		smtpToken = a.Tokens.Token
	}
	from := (&mail.Address{Name: cfg.Program.Name, Address: cfg.Program.Address}).String()
	q := program.NewOutboxQueue(s, from)
	q.OnFailed = a.Program.DeliveryFailed
	owner, unlock, oerr := senderOwner(cfg.Store.Path)
	if oerr != nil {
		log.Warn("the sender runs under a name of its own; after a crash its leases wait for their expiry", "err", oerr)
	}
	a.unlock = unlock
	q.FromByLang = map[string]string{"fr": (&mail.Address{Name: cfg.Program.NameIn("fr"), Address: cfg.Program.Address}).String()}
	q.Unsubscribe = a.Program.ListUnsubscribe
	a.Sender, err = mailer.NewSender(mailer.SenderOptions{Addr: cfg.SMTP.Addr, Username: cfg.SMTP.Username,
		Password: cfg.SMTP.Password, Token: smtpToken, TLS: TLSMode(cfg.SMTP.TLS), TLSConfig: smtpTLS, HeloName: cfg.SMTP.HELO, Queue: q,
		Owner: owner, Drain: o.ShutdownGrace * 4 / 5,
		Clock: o.Clock, Logger: log.With("component", "sender"), Backoff: o.Backoff})
	if err != nil {
		unlock()
		s.Close()
		return nil, err
	}
	a.Inbox, err = mailer.NewInbox(mailer.InboxOptions{Addr: cfg.IMAP.Addr, Username: cfg.IMAP.Username,
		Password: cfg.IMAP.Password, Token: imapToken, TLS: TLSMode(cfg.IMAP.TLS), TLSConfig: imapTLS, Mailbox: cfg.IMAP.Mailbox,
		Processed: cfg.IMAP.Processed, Quarantine: cfg.IMAP.Quarantine, MaxSize: cfg.Program.MaxMessageBytes,
		PollInterval: cfg.IMAP.PollInterval, IdleRefresh: o.IdleRefresh, Handler: a.Program, Cursors: s,
		Logger: log.With("component", "inbox")})
	if err != nil {
		unlock()
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
		if ge := a.grantError(); ge != nil {
			return ge
		}
		return fmt.Errorf("IMAP %s: %w%s", a.Config.IMAP.Addr, err, certHint(err, "imap"))
	}
	if err := a.Sender.Check(ctx); err != nil {
		if ge := a.grantError(); ge != nil {
			return ge
		}
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

// grantError is the OAuth2 grant's failure, once the token source has one.
func (a *Service) grantError() error {
	if a.Tokens == nil {
		return nil
	}
	if ge := a.Tokens.Err(); ge != nil {
		return ge
	}
	return nil
}

// Run runs the inbox, the sender and the calendar until ctx is done, then waits
// for each to finish what it is doing, for at most the shutdown grace
// (ShutdownGrace): it returns within that time of ctx ending, whatever the
// inbox, a parse or the SMTP server is doing. With OAuth2 it also keeps the
// access token fresh; when the provider no longer honours the grant, everything
// stops and Run returns the *mailauth.GrantError, whose message says to run
// `mentormail auth` again. Otherwise it returns nil.
func (a *Service) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	if a.Tokens != nil {
		wg.Go(func() {
			if err := a.Tokens.Keep(ctx); err != nil {
				cancel(err)
			}
		})
	}
	if a.Store.Dialect() == store.Postgres {
		// Instances may share the database: the inbox and the calendar run
		// under leases; the sender's claims lock rows (store.ClaimDue).
		wg.Go(func() { a.runInboxLeased(ctx) })
		wg.Go(func() { a.runCalendarLeased(ctx) })
		// The sender's heartbeat keeps its claimed rows its own, and frees
		// those of dead instances; the first beat goes before the first claim.
		a.beat()
		wg.Go(func() { a.runHeartbeat(ctx) })
	} else {
		wg.Go(func() { a.runInbox(ctx) })
		wg.Go(func() { a.Program.RunCalendar(ctx, a.tick) })
	}
	wg.Go(func() { a.Sender.Run(ctx, a.wake) })
	if a.Console != nil {
		wg.Go(func() {
			if err := a.Console.Serve(ctx, a.consoleLn); err != nil {
				a.Log.Error("console stopped", "err", err)
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		t := time.NewTimer(a.grace)
		defer t.Stop()
		select {
		case <-done:
		case <-t.C:
			a.abandoned = true
			a.Log.Warn("shutdown grace ran out; stopping with work in hand", "grace", a.grace)
		}
	}
	if a.Tokens != nil {
		if ge := a.Tokens.Err(); ge != nil {
			a.signInLost(ge)
			return ge
		}
	}
	return nil
}

// Close closes the store. After a Run that ran out of grace it leaves the store
// open (closing it would wait for the work still running) and returns at once:
// the process is about to end, and SQLite's journal makes that safe.
func (a *Service) Close() error {
	a.unlock()
	if a.consoleLn != nil {
		a.consoleLn.Close()
	}
	if a.abandoned {
		return nil
	}
	return a.Store.Close()
}
