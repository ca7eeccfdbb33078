package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/service"
)

func init() {
	register("serve", "run the service: read replies, send scheduled mail and receipts", runServe)
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "configuration file (TOML); secrets may come from the environment")
	dev := fs.Bool("dev", false, "run on embedded mail servers on loopback, with a sample cohort, for trying it by hand")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: mentormail serve [--config FILE] [--dev]")
		fmt.Fprintln(stderr, "\nRuns the service until SIGINT or SIGTERM: the IMAP inbox (IDLE, or polling),")
		fmt.Fprintln(stderr, "the calendar (every minute) and the SMTP sender. On a signal it finishes the")
		fmt.Fprintln(stderr, "message in hand and stops. It exits at once, with the reason, when the IMAP or")
		fmt.Fprintln(stderr, "SMTP server cannot be reached or refuses the login.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *dev {
		return runDev(ctx, *cfgPath, stdout, stderr)
	}
	cfg, err := config.Load(*cfgPath)
	if err == nil {
		err = cfg.ValidateForServe()
	}
	if err != nil {
		fmt.Fprintf(stderr, "mentormail: %v\n", err)
		return 1
	}
	return serve(ctx, cfg, service.Options{}, stderr)
}

// serve runs the wired service until ctx is done.
func serve(ctx context.Context, cfg *config.Config, o service.Options, stderr io.Writer) int {
	log := cfg.Logger(stderr)
	a, err := service.New(cfg, log, o)
	if err != nil {
		fmt.Fprintf(stderr, "mentormail: %v\n", err)
		return 1
	}
	defer a.Close()
	if err := a.Check(ctx); err != nil {
		fmt.Fprintf(stderr, "mentormail: %v\n", err)
		return 1
	}
	log.Info("serving", "imap", cfg.IMAP.Addr, "smtp", cfg.SMTP.Addr, "db", cfg.Store.Path, "program", cfg.Program.Address)
	a.Run(ctx)
	log.Info("stopped")
	return 0
}
