// Package roster reads the committee's CSV files (participants and pairs) and
// imports a cohort from them in one transaction: every bad row is reported with
// its file, line and column, and nothing is written unless every row is good.
package roster

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/topics"
)

// MaxFileBytes is the largest CSV file read.
const MaxFileBytes = 10 << 20

// File is a CSV file's name (used in error messages) and its content.
type File struct {
	Name string
	Data []byte
}

// ReadFile reads a CSV file from disk, naming it by its path.
func ReadFile(path string) (File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return File{}, fmt.Errorf("roster: %w", err)
	}
	if fi.Size() > MaxFileBytes {
		return File{}, fmt.Errorf("roster: %s is larger than %d bytes", path, MaxFileBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return File{}, fmt.Errorf("roster: %w", err)
	}
	if what := binaryKind(data); what != "" {
		return File{}, fmt.Errorf("roster: %s is not a CSV text file (it looks like %s); save it from the spreadsheet as CSV UTF-8", path, what)
	}
	return File{Name: path, Data: data}, nil
}

// Options describes the cohort an import fills.
type Options struct {
	// Cohort is the cohort's name, e.g. "2026-fall"; it is created when new.
	Cohort string
	// Start is the cohort's first day, YYYY-MM-DD: the day introductions go out.
	Start string
	// Days is the session's length in days.
	Days int
	// Topics is the catalogue interests are checked against; nil is the built-in one.
	Topics *topics.Catalogue
	// DryRun checks everything against the database and reports what would
	// change, but writes nothing.
	DryRun bool
	// CatchUp is what a new pair whose start is before Today receives (see
	// catchup.go): CatchUpIntro (the default), CatchUpNone or CatchUpAll.
	CatchUp string
	// Today is the day of the import in the program's time zone, YYYY-MM-DD;
	// empty means today in UTC.
	Today string
}

// Counts is how many rows of one kind an import added, updated or left as they were.
type Counts struct {
	Added, Updated, Unchanged int
}

func (c *Counts) add(ch store.RosterChange) {
	switch ch {
	case store.RosterAdded:
		c.Added++
	case store.RosterUpdated:
		c.Updated++
	default:
		c.Unchanged++
	}
}

// String returns "2 added, 1 updated, 9 unchanged".
func (c Counts) String() string {
	return fmt.Sprintf("%d added, %d updated, %d unchanged", c.Added, c.Updated, c.Unchanged)
}

// Summary is what an import did.
type Summary struct {
	Cohort       store.Cohort
	CohortChange store.RosterChange
	Participants Counts
	Pairs        Counts
	// Warnings are things worth knowing that did not stop the import, such as
	// columns that are not read.
	Warnings []string
	DryRun   bool
	// CaughtUp counts the new pairs whose start was before today, and CatchUp
	// the policy they were given.
	CaughtUp int
	CatchUp  string
}

// String is the summary printed by `mentormail import`.
func (s *Summary) String() string {
	var b strings.Builder
	if s.DryRun {
		b.WriteString("dry run: nothing was written\n")
	}
	fmt.Fprintf(&b, "cohort %s (%s): starts %s, %d days\n", s.Cohort.Name, s.CohortChange, s.Cohort.StartDate, s.Cohort.Days)
	fmt.Fprintf(&b, "participants: %s\n", s.Participants)
	fmt.Fprintf(&b, "pairs: %s\n", s.Pairs)
	if s.CaughtUp > 0 {
		fmt.Fprintf(&b, "%d new pair(s) started before today: %s\n", s.CaughtUp, catchUpSaying[s.CatchUp])
	}
	return b.String()
}

// errDryRun rolls a dry run's transaction back.
var errDryRun = errors.New("roster: dry run")

