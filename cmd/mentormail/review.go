package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("review", "the committee's review list: messages not understood, quarantined or understood in part", runReview)
}

// runReview implements `mentormail review [--all]`, `review show ID` and
// `review resolve ID --by NAME (--log-meeting ... | --reprocess | --dismiss)`.
func runReview(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "show":
			return runReviewShow(args[1:], stdout, stderr)
		case "resolve":
			return runReviewResolve(args[1:], stdout, stderr)
		}
	}
	fs := newFlags("review", "[--config FILE] [--db PATH] [--all]   |   review show ID   |   review resolve ID ...",
		"Lists the messages the committee should look at, oldest first: those the program did\n"+
			"not understand, understood only in part, or quarantined (unknown sender, another\n"+
			"participant's link, unreadable, too big, failed three times). Each line says who,\n"+
			"when (the program's time zone) and why; never what the message says. Its text\n"+
			"reaches the committee only when its writer answers \"yes\" to the offer to pass it on,\n"+
			"as a forwarded question in the committee's inbox.\n\n"+
			"  mentormail review show ID      one item in full (the text only with consent)\n"+
			"  mentormail review resolve ID   log it as a meeting, reprocess it, or dismiss it\n"+
			"                                 (mentormail review resolve --help)", stderr)
	cfgPath, dbPath := reviewFlags(fs)
	all := fs.Bool("all", false, "every item, resolved ones included, with who resolved them")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	return withReviewStore("review", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		es, err := program.ListReview(s, *all, cfg.Location())
		if err != nil {
			return err
		}
		return program.WriteReview(stdout, es)
	})
}

func runReviewShow(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("review show", "ID [--config FILE] [--db PATH]",
		"Shows one item of the review list: who, when, why, the message's size and class,\n"+
			"whether its raw text is still kept for reprocessing (30 days by default), and how it\n"+
			"was resolved. The message's text is shown only if its writer agreed to pass it to\n"+
			"the committee.", stderr)
	cfgPath, dbPath := reviewFlags(fs)
	id, code, done := itemArgs(fs, args, stdout, stderr)
	if done {
		return code
	}
	return withReviewStore("review show", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		d, err := program.ShowReview(s, id, cfg.Location(), cfg.Program.RetentionDays)
		if err != nil {
			return err
		}
		return program.WriteReviewDetail(stdout, d)
	})
}

