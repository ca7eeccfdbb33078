package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("serve", "run the service: read replies, send scheduled mail and receipts", runServe)
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--config FILE] [--db PATH] | --dev [--speed N]",
		"Runs the service until SIGINT or SIGTERM: the IMAP inbox (IDLE, or polling),\n"+
			"the calendar (every minute) and the SMTP sender. On a signal it finishes the\n"+
			"message in hand and stops, within 10 seconds whatever it is doing. It exits at once, with the reason, when the IMAP or\n"+
			"SMTP server cannot be reached or refuses the login. With --dev it runs on\n"+
			"embedded mail servers with the demo cohort, for trying it with a mail client: the\n"+
			"cohort's day-0 mail goes out at once, and --speed N plays the session N times faster\n"+
			"(check-ins, digests and nudges arrive in minutes).", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	dev := fs.Bool("dev", false, "run on embedded mail servers on loopback, with a sample cohort, for trying it by hand")
	speed := fs.Int("speed", 1, "with --dev: play the session this many times faster (1440: a day a minute)")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *speed < 1 || *speed > maxDevSpeed || (*speed != 1 && !*dev) {
		fmt.Fprintf(stderr, "mentormail serve: --speed is for --dev, from 1 to %d\n", maxDevSpeed)
		return 2
	}
	if *dev {
		return runDev(ctx, *cfgPath, *speed, stdout, stderr)
	}
	cfg, err := config.Load(*cfgPath)
	if err == nil {
		if *dbPath != "" {
			cfg.Store.Path = *dbPath
		}
		err = cfg.ValidateForServe()
	}
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	return serve(ctx, cfg, service.Options{}, stderr)
}

// serve runs the wired service until ctx is done.
func serve(ctx context.Context, cfg *config.Config, o service.Options, stderr io.Writer) int {
	log := cfg.Logger(stderr)
	a, err := service.New(cfg, log, o)
	if err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	defer a.Close()
	if err := a.Check(ctx); err != nil {
		fmt.Fprintf(stderr, "mentormail serve: %v\n", err)
		return 1
	}
	log.Info("serving", "imap", cfg.IMAP.Addr, "smtp", cfg.SMTP.Addr, "db", store.Redact(cfg.Store.Path), "program", cfg.Program.Address)
	if err := a.Run(ctx); err != nil {
		// The OAuth2 grant is gone: one line that says what to do.
		fmt.Fprintf(stderr, "mentormail: %v\n", err)
		return 1
	}
	log.Info("stopped")
	return 0
}
