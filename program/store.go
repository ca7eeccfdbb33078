package program

import (
	"context"
	"time"

	"github.com/mentormail/mentormail/store"
)

// The program reaches the database through the small interfaces below, each
// declared here, where it is used; *store.Store satisfies all of them. What runs
// inside a transaction still takes a *store.Tx: its queries are the program's
// whole data model, too many for an interface worth declaring.

// Transactor runs fn in one transaction: an error or a panic rolls it back.
type Transactor interface {
	Tx(fn func(tx *store.Tx) error) error
}

// ReportReader reads what a cohort's report says.
type ReportReader interface {
	ReportCohort(name string) (*store.Cohort, error)
	ReportData(cohortID int64) (*store.ReportData, error)
}

// QuestionLister lists the questions sent to the committee.
type QuestionLister interface {
	Questions(openOnly bool) ([]store.QuestionRow, error)
}

// ReviewLister lists the items waiting for the committee's review.
type ReviewLister interface {
	ReviewList(ctx context.Context, all bool, limit int) ([]store.ReviewView, error)
}

// CohortLister lists the cohorts with their counts.
type CohortLister interface {
	CohortList(now time.Time) ([]store.CohortCounts, error)
}

// Store is what a Program needs of the database.
type Store interface {
	Transactor
	ReportReader
	// Group runs fn so that the transactions it makes on g commit together.
	Group(ctx context.Context, fn func(g *store.Store) error) error
	DuePairs(now time.Time, limit int) ([]int64, error)
	ReportCohorts() ([]store.Cohort, error)
	OutboxKeys(keys []string) (map[string]bool, error)
	RecordFailure(ctx context.Context, key, errText string) (int, error)
	PurgeRaw(ctx context.Context, before time.Time) (int, error)
	ForgetParticipant(addr string) (*store.Forgotten, error)
}

var (
	_ Store          = (*store.Store)(nil)
	_ QuestionLister = (*store.Store)(nil)
	_ ReviewLister   = (*store.Store)(nil)
	_ CohortLister   = (*store.Store)(nil)
	_ outboxStore    = (*store.Store)(nil)
)