// Import checks participants and pairs (either may be empty) and writes them
// into the cohort in one transaction. When any row is bad it returns Errors,
// listing every problem, and writes nothing. Importing the same files again
// changes nothing; a changed row updates that participant. Import never removes
// a participant or ends a pair.
func Import(s *store.Store, opts Options, participants, pairs File) (*Summary, error) {
	start, err := checkOptions(&opts)
	if err != nil {
		return nil, err
	}
	sum := &Summary{DryRun: opts.DryRun}
	var errs Errors
	var people []*person
	var rejected map[string]bool
	if participants.Name != "" {
		var w []string
		var e Errors
		people, rejected, w, e = readParticipants(participants.Name, participants.Data, opts.Topics)
		sum.Warnings, errs = append(sum.Warnings, w...), append(errs, e...)
	}
	owners, e := checkDuplicates(people)
	errs = append(errs, e...)
	var prs []*pairRow
	if pairs.Name != "" {
		var w []string
		prs, w, e = readPairs(pairs.Name, pairs.Data, start, opts.Days)
		sum.Warnings, errs = append(sum.Warnings, w...), append(errs, e...)
	}

	err = s.Tx(func(tx *store.Tx) error {
		im := &importer{tx: tx, opts: opts, owners: owners, rejected: rejected, errs: errs, ids: map[string]int64{}}
		if err := im.check(people, prs); err != nil {
			return err
		}
		if len(im.errs) > 0 {
			sortErrors(im.errs, participants.Name, pairs.Name)
			return im.errs
		}
		if err := im.write(sum, people, prs); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		return nil, err
	}
	return sum, nil
}

func checkOptions(opts *Options) (time.Time, error) {
	if opts.Topics == nil {
		opts.Topics = topics.Default()
	}
	opts.Cohort = strings.TrimSpace(opts.Cohort)
	if opts.Cohort == "" {
		return time.Time{}, errors.New("roster: the cohort needs a name")
	}
	start, err := parseDate(opts.Start)
	if err != nil {
		return time.Time{}, fmt.Errorf("roster: the cohort's start: %w", err)
	}
	opts.Start = start.Format(DateLayout)
	if err := checkCatchUp(opts); err != nil {
		return time.Time{}, err
	}
	if opts.Days < 1 || opts.Days > 366 {
		return time.Time{}, fmt.Errorf("roster: the session's length must be 1 to 366 days, not %d", opts.Days)
	}
	return start, nil
}

// sortErrors orders errors by file (in the order given), line and column.
func sortErrors(errs Errors, files ...string) {
	rank := func(f string) int { return slices.Index(files, f) }
	slices.SortStableFunc(errs, func(a, b *RowError) int {
		return cmp.Or(cmp.Compare(rank(a.File), rank(b.File)), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// importer holds an import's state inside its transaction.
type importer struct {
	tx     *store.Tx
	opts   Options
	owners map[string]*person // every address in participants.csv -> its row
	// rejected are the addresses of participants.csv rows with errors.
	rejected map[string]bool
	errs     Errors
	cohort   *store.Cohort      // nil when the cohort is new
	known    map[string]*member // resolved pair members, by address
	ids      map[string]int64   // participant ids by primary address, filled by write
}

// member is a person a pair names: a row of participants.csv, or someone
// already in the database.
type member struct {
	email string
	role  string
	id    int64 // 0 when not yet in the database
	// withdrawn is set for someone only in the database who has left the program.
	withdrawn bool
}

// check runs the checks that need other rows or the database.
func (im *importer) check(people []*person, prs []*pairRow) error {
	for _, ps := range people {
		if err := im.checkOwnership(ps); err != nil {
			return err
		}
	}
	c, err := im.tx.RosterCohort(im.opts.Cohort)
	if err != nil {
		return err
	}
	im.cohort = c
	return im.checkPairs(prs)
}

// checkOwnership reports an address in the file that the database gives to
// someone else. Moving an address between people is not done by import.
func (im *importer) checkOwnership(ps *person) error {
	for i, a := range append([]string{ps.p.Email}, ps.alternates...) {
		other, err := im.tx.RosterParticipant(a)
		if err != nil {
			return err
		}
		if other != nil && other.Email == ps.p.Email && i == 0 && other.Role != ps.p.Role {
			if err := im.checkRoleChange(ps, other); err != nil {
				return err
			}
		}
		if other == nil || other.Email == ps.p.Email {
			continue
		}
		col := colEmail
		if i > 0 {
			col = colAlternates
		}
		im.errs = append(im.errs, ps.t.errAt(ps.r, col, "duplicate participant: %s already belongs to %s in the database", a, other.Email))
	}
	return nil
}

// checkRoleChange refuses to turn a mentor into a mentee, or the reverse, while
// they are in an active pair: the pair would no longer make sense.
func (im *importer) checkRoleChange(ps *person, cur *store.Participant) error {
	n, err := im.tx.RosterActivePairCount(cur.ID)
	if err != nil {
		return err
	}
	if n > 0 {
		im.errs = append(im.errs, ps.t.errAt(ps.r, colRole, "role mismatch: %s is a %s in %d active pair(s); the import cannot make them a %s",
			cur.Email, cur.Role, n, ps.p.Role))
	}
	return nil
}
