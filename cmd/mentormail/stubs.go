package main

import (
	"flag"
	"fmt"
	"io"
)

// Commands that are planned but not built yet. Each has its own init, so the
// engineer who builds one deletes that block; a command registered by its own
// file (which sorts before this one) is never replaced by its stub.

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
