package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/mentormail/mentormail/bench"
)

func init() {
	register("bench", "measure ingest, send, the calendar, memory and idle cost, each against a floor", runBench)
}

func runBench(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bench", "[--n N] [--only WORKLOAD] [--idle-seconds S] [--pairs N] [--big-mb N] [--postgres URL] [--cpuprofile FILE]",
		"Runs each workload against a floor measured in the same run and prints, for each,\n"+
			"the floor, ours and the ratio (docs/benchmarks.md describes the floors).", stderr)
	n := fs.Int("n", bench.DefaultN, "replies to ingest (and for memory), check-ins to send")
	only := fs.String("only", "", "run one workload: "+strings.Join(bench.Workloads(), ", "))
	idle := fs.Int("idle-seconds", bench.DefaultIdleSeconds, "how long the idle workload watches `serve`")
	pairs := fs.Int("pairs", bench.DefaultCalendarPairs, "the calendar's large cohort (the small one is 1/100 of it)")
	bigMB := fs.Int("big-mb", bench.DefaultBigMessageMB, "the memory workload's large message, in MiB")
	postgres := fs.String("postgres", "", "run on the PostgreSQL database at `URL` (each workload in a new schema, dropped after) instead of SQLite files")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "mentormail bench: %v\n", err)
		return 1
	}
	opts := bench.Options{N: *n, Only: *only, IdleSeconds: *idle, CalendarPairs: *pairs, BigMessageMB: *bigMB,
		Serve: []string{exe, "serve"}, Out: stdout, Postgres: *postgres}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "mentormail bench: %v\n", err)
			return 1
		}
		defer f.Close()
		opts.CPUProfile = f
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if _, err := bench.Run(ctx, opts); err != nil {
		fmt.Fprintf(stderr, "mentormail bench: %v\n", err)
		return 1
	}
	return 0
}
