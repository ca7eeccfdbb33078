package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("questions", "list participants' questions for the committee, with their age and state", runQuestions)
}

// runQuestions implements `mentormail questions [--config FILE] [--open]`.
func runQuestions(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("questions", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "configuration file (default: built-in defaults and the environment)")
	open := fs.Bool("open", false, "only the questions not answered yet")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: mentormail questions [--config FILE] [--open]")
		fmt.Fprintln(w, "\nLists the questions participants sent the committee, oldest first: when, how many")
		fmt.Fprintln(w, "days ago, who asked, their pair, whether it was answered and by whom. The questions'")
		fmt.Fprintln(w, "text is in the forwarded emails in the committee's inbox, not here; answer a question")
		fmt.Fprintln(w, "by replying to its forwarded email.\n\nFlags:")
		fs.PrintDefaults()
	}
	if helpAsked(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail questions:", err)
		return 1
	}
	err = withStore(cfg, stderr, func(s *store.Store) error {
		qs, err := program.ListQuestions(s, *open, time.Now(), cfg.Location())
		if err != nil {
			return err
		}
		return program.WriteQuestions(stdout, qs)
	})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail questions:", err)
		return 1
	}
	return 0
}
