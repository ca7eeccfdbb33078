package store

import (
	"errors"
	"fmt"
	"regexp"
)

// The functions below break the database on purpose, for the tests of the
// program's failure paths (a store that refuses a write, a disk full, a table
// gone). Nothing in mentormail calls them outside tests.

// tableName is what a table name given to these functions must look like.
var tableName = regexp.MustCompile(`^[a-z_]+$`)

// FailInserts makes every insert into table fail, with a trigger, until restore
// is called.
func (s *Store) FailInserts(table string) (restore func() error, err error) {
	if !tableName.MatchString(table) {
		return nil, fmt.Errorf("store: %q is not a table name", table)
	}
	name := "fail_" + table
	var stmts, undo []string
	if s.dialect == Postgres {
		stmts = []string{
			`CREATE FUNCTION ` + name + `() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk trouble'; END $$`,
			`CREATE TRIGGER ` + name + ` BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION ` + name + `()`,
		}
		undo = []string{`DROP TRIGGER ` + name + ` ON ` + table}
	} else {
		stmts = []string{`CREATE TRIGGER ` + name + ` BEFORE INSERT ON ` + table + ` BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`}
		undo = []string{`DROP TRIGGER ` + name}
	}
	exec := func(stmts []string) error {
		for _, q := range stmts {
			if err := s.db.Exec(q).Error; err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		return nil
	}
	if err := exec(stmts); err != nil {
		return nil, err
	}
	return func() error { return exec(undo) }, nil
}

// maxPageCount is SQLite's default max_page_count.
const maxPageCount = 1073741823

// FillFile makes the SQLite file full, as a full disk would: no write that
// needs a new page succeeds until restore is called. The page limit is a
// connection's setting, so the store keeps one connection from then on.
func (s *Store) FillFile() (restore func() error, err error) {
	if s.dialect != SQLite {
		return nil, errors.New("store: FillFile is for SQLite")
	}
	sqlDB, err := s.db.DB()
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sqlDB.SetMaxOpenConns(1)
	var pages int
	if err := s.db.Raw("PRAGMA page_count").Scan(&pages).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return func() error {
		if err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", maxPageCount)).Error; err != nil {
			return fmt.Errorf("store: %w", err)
		}
		return nil
	}, nil
}

// RemoveTable takes table away (renamed to table_gone): every query on it fails
// with an error that is not ErrNotFound.
func (s *Store) RemoveTable(table string) error {
	if !tableName.MatchString(table) {
		return fmt.Errorf("store: %q is not a table name", table)
	}
	if err := s.db.Exec("ALTER TABLE " + table + " RENAME TO " + table + "_gone").Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}
