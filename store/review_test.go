package store

import (
	"fmt"
	"testing"
	"time"
)

// Times are stored as text in SQLite, in the zone of the value bound. A sender
// or program whose clock is in the host's local zone (a server in Toronto) must
// still compare correctly with the UTC times the store holds.
func TestTimesCompareAcrossZones(t *testing.T) {
	s := openTest(t)
	toronto, err := time.LoadLocation("America/Toronto")
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 9, 21, 13, 0, 0, 0, time.UTC)
	o := Outbox{IdemKey: "receipt:1", Kind: "receipt_meeting", Lang: "en", ToAddr: "a@example.net", DueAt: due}
	must(t, s.Tx(func(tx *Tx) error {
		_, err := tx.Enqueue(&o, Message{Subject: "s", Text: "t"}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
		return err
	}))
	// Half an hour after it is due, read on a clock in Toronto's zone.
	now := due.Add(30 * time.Minute).In(toronto)
	rows, err := s.ClaimDue("s1", now, time.Minute, 10)
	must(t, err)
	if len(rows) != 1 {
		t.Fatalf("claimed %d rows half an hour after their due time (clock in %s), want 1", len(rows), toronto)
	}
	// A retry set on the Toronto clock comes due by a UTC clock at the right time.
	next := now.Add(time.Hour)
	must(t, s.MarkRetry(rows[0].ID, "s1", now, next, "421 busy"))
	if rows, err = s.ClaimDue("s2", next.Add(time.Minute).UTC(), time.Minute, 10); err != nil || len(rows) != 1 {
		t.Fatalf("claimed %d rows (%v) a minute after the retry time, want 1", len(rows), err)
	}

	// The calendar: a pair's next look set in the program's zone is due by the UTC clock.
	c := Cohort{Name: "c", StartDate: "2026-09-07", Days: 60, CreatedAt: due}
	must(t, s.db.Create(&c).Error)
	a := Participant{Email: "m@example.net", Name: "M", Role: RoleMentor, Language: "en", TimeZone: "UTC", Status: StatusActive}
	b := Participant{Email: "e@example.net", Name: "E", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	must(t, s.db.Create(&a).Error)
	must(t, s.db.Create(&b).Error)
	pr := Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: "2026-09-07", Status: PairActive}
	must(t, s.db.Create(&pr).Error)
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, toronto) // 14:00 UTC
	must(t, s.Tx(func(tx *Tx) error { return tx.SetNextTick(pr.ID, at) }))
	ids, err := s.DuePairs(time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC), 10)
	must(t, err)
	if len(ids) != 0 {
		t.Errorf("pair due at 14:00 UTC was listed at 10:00 UTC")
	}
	ids, err = s.DuePairs(time.Date(2026, 11, 27, 14, 1, 0, 0, time.UTC), 10)
	must(t, err)
	if len(ids) != 1 {
		t.Errorf("pair due at 14:00 UTC was not listed at 14:01 UTC")
	}
}