func runReviewResolve(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("review resolve",
		"ID --by NAME (--log-meeting --pair N --date YYYY-MM-DD [--minutes M] | --reprocess | --dismiss [--note TEXT])",
		"Resolves one item of the review list, recording who did it and when:\n"+
			"  --log-meeting  logs the message as a meeting of the pair, on its writer's behalf\n"+
			"                 (the writer must be a partner in the pair; the date between the\n"+
			"                 pair's first day and today)\n"+
			"  --reprocess    runs the kept raw message through the current parser and rules again,\n"+
			"                 as if it had just arrived (after a fix, or after adding the sender's\n"+
			"                 address to a participant); raw messages are kept 30 days by default\n"+
			"  --dismiss      closes it with nothing done, with an optional note", stderr)
	cfgPath, dbPath := reviewFlags(fs)
	by := fs.String("by", "", "who resolves it (recorded with the item)")
	logMeeting := fs.Bool("log-meeting", false, "log the message as a meeting of --pair on --date")
	pair := fs.String("pair", "", "the pair, as its number or as the report names it (pair12)")
	date := fs.String("date", "", "the meeting's day, YYYY-MM-DD in the program's time zone")
	minutes := fs.Int("minutes", 0, "the meeting's length in minutes (0: not known)")
	reprocess := fs.Bool("reprocess", false, "run the raw message through the program again")
	dismiss := fs.Bool("dismiss", false, "close the item with nothing done")
	note := fs.String("note", "", "a note with --dismiss (never the message's text)")
	id, code, done := itemArgs(fs, args, stdout, stderr)
	if done {
		return code
	}
	n := 0
	for _, b := range []bool{*logMeeting, *reprocess, *dismiss} {
		if b {
			n++
		}
	}
	switch {
	case n != 1:
		fmt.Fprintln(stderr, "mentormail review resolve: give one of --log-meeting, --reprocess and --dismiss (see --help)")
		return 2
	case strings.TrimSpace(*by) == "":
		fmt.Fprintln(stderr, "mentormail review resolve: say who resolves it with --by NAME")
		return 2
	case *note != "" && !*dismiss:
		fmt.Fprintln(stderr, "mentormail review resolve: --note goes with --dismiss")
		return 2
	}
	var pairID int64
	if *logMeeting {
		var err error
		if pairID, err = strconv.ParseInt(strings.TrimPrefix(*pair, "pair"), 10, 64); err != nil || *date == "" {
			fmt.Fprintln(stderr, "mentormail review resolve: --log-meeting needs --pair N and --date YYYY-MM-DD")
			return 2
		}
	}
	return withReviewStore("review resolve", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		now := time.Now()
		switch {
		case *logMeeting:
			m, err := program.ResolveMeeting(s, id, *by, program.LoggedMeeting{Pair: pairID, Date: *date, Minutes: *minutes}, now, cfg.Location())
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Item %d resolved by %s: meeting %d logged for pair%d on %s.\n", id, *by, m.ID, pairID, m.Date)
		case *dismiss:
			if err := program.DismissReview(s, id, *by, *note, now); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Item %d dismissed by %s.\n", id, *by)
		default:
			p, err := service.NewProgram(cfg, s, cfg.Logger(stderr), time.Now, nil)
			if err != nil {
				return err
			}
			res, err := p.Reprocess(context.Background(), id, *by)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Item %d reprocessed by %s: inbound %d, %s", id, *by, res.InboundID, res.Outcome)
			if res.Reason != "" {
				fmt.Fprintf(stdout, " (%s)", res.Reason)
			}
			fmt.Fprintln(stdout, ".")
			if res.NewItem != 0 {
				fmt.Fprintf(stdout, "It is still not fully understood: listed again as item %d.\n", res.NewItem)
			}
			fmt.Fprintln(stdout, "Any answer it causes waits in the outbox for the running service to send.")
		}
		return nil
	})
}

// reviewFlags adds --config and --db.
func reviewFlags(fs *flag.FlagSet) (cfgPath, dbPath *string) {
	return configFlag(fs), fs.String("db", "", "database file (default: store.path from the configuration)")
}

// itemArgs reads an item's ID, before or after the flags, and the flags.
func itemArgs(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (id int64, code int, done bool) {
	var idArg string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		idArg, args = args[0], args[1:]
	}
	if helpAsked(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, 0, true
	}
	if err := fs.Parse(args); err != nil {
		return 0, 2, true
	}
	rest := fs.Args()
	if idArg == "" && len(rest) > 0 {
		idArg, rest = rest[0], rest[1:]
		if err := fs.Parse(rest); err != nil {
			return 0, 2, true
		}
		rest = fs.Args()
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "mentormail %s: unexpected %q (see --help)\n", fs.Name(), rest[0])
		return 0, 2, true
	}
	id, err := strconv.ParseInt(idArg, 10, 64)
	if err != nil || id <= 0 {
		fmt.Fprintf(stderr, "mentormail %s: give the item's ID, a number from `mentormail review` (see --help)\n", fs.Name())
		return 0, 2, true
	}
	return id, 0, false
}

// withReviewStore is withConfigStore with --db taking the place of store.path.
func withReviewStore(name, cfgPath, dbPath string, stderr io.Writer, fn func(cfg *config.Config, s *store.Store) error) int {
	cfg, err := config.Load(cfgPath)
	if err == nil {
		if dbPath != "" {
			cfg.Store.Path = dbPath
		}
		var s *store.Store
		if s, err = service.OpenStore(cfg, cfg.Logger(stderr)); err == nil {
			err = fn(cfg, s)
			s.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "mentormail %s: %v\n", name, err)
		return 1
	}
	return 0
}
