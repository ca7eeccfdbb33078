package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"time"

	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/service"
)

// The ports `serve --dev` tries first, so a mail client's settings survive a restart.
const (
	devIMAPAddr = "127.0.0.1:1143"
	devSMTPAddr = "127.0.0.1:1025"
	// devConsoleAddr is the committee console's.
	devConsoleAddr = "127.0.0.1:8025"
)

// runDev runs the real service on embedded mail servers with the demo cohort,
// starting today, for a person to point a mail client at and reply by hand.
func runDev(ctx context.Context, cfgPath string, speed int, stdout, stderr io.Writer) int {
	clock := devClock(time.Now(), speed)
	if cfgPath != "" {
		fmt.Fprintln(stderr, "mentormail serve: --dev makes its own configuration; --config is ignored")
	}
	users, err := demo.Mailboxes()
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	start := func(imap, smtp string) (*devmail.System, error) {
		return devmail.Start(devmail.Options{Domain: demo.Domain, Users: users, IMAPAddr: imap, SMTPAddr: smtp, Now: clock})
	}
	m, err := start(devIMAPAddr, devSMTPAddr)
	if err != nil {
		m, err = start("", "") // the usual ports are taken: any free ones
	}
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	defer m.Close()
	dir, err := os.MkdirTemp("", "mentormail-dev-")
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	cfg, err := demo.Config(dir, m)
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	cfg.Program.SendHour = 0 // today's day-0 mail is due at once
	cfg.IMAP.PollInterval = 5 * time.Second
	cfg.Console.Addr = devConsoleAddr
	if ln, err := net.Listen("tcp", devConsoleAddr); err == nil {
		ln.Close()
	} else {
		cfg.Console.Addr = "127.0.0.1:0" // the usual port is taken: any free one
	}
	cfg.Console.PublicURL = "http://" + cfg.Console.Addr
	log := cfg.Logger(stderr)
	svc, err := service.New(cfg, log, service.Options{Clock: clock,
		CalendarInterval: max(time.Second, service.CalendarInterval/time.Duration(speed))})
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	defer svc.Close()
	today := devStartDate(clock())
	if _, err := demo.ImportCohort(svc.Store, today); err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	if err := svc.Check(ctx); err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	names := make([]string, 0, len(users))
	for u := range users {
		names = append(names, u)
	}
	sort.Strings(names)
	fmt.Fprintf(stdout, "mentormail serve --dev: the demo cohort starts today (%s) on embedded mail servers.\n\n", today)
	fmt.Fprintf(stdout, "  IMAP  %s  (no TLS)\n  SMTP  %s  (no TLS, no login needed)\n\n", m.IMAPAddr(), m.SMTPAddr())
	fmt.Fprintf(stdout, "Mailboxes (login = the name before @%s, password %q):\n", demo.Domain, demo.Password)
	for _, n := range names {
		fmt.Fprintf(stdout, "  %s@%s\n", n, demo.Domain)
	}
	fmt.Fprintln(stdout, "\nThe introductions are on their way. Log in as a participant, reply to the goals")
	fmt.Fprintln(stdout, "prompt or write \"help\" to program@"+demo.Domain+"; log in as committee to answer")
	fmt.Fprintln(stdout, "questions. Everything is in memory and gone when you stop with Ctrl-C.")
	if speed > 1 {
		fmt.Fprintf(stdout, "The session plays %d times faster: a day every %s.\n", speed, (24 * time.Hour / time.Duration(speed)).Round(time.Second))
	}
	fmt.Fprintf(stdout, "\nThe committee's console: sign in as committee@%s and read the link in that mailbox.\n", demo.Domain)
	fmt.Fprintf(stdout, "console: %s\n", svc.ConsoleURL())
	svc.Run(ctx)
	return 0
}

// maxDevSpeed bounds --speed: a week a minute at most.
const maxDevSpeed = 7 * 1440

// devClock is the dev service's clock: real time from start, speed times faster.
func devClock(start time.Time, speed int) func() time.Time {
	return func() time.Time { return start.Add(time.Since(start) * time.Duration(speed)) }
}

// devZones are Canada's time zones, west to east.
var devZones = []string{"America/Vancouver", "America/Whitehorse", "America/Edmonton", "America/Regina",
	"America/Winnipeg", "America/Toronto", "America/Halifax", "America/St_Johns"}

// devStartDate is the dev cohort's first day: today where it is earliest in
// Canada, so that everyone's day-0 mail (due at midnight, their time, with send
// hour 0) is already due and goes out at once.
func devStartDate(now time.Time) string {
	first := now.UTC().Format(time.DateOnly)
	for _, z := range devZones {
		if loc, err := time.LoadLocation(z); err == nil {
			if d := now.In(loc).Format(time.DateOnly); d < first {
				first = d
			}
		}
	}
	return first
}
