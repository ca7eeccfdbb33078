package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

// newFlags returns a command's flag set, with its usage: a first line, then a
// description, then the flags.
func newFlags(name, synopsis, description string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: mentormail %s %s\n\n%s\n\nFlags:\n", name, synopsis, description)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses a command's flags. Asked for help, it prints the usage to
// stdout; on a bad flag, or a word where none is taken, it has printed the error.
// done says the command stops here, with code.
func parseArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, done bool) {
	if helpAsked(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, true
	}
	if err := parseQuiet(fs, args); err != nil {
		return 2, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "mentormail %s: unexpected %q (see --help)\n", fs.Name(), fs.Arg(0))
		return 2, true
	}
	return 0, false
}

// parseQuiet parses args and reports a bad flag as one line that starts with
// the command's name, instead of the flag package's error and whole usage.
func parseQuiet(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err != nil {
		fmt.Fprintf(out, "mentormail %s: %v (see --help)\n", fs.Name(), err)
	}
	return err
}

// helpAsked reports whether args ask for help.
func helpAsked(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help":
			return true
		case "--":
			return false
		}
	}
	return false
}

// configFlag adds the --config flag most commands take.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "configuration file (default: built-in defaults and the environment)")
}

// dbFlag adds the --db flag every command that opens the database takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "database file (default: store.path from the configuration)")
}

// withConfigStore loads the configuration and runs fn on its store, printing any
// error as one line prefixed with the command's name. It returns the exit code.
// dbPath, when set, overrides store.path. It never creates a database: where
// there is none, it says which file it looked for.
func withConfigStore(name, cfgPath, dbPath string, stderr io.Writer, fn func(cfg *config.Config, s *store.Store) error) int {
	cfg, err := config.Load(cfgPath)
	if err == nil {
		if dbPath != "" {
			cfg.Store.Path = dbPath
		}
		err = existingDB(cfg.Store.Path)
	}
	if err == nil {
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

// existingDB returns an error naming path when no database is there: only
// import and serve create one.
func existingDB(path string) error {
	if store.IsPostgres(path) {
		return nil // the server's database: Open says if it cannot be reached
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		abs, aerr := filepath.Abs(path)
		if aerr != nil {
			abs = path
		}
		return fmt.Errorf("no database at %s (import a cohort first, or give --db or --config)", abs)
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%s is a directory, not a database", path)
	}
	return nil
}

// withProgram is withConfigStore with the program's rules over the store, for
// the commands that queue mail (it goes out when serve runs).
func withProgram(name, cfgPath, dbPath string, stderr io.Writer, fn func(cfg *config.Config, p *program.Program, s *store.Store) error) int {
	return withConfigStore(name, cfgPath, dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		p, err := service.NewProgram(cfg, s, cfg.Logger(stderr), time.Now, nil)
		if err != nil {
			return err
		}
		return fn(cfg, p, s)
	})
}
