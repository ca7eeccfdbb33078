package store

import (
	"slices"
	"testing"
)

func TestSaveRosterCohort(t *testing.T) {
	s := openTest(t)
	err := s.Tx(func(tx *Tx) error {
		if c, err := tx.RosterCohort("fall"); err != nil || c != nil {
			t.Fatalf("RosterCohort on an empty store = %v, %v", c, err)
		}
		c, ch, err := tx.SaveRosterCohort("fall", "2026-09-14", 60)
		if err != nil || ch != RosterAdded || c.ID == 0 {
			t.Fatalf("create: %v %v %v", c, ch, err)
		}
		if _, ch, _ = tx.SaveRosterCohort("fall", "2026-09-14", 60); ch != RosterUnchanged {
			t.Errorf("same again: %v", ch)
		}
		if _, ch, _ = tx.SaveRosterCohort("fall", "2026-09-21", 60); ch != RosterUpdated {
			t.Errorf("new start: %v", ch)
		}
		got, err := tx.RosterCohort("fall")
		if err != nil || got.StartDate != "2026-09-21" || got.ID != c.ID {
			t.Errorf("reread: %+v %v", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSaveRosterParticipant(t *testing.T) {
	s := openTest(t)
	var cohortID int64
	mk := func() *Participant {
		return &Participant{CohortID: &cohortID, Email: "amara@lib.example.ca", Name: "Amara Okafor", Role: RoleMentee,
			Language: "en", TimeZone: "America/Halifax", Interests: "interviews,job_applications"}
	}
	err := s.Tx(func(tx *Tx) error {
		c, _, err := tx.SaveRosterCohort("fall", "2026-09-14", 60)
		if err != nil {
			return err
		}
		cohortID = c.ID
		p := mk()
		ch, err := tx.SaveRosterParticipant(p, []string{"amara.o@home.example.com", "a@home.example.com"})
		if err != nil || ch != RosterAdded || p.ID == 0 || p.Status != StatusActive {
			t.Fatalf("add: %v %v %+v", ch, err, p)
		}
		id := p.ID

		p = mk()
		if ch, err := tx.SaveRosterParticipant(p, []string{"a@home.example.com", "amara.o@home.example.com", "a@home.example.com"}); err != nil || ch != RosterUnchanged {
			t.Errorf("same again (alternates in another order): %v %v", ch, err)
		}
		if p.ID != id || p.CreatedAt.IsZero() {
			t.Errorf("unchanged save did not return the stored row: %+v", p)
		}

		// Program state set elsewhere survives an import that changes the roster fields.
		if err := tx.db.Model(&Participant{}).Where("id = ?", id).Updates(map[string]any{"bounce_count": 2, "status": StatusWithdrawn}).Error; err != nil {
			return err
		}
		p = mk()
		p.TimeZone = "America/Toronto"
		if ch, err := tx.SaveRosterParticipant(p, []string{"a@home.example.com"}); err != nil || ch != RosterUpdated {
			t.Errorf("changed zone: %v %v", ch, err)
		}
		if p.TimeZone != "America/Toronto" || p.BounceCount != 2 || p.Status != StatusWithdrawn {
			t.Errorf("after update: %+v", p)
		}
		alts, err := tx.RosterAlternates(id)
		if err != nil || !slices.Equal(alts, []string{"a@home.example.com"}) {
			t.Errorf("alternates = %v, %v", alts, err)
		}

		for _, addr := range []string{"amara@lib.example.ca", "a@home.example.com"} {
			if got, err := tx.RosterParticipant(addr); err != nil || got == nil || got.ID != id {
				t.Errorf("RosterParticipant(%s) = %v, %v", addr, got, err)
			}
		}
		for _, addr := range []string{"amara.o@home.example.com", "nobody@example.org"} {
			if got, err := tx.RosterParticipant(addr); err != nil || got != nil {
				t.Errorf("RosterParticipant(%s) = %v, %v; want none", addr, got, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSaveRosterPair(t *testing.T) {
	s := openTest(t)
	var refused func(*Tx) error
	err := s.Tx(func(tx *Tx) error {
		c, _, err := tx.SaveRosterCohort("fall", "2026-09-14", 60)
		if err != nil {
			return err
		}
		mentor := &Participant{Email: "m@example.org", Name: "M", Role: RoleMentor, Language: "fr", TimeZone: "America/Toronto"}
		mentee := &Participant{Email: "e@example.org", Name: "E", Role: RoleMentee, Language: "fr", TimeZone: "America/Toronto"}
		for _, p := range []*Participant{mentor, mentee} {
			if _, err := tx.SaveRosterParticipant(p, nil); err != nil {
				return err
			}
		}
		p, ch, err := tx.SaveRosterPair(c.ID, mentor.ID, mentee.ID, "2026-09-14")
		if err != nil || ch != RosterAdded {
			t.Fatalf("add: %v %v", ch, err)
		}
		if _, ch, _ := tx.SaveRosterPair(c.ID, mentor.ID, mentee.ID, "2026-09-14"); ch != RosterUnchanged {
			t.Errorf("same again: %v", ch)
		}
		if q, ch, _ := tx.SaveRosterPair(c.ID, mentor.ID, mentee.ID, "2026-10-01"); ch != RosterUpdated || q.ID != p.ID {
			t.Errorf("new start: %v %+v", ch, q)
		}
		for _, who := range []*Participant{mentor, mentee} {
			if n, err := tx.RosterActivePairCount(who.ID); err != nil || n != 1 {
				t.Errorf("RosterActivePairCount(%s) = %d, %v", who.Email, n, err)
			}
		}
		pairs, err := tx.RosterPairs(c.ID)
		if err != nil || len(pairs) != 1 || pairs[0].StartDate != "2026-10-01" || pairs[0].Status != PairActive {
			t.Errorf("RosterPairs = %+v, %v", pairs, err)
		}
		refused = func(tx *Tx) error {
			if _, _, err := tx.SaveRosterPair(c.ID, mentor.ID, mentor.ID, "2026-09-14"); err == nil {
				t.Error("a pair of one person was stored")
			}
			return nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// In a transaction of its own: on PostgreSQL a failed statement ends its
	// transaction.
	_ = s.Tx(refused)
}
