package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/mail"
	"sync"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// calendarInterval is how often the service looks for scheduled mail that is due.
const calendarInterval = time.Minute

// app is the service wired from a configuration: the store, the program's rules,
// the IMAP inbox and the SMTP sender.
type app struct {
	cfg    *config.Config
	log    *slog.Logger
	store  *store.Store
	prog   *program.Program
	inbox  *mailer.Inbox
	sender *mailer.Sender
	wake   chan struct{}
}

// appOptions are what the demo and tests change: the clock, and the sender's and
// inbox's timing.
type appOptions struct {
	clock       func() time.Time
	idleRefresh time.Duration
	backoff     mailer.Backoff
}

func tlsMode(s string) mailer.TLSMode {
	switch s {
	case config.TLSImplicit:
		return mailer.TLSImplicit
	case config.TLSNone:
		return mailer.TLSNone
	}
	return mailer.TLSStartTLS
}

// openStore opens the configured database with the configured notes key.
func openStore(cfg *config.Config, log *slog.Logger) (*store.Store, error) {
	key, err := cfg.NotesKeyBytes()
	if err != nil {
		return nil, err
	}
	return store.Open(store.Options{Path: cfg.Store.Path, Key: key, Logger: log})
}

// newProgram builds the program's rules over an open store.
func newProgram(cfg *config.Config, s *store.Store, log *slog.Logger, clock func() time.Time, notify func()) (*program.Program, error) {
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
		DailyAnswerCap: cfg.Program.DailyAnswerCap, Clock: clock, Logger: log, Notify: notify})
}

// newApp wires the whole service. Nothing connects yet: call check, then run.
func newApp(cfg *config.Config, log *slog.Logger, o appOptions) (*app, error) {
	if o.clock == nil {
		o.clock = time.Now
	}
	a := &app{cfg: cfg, log: log, wake: make(chan struct{}, 1)}
	s, err := openStore(cfg, log)
	if err != nil {
		return nil, err
	}
	a.store = s
	notify := func() {
		select {
		case a.wake <- struct{}{}:
		default:
		}
	}
	if a.prog, err = newProgram(cfg, s, log, o.clock, notify); err != nil {
		s.Close()
		return nil, err
	}
	from := (&mail.Address{Name: cfg.Program.Name, Address: cfg.Program.Address}).String()
	q := program.NewOutboxQueue(s, from)
	q.OnFailed = a.prog.DeliveryFailed
	a.sender, err = mailer.NewSender(mailer.SenderOptions{Addr: cfg.SMTP.Addr, Username: cfg.SMTP.Username,
		Password: cfg.SMTP.Password, TLS: tlsMode(cfg.SMTP.TLS), HeloName: cfg.SMTP.HELO, Queue: q,
		Clock: o.clock, Logger: log.With("component", "sender"), Backoff: o.backoff})
	if err != nil {
		s.Close()
		return nil, err
	}
	a.inbox, err = mailer.NewInbox(mailer.InboxOptions{Addr: cfg.IMAP.Addr, Username: cfg.IMAP.Username,
		Password: cfg.IMAP.Password, TLS: tlsMode(cfg.IMAP.TLS), Mailbox: cfg.IMAP.Mailbox,
		Processed: cfg.IMAP.Processed, Quarantine: cfg.IMAP.Quarantine, MaxSize: cfg.Program.MaxMessageBytes,
		PollInterval: cfg.IMAP.PollInterval, IdleRefresh: o.idleRefresh, Handler: a.prog, Cursors: s,
		Logger: log.With("component", "inbox")})
	if err != nil {
		s.Close()
		return nil, err
	}
	return a, nil
}

// checkTimeout bounds the start-up checks of the mail servers.
const checkTimeout = 30 * time.Second

// check connects to both mail servers and logs in, so a bad address or password
// is a clear error at start rather than a retry loop.
func (a *app) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	if err := a.inbox.Check(ctx); err != nil {
		return fmt.Errorf("IMAP %s: %w", a.cfg.IMAP.Addr, err)
	}
	if err := a.sender.Check(ctx); err != nil {
		return fmt.Errorf("SMTP %s: %w", a.cfg.SMTP.Addr, err)
	}
	return nil
}

// run runs the inbox, the sender and the calendar until ctx is done, then waits
// for each to finish what it is doing.
func (a *app) run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := a.inbox.Run(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("inbox stopped", "err", err)
		}
	})
	wg.Go(func() { a.sender.Run(ctx, a.wake) })
	wg.Go(func() { a.prog.RunCalendar(ctx, calendarInterval) })
	wg.Wait()
}

func (a *app) close() error { return a.store.Close() }
