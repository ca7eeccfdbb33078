package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/topics"
)

func init() {
	register("import", "import a cohort from the committee's participants and pairs CSV files", runImport)
}

// runImport implements `mentormail import --cohort NAME --start DATE [--days N]
// [--config FILE] [--db PATH] [--dry-run] --participants FILE --pairs FILE`.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "--cohort NAME --start YYYY-MM-DD [--days N] [--catch-up none|intro|all]\n"+
		"                         [--config FILE] [--db PATH] [--dry-run] --participants FILE --pairs FILE",
		"Imports a cohort from the CSV files the committee fills in (see README.md for the\n"+
			"columns). Every bad row is reported with its line and column, and nothing is written\n"+
			"unless every row is good. Importing the same files again changes nothing; a changed\n"+
			"row updates that participant. Either file may be left out, for example to add pairs\n"+
			"of people imported earlier, or a pair mid-session. A new pair whose start is before\n"+
			"today catches up by --catch-up instead of receiving every email of the weeks past at\n"+
			"once. The notes key comes from the configuration or\n"+
			"MENTORMAIL_NOTES_KEY.", stderr)
	cohort := fs.String("cohort", "", "the cohort's name, e.g. 2026-fall (created when new)")
	start := fs.String("start", "", "the cohort's first day, YYYY-MM-DD: the day introductions go out")
	days := fs.Int("days", 0, "the session's length in days (default: program.session_days from the configuration, 60)")
	cfgPath := configFlag(fs)
	dbPath := fs.String("db", "", "database file (default: store.path from the configuration)")
	participants := fs.String("participants", "", "participants CSV file")
	pairs := fs.String("pairs", "", "pairs CSV file")
	catchUp := fs.String("catch-up", roster.CatchUpIntro, "for a new pair whose start is before today: intro (introduction and goals now,\n"+
		"the calendar from today), none (the calendar from today, nothing of the past) or all\n"+
		"(what the calendar would have sent by now, at once)")
	dryRun := fs.Bool("dry-run", false, "check the files against the database and report what would change, writing nothing")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *cohort == "" || *start == "" || (*participants == "" && *pairs == "") {
		fmt.Fprintln(stderr, "mentormail import: give --cohort, --start and at least one of --participants and --pairs (see --help)")
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail import:", err)
		return 1
	}
	if *dbPath != "" {
		cfg.Store.Path = *dbPath
	}
	opts := roster.Options{Cohort: *cohort, Start: *start, Days: *days, DryRun: *dryRun, CatchUp: *catchUp,
		Today: time.Now().In(cfg.Location()).Format(time.DateOnly)}
	if opts.Days == 0 {
		opts.Days = cfg.Program.SessionDays
	}
	sum, err := importFiles(cfg, opts, *participants, *pairs)
	var rowErrs roster.Errors
	switch {
	case errors.As(err, &rowErrs):
		for _, e := range rowErrs {
			fmt.Fprintln(stderr, "mentormail import:", e)
		}
		fmt.Fprintf(stderr, "mentormail import: %d problem(s) found; nothing was imported\n", len(rowErrs))
		return 1
	case err != nil:
		fmt.Fprintln(stderr, "mentormail import:", err)
		return 1
	}
	for _, w := range sum.Warnings {
		fmt.Fprintln(stderr, "mentormail import: warning:", w)
	}
	fmt.Fprint(stdout, sum)
	return 0
}

// importFiles reads the files and imports them into the configured database.
func importFiles(cfg *config.Config, opts roster.Options, participantsPath, pairsPath string) (*roster.Summary, error) {
	var pf, qf roster.File
	var err error
	if participantsPath != "" {
		if pf, err = roster.ReadFile(participantsPath); err != nil {
			return nil, err
		}
	}
	if pairsPath != "" {
		if qf, err = roster.ReadFile(pairsPath); err != nil {
			return nil, err
		}
	}
	if opts.Topics, err = topics.Load(cfg.Program.TopicsFile); err != nil {
		return nil, err
	}
	key, err := cfg.NotesKeyBytes()
	if err != nil {
		return nil, err
	}
	s, err := store.Open(store.Options{Path: cfg.Store.Path, Key: key})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return roster.Import(s, opts, pf, qf)
}
