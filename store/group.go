package store

import (
	"context"

	"gorm.io/gorm"
)

// Group runs fn with a view of the store whose transactions (Tx, and the
// inbox's RecordInbound and RecordFailure) are savepoints of one transaction,
// committed once when fn returns: group commit. A view's transaction that fails
// rolls back to its savepoint and costs the others nothing; what fn did commits
// even when fn returns an error, which Group then returns. When the commit
// fails, Group returns its error and none of fn's work was kept. The view's
// transactions share what each would otherwise read or write again
// (groupstate.go): the cursor they advance is written once, before the commit.
//
// The view is for fn's goroutine alone, and only until fn returns. The
// transaction is not ended by ctx's end: the work already done commits.
func (s *Store) Group(ctx context.Context, fn func(g *Store) error) error {
	var fnErr error
	err := s.transaction(s.db.WithContext(context.WithoutCancel(ctx)), func(tx *gorm.DB) error {
		g := newGroupState()
		fnErr = fn(&Store{db: tx, marks: tx, seal: s.seal, path: s.path, dialect: s.dialect, count: s.count, group: g})
		return g.flush(tx) // a failure rolls the batch back, as a failed commit does
	})
	if err != nil {
		return err
	}
	return fnErr
}
