package store

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
)

// IsBusy reports whether err is SQLite's "database is busy or locked": another
// writer held the lock past the busy timeout. Trying again later is right; it
// says nothing about the data being written.
//
// On PostgreSQL: a serialization failure, a deadlock, a lock or statement
// timeout.
func IsBusy(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "55P03", "57014":
			return true
		}
	}
	return false
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
	// PostgreSQL: the server out of reach or going away (class 08, 57P), out
	// of disk or memory (53), read-only (25006), an I/O error (58030); the
	// connection lost or the pool closed.
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), strings.HasPrefix(pe.Code, "53"), strings.HasPrefix(pe.Code, "57P"),
			pe.Code == "25006", pe.Code == "58030":
			return true
		}
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) ||
		pgconn.SafeToRetry(err) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) {
		return true
	}
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO) ||
		errors.Is(err, syscall.EDQUOT)
}
