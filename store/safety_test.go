package store

import (
	"path/filepath"
	"testing"
	"time"
)

// safetyPair makes a cohort, two partners and their pair.
func safetyPair(t *testing.T, s *Store) (Pair, Participant, Participant) {
	t.Helper()
	c := Cohort{Name: "C", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	must(t, s.db.Create(&c).Error)
	a := Participant{Email: "a@example.org", Name: "A", Role: RoleMentor, Language: "en", TimeZone: "UTC", Status: StatusActive}
	b := Participant{Email: "b@example.org", Name: "B", Role: RoleMentee, Language: "fr", TimeZone: "UTC", Status: StatusActive}
	must(t, s.db.Create(&a).Error)
	must(t, s.db.Create(&b).Error)
	p := Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: c.StartDate, Status: PairActive}
	must(t, s.db.Create(&p).Error)
	return p, a, b
}

// TestGoalsRenumberedPerOwner: the migration numbers each partner's goals for
// them, and AddGoal goes on from the owner's last number.
func TestGoalsRenumberedPerOwner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(Options{Path: testPath(t, path), Key: testKey, migrateTo: 4})
	if err != nil {
		t.Fatal(err)
	}
	// The schema of version 4, written as it was then.
	db := s.db
	must(t, db.Exec(`INSERT INTO cohorts (id, name, start_date, days, created_at) VALUES (1, 'C', '2026-09-07', 60, ?)`, time.Now()).Error)
	must(t, db.Exec(`INSERT INTO participants (id, email, name, role, language, time_zone, status) VALUES
		(1, 'a@example.org', 'A', 'mentor', 'en', 'UTC', 'active'), (2, 'b@example.org', 'B', 'mentee', 'fr', 'UTC', 'active')`).Error)
	must(t, db.Exec(`INSERT INTO pairs (id, cohort_id, mentor_id, mentee_id, start_date, status) VALUES (1, 1, 1, 2, '2026-09-07', 'active')`).Error)
	p, a, b := Pair{ID: 1}, Participant{ID: 1}, Participant{ID: 2}
	for i, owner := range []int64{b.ID, a.ID, b.ID} { // numbered per pair before: 1, 2, 3
		must(t, db.Exec(`INSERT INTO goals (pair_id, owner_id, number, status) VALUES (?, ?, ?, 'new')`, p.ID, owner, i+1).Error)
	}
	s.Close()
	s, err = Open(Options{Path: testPath(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var gs []Goal
	must(t, s.db.Order("id").Find(&gs).Error)
	if len(gs) != 3 || gs[0].Number != 1 || gs[1].Number != 1 || gs[2].Number != 2 {
		t.Fatalf("after the migration: %+v; want the mentee's 1 and 2, the mentor's 1", gs)
	}
	must(t, s.Tx(func(tx *Tx) error {
		g := &Goal{PairID: p.ID, OwnerID: a.ID, Status: "new"}
		if err := tx.AddGoal(g, "lead"); err != nil {
			return err
		}
		if g.Number != 2 {
			t.Errorf("the mentor's next goal is %d, want 2", g.Number)
		}
		got, err := tx.GoalByNumber(p.ID, b.ID, 2)
		if err != nil || got.ID != gs[2].ID {
			t.Errorf("the mentee's goal 2: %+v, %v", got, err)
		}
		return nil
	}))
}

// TestUndoRestoresChangedSettings: undo restores the value a change replaced,
// unless a later change to the same field stands; a meeting's day goes back to
// undated.
func TestUndoRestoresChangedSettings(t *testing.T) {
	s := openTest(t)
	p, a, _ := safetyPair(t, s)
	now := time.Date(2026, 9, 21, 12, 0, 0, 0, time.UTC)
	in := func(tx *Tx, key string) *int64 {
		i := &Inbound{Key: key, Mailbox: "INBOX", FromAddr: a.Email, ParticipantID: &a.ID, Class: "reply", Outcome: InboundProcessed}
		must(t, tx.db.Create(i).Error)
		return &i.ID
	}
	m := Meeting{PairID: p.ID, LoggedByID: a.ID, Date: ""}
	must(t, s.db.Create(&m).Error)
	must(t, s.Tx(func(tx *Tx) error {
		i1 := in(tx, "1")
		if err := tx.RecordChange(&Change{ParticipantID: a.ID, InboundID: i1, Entity: EntityParticipant, EntityID: a.ID,
			Field: FieldFewerReminders, Prev: "false", Value: "true"}); err != nil {
			return err
		}
		if err := tx.UpdateParticipant(a.ID, map[string]any{"fewer_reminders": true}); err != nil {
			return err
		}
		i2 := in(tx, "2")
		if err := tx.RecordChange(&Change{ParticipantID: a.ID, InboundID: i2, Entity: EntityMeeting, EntityID: m.ID,
			Field: FieldDate, Prev: "", Value: "2026-09-15"}); err != nil {
			return err
		}
		return tx.SetMeetingDate(m.ID, "2026-09-15")
	}))
	undo := func() *Undone {
		var u *Undone
		must(t, s.Tx(func(tx *Tx) (err error) { u, err = tx.UndoLast(a.ID, now); return err }))
		return u
	}
	if u := undo(); len(u.Changes) != 1 {
		t.Fatalf("first undo took back %+v, want the meeting's day", u)
	}
	var got Meeting
	must(t, s.db.Take(&got, m.ID).Error)
	if got.Date != "" {
		t.Errorf("meeting date %q after undo, want undated", got.Date)
	}
	var n int
	must(t, s.Tx(func(tx *Tx) (err error) { n, err = tx.MeetingDays(p.ID); return err }))
	if n != 0 {
		t.Errorf("an undated meeting counts as %d meeting days", n)
	}
	undo()
	var pt Participant
	must(t, s.db.Take(&pt, a.ID).Error)
	if pt.FewerReminders {
		t.Error("undo did not restore fewer_reminders")
	}
}
