package store

import (
	"errors"

	"github.com/mattn/go-sqlite3"
)

// IsBusy reports whether err is SQLite's "database is busy or locked": another
// writer held the lock past the busy timeout. Trying again later is right; it
// says nothing about the data being written.
func IsBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}
