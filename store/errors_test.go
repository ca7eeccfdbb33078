package store

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestIsBusy: a write that waits past the busy timeout for another writer's lock
// is reported busy; an ordinary error is not.
func TestIsBusy(t *testing.T) {
	skipPostgres(t, "SQLite's busy timeout")
	path := filepath.Join(t.TempDir(), "m.db")
	a, err := Open(Options{Path: testPath(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(Options{Path: testPath(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sqlB, _ := b.db.DB()
	if _, err := sqlB.Exec("PRAGMA busy_timeout = 50"); err != nil {
		t.Fatal(err)
	}
	sqlB.SetMaxOpenConns(1) // the pragma above holds for the one connection
	locked := make(chan struct{})
	release := make(chan struct{})
	go a.Tx(func(tx *Tx) error {
		tx.db.Exec("INSERT INTO meta (key, value) VALUES ('lock', x'00')")
		close(locked)
		<-release
		return nil
	})
	<-locked
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = sqlB.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('other', x'00')")
	close(release)
	if !IsBusy(err) {
		t.Errorf("IsBusy(%v) = false for a write blocked by another writer", err)
	}
	if IsBusy(ErrWrongKey) || IsBusy(nil) {
		t.Error("IsBusy is true for an error that is not SQLite's busy")
	}
}

// TestPostgresErrorsClassified: PostgreSQL's busy and storage errors are told
// apart from the data's, as SQLite's are.
func TestPostgresErrorsClassified(t *testing.T) {
	for code, want := range map[string][2]bool{ // IsBusy, IsStorage
		"40001": {true, true},   // serialization failure
		"40P01": {true, true},   // deadlock
		"08006": {false, true},  // connection failure
		"53100": {false, true},  // disk full
		"57P01": {false, true},  // admin shutdown
		"25006": {false, true},  // read-only transaction
		"23505": {false, false}, // unique violation: the data's
		"23514": {false, false}, // check violation
	} {
		err := fmt.Errorf("store: %w", &pgconn.PgError{Code: code})
		if got := [2]bool{IsBusy(err), IsStorage(err)}; got != want {
			t.Errorf("SQLSTATE %s: IsBusy, IsStorage = %v, want %v", code, got, want)
		}
	}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	if !IsStorage(fmt.Errorf("store: %w", refused)) {
		t.Error("a refused connection to the server is not a storage error")
	}
}
