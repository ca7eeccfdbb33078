package main

import (
	"fmt"
	"io"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("report", "the committee's report on a cohort: meetings, goals, topics, pairs at risk", runReport)
}

// runReport implements `mentormail report [--config FILE] [--cohort NAME]
// [--format table|csv|json] [--at DATE]`.
func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "[--config FILE] [--db PATH] [--cohort NAME] [--format table|csv|json] [--at DATE]",
		"Prints the committee's report on a cohort: for each pair the meetings logged (distinct\n"+
			"days) against the twice-a-month target, the last meeting and the days since, goals set\n"+
			"and done, topics covered, open questions and flags (lapsing, paused, bouncing,\n"+
			"withdrawn); then the cohort's totals and survey ratings. Dates, counts, topic keys and\n"+
			"states only: never notes, reply text, goal titles or comments.", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	cohort := fs.String("cohort", "", "the cohort's name (default: the one that started last)")
	format := fs.String("format", program.FormatTable, "table, csv or json")
	at := fs.String("at", "", "the report's day, YYYY-MM-DD in the program's time zone (default: today)")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	switch *format {
	case program.FormatTable, program.FormatCSV, program.FormatJSON:
	default:
		fmt.Fprintf(stderr, "mentormail report: unknown format %q: use table, csv or json\n", *format)
		return 2
	}
	if _, err := reportDay(*at, time.UTC); err != nil {
		fmt.Fprintln(stderr, "mentormail report:", err)
		return 2
	}
	return withConfigStore("report", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		when, err := reportDay(*at, cfg.Location())
		if err != nil {
			return err
		}
		r, err := program.BuildReport(s, *cohort, when, cfg.Location())
		if err != nil {
			return err
		}
		return r.Write(stdout, *format)
	})
}

// reportDay reads --at: the end of that day in loc, or now when it is empty.
func reportDay(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	d, err := time.ParseInLocation(time.DateOnly, s, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("--at %q is not a date (YYYY-MM-DD)", s)
	}
	return d.AddDate(0, 0, 1).Add(-time.Second), nil
}
