package program

import (
	"testing"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
)

// The package's tests run on SQLite, then again on PostgreSQL when
// MENTORMAIL_TEST_POSTGRES is set (storetest.Main).
func TestMain(m *testing.M) { storetest.Main(m) }

// dbFiles returns the SQLite database's files, to search for plain text; none on
// PostgreSQL, whose files are the server's.
func dbFiles(s *store.Store) []string {
	if s.Dialect() == store.Postgres {
		return nil
	}
	return []string{s.Path(), s.Path() + "-wal"}
}
