package program

import (
	"context"
	"testing"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// A mentor with two mentees answers the check-in of her first pair: the meeting
// is that pair's, not the pair that started last.
func TestReplyToCheckinOfOneOfTwoPairs(t *testing.T) {
	f := newInboundFixture(t)
	var cohort store.Cohort
	mustDo(t, f.s.DB().Take(&cohort, f.pair.CohortID).Error)
	second := store.Participant{CohortID: &cohort.ID, Email: priya.email, Name: priya.name, Role: priya.role,
		Language: priya.lang, TimeZone: priya.tz, Status: store.StatusActive}
	mustDo(t, f.s.DB().Create(&second).Error)
	pair2 := store.Pair{CohortID: cohort.ID, MentorID: f.pair.MentorID, MenteeID: second.ID, StartDate: "2026-09-14", Status: store.PairActive}
	mustDo(t, f.s.DB().Create(&pair2).Error)
	if _, err := f.p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := f.deliver(msg("grace@example.org", f.replyTo("checkin:p1:c1:mentor"), "Re: check-in",
		"We met yesterday on Zoom for 45 minutes.")); d != mailer.Processed {
		t.Fatalf("disposition %v", d)
	}
	var ms []store.Meeting
	mustDo(t, f.s.DB().Find(&ms).Error)
	if len(ms) != 1 || ms[0].PairID != f.pair.ID {
		t.Fatalf("meetings %+v; want one, for pair %d whose check-in Grace answered", ms, f.pair.ID)
	}
}
