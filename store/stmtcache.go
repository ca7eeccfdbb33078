package store

import (
	"context"
	"database/sql"
	"strings"
	"sync"

	"gorm.io/gorm"
)

// maxCachedStmts bounds the statements one SQLite pool keeps prepared. The
// store's queries are a few hundred at most; a query whose text varies (an IN
// list of a varying length) fills the cache no further once it is full, and
// is prepared where it runs.
const maxCachedStmts = 512

// stmtPool is the gorm connection pool of a SQLite store. It keeps each DML
// statement prepared on the database, and a transaction runs it through
// database/sql's Tx.StmtContext, which reuses the statement its connection
// has prepared before. gorm's own PrepareStmt prepares a statement first met
// in a transaction on that transaction, and so prepares every statement of
// every transaction again: about 40% of the store's time in the bench's
// ingest, where each message is a transaction of some twenty statements.
//
// A statement is prepared on the database only where no connection is held:
// a transaction that meets a statement not yet kept runs it unprepared and
// asks for it, and the pool prepares what was asked for at the next BeginTx.
// Preparing from inside a transaction would need a second connection, which a
// pool limited to one (a test's SetMaxOpenConns(1)) never gives.
type stmtPool struct {
	db     *sql.DB
	mu     sync.RWMutex
	stmts  map[string]*sql.Stmt // nil: the query would not prepare; it is not tried again
	wanted map[string]bool      // met in a transaction, to prepare at the next BeginTx
}

func newStmtPool(db *sql.DB) *stmtPool {
	return &stmtPool{db: db, stmts: map[string]*sql.Stmt{}, wanted: map[string]bool{}}
}

// cacheable reports whether query is kept prepared: reads and writes of rows.
// Savepoints (named afresh each time), pragmas and schema changes are not.
func cacheable(query string) bool {
	q := strings.TrimLeft(query, " \t\r\n(")
	if len(q) < 6 {
		return false
	}
	switch strings.ToUpper(q[:6]) {
	case "SELECT", "INSERT", "UPDATE", "DELETE":
		return true
	}
	return false
}

// stmt returns query prepared on the database, preparing it when needed, or
// nil when it is not kept (not cacheable, the cache full, or the prepare
// failed: running the query then reports the error). It may take a
// connection: it is not for a transaction's statements.
func (p *stmtPool) stmt(ctx context.Context, query string) *sql.Stmt {
	if !cacheable(query) {
		return nil
	}
	return p.prepare(ctx, query)
}

// prepare returns query's kept statement, preparing it on the database and
// keeping it unless the cache is full. p.mu is not held while preparing: the
// prepare may wait for a connection that a transaction holds, and that
// transaction's statements read the cache.
func (p *stmtPool) prepare(ctx context.Context, query string) *sql.Stmt {
	p.mu.RLock()
	st, ok := p.stmts[query]
	full := len(p.stmts) >= maxCachedStmts
	p.mu.RUnlock()
	if ok || full {
		return st
	}
	st, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		st = nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.stmts[query]; ok || len(p.stmts) >= maxCachedStmts {
		if st != nil {
			st.Close()
		}
		return old
	}
	p.stmts[query] = st
	return st
}

// cached returns query's kept statement for a transaction, or nil; a
// cacheable query not kept yet is asked for.
func (p *stmtPool) cached(query string) *sql.Stmt {
	p.mu.RLock()
	st, ok := p.stmts[query]
	asked := p.wanted[query]
	p.mu.RUnlock()
	if ok || asked || !cacheable(query) {
		return st
	}
	p.mu.Lock()
	if len(p.wanted) < maxCachedStmts {
		p.wanted[query] = true
	}
	p.mu.Unlock()
	return nil
}

// prepareWanted prepares the statements transactions asked for.
func (p *stmtPool) prepareWanted(ctx context.Context) {
	p.mu.RLock()
	n := len(p.wanted)
	p.mu.RUnlock()
	if n == 0 {
		return
	}
	p.mu.Lock()
	queries := make([]string, 0, len(p.wanted))
	for q := range p.wanted {
		queries = append(queries, q)
	}
	clear(p.wanted)
	p.mu.Unlock()
	for _, q := range queries {
		p.prepare(ctx, q)
	}
}

func (p *stmtPool) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return p.db.PrepareContext(ctx, query)
}

func (p *stmtPool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := p.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return p.db.ExecContext(ctx, query, args...)
}

func (p *stmtPool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return p.db.QueryContext(ctx, query, args...)
}

func (p *stmtPool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return p.db.QueryRowContext(ctx, query, args...)
}

// BeginTx begins a transaction whose statements use the pool's
// (gorm.ConnPoolBeginner), after preparing those the last ones asked for.
func (p *stmtPool) BeginTx(ctx context.Context, opts *sql.TxOptions) (gorm.ConnPool, error) {
	p.prepareWanted(ctx)
	tx, err := p.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &stmtTx{Tx: tx, p: p}, nil
}

// GetDBConn returns the database (gorm.GetDBConnector), for gorm.DB.DB.
func (p *stmtPool) GetDBConn() (*sql.DB, error) { return p.db, nil }

// Close closes the kept statements, then the database.
func (p *stmtPool) Close() error {
	p.mu.Lock()
	for q, st := range p.stmts {
		if st != nil {
			st.Close()
		}
		delete(p.stmts, q)
	}
	p.mu.Unlock()
	return p.db.Close()
}

// stmtTx is a transaction of a stmtPool (gorm.Tx).
type stmtTx struct {
	*sql.Tx
	p *stmtPool
}

func (t *stmtTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.p.cached(query); st != nil {
		return t.Tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.Tx.ExecContext(ctx, query, args...)
}

func (t *stmtTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.p.cached(query); st != nil {
		return t.Tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.Tx.QueryContext(ctx, query, args...)
}

func (t *stmtTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.p.cached(query); st != nil {
		return t.Tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.Tx.QueryRowContext(ctx, query, args...)
}

// GetDBConn returns the pool's database (gorm.GetDBConnector).
func (t *stmtTx) GetDBConn() (*sql.DB, error) { return t.p.db, nil }

var (
	_ gorm.ConnPoolBeginner = (*stmtPool)(nil)
	_ gorm.Tx               = (*stmtTx)(nil)
)
