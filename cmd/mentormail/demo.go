package main

import (
	"context"
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
	fs := newFlags("demo", "[--dir DIR [--notes-key KEY]]",
		"Needs no configuration. Starts IMAP and SMTP servers on loopback, imports a sample\n"+
			"cohort of four pairs (English and French), and plays a two-month session on a\n"+
			"simulated clock with the real service: every email sent, every reply and what it\n"+
			"was understood as, then the committee's report.", stderr)
	dir := fs.String("dir", "", "keep the demo's database in this directory (default: a temporary one, removed at the end);\n"+
		"the notes key is printed at the end, for other commands to open it")
	key := fs.String("notes-key", "", "the kept database's notes key (default: MENTORMAIL_NOTES_KEY, else a new one)")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *key == "" {
		*key = os.Getenv("MENTORMAIL_NOTES_KEY")
	}
	if err := demo.Run(ctx, demo.Options{Out: stdout, Dir: *dir, NotesKey: *key}); err != nil {
		fmt.Fprintf(stderr, "mentormail demo: %v\n", err)
		return 1
	}
	return 0
}
