// Package storetest runs a package's tests on each database the store supports:
// SQLite always, and PostgreSQL too when MENTORMAIL_TEST_POSTGRES holds a
// database URL (e2e/postgres.sh starts one). Under CI=true a missing
// MENTORMAIL_TEST_POSTGRES fails the run.
//
// A package opts in with
//
//	func TestMain(m *testing.M) { storetest.Main(m) }
//
// and opens its stores at storetest.Path(t, path) instead of a file path.
package storetest

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/mentormail/mentormail/store"
)

// EnvPostgres names the variable that holds the test PostgreSQL URL.
const EnvPostgres = "MENTORMAIL_TEST_POSTGRES"

var (
	mu      sync.Mutex
	pgURL   string            // the PostgreSQL URL while the PostgreSQL pass runs; "" on SQLite
	schemas map[string]string // a test's path to its schema's URL, in the PostgreSQL pass
	ready   chan schema       // schemas made and migrated ahead, while tests run
)

// schema is a new, migrated schema: its URL and how to drop it.
type schema struct {
	url  string
	drop func() error
	err  error
}

// ahead is how many schemas are made and migrated ahead of the tests that will
// use them: migrating one takes a PostgreSQL server a tenth of a second, which
// it spends while the tests before run on the other core.
const ahead = 3

// prepare makes migrated schemas into ready until stop is closed, then drops
// those no test took.
func prepare(url string, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	for {
		u, drop, err := store.NewSchema(url, "t")
		if err == nil {
			if err = store.MigratePostgres(u); err != nil {
				drop()
			}
		}
		select {
		case ready <- schema{url: u, drop: drop, err: err}:
		case <-stop:
			if err == nil {
				drop()
			}
			for {
				select {
				case sc := <-ready:
					if sc.err == nil {
						sc.drop()
					}
				default:
					return
				}
			}
		}
	}
}

// Main runs the package's tests on SQLite, then again on PostgreSQL when
// MENTORMAIL_TEST_POSTGRES is set, and exits with the worse result.
func Main(m *testing.M) {
	code := m.Run()
	url := os.Getenv(EnvPostgres)
	switch {
	case url == "" && os.Getenv("CI") == "true":
		fmt.Fprintf(os.Stderr, "storetest: CI=true and %s is not set: the PostgreSQL pass cannot run (see e2e/postgres.sh)\n", EnvPostgres)
		code = max(code, 1)
	case url != "":
		fmt.Printf("storetest: the same tests on PostgreSQL (%s)\n", store.Redact(url))
		mu.Lock()
		pgURL, schemas, ready = url, map[string]string{}, make(chan schema, ahead)
		mu.Unlock()
		stop, done := make(chan struct{}), make(chan struct{})
		go prepare(url, stop, done)
		pg := m.Run()
		close(stop)
		<-done
		if pg == 0 {
			fmt.Println("STORETEST: postgres ran")
		}
		code = max(code, pg)
	}
	os.Exit(code)
}

// Postgres reports whether the tests run on PostgreSQL now.
func Postgres() bool {
	mu.Lock()
	defer mu.Unlock()
	return pgURL != ""
}

// SkipPostgres skips t in the PostgreSQL pass: for a test of SQLite's own
// behaviour (its file, its pragmas, its locks).
func SkipPostgres(t testing.TB, why string) {
	t.Helper()
	if Postgres() {
		t.Skip("SQLite only: " + why)
	}
}

// Path returns where to open a store for path: path itself on SQLite; on
// PostgreSQL the URL of a new schema of its own, the same one each time the
// same path is asked for, dropped when t ends.
func Path(t testing.TB, path string) string {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if pgURL == "" {
		return path
	}
	if u, ok := schemas[path]; ok {
		return u
	}
	sc := <-ready
	if sc.err != nil {
		t.Fatal(sc.err)
	}
	u, drop := sc.url, sc.drop
	schemas[path] = u
	t.Cleanup(func() {
		mu.Lock()
		delete(schemas, path)
		mu.Unlock()
		if err := drop(); err != nil {
			t.Errorf("storetest: %v", err)
		}
	})
	return u
}
