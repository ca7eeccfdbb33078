package store

import (
	"sync/atomic"

	"gorm.io/gorm"
)

// statementCount counts the SQL statements a store runs through gorm: each
// query, insert, update, delete and raw statement, savepoints included (BEGIN
// and COMMIT are not statements here). The tests and the bench read it to
// count the statements an inbound message costs.
type statementCount struct{ n atomic.Int64 }

// countStatements registers c's counter on every one of db's processors.
func countStatements(db *gorm.DB, c *statementCount) error {
	inc := func(*gorm.DB) { c.n.Add(1) }
	cb := db.Callback()
	for _, err := range []error{
		cb.Create().Register("mentormail:count", inc),
		cb.Query().Register("mentormail:count", inc),
		cb.Update().Register("mentormail:count", inc),
		cb.Delete().Register("mentormail:count", inc),
		cb.Row().Register("mentormail:count", inc),
		cb.Raw().Register("mentormail:count", inc),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// Statements returns how many SQL statements the store has run since it was
// opened (its main pool; the sender's marks on SQLite are not counted).
func (s *Store) Statements() int64 {
	if s.count == nil {
		return 0
	}
	return s.count.n.Load()
}
