package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/mentormail/mentormail/demo"
)

func init() {
	register("demo", "play a whole session in seconds on in-process mail servers", runDemo)
}

func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "keep the demo's database in this directory (default: a temporary one, removed at the end)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: mentormail demo [--dir DIR]")
		fmt.Fprintln(stderr, "\nNeeds no configuration. Starts IMAP and SMTP servers on loopback, imports a")
		fmt.Fprintln(stderr, "sample cohort of four pairs (English and French), and plays a two-month session")
		fmt.Fprintln(stderr, "on a simulated clock with the real service: every email sent, every reply and")
		fmt.Fprintln(stderr, "what it was understood as, then the committee's report.")
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
	if err := demo.Run(ctx, demo.Options{Out: stdout, Dir: *dir}); err != nil {
		fmt.Fprintf(stderr, "mentormail: demo: %v\n", err)
		return 1
	}
	return 0
}
