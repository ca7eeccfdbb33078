// Package bench measures mentormail at scale, each workload as a ratio to a floor
// measured in the same run: ingest, send, the calendar, memory and an idle service.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mentormail/mentormail/store"
)

// Defaults of Options.
const (
	// DefaultN is how many replies ingest and memory read, and how many check-ins send sends.
	DefaultN = 5000
	// DefaultIdleSeconds is how long the idle workload watches a serving process.
	DefaultIdleSeconds = 60
	// DefaultCalendarPairs is the large cohort of the calendar workload; the small
	// one is a hundredth of it.
	DefaultCalendarPairs = 50000
	// DefaultBigMessageMB is the size of the one large message of the memory workload.
	DefaultBigMessageMB = 25
)

// Workload names, in the order they run.
const (
	Ingest   = "ingest"
	Send     = "send"
	Calendar = "calendar"
	Memory   = "memory"
	Idle     = "idle"
)

// Workloads lists every workload, in the order Run runs them.
func Workloads() []string { return []string{Ingest, Send, Calendar, Memory, Idle} }

// Options configures Run. The zero value, with Out and Serve set, is a full run.
type Options struct {
	// N is the number of replies (ingest, memory) and check-ins (send); default DefaultN.
	N int
	// Only runs one workload (a name of Workloads); empty runs them all.
	Only string
	// IdleSeconds is how long the idle workload measures; default DefaultIdleSeconds.
	IdleSeconds int
	// CalendarPairs is the calendar's large cohort; default DefaultCalendarPairs.
	CalendarPairs int
	// BigMessageMB is the memory workload's large message, in MiB; default DefaultBigMessageMB.
	BigMessageMB int
	// Serve is the command line that starts the service, to which the idle
	// workload appends "--config FILE"; e.g. {"/usr/bin/mentormail", "serve"}.
	// Required for the idle workload.
	Serve []string
	// Dir holds the benchmark's databases; empty means a temporary directory
	// removed at the end.
	Dir string
	// Postgres, when set, is a PostgreSQL URL: the workloads' stores (and the
	// ingest floor's table) are made in new schemas of that database, dropped
	// at the end, instead of SQLite files under Dir.
	Postgres string
	// Out receives the progress lines and the table.
	Out io.Writer
	// CPUProfile, when set, receives a CPU profile of the whole run. Our side of
	// each workload carries the pprof labels workload=NAME and side=ours (the
	// floor's side=floor), so `go tool pprof -tagfocus side=ours` keeps ours.
	CPUProfile io.Writer
	// Logger receives the services' logs; nil discards them (a log sink's cost is
	// not ours to measure).
	Logger *slog.Logger
}

func (o *Options) withDefaults() error {
	if o.N <= 0 {
		o.N = DefaultN
	}
	if o.IdleSeconds <= 0 {
		o.IdleSeconds = DefaultIdleSeconds
	}
	if o.CalendarPairs <= 0 {
		o.CalendarPairs = DefaultCalendarPairs
	}
	if o.BigMessageMB <= 0 {
		o.BigMessageMB = DefaultBigMessageMB
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Only != "" && !slices.Contains(Workloads(), o.Only) {
		return fmt.Errorf("bench: unknown workload %q (one of %s)", o.Only, strings.Join(Workloads(), ", "))
	}
	return nil
}

// Row is one line of the table: a case of a workload, its floor, our figure, and
// the ratio between them.
type Row struct {
	Workload string
	Case     string
	Floor    string // the floor's figure, formatted; "" when there is none
	Ours     string
	// Ratio compares ours with the floor (what it compares is in Case); NaN when
	// there is none.
	Ratio float64
	// Target is the goal for the ratio or for ours, e.g. "≥ 0.70"; "" for none.
	Target string
	// Met is PASS or MISS against Target; "" when there is no target.
	Met string
}

// verdict returns PASS when ok, else MISS.
func verdict(ok bool) string {
	if ok {
		return "PASS"
	}
	return "MISS"
}

// Report is what a run measured.
type Report struct {
	Rows  []Row
	Start time.Time
	Took  time.Duration
}

// Run runs the workloads and prints their progress, then the table, to opts.Out.
func Run(ctx context.Context, opts Options) (*Report, error) {
	if err := opts.withDefaults(); err != nil {
		return nil, err
	}
	if opts.Postgres != "" {
		if !store.IsPostgres(opts.Postgres) {
			return nil, fmt.Errorf("bench: %q is not a postgres:// URL", store.Redact(opts.Postgres))
		}
		pgURL = opts.Postgres
		defer dropSchemas()
	}
	dir := opts.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "mentormail-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	if opts.CPUProfile != nil {
		if err := pprof.StartCPUProfile(opts.CPUProfile); err != nil {
			return nil, fmt.Errorf("bench: unable to start the CPU profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	r := &Report{Start: time.Now()}
	runs := map[string]func(context.Context, *Options, string) ([]Row, error){
		Ingest: runIngest, Send: runSend, Calendar: runCalendar, Memory: runMemory, Idle: runIdle,
	}
	for _, w := range Workloads() {
		if opts.Only != "" && opts.Only != w {
			continue
		}
		if err := ctx.Err(); err != nil {
			return r, err
		}
		wdir, err := os.MkdirTemp(dir, w+"-")
		if err != nil {
			return r, fmt.Errorf("bench: %w", err)
		}
		fmt.Fprintf(opts.Out, "# %s ...\n", w)
		t := time.Now()
		rows, err := runs[w](ctx, &opts, wdir)
		r.Rows = append(r.Rows, rows...)
		if err != nil {
			return r, fmt.Errorf("bench: %s: %w", w, err)
		}
		fmt.Fprintf(opts.Out, "# %s done in %s\n", w, time.Since(t).Round(time.Millisecond))
		os.RemoveAll(wdir)
	}
	r.Took = time.Since(r.Start)
	fmt.Fprintln(opts.Out)
	r.Print(opts.Out)
	return r, nil
}

// Print writes the table.
func (r *Report) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "workload\tcase\tfloor\tours\tratio\ttarget\tmet")
	fmt.Fprintln(tw, "--------\t----\t-----\t----\t-----\t------\t---")
	for _, row := range r.Rows {
		ratio := "-"
		if !math.IsNaN(row.Ratio) {
			ratio = fmtRatio(row.Ratio)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", row.Workload, row.Case, dash(row.Floor), row.Ours, ratio,
			dash(row.Target), dash(row.Met))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n(%d rows in %s)\n", len(r.Rows), r.Took.Round(time.Second))
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// fmtRatio prints a ratio with the digits that matter.
func fmtRatio(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	case x >= 0.01:
		return fmt.Sprintf("%.2f", x)
	}
	return fmt.Sprintf("%.4f", x)
}

// rate formats a throughput.
func rate(n int, d time.Duration, unit string) string {
	return fmt.Sprintf("%.0f %s/s", float64(n)/d.Seconds(), unit)
}

// mb formats bytes as MiB.
func mb(b float64) string { return fmt.Sprintf("%.1f MB", b/(1<<20)) }

// dur formats a duration with three significant digits.
func dur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.0f µs", float64(d)/float64(time.Microsecond))
}

// errNoServe is returned by the idle workload when Options.Serve is empty.
var errNoServe = errors.New("bench: idle needs Options.Serve, the command that starts the service")
