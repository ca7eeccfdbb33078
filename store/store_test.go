package store

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var testKey = bytes.Repeat([]byte{7}, KeySize)

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(Options{Path: testPath(t, filepath.Join(t.TempDir(), "m.db")), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	skipPostgres(t, "the SQLite file and its pragmas")
	s := openTest(t)
	for _, p := range []string{s.Path(), s.Path() + "-wal"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(p), fi.Mode().Perm())
		}
	}
	var mode string
	s.db.Raw("PRAGMA journal_mode").Scan(&mode)
	var sync, fk int
	s.db.Raw("PRAGMA synchronous").Scan(&sync)
	s.db.Raw("PRAGMA foreign_keys").Scan(&fk)
	if mode != "wal" || sync != 2 || fk != 1 {
		t.Errorf("journal_mode=%s synchronous=%d foreign_keys=%d; want wal, 2 (FULL), 1", mode, sync, fk)
	}
}

func TestWrongOrMissingKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(Options{Path: testPath(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(Options{Path: testPath(t, path), Key: bytes.Repeat([]byte{8}, KeySize)}); !errors.Is(err, ErrWrongKey) {
		t.Errorf("wrong key: err = %v, want ErrWrongKey", err)
	}
	if _, err := Open(Options{Path: testPath(t, path)}); err == nil {
		t.Error("missing key: Open succeeded")
	}
	if _, err := Open(Options{Path: testPath(t, path), Key: []byte("short")}); err == nil {
		t.Error("short key: Open succeeded")
	}
}

func TestUniqueAndForeignKeys(t *testing.T) {
	s := openTest(t)
	db := s.db
	c := Cohort{Name: "Fall 2026", StartDate: "2026-09-01", Days: 60, CreatedAt: time.Now()}
	must(t, db.Create(&c).Error)
	mk := func(email, role string) Participant {
		p := Participant{Email: email, Name: email, Role: role, Language: "en", TimeZone: "America/Toronto", Status: StatusActive}
		must(t, db.Create(&p).Error)
		return p
	}
	a, b := mk("a@example.org", RoleMentor), mk("b@example.org", RoleMentee)
	if err := db.Create(&Participant{Email: "a@example.org", Name: "x", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}).Error; err == nil {
		t.Error("duplicate participant address accepted")
	}
	must(t, db.Create(&Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: c.StartDate, Status: PairActive}).Error)
	if err := db.Create(&Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: c.StartDate, Status: PairActive}).Error; err == nil {
		t.Error("second active pair for the same mentor and mentee accepted")
	}
	must(t, db.Create(&Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: c.StartDate, Status: PairEnded}).Error)
	if err := db.Create(&Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: a.ID, StartDate: c.StartDate, Status: PairEnded}).Error; err == nil {
		t.Error("a pair of one person with themself accepted")
	}
	if err := db.Create(&Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: 999, StartDate: c.StartDate, Status: PairEnded}).Error; err == nil {
		t.Error("pair naming a missing participant accepted: foreign keys are off")
	}
	now := time.Now()
	o := Outbox{IdemKey: "k1", MessageID: "m1@x", Kind: "checkin", Lang: "en", ToAddr: "a@example.org", DueAt: now, State: OutboxPending}
	must(t, db.Create(&o).Error)
	o2 := o
	o2.ID, o2.MessageID = 0, "m2@x"
	if err := db.Create(&o2).Error; err == nil {
		t.Error("duplicate outbox idempotency key accepted")
	}
	o3 := o
	o3.ID, o3.IdemKey = 0, "k2"
	if err := db.Create(&o3).Error; err == nil {
		t.Error("duplicate outbox Message-ID accepted")
	}
	in := Inbound{Key: "msg@x", Mailbox: "INBOX", FromAddr: "a@example.org", Class: "reply", Outcome: InboundProcessed}
	must(t, db.Create(&in).Error)
	in.ID = 0
	if err := db.Create(&in).Error; err == nil {
		t.Error("duplicate inbound key accepted")
	}
	must(t, db.Create(&Address{ParticipantID: a.ID, Address: "a.alt@example.org"}).Error)
	if err := db.Create(&Address{ParticipantID: b.ID, Address: "a.alt@example.org"}).Error; err == nil {
		t.Error("an alternate address shared by two participants accepted")
	}
}

func TestUpgradeFromFirstMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(Options{Path: testPath(t, path), Key: testKey, migrateTo: 1})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := schemaVersion(s.db); v != 1 {
		t.Fatalf("version = %d, want 1", v)
	}
	must(t, s.db.Create(&Cohort{Name: "Old", StartDate: "2026-01-05", Days: 60, CreatedAt: time.Now()}).Error)
	if s.db.Migrator().HasTable(&SurveyAnswer{}) {
		t.Fatal("survey_answers exists at version 1")
	}
	s.Close()

	s, err = Open(Options{Path: testPath(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := schemaVersion(s.db); v != LatestVersion() {
		t.Fatalf("version = %d after upgrade, want %d", v, LatestVersion())
	}
	var n int64
	s.db.Model(&Cohort{}).Count(&n)
	if n != 1 {
		t.Errorf("upgrade lost data: %d cohorts", n)
	}
	if !s.db.Migrator().HasTable(&SurveyAnswer{}) || !s.db.Migrator().HasTable(&InboundFailure{}) {
		t.Error("upgrade did not add the version 2 tables")
	}
}

func TestSealRoundTrip(t *testing.T) {
	s := openTest(t)
	sealed, err := s.Seal("we talked about interviews")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("interviews")) {
		t.Error("sealed value holds the plain text")
	}
	got, err := s.Open(sealed)
	if err != nil || got != "we talked about interviews" {
		t.Errorf("Open = %q, %v", got, err)
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := s.Open(sealed); err == nil {
		t.Error("a tampered value opened")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestDuePairsUsesTheIndex checks the calendar's query plans: each is a search of
// the (status, next_tick_at) index, never a scan of every pair.
func TestDuePairsUsesTheIndex(t *testing.T) {
	skipPostgres(t, "SQLite's query plans")
	s := openTest(t)
	type planRow struct {
		ID, Parent, Notused int
		Detail              string
	}
	for _, q := range []string{
		"SELECT id FROM pairs WHERE status = 'active' AND next_tick_at IS NULL ORDER BY id LIMIT 200",
		"SELECT id FROM pairs WHERE status = 'active' AND next_tick_at <= '2026-11-28' ORDER BY next_tick_at, id LIMIT 200",
	} {
		var plan []planRow
		must(t, s.db.Raw("EXPLAIN QUERY PLAN "+q).Scan(&plan).Error)
		var details []string
		for _, p := range plan {
			details = append(details, p.Detail)
		}
		got := strings.Join(details, "; ")
		if !strings.Contains(got, "idx_pairs_due") || strings.Contains(got, "SCAN pairs") {
			t.Errorf("%s\n  plan: %s; want a search of idx_pairs_due", q, got)
		}
	}
}

// TestCancelledQueryIsNotAnError: a query a cancelled context stops (a shutdown in
// flight) is not logged as an error, while a real SQL error still is.
func TestCancelledQueryIsNotAnError(t *testing.T) {
	var buf bytes.Buffer
	lg := slog.New(slog.NewTextHandler(&buf, nil))
	s, err := Open(Options{Path: testPath(t, filepath.Join(t.TempDir(), "m.db")), Key: testKey, Logger: lg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.CountInbound(ctx); err == nil {
		t.Fatal("a query under a cancelled context succeeded")
	}
	if strings.Contains(buf.String(), "level=ERROR") {
		t.Errorf("a cancelled query was logged as an error:\n%s", buf.String())
	}
	s.db.Exec("SELECT * FROM no_such_table")
	if !strings.Contains(buf.String(), "level=ERROR") {
		t.Error("a failing statement was not logged as an error")
	}
}
