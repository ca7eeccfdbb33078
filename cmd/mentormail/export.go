package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("export", "print all of one participant's data as JSON", runExport)
	register("forget", "erase one participant's data, including from the write-ahead log", runForget)
}

// participantFlags are the flags export and forget share.
func participantFlags(fs *flag.FlagSet) (cfgPath, addr *string) {
	cfgPath = fs.String("config", "", "configuration file (default: built-in defaults and the environment)")
	addr = fs.String("participant", "", "the participant's address (primary or alternate)")
	return cfgPath, addr
}

// runExport implements `mentormail export --participant ADDRESS [--config FILE] [--out FILE]`.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath, addr := participantFlags(fs)
	out := fs.String("out", "-", "output file, created with mode 0600 (- for standard output)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: mentormail export --participant ADDRESS [--config FILE] [--out FILE]")
		fmt.Fprintln(w, "\nPrints everything stored about one participant as JSON, confidential text opened:")
		fmt.Fprintln(w, "profile, alternate addresses, pairs, the meetings they logged, their goals and updates,")
		fmt.Fprintln(w, "questions, survey answers, the messages received from them (raw text until purged)")
		fmt.Fprintln(w, "and the mail made for them. It is what a participant may ask for; handle it with care.\n\nFlags:")
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
	if *addr == "" {
		fmt.Fprintln(stderr, "mentormail export: give --participant ADDRESS (see --help)")
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail export:", err)
		return 1
	}
	err = withStore(cfg, stderr, func(s *store.Store) error {
		e, err := s.ExportParticipant(*addr)
		if err != nil {
			return err
		}
		w := stdout
		if *out != "-" {
			f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(e)
	})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail export:", err)
		return 1
	}
	return 0
}

// runForget implements `mentormail forget --participant ADDRESS [--config FILE] [--yes]`.
func runForget(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("forget", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath, addr := participantFlags(fs)
	yes := fs.Bool("yes", false, "erase; without it, only say what would be erased")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: mentormail forget --participant ADDRESS [--config FILE] [--yes]")
		fmt.Fprintln(w, "\nErases a participant and everything stored about them: addresses, the meetings they")
		fmt.Fprintln(w, "logged, their goals and updates, questions, survey answers, the messages received from")
		fmt.Fprintln(w, "them, the mail made for them or about them (their pair's mail, committee forwards and")
		fmt.Fprintln(w, "digests naming them), then rewrites the database and empties its write-ahead log so no")
		fmt.Fprintln(w, "copy remains in the file. Their partner keeps their own meetings and goals; the pair is")
		fmt.Fprintln(w, "ended and the participant left as an empty \"(forgotten)\" record. Without --yes it only")
		fmt.Fprintln(w, "says what would be erased (and exits 1). Run it while serve is stopped: the log cannot be emptied while")
		fmt.Fprintln(w, "another process reads the database. Messages in the mail server's folders are not touched.\n\nFlags:")
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
	if *addr == "" {
		fmt.Fprintln(stderr, "mentormail forget: give --participant ADDRESS (see --help)")
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail forget:", err)
		return 1
	}
	err = withStore(cfg, stderr, func(s *store.Store) error {
		if !*yes {
			e, err := s.ExportParticipant(*addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Would erase %s <%s>: %d alternate address(es), %d pair(s) ended, %d meeting(s), %d goal(s), "+
				"%d question(s), %d survey answer(s), %d message(s) received, %d message(s) sent to them, and the mail about them.\n"+
				"Run again with --yes to erase.\n", e.Profile.Name, e.Profile.Email, len(e.Addresses), len(e.Pairs), len(e.Meetings),
				len(e.Goals), len(e.Questions), len(e.SurveyAnswers), len(e.Inbound), len(e.Outbox))
			return nil
		}
		f, err := s.ForgetParticipant(*addr)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Erased participant %d: %d alternate address(es), %d meeting(s), %d goal(s), %d goal update(s), "+
			"%d question(s), %d survey answer(s), %d message(s) received, %d message(s) sent; %d pair(s) ended. "+
			"The database was rewritten and its log emptied.\n", f.ParticipantID, f.Addresses, f.Meetings, f.Goals,
			f.GoalUpdates, f.Questions, f.SurveyAnswers, f.Inbound, f.Outbox, f.PairsEnded)
		return nil
	})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail forget:", err)
		return 1
	}
	if !*yes {
		return 1
	}
	return 0
}
