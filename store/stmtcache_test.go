package store

import (
	"errors"
	"strings"
	"testing"
)

// TestStatementsKeptAcrossTransactions: a statement a transaction runs is
// prepared once on the database and reused by the next transactions, also
// when the pool has a single connection (preparing from inside a transaction
// would wait for a second one forever).
func TestStatementsKeptAcrossTransactions(t *testing.T) {
	skipPostgres(t, "the SQLite statement pool (PostgreSQL uses pgx's cache)")
	s := openTest(t)
	pool, ok := s.db.ConnPool.(*stmtPool)
	if !ok {
		t.Fatalf("the store's pool is %T, not the statement pool", s.db.ConnPool)
	}
	sqlDB, err := s.db.DB()
	must(t, err)
	sqlDB.SetMaxOpenConns(1)
	read := func() {
		t.Helper()
		must(t, s.Tx(func(tx *Tx) error {
			if _, err := tx.OutboxByID(424242); !errors.Is(err, ErrNotFound) {
				return err
			}
			return nil
		}))
	}
	kept := func() bool { // the outbox read is kept prepared
		pool.mu.RLock()
		defer pool.mu.RUnlock()
		for q, st := range pool.stmts {
			if strings.HasPrefix(q, "SELECT") && strings.Contains(q, "outbox") && st != nil {
				return true
			}
		}
		return false
	}
	read()
	if kept() {
		t.Fatal("a statement was prepared from inside its transaction")
	}
	read() // prepares what the first asked for, then uses it
	if !kept() {
		t.Fatal("the outbox read is not kept prepared after two transactions")
	}
	n := len(pool.stmts)
	read()
	if len(pool.stmts) != n {
		t.Errorf("a third transaction prepared %d statements more", len(pool.stmts)-n)
	}
}
