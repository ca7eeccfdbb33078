package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("export", "print all of one participant's data as JSON", runExport)
	register("forget", "erase one participant's data, including from the write-ahead log", runForget)
}

// participantFlags are the flags export and forget share.
func participantFlags(fs *flag.FlagSet) (cfgPath, dbPath, addr *string) {
	cfgPath = configFlag(fs)
	dbPath = dbFlag(fs)
	addr = fs.String("participant", "", "the participant's address (primary or alternate)")
	return cfgPath, dbPath, addr
}

// runExport implements `mentormail export --participant ADDRESS [--config FILE] [--out FILE]`.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "--participant ADDRESS [--config FILE] [--db PATH] [--out FILE]",
		"Prints everything stored about one participant as JSON, confidential text opened:\n"+
			"profile, alternate addresses, pairs, the meetings they logged, their goals and updates,\n"+
			"questions, survey answers, the messages received from them (raw text until purged)\n"+
			"and the mail made for them. It is what a participant may ask for; handle it with care.", stderr)
	cfgPath, dbPath, addr := participantFlags(fs)
	out := fs.String("out", "-", "output file, created with mode 0600 (- for standard output)")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *addr == "" {
		fmt.Fprintln(stderr, "mentormail export: give --participant ADDRESS (see --help)")
		return 2
	}
	return withConfigStore("export", *cfgPath, *dbPath, stderr, func(_ *config.Config, s *store.Store) error {
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
}

// runForget implements `mentormail forget --participant ADDRESS [--config FILE] [--yes]`.
func runForget(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("forget", "--participant ADDRESS [--config FILE] [--db PATH] [--yes]",
		"Erases a participant and everything stored about them: addresses, the meetings they\n"+
			"logged, their goals and updates, questions, survey answers, the messages received from\n"+
			"them, the mail made for them or about them (their pair's mail, committee forwards and\n"+
			"digests naming them), then rewrites the database and empties its write-ahead log so no\n"+
			"copy remains in the file. Their partner keeps their own meetings and goals; the pair is\n"+
			"ended and the partner told so (\"your partner has left\", without a name), and the\n"+
			"participant left as an empty \"(forgotten)\" record. Without --yes it only\n"+
			"says what would be erased (and exits 1). Run it while serve is stopped: the log cannot be\n"+
			"emptied while another process reads the database. Messages in the mail server's folders\n"+
			"are not touched.", stderr)
	cfgPath, dbPath, addr := participantFlags(fs)
	yes := fs.Bool("yes", false, "erase; without it, only say what would be erased")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *addr == "" {
		fmt.Fprintln(stderr, "mentormail forget: give --participant ADDRESS (see --help)")
		return 2
	}
	if !*yes {
		code := withConfigStore("forget", *cfgPath, *dbPath, stderr, func(_ *config.Config, s *store.Store) error {
			e, err := s.ExportParticipant(*addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Would erase %s <%s>: %d alternate address(es), %d pair(s) ended, %d meeting(s), %d goal(s), "+
				"%d question(s), %d survey answer(s), %d message(s) received, %d message(s) sent to them, and the mail about them.\n"+
				"Run again with --yes to erase.\n", e.Profile.Name, e.Profile.Email, len(e.Addresses), len(e.Pairs), len(e.Meetings),
				len(e.Goals), len(e.Questions), len(e.SurveyAnswers), len(e.Inbound), len(e.Outbox))
			return nil
		})
		if code == 0 {
			return 1
		}
		return code
	}
	// The partner is told by email: that needs the program's secret for the reply token.
	return withProgram("forget", *cfgPath, *dbPath, stderr, func(_ *config.Config, p *program.Program, _ *store.Store) error {
		f, told, err := p.Forget(*addr)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Erased participant %d: %d alternate address(es), %d meeting(s), %d goal(s), %d goal update(s), "+
			"%d question(s), %d survey answer(s), %d message(s) received, %d message(s) sent; %d pair(s) ended. "+
			"The database was rewritten and its log emptied.\n", f.ParticipantID, f.Addresses, f.Meetings, f.Goals,
			f.GoalUpdates, f.Questions, f.SurveyAnswers, f.Inbound, f.Outbox, f.PairsEnded)
		for _, addr := range told {
			fmt.Fprintf(stdout, "Their partner %s is told, without their name, that the pair has ended (sent when serve runs).\n", addr)
		}
		return nil
	})
}
