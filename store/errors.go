package store

import (
	"errors"
	"syscall"

	"github.com/mattn/go-sqlite3"
)

// IsBusy reports whether err is SQLite's "database is busy or locked": another
// writer held the lock past the busy timeout. Trying again later is right; it
// says nothing about the data being written.
func IsBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// IsStorage reports whether err is the storage failing rather than the data:
// the database busy or locked, the disk full, the file read-only, unreadable or
// gone, an I/O error. Such an error is the store's, not the message's or row's
// being written; the caller tries again later and counts nothing against it.
func IsStorage(err error) bool {
	if IsBusy(err) {
		return true
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrFull, sqlite3.ErrReadonly, sqlite3.ErrIoErr, sqlite3.ErrCantOpen,
			sqlite3.ErrPerm, sqlite3.ErrNotADB, sqlite3.ErrCorrupt, sqlite3.ErrNoLFS, sqlite3.ErrProtocol:
			return true
		}
	}
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO) ||
		errors.Is(err, syscall.EDQUOT)
}
