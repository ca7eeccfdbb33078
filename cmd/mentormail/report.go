package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("report", "the committee's report on a cohort: meetings, goals, topics, pairs at risk", runReport)
}

// runReport implements `mentormail report [--config FILE] [--cohort NAME]
// [--format table|csv|json] [--at DATE]`.
func runReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "configuration file (default: built-in defaults and the environment)")
	cohort := fs.String("cohort", "", "the cohort's name (default: the one that started last)")
	format := fs.String("format", program.FormatTable, "table, csv or json")
	at := fs.String("at", "", "the report's day, YYYY-MM-DD in the program's time zone (default: today)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: mentormail report [--config FILE] [--cohort NAME] [--format table|csv|json] [--at DATE]")
		fmt.Fprintln(w, "\nPrints the committee's report on a cohort: for each pair the meetings logged (distinct")
		fmt.Fprintln(w, "days) against the twice-a-month target, the last meeting and the days since, goals set")
		fmt.Fprintln(w, "and done, topics covered, open questions and flags (lapsing, paused, bouncing,")
		fmt.Fprintln(w, "withdrawn); then the cohort's totals and survey ratings. Dates, counts, topic keys and")
		fmt.Fprintln(w, "states only: never notes, reply text, goal titles or comments.\n\nFlags:")
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
	switch *format {
	case program.FormatTable, program.FormatCSV, program.FormatJSON:
	default:
		fmt.Fprintf(stderr, "mentormail report: unknown format %q: use table, csv or json\n", *format)
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail report:", err)
		return 1
	}
	when, err := reportDay(*at, cfg.Location())
	if err != nil {
		fmt.Fprintln(stderr, "mentormail report:", err)
		return 2
	}
	err = withStore(cfg, stderr, func(s *store.Store) error {
		r, err := program.BuildReport(s, *cohort, when, cfg.Location())
		if err != nil {
			return err
		}
		return r.Write(stdout, *format)
	})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail report:", err)
		return 1
	}
	return 0
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

// withStore opens the configured database, runs fn and closes it.
func withStore(cfg *config.Config, stderr io.Writer, fn func(s *store.Store) error) error {
	s, err := service.OpenStore(cfg, cfg.Logger(stderr))
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}
