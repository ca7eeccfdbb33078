package store

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// The store's tests run on SQLite, then on PostgreSQL when
// MENTORMAIL_TEST_POSTGRES is set (as storetest.Main does for other packages,
// which this package's own tests cannot import).

var (
	testMu      sync.Mutex
	testPG      string
	testSchemas map[string]string
)

func TestMain(m *testing.M) {
	code := m.Run()
	url := os.Getenv("MENTORMAIL_TEST_POSTGRES")
	switch {
	case url == "" && os.Getenv("CI") == "true":
		fmt.Fprintln(os.Stderr, "store: CI=true and MENTORMAIL_TEST_POSTGRES is not set: the PostgreSQL pass cannot run (see e2e/postgres.sh)")
		code = max(code, 1)
	case url != "":
		fmt.Printf("store: the same tests on PostgreSQL (%s)\n", Redact(url))
		testMu.Lock()
		testPG, testSchemas = url, map[string]string{}
		testMu.Unlock()
		pg := m.Run()
		if pg == 0 {
			fmt.Println("STORETEST: postgres ran")
		}
		code = max(code, pg)
	}
	os.Exit(code)
}

func onPostgres() bool {
	testMu.Lock()
	defer testMu.Unlock()
	return testPG != ""
}

func skipPostgres(t testing.TB, why string) {
	t.Helper()
	if onPostgres() {
		t.Skip("SQLite only: " + why)
	}
}

// testPath is path on SQLite, and a schema of the test's own on PostgreSQL.
func testPath(t testing.TB, path string) string {
	t.Helper()
	testMu.Lock()
	defer testMu.Unlock()
	if testPG == "" {
		return path
	}
	if u, ok := testSchemas[path]; ok {
		return u
	}
	u, drop, err := NewSchema(testPG, t.Name())
	if err != nil {
		t.Fatal(err)
	}
	testSchemas[path] = u
	t.Cleanup(func() {
		testMu.Lock()
		delete(testSchemas, path)
		testMu.Unlock()
		if err := drop(); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	return u
}

// TestEveryMigrationHasAPostgresVariant: a migration step added for SQLite
// without saying how PostgreSQL spells it fails here, not silently on a
// PostgreSQL database later.
func TestEveryMigrationHasAPostgresVariant(t *testing.T) {
	for _, m := range migrations {
		if _, err := m.statements(Postgres); err != nil {
			t.Errorf("%v: add an entry for version %d to pgMigrations in store/dialect.go", err, m.version)
		}
	}
	if _, err := (migration{version: 1 << 20, name: "new"}).statements(Postgres); err == nil {
		t.Error("a step without a PostgreSQL variant would migrate a PostgreSQL database")
	}
	for v := range pgMigrations {
		found := false
		for _, m := range migrations {
			found = found || m.version == v
		}
		if !found {
			t.Errorf("pgMigrations has version %d, which no migration has", v)
		}
	}
}
