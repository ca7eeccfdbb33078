// Package store keeps the program's data in SQLite through gorm: the models, their
// ordered migrations, and the queries the rest of mentormail needs.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// BusyTimeout is how long a statement waits for another connection's write lock.
const BusyTimeout = 10 * time.Second

// Options configures Open.
type Options struct {
	// Path is the SQLite file, created with mode 0600 when missing; or a
	// PostgreSQL URL (postgres://user:password@host:port/database?sslmode=...),
	// whose database must exist.
	Path string
	// Key encrypts notes and free text at rest (AES-256-GCM); it must be 32 bytes.
	Key []byte
	// Logger receives slow-query and error logs; nil discards them.
	Logger *slog.Logger
	// migrateTo stops migrations at a version; zero means the latest. Tests use it.
	migrateTo int
}

// Store is the program's database.
type Store struct {
	db *gorm.DB
	// marks is a second pool on the same file for the sender's "sent" marks, with
	// synchronous=NORMAL: a mark is not fsynced at its commit, only with the next
	// durable commit or checkpoint. A crash of the process loses nothing (WAL); a
	// power cut may lose the last marks, and those messages are sent again with
	// their same Message-ID. Every other write stays synchronous=FULL.
	marks *gorm.DB
	seal  *sealer
	path  string
	// dialect is SQLite or Postgres.
	dialect string
	// count counts the statements run on db (Statements).
	count *statementCount
	// group is a group commit's shared state (groupstate.go); nil for a store.
	group *groupState
}

// ErrWrongKey means the configured key is not the one the database was made with.
var ErrWrongKey = errors.New("store: the notes key does not match the one this database was made with")

// Open opens (creating if needed) and migrates the database at opts.Path: a
// SQLite file, or a PostgreSQL database when the path is a postgres:// URL.
//
// Durability: the database runs in WAL mode with synchronous=FULL, so SQLite fsyncs
// the WAL at every commit; a transaction that returned is on disk and survives a
// power cut (NORMAL would only guarantee consistency, not the last commits).
func Open(opts Options) (*Store, error) {
	if opts.Path == "" {
		return nil, errors.New("store: no database path")
	}
	sl, err := newSealer(opts.Key)
	if err != nil {
		return nil, err
	}
	if IsPostgres(opts.Path) {
		return openPostgres(opts, sl)
	}
	// Create the file ourselves so its mode is 0600; SQLite gives the -wal and -shm
	// files the same mode as the database file.
	f, err := os.OpenFile(opts.Path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, openError(opts.Path, err)
	}
	f.Close()

	conf := func() *gorm.Config { return gormConfig(opts) }
	db, err := openSQLite(opts.Path, "FULL", conf())
	if err != nil {
		return nil, err
	}
	marks, err := openSQLite(opts.Path, "NORMAL", conf())
	if err != nil {
		if sqlDB, e := db.DB(); e == nil {
			sqlDB.Close()
		}
		return nil, err
	}
	s := &Store{db: db, marks: marks, seal: sl, path: opts.Path, dialect: SQLite, count: &statementCount{}}
	if err := countStatements(db, s.count); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	return finishOpen(s, opts)
}

// openSQLite opens the SQLite file at path with the store's settings, through a
// stmtPool that keeps the statements prepared across transactions.
func openSQLite(path, synchronous string, conf *gorm.Config) (*gorm.DB, error) {
	sqlDB, err := sql.Open(sqlite.DriverName, sqliteDSN(path, synchronous))
	if err != nil {
		return nil, fmt.Errorf("store: unable to open %s: %w", path, err)
	}
	pool := newStmtPool(sqlDB)
	db, err := gorm.Open(sqlite.New(sqlite.Config{DriverName: sqlite.DriverName, Conn: pool}), conf)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: unable to open %s: %w", path, err)
	}
	return db, nil
}

