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
)

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
		pgURL, schemas = url, map[string]string{}
		mu.Unlock()
		pg := m.Run()
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
	u, drop, err := store.NewSchema(pgURL, t.Name())
	if err != nil {
		t.Fatal(err)
	}
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
