package main

import (
	"flag"
	"fmt"
	"io"
)

// Commands that are planned but not built yet. Each has its own init, so the
// engineer who builds one deletes that block; a command registered by its own
// file (which sorts before this one) is never replaced by its stub.

func init() {
	stub("report", "the committee's report on a cohort: meetings, goals, topics, pairs at risk",
		"Prints the committee's report on a cohort: for each pair the meetings logged, days\n"+
			"since the last one, goals and their states, and topics covered. Never notes or\n"+
			"reply text.",
		func(fs *flag.FlagSet) {
			fs.String("config", "", "configuration file")
			fs.String("cohort", "", "the cohort (default: the latest)")
			fs.Bool("json", false, "print JSON instead of text")
		})
}

func init() {
	stub("questions", "list participants' questions that are waiting for the committee",
		"Lists the questions participants sent that the committee has not answered yet,\n"+
			"oldest first (answers are sent by replying to the forwarded question).",
		func(fs *flag.FlagSet) {
			fs.String("config", "", "configuration file")
			fs.Bool("all", false, "include answered questions")
		})
}

func init() {
	stub("export", "print all of one participant's data as JSON",
		"Prints everything stored about one participant, notes included, as JSON: what a\n"+
			"participant may ask for.",
		func(fs *flag.FlagSet) {
			fs.String("config", "", "configuration file")
			fs.String("email", "", "the participant's address")
			fs.String("out", "-", "output file")
		})
}

func init() {
	stub("forget", "erase one participant's data, including from the write-ahead log",
		"Erases a participant and everything stored about them (meetings, goals, questions,\n"+
			"answers, raw messages), then checkpoints the database so nothing remains in the WAL.",
		func(fs *flag.FlagSet) {
			fs.String("config", "", "configuration file")
			fs.String("email", "", "the participant's address")
			fs.Bool("yes", false, "do not ask for confirmation")
		})
}

func init() {
	stub("bench", "measure parsing and store throughput on generated replies",
		"Measures how many replies per second the parser and the store handle, on generated\n"+
			"messages in English and French, and prints the rates.",
		func(fs *flag.FlagSet) {
			fs.Int("n", 10000, "number of messages")
			fs.Int("workers", 2, "parallel workers")
		})
}

// stub registers a command that explains itself with --help and otherwise says it
// is not built yet (exit 1). A command already registered is left alone.
func stub(name, summary, description string, flags func(fs *flag.FlagSet)) {
	if _, ok := commands[name]; ok {
		return
	}
	register(name, summary+" (not built yet)", func(args []string, stdout, stderr io.Writer) int {
		if helpAsked(args) {
			fs := flag.NewFlagSet(name, flag.ContinueOnError)
			fs.SetOutput(stdout)
			flags(fs)
			fmt.Fprintf(stdout, "Usage: mentormail %s [flags]   (not built yet)\n\n%s\n\nFlags:\n", name, description)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "mentormail: %s is not built yet\n", name)
		return 1
	})
}
