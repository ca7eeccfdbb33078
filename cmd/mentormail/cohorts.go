package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("cohorts", "list the cohorts with their dates, state and pairs", runCohorts)
}

// runCohorts implements `mentormail cohorts [--config FILE] [--db PATH] [--json]`.
func runCohorts(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("cohorts", "[--config FILE] [--db PATH] [--json]",
		"Lists every cohort, the latest first: its first and last day, whether it is upcoming,\n"+
			"running (and on which day) or over, and its pairs: active (of which paused by the\n"+
			"committee) and ended.", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print a JSON array")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	return withConfigStore("cohorts", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		cs, err := program.ListCohorts(s, time.Now(), cfg.Location())
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(cs)
		}
		if len(cs) == 0 {
			fmt.Fprintln(stdout, "No cohorts yet: mentormail import makes one.")
			return nil
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "COHORT\tSTART\tEND\tSTATE\tACTIVE\tPAUSED\tENDED")
		for _, c := range cs {
			state := c.State
			if c.State == program.CohortRunning {
				state = fmt.Sprintf("day %d of %d", c.Day, c.Days)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\n", c.Name, c.Start, c.End, state, c.Active, c.Paused, c.Ended)
		}
		return tw.Flush()
	})
}
