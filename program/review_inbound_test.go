package program

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// A mentor with two mentees answers the check-in of her first pair: the meeting
// is that pair's, not the pair that started last.
func TestReplyToCheckinOfOneOfTwoPairs(t *testing.T) {
	f := newInboundFixture(t)
	cohort := *must(f.s.Cohort(f.pair.CohortID))(t)
	second := store.Participant{CohortID: &cohort.ID, Email: priya.email, Name: priya.name, Role: priya.role,
		Language: priya.lang, TimeZone: priya.tz, Status: store.StatusActive}
	mustDo(t, f.s.InsertRow(&second))
	pair2 := store.Pair{CohortID: cohort.ID, MentorID: f.pair.MentorID, MenteeID: second.ID, StartDate: "2026-09-14", Status: store.PairActive}
	mustDo(t, f.s.InsertRow(&pair2))
	if _, err := f.p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := f.deliver(msg("grace@example.org", f.replyTo("checkin:p1:c1:mentor"), "Re: check-in",
		"We met yesterday on Zoom for 45 minutes.")); d != mailer.Processed {
		t.Fatalf("disposition %v", d)
	}
	ms := must(f.s.Meetings(store.MeetingQuery{}))(t)
	if len(ms) != 1 || ms[0].PairID != f.pair.ID {
		t.Fatalf("meetings %+v; want one, for pair %d whose check-in Grace answered", ms, f.pair.ID)
	}
}

// A message whose processing panics (a bug met by one message) is a failed
// attempt like any other: counted, so that the third quarantines it and tells
// the committee, instead of being offered again every round for ever.
func TestPanickingMessageCountsAsFailure(t *testing.T) {
	f := newInboundFixture(t)
	raw := msg("amelie@example.org", "mentorship@example.org", "x", "We met yesterday.")
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 99, Raw: raw, Size: int64(len(raw))}
	f.p.opts.Clock = func() time.Time { panic("a bug") }
	for i := 1; i <= 2; i++ {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panicked: %v", r) // what the inbox would do
				}
			}()
			_, err = f.p.Handle(context.Background(), d)
		}()
		if err == nil {
			t.Fatalf("try %d succeeded", i)
		}
	}
	n, err := f.s.FailureCount(context.Background(), inboundKey(d))
	mustDo(t, err)
	if n != 2 {
		t.Errorf("failure count %d after two panicking tries, want 2", n)
	}
}
