package store

import (
	"errors"
	"testing"
	"time"
)

// TestMeetingBeforeStartRefused: a meeting dated before its pair's session began
// (the cohort's start, or the pair's own later one) is refused with the reason;
// one on the first day is logged.
func TestMeetingBeforeStartRefused(t *testing.T) {
	s := openTest(t)
	db := s.db
	c := Cohort{Name: "c", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	if err := db.Create(&c).Error; err != nil {
		t.Fatal(err)
	}
	a := Participant{Email: "a@example.org", Name: "A", Role: RoleMentor, Language: "en", TimeZone: "UTC", Status: StatusActive}
	b := Participant{Email: "b@example.org", Name: "B", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	for _, p := range []*Participant{&a, &b} {
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
	}
	late := Pair{CohortID: c.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: "2026-09-21", Status: PairActive}
	if err := db.Create(&late).Error; err != nil {
		t.Fatal(err)
	}
	for date, refused := range map[string]bool{"2026-09-01": true, "2026-09-20": true, "2026-09-21": false, "2026-10-01": false} {
		err := s.Tx(func(tx *Tx) error {
			return tx.AddMeeting(&Meeting{PairID: late.ID, LoggedByID: b.ID, Date: date, Mode: "video"}, "")
		})
		var re *MeetingRefusedError
		if got := errors.As(err, &re); got != refused {
			t.Errorf("%s: refused %v (%v), want %v", date, got, err, refused)
		} else if refused && (re.Start != "2026-09-21" || re.Date != date) {
			t.Errorf("%s: reason %+v", date, re)
		}
	}
}
