package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("announce", "send the committee's announcement to a cohort, in each person's language", runAnnounce)
}

// runAnnounce implements `mentormail announce --cohort NAME --subject-en S
// --subject-fr S --body-en FILE --body-fr FILE [--to mentors|mentees|all]
// [--dry-run] [--key KEY] [--config FILE] [--db PATH]`.
func runAnnounce(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("announce", "--cohort NAME --subject-en TEXT --subject-fr TEXT --body-en FILE --body-fr FILE\n"+
		"                           [--to mentors|mentees|all] [--dry-run] [--key KEY] [--config FILE] [--db PATH]",
		"Queues the committee's announcement for everyone paired in the cohort (or its mentors or\n"+
			"mentees), each in their language, through the outbox: serve sends it. The body files\n"+
			"are plain UTF-8 text; blank lines separate paragraphs. Each person gets it once per\n"+
			"key: running the same command again queues nothing new (the default key is a digest\n"+
			"of the cohort, audience, subjects and bodies; give --key to resend an edited text to\n"+
			"no one twice). The messages are due "+fmt.Sprint(program.AnnouncePerMinute)+" a minute, so a large cohort is sent\n"+
			"over a while rather than at once. Those who left or whose mail is stopped are skipped;\n"+
			"someone paused gets it when their pause ends. --dry-run lists who would get it and\n"+
			"queues nothing.", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	cohort := fs.String("cohort", "", "the cohort's name")
	to := fs.String("to", program.ToAll, "who gets it: mentors, mentees or all")
	subEN := fs.String("subject-en", "", "the subject in English")
	subFR := fs.String("subject-fr", "", "the subject in French")
	bodyEN := fs.String("body-en", "", "a text file with the body in English")
	bodyFR := fs.String("body-fr", "", "a text file with the body in French")
	key := fs.String("key", "", "what makes it once per person (default: a digest of the announcement)")
	dry := fs.Bool("dry-run", false, "list who would get it, and queue nothing")
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *cohort == "" || *subEN == "" || *subFR == "" || *bodyEN == "" || *bodyFR == "" {
		fmt.Fprintln(stderr, "mentormail announce: give --cohort, --subject-en, --subject-fr, --body-en and --body-fr (see --help)")
		return 2
	}
	a := program.Announcement{Cohort: *cohort, To: *to, SubjectEN: *subEN, SubjectFR: *subFR, Key: *key, DryRun: *dry}
	for _, f := range []struct {
		path string
		dst  *string
	}{{*bodyEN, &a.BodyEN}, {*bodyFR, &a.BodyFR}} {
		b, err := readBody(f.path)
		if err != nil {
			fmt.Fprintln(stderr, "mentormail announce:", err)
			return 1
		}
		*f.dst = b
	}
	return withProgram("announce", *cfgPath, *dbPath, stderr, func(cfg *config.Config, p *program.Program, _ *store.Store) error {
		res, err := p.Announce(a)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "EMAIL\tROLE\tLANGUAGE\tWHAT")
		for _, r := range res.Recipients {
			what := r.Status
			if r.Status == program.RecipientQueued || r.Status == program.RecipientWould {
				what += ", due " + r.Due.In(cfg.Location()).Format("2006-01-02 15:04")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Email, r.Role, r.Language, what)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		switch {
		case a.DryRun:
			fmt.Fprintf(stdout, "Dry run, key %s: %d would get it, %d already have it, %d skipped. Nothing was queued.\n",
				res.Key, res.Queued, res.Already, res.Skipped)
		default:
			fmt.Fprintf(stdout, "Key %s: %d queued, %d already had it, %d skipped.", res.Key, res.Queued, res.Already, res.Skipped)
			if res.Queued > 0 {
				fmt.Fprintf(stdout, " The last is due %s; serve sends them.", res.Last.In(cfg.Location()).Format(time.DateTime))
			}
			fmt.Fprintln(stdout)
		}
		return nil
	})
}

// readBody reads an announcement's body file, within the size limit.
func readBody(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if fi.Size() > program.MaxAnnounceBody {
		return "", fmt.Errorf("%s is larger than %d bytes", path, program.MaxAnnounceBody)
	}
	b, err := os.ReadFile(path)
	return string(b), err
}
