package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

func init() {
	register("pair", "end, pause, resume or re-pair a pair during the session", runPair)
}

// pairActions are pair's subcommands and their one-line summaries.
var pairActions = []struct{ name, summary string }{
	{"end", "end a pair before its session is over; both partners are told why"},
	{"pause", "hold a pair's check-ins and reminders until a date; both are told"},
	{"resume", "end a pair's pause now; both are told"},
	{"repair", "pair a participant with someone new from today; the introduction goes out"},
}

func reasonNames() string {
	names := make([]string, len(templates.EndReasons))
	for i, r := range templates.EndReasons {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

func pairUsage(w io.Writer) {
	fmt.Fprint(w, "Usage: mentormail pair ACTION [flags]   (mentormail pair ACTION --help for its flags)\n\n"+
		"Changes a pair during the session. Each action is one transaction, and the partners are\n"+
		"told by email in their own language (queued in the outbox; serve sends it). A pair is\n"+
		"named by its id as reports print it (pair12) or by a partner's address. To add a pair\n"+
		"mid-session, import it: mentormail import --cohort NAME --start DATE --pairs FILE (its\n"+
		"start_date column gives the pair its own day 0).\n\nActions:\n")
	for _, a := range pairActions {
		fmt.Fprintf(w, "  %-7s %s\n", a.name, a.summary)
	}
	fmt.Fprintf(w, "\nReasons for end and repair: %s.\n", reasonNames())
}

// runPair implements `mentormail pair end|pause|resume|repair`.
func runPair(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || helpAsked(args[:1]) {
		pairUsage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "end":
		return runPairEnd(args[1:], stdout, stderr)
	case "pause":
		return runPairPause(args[1:], stdout, stderr)
	case "resume":
		return runPairResume(args[1:], stdout, stderr)
	case "repair":
		return runPairRepair(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "mentormail pair: unknown action %q: use end, pause, resume or repair\n", args[0])
	return 2
}

// pairFlags are the flags every pair action takes.
type pairFlags struct {
	cfg, db, note, noteFR *string
}

func addPairFlags(fs *flag.FlagSet) pairFlags {
	return pairFlags{cfg: configFlag(fs), db: dbFlag(fs),
		note:   fs.String("note-en", "", "the committee's own words for the English email (optional)"),
		noteFR: fs.String("note-fr", "", "the committee's own words for the French email (optional; without it the English note is used)")}
}

func (f pairFlags) noteOf() program.Note { return program.Note{EN: *f.note, FR: *f.noteFR} }

// printAction says what an action did.
func printAction(w io.Writer, what string, act *program.PairAction) {
	fmt.Fprintf(w, "%s: pair%d.\n", what, act.Pair.ID)
	if act.NewPair != nil {
		fmt.Fprintf(w, "The new pair, pair%d, starts today (%s): the introduction goes out at the next calendar tick.\n",
			act.NewPair.ID, act.NewPair.StartDate)
	}
	if len(act.Told) == 0 {
		fmt.Fprintln(w, "Nobody was told: both partners have left or their mail is stopped.")
		return
	}
	fmt.Fprintf(w, "Told by email (sent when serve runs): %s.\n", strings.Join(act.Told, ", "))
}

func runPairEnd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("pair end", "--pair P --reason REASON [--note-en TEXT] [--note-fr TEXT] [--config FILE] [--db PATH]",
		"Ends an active pair before its session is over. Both partners are told, each in their\n"+
			"language, with the reason (one of: "+reasonNames()+")\n"+
			"and the committee's note if given. Its scheduled mail not yet sent is cancelled. Its\n"+
			"meetings, goals and mail stay on record and in the report.", stderr)
	pf := addPairFlags(fs)
	ref := fs.String("pair", "", "the pair: its id (pair12) or a partner's address")
	reason := fs.String("reason", "", "why: "+reasonNames())
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *ref == "" || *reason == "" {
		fmt.Fprintln(stderr, "mentormail pair end: give --pair and --reason (see --help)")
		return 2
	}
	r, err := program.ParseEndReason(*reason)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail pair end:", strings.TrimPrefix(err.Error(), "program: "))
		return 2
	}
	return withProgram("pair end", *pf.cfg, *pf.db, stderr, func(_ *config.Config, p *program.Program, _ *store.Store) error {
		act, err := p.EndPair(*ref, r, pf.noteOf())
		if err == nil {
			printAction(stdout, "Ended", act)
		}
		return err
	})
}

func runPairPause(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("pair pause", "--pair P --until YYYY-MM-DD [--note-en TEXT] [--note-fr TEXT] [--config FILE] [--db PATH]",
		"Holds an active pair's scheduled mail (check-ins, digests, reminders) until the end of\n"+
			"--until, in the program's time zone. What falls due meanwhile goes out the morning\n"+
			"after, a superseded check-in is dropped, and the paused weeks do not count as weeks\n"+
			"without a meeting. Both partners are told. Replies are read as usual.", stderr)
	pf := addPairFlags(fs)
	ref := fs.String("pair", "", "the pair: its id (pair12) or a partner's address")
	until := fs.String("until", "", "the last day of the pause, YYYY-MM-DD")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *ref == "" || *until == "" {
		fmt.Fprintln(stderr, "mentormail pair pause: give --pair and --until (see --help)")
		return 2
	}
	if _, err := time.Parse(time.DateOnly, *until); err != nil {
		fmt.Fprintf(stderr, "mentormail pair pause: --until %q is not a date (YYYY-MM-DD)\n", *until)
		return 2
	}
	return withProgram("pair pause", *pf.cfg, *pf.db, stderr, func(cfg *config.Config, p *program.Program, _ *store.Store) error {
		u, _ := time.ParseInLocation(time.DateOnly, *until, cfg.Location())
		act, err := p.PausePair(*ref, u, pf.noteOf())
		if err == nil {
			printAction(stdout, "Paused until "+*until, act)
		}
		return err
	})
}

func runPairResume(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("pair resume", "--pair P [--note-en TEXT] [--note-fr TEXT] [--config FILE] [--db PATH]",
		"Ends a pair's pause now: its check-ins and reminders pick up at the next calendar\n"+
			"tick. Both partners are told.", stderr)
	pf := addPairFlags(fs)
	ref := fs.String("pair", "", "the pair: its id (pair12) or a partner's address")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *ref == "" {
		fmt.Fprintln(stderr, "mentormail pair resume: give --pair (see --help)")
		return 2
	}
	return withProgram("pair resume", *pf.cfg, *pf.db, stderr, func(_ *config.Config, p *program.Program, _ *store.Store) error {
		act, err := p.ResumePair(*ref, pf.noteOf())
		if err == nil {
			printAction(stdout, "Resumed", act)
		}
		return err
	})
}

func runPairRepair(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("pair repair", "--participant ADDRESS --with ADDRESS [--reason REASON] [--note-en TEXT] [--note-fr TEXT]\n"+
		"                              [--config FILE] [--db PATH]",
		"Pairs a participant with someone new from today, in the cohort of their current pair.\n"+
			"Their current pair, if still active, is ended for --reason and both of its partners are\n"+
			"told (the re-paired one hears of the new partner). The new pair gets its own calendar\n"+
			"from today: the introduction and goals prompt go out at the next tick, then its\n"+
			"check-ins. The old pair's meetings, goals and mail stay on record under the old pair.\n"+
			"The new partner must already be imported (mentormail import --participants FILE).", stderr)
	pf := addPairFlags(fs)
	who := fs.String("participant", "", "the participant to re-pair (primary or alternate address)")
	with := fs.String("with", "", "their new partner's address")
	reason := fs.String("reason", string(templates.EndRepaired), "why the current pair ends: "+reasonNames())
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *who == "" || *with == "" {
		fmt.Fprintln(stderr, "mentormail pair repair: give --participant and --with (see --help)")
		return 2
	}
	r, err := program.ParseEndReason(*reason)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail pair repair:", strings.TrimPrefix(err.Error(), "program: "))
		return 2
	}
	return withProgram("pair repair", *pf.cfg, *pf.db, stderr, func(_ *config.Config, p *program.Program, _ *store.Store) error {
		act, err := p.Repair(*who, *with, r, pf.noteOf())
		if err == nil {
			printAction(stdout, "Re-paired "+*who+" with "+*with+"; the old pair", act)
		}
		return err
	})
}
