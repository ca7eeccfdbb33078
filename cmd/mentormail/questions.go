package main

import (
	"io"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("questions", "participants' questions for the committee, with their age and state", runQuestions)
}

// runQuestions implements `mentormail questions [--config FILE] [--open]`.
func runQuestions(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("questions", "[--config FILE] [--db PATH] [--open]",
		"Lists the questions participants sent the committee, oldest first: when, how many\n"+
			"days ago, who asked, their pair, whether it was answered and by whom. The questions'\n"+
			"text is in the forwarded emails in the committee's inbox, not here; answer a question\n"+
			"by replying to its forwarded email.", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	open := fs.Bool("open", false, "only the questions not answered yet")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	return withConfigStore("questions", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		qs, err := program.ListQuestions(s, *open, time.Now(), cfg.Location())
		if err != nil {
			return err
		}
		return program.WriteQuestions(stdout, qs)
	})
}