// openPostgres opens the PostgreSQL database at opts.Path. One pool serves every
// write: PostgreSQL's commits are durable (synchronous_commit) whatever the pool.
func openPostgres(opts Options, sl *sealer) (*Store, error) {
	db, err := gorm.Open(postgres.Open(opts.Path), gormConfig(opts))
	if err != nil {
		return nil, fmt.Errorf("store: unable to open %s: %w", Redact(opts.Path), err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sqlDB.SetMaxOpenConns(pgMaxConns)
	sqlDB.SetMaxIdleConns(pgMaxConns)
	s := &Store{db: db, marks: db, seal: sl, path: opts.Path, dialect: Postgres, count: &statementCount{}}
	if err := countStatements(db, s.count); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	target := opts.migrateTo
	if target == 0 {
		target = LatestVersion()
	}
	if err := migratePostgres(opts.Path, target); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.checkKey(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// migratePostgres migrates the PostgreSQL database at dsn up to target, on a
// connection of its own with the simple protocol, which takes a step's
// statements in one round trip (a store a test opens migrates a new schema:
// about a hundred statements).
func migratePostgres(dsn string, target int) error {
	u, err := url.Parse(dsn)
	if err != nil {
		return fmt.Errorf("store: %s: %w", Redact(dsn), err)
	}
	q := u.Query()
	q.Set("default_query_exec_mode", "simple_protocol")
	u.RawQuery = q.Encode()
	mdb, err := gorm.Open(postgres.Open(u.String()), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return fmt.Errorf("store: unable to open %s: %w", Redact(dsn), err)
	}
	defer func() {
		if sqlM, e := mdb.DB(); e == nil {
			sqlM.Close()
		}
	}()
	return migrate(mdb, Postgres, target)
}

// MigratePostgres creates or upgrades the schema of the PostgreSQL database at
// dsn to the latest version, without opening a store (it needs no key). The
// tests prepare their schemas ahead with it (storetest).
func MigratePostgres(dsn string) error {
	if !IsPostgres(dsn) {
		return fmt.Errorf("store: %s is not a PostgreSQL URL", dsn)
	}
	return migratePostgres(dsn, LatestVersion())
}

// pgMaxConns bounds one store's PostgreSQL connections.
const pgMaxConns = 8

// quietCancel is gorm's logger without the statements a cancelled context stopped:
// at shutdown a query in flight ends with "context canceled", which is the
// shutdown working, not an error to report.
type quietCancel struct{ logger.Interface }

func (q quietCancel) LogMode(l logger.LogLevel) logger.Interface {
	return quietCancel{q.Interface.LogMode(l)}
}

func (q quietCancel) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	if errors.Is(err, context.Canceled) {
		err = nil // still reported when slow
	}
	q.Interface.Trace(ctx, begin, fc, err)
}

func gormConfig(opts Options) *gorm.Config {
	lg := logger.Discard
	if opts.Logger != nil {
		lg = quietCancel{logger.NewSlogLogger(opts.Logger, logger.Config{SlowThreshold: time.Second, LogLevel: logger.Warn, IgnoreRecordNotFoundError: true})}
	}
	// No PrepareStmt: gorm's prepares a statement first met in a transaction
	// on that transaction, and so prepares it again in every transaction. On
	// SQLite the stmtPool keeps statements prepared; on PostgreSQL pgx caches
	// each connection's prepared statements itself.
	return &gorm.Config{Logger: lg, NowFunc: func() time.Time { return time.Now().UTC() }}
}

// finishOpen migrates s and checks the key.
func finishOpen(s *Store, opts Options) (*Store, error) {
	target := opts.migrateTo
	if target == 0 {
		target = LatestVersion()
	}
	if err := migrate(s.db, s.dialect, target); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.checkKey(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	var errs []error
	dbs := []*gorm.DB{s.marks, s.db}
	if s.marks == s.db {
		dbs = dbs[1:]
	}
	for _, db := range dbs {
		sqlDB, err := db.DB()
		if err == nil {
			err = sqlDB.Close()
		}
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// Path returns the database file's path, or the PostgreSQL URL.
func (s *Store) Path() string { return s.path }

// Dialect returns SQLite or Postgres.
func (s *Store) Dialect() string { return s.dialect }

// Tx runs fn in one transaction; an error or panic rolls it back.
func (s *Store) Tx(fn func(tx *Tx) error) error {
	var tx *Tx
	err := s.transaction(s.db, func(db *gorm.DB) error {
		tx = &Tx{db: db, seal: s.seal, group: s.group}
		if s.group != nil {
			tx.ids = &s.group.ids
		}
		return fn(tx)
	})
	if err == nil && s.group != nil {
		s.group.mark(tx.cursors) // kept: its marks count
	}
	return err
}

// transaction runs fn in one write transaction on db (s.db, maybe with a
// context). SQLite takes its write lock at BEGIN (_txlock=immediate); on
// PostgreSQL the transaction takes the schema's writer lock first, so the
// program's transactions run one at a time, across instances too, as they do on
// SQLite. The sender's claims and marks do not take it: they lock rows.
func (s *Store) transaction(db *gorm.DB, fn func(db *gorm.DB) error) error {
	return db.Transaction(func(tx *gorm.DB) error {
		if s.dialect == Postgres {
			if err := pgXactLock(tx, "writer"); err != nil {
				return err
			}
		}
		return fn(tx)
	})
}

// sqliteDialector opens the SQLite file at path with the store's settings.
func sqliteDialector(path, synchronous string) gorm.Dialector {
	return sqlite.Open(sqliteDSN(path, synchronous))
}

// sqliteDSN is the SQLite file at path with the store's settings.
func sqliteDSN(path, synchronous string) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", synchronous)
	q.Set("_busy_timeout", fmt.Sprint(BusyTimeout.Milliseconds()))
	q.Set("_foreign_keys", "on")
	q.Set("_txlock", "immediate") // take the write lock at BEGIN: no deadlocked upgrades
	return "file:" + path + "?" + q.Encode()
}

// utc returns t in UTC. SQLite keeps times as text in the zone of the value
// bound, and compares them as text: every time the store writes or compares
// must be in one zone, whatever zone the caller's clock uses.
func utc(t time.Time) time.Time { return t.UTC() }

// Tx is a transaction with the store's queries.
type Tx struct {
	db   *gorm.DB
	seal *sealer
	// ids hands out outbox ids (outboxid.go); nil until the first is needed.
	ids *outboxIDs
	// group is the group commit this transaction is part of, or nil; cursors
	// are its cursor marks, kept for the group when it commits to it.
	group   *groupState
	cursors []Cursor
}

// keyCheckText is sealed into meta at first open; a wrong key cannot open it.
const keyCheckText = "mentormail key check"

func (s *Store) checkKey() error {
	var m Meta
	err := s.db.Where("key = ?", "key_check").Take(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		sealed, err := s.seal.seal(keyCheckText)
		if err != nil {
			return err
		}
		if err := s.db.Create(&Meta{Key: "key_check", Value: sealed}).Error; err != nil {
			return fmt.Errorf("store: unable to record the key check: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: unable to read the key check: %w", err)
	}
	if got, err := s.seal.open(m.Value); err != nil || got != keyCheckText {
		return ErrWrongKey
	}
	return nil
}

// openError says why the database file at path could not be opened for
// writing: a missing directory, a file or directory without write permission, a
// read-only file system, a directory in its place.
func openError(path string, err error) error {
	dir := filepath.Dir(path)
	fi, statErr := os.Stat(path)
	exists := statErr == nil
	switch {
	case exists && fi.IsDir():
		return fmt.Errorf("store: unable to open %s: it is a directory, not a database file", path)
	case errors.Is(err, syscall.EROFS):
		return fmt.Errorf("store: unable to open %s for writing: the file system is read-only: %w", path, err)
	case errors.Is(err, fs.ErrNotExist):
		if _, derr := os.Stat(dir); derr != nil {
			return fmt.Errorf("store: unable to create %s: the directory %s does not exist", path, dir)
		}
	case errors.Is(err, fs.ErrPermission) && exists:
		return fmt.Errorf("store: unable to open %s for writing: the file exists but this user may not write it (mode %v): %w",
			path, fi.Mode().Perm(), err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("store: unable to create %s: this user may not write in the directory %s: %w", path, dir, err)
	}
	if exists {
		return fmt.Errorf("store: unable to open %s: %w", path, err)
	}
	return fmt.Errorf("store: unable to create %s: %w", path, err)
}
