package program

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
)

// runCalendar ticks p every half hour from the clock's time until end.
func runCalendar(t *testing.T, p *Program, clock *fakeClock, end time.Time) {
	t.Helper()
	for clock.Now().Before(end) {
		if _, err := p.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		clock.Add(30 * time.Minute)
	}
}

// When a mentee leaves the program, her mentor is no longer prompted to meet
// her, nudged for not meeting her, or sent digests of the pair, and the
// committee, told that she left, gets no lapse alerts about the pair.
func TestPartnerWithdrawsCalendarStops(t *testing.T) {
	f := newInboundFixture(t) // day 14: the first check-ins are out
	before := f.lastID()
	f.leave("amelie@example.org")
	runCalendar(t, f.p, f.clock, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC))
	rows := must(f.s.Outboxes(store.OutboxQuery{AfterID: before, ToAddrs: []string{grace.email, "committee@example.org"}}))(t)
	var got []string
	for _, o := range rows {
		got = append(got, o.Kind+":"+o.IdemKey)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "committee_alert:alert:left:") {
		t.Errorf("after the mentee left, the mentor and committee were sent %v; want only the alert that she left", got)
	}
}

// A cohort imported ten days after its start date: the pair is introduced on the
// day of the import, and is not nudged, nor reported to the committee as
// lapsing, for days before it was introduced.
func TestLateImportLapseCountsFromIntroduction(t *testing.T) {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	cohort := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	addPair(t, s, &cohort, grace, amelie, "2026-09-07")
	clock.Set(time.Date(2026, 9, 17, 18, 0, 0, 0, time.UTC)) // imported on day 10
	p := newProgram(t, s, clock)
	runCalendar(t, p, clock, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC))
	rows := must(s.Outboxes(store.OutboxQuery{Kinds: []string{"nudge", "committee_alert", "introduction"}}))(t)
	introduced := time.Date(2026, 9, 17, 0, 0, 0, 0, time.UTC)
	for _, o := range rows {
		if o.Kind == "introduction" {
			continue
		}
		if days := daysBetween(introduced, o.DueAt); o.Kind == "nudge" && days < nudgeAfterDays || o.Kind == "committee_alert" && days < alertAfterDays {
			t.Errorf("%s (%s) due %s, %d days after the pair was introduced", o.Kind, o.IdemKey, o.DueAt.Format(time.DateOnly), days)
		}
	}
}

// A mentee pauses, then resumes before the date she gave: the weeks of her
// pause are not counted as a lapse (no nudge, no committee alert at once), and
// the mail she missed waits for the send hour instead of going out at night.
func TestResumeBeforePauseDate(t *testing.T) {
	f := newInboundFixture(t) // day 14, 16:00 UTC
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "pause", "pause until November 1"))
	runCalendar(t, f.p, f.clock, time.Date(2026, 10, 11, 2, 0, 0, 0, time.UTC)) // 23:00 in Halifax
	before := f.lastID()
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "resume", "resume"))
	runCalendar(t, f.p, f.clock, f.clock.Now().Add(time.Hour))
	rows := must(f.s.Outboxes(store.OutboxQuery{AfterID: before, NotKinds: []string{"receipt_command"}}))(t)
	for _, o := range rows {
		t.Errorf("within the hour after resuming at 23:00 in Halifax: %s (%s) to %s", o.Kind, o.IdemKey, o.ToAddr)
	}
}

// A session across the end of daylight time (1 November 2026 in Canada), with a
// partner in St. John's half-hour zone: every scheduled message is due at the
// send hour, local time, on both sides of the change, and the mid-session and
// check-in days keep their place.
func TestSessionAcrossDSTEnd(t *testing.T) {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	cohort := store.Cohort{Name: "Autumn 2026", StartDate: "2026-10-19", Days: 60, CreatedAt: time.Now()}
	addPair(t, s, &cohort, sean, mei, "2026-10-19")
	clock.Set(time.Date(2026, 10, 18, 12, 0, 0, 0, time.UTC))
	p := newProgram(t, s, clock)
	runCalendar(t, p, clock, time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC))
	rows := must(s.Outboxes(store.OutboxQuery{HasParticipant: true}))(t)
	zones := map[string]string{sean.email: sean.tz, mei.email: mei.tz}
	seen := map[string]string{}
	for _, o := range rows {
		loc := mustLoc(t, zones[o.ToAddr])
		local := o.DueAt.In(loc)
		if local.Hour() != 9 || local.Minute() != 0 {
			t.Errorf("%s due %s local, want 09:00", o.IdemKey, local.Format(time.DateTime))
		}
		seen[o.IdemKey] = local.Format(time.DateOnly)
	}
	for key, want := range map[string]string{"checkin:p1:c1:mentor": "2026-11-02", "mid:p1:mentee": "2026-11-18", "wrapup:p1:mentor": "2026-12-18"} {
		if seen[key] != want {
			t.Errorf("%s on %q, want %s", key, seen[key], want)
		}
	}
}
