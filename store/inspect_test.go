package store

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestOutboxQuerySelects: each field of OutboxQuery selects the rows it says,
// alone and with the others, on both databases.
func TestOutboxQuerySelects(t *testing.T) {
	s := openTest(t)
	p := Participant{Email: "p@example.org", Name: "P", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	must(t, s.InsertRow(&p))
	c := Cohort{Name: "C", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	must(t, s.InsertRow(&c))
	m := Participant{Email: "m@example.org", Name: "M", Role: RoleMentor, Language: "en", TimeZone: "UTC", Status: StatusActive}
	must(t, s.InsertRow(&m))
	pr := Pair{CohortID: c.ID, MentorID: m.ID, MenteeID: p.ID, StartDate: "2026-09-07", Status: PairActive}
	must(t, s.InsertRow(&pr))
	early := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	late := time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)
	rows := []Outbox{
		{IdemKey: "checkin:1", Kind: "checkin", ToAddr: p.Email, ParticipantID: &p.ID, PairID: &pr.ID, State: OutboxSent, CreatedAt: early},
		{IdemKey: "receipt:1", Kind: "receipt_meeting", ToAddr: p.Email, ParticipantID: &p.ID, State: OutboxPending, CreatedAt: early},
		{IdemKey: "alert:lapse:1", Kind: "committee_alert", ToAddr: "committee@example.org", State: OutboxPending, CreatedAt: late},
		{IdemKey: "checkin:2", Kind: "checkin", ToAddr: m.Email, ParticipantID: &m.ID, PairID: &pr.ID, State: OutboxFailed, CreatedAt: late},
	}
	ids := map[string]int64{}
	for i := range rows {
		rows[i].MessageID = fmt.Sprintf("m%d@example.org", i)
		rows[i].Lang, rows[i].DueAt = "en", early
		must(t, s.InsertRow(&rows[i]))
		ids[rows[i].IdemKey] = rows[i].ID
	}
	for _, c := range []struct {
		name string
		q    OutboxQuery
		want []string
	}{
		{"all", OutboxQuery{}, []string{"checkin:1", "receipt:1", "alert:lapse:1", "checkin:2"}},
		{"after", OutboxQuery{AfterID: ids["receipt:1"]}, []string{"alert:lapse:1", "checkin:2"}},
		{"to", OutboxQuery{ToAddr: p.Email}, []string{"checkin:1", "receipt:1"}},
		{"to any", OutboxQuery{ToAddrs: []string{m.Email, "committee@example.org"}}, []string{"alert:lapse:1", "checkin:2"}},
		{"kinds", OutboxQuery{Kinds: []string{"checkin", "committee_alert"}}, []string{"checkin:1", "alert:lapse:1", "checkin:2"}},
		{"not kinds", OutboxQuery{NotKinds: []string{"checkin"}}, []string{"receipt:1", "alert:lapse:1"}},
		{"kind prefix", OutboxQuery{KindPrefix: "receipt"}, []string{"receipt:1"}},
		{"state", OutboxQuery{State: OutboxPending}, []string{"receipt:1", "alert:lapse:1"}},
		{"not state", OutboxQuery{NotState: OutboxPending}, []string{"checkin:1", "checkin:2"}},
		{"pair", OutboxQuery{PairID: pr.ID}, []string{"checkin:1", "checkin:2"}},
		{"key", OutboxQuery{IdemKey: "checkin:2"}, []string{"checkin:2"}},
		{"key prefix", OutboxQuery{IdemKeyPrefix: "alert:lapse:"}, []string{"alert:lapse:1"}},
		{"created after", OutboxQuery{CreatedAfter: early.Add(time.Hour)}, []string{"alert:lapse:1", "checkin:2"}},
		{"to a participant", OutboxQuery{HasParticipant: true}, []string{"checkin:1", "receipt:1", "checkin:2"}},
		{"together", OutboxQuery{Kinds: []string{"checkin"}, ToAddr: m.Email, State: OutboxFailed}, []string{"checkin:2"}},
		{"none", OutboxQuery{Kinds: []string{"checkin"}, KindPrefix: "receipt"}, nil},
	} {
		got, err := s.Outboxes(c.q)
		must(t, err)
		var keys []string
		for _, o := range got {
			keys = append(keys, o.IdemKey)
		}
		if !slices.Equal(keys, c.want) {
			t.Errorf("%s: %v, want %v", c.name, keys, c.want)
		}
		if n, err := s.CountOutbox(c.q); err != nil || n != int64(len(c.want)) {
			t.Errorf("%s: counted %d (%v), want %d", c.name, n, err, len(c.want))
		}
		last, err := s.LastOutbox(c.q)
		switch {
		case len(c.want) == 0 && !errors.Is(err, ErrNotFound):
			t.Errorf("%s: last %v, %v; want not found", c.name, last, err)
		case len(c.want) > 0 && (err != nil || last.IdemKey != c.want[len(c.want)-1]):
			t.Errorf("%s: last %v, %v; want %s", c.name, last, err, c.want[len(c.want)-1])
		}
	}
	if id, err := s.LastOutboxID(); err != nil || id != ids["checkin:2"] {
		t.Errorf("last id %d, %v; want %d", id, err, ids["checkin:2"])
	}
	if o, err := s.OutboxRow(ids["receipt:1"]); err != nil || o.IdemKey != "receipt:1" {
		t.Errorf("row %d: %v, %v", ids["receipt:1"], o, err)
	}
	if _, err := s.OutboxRow(-1); !errors.Is(err, ErrNotFound) {
		t.Errorf("row -1: %v, want not found", err)
	}
}

// TestMeetingQuerySelects: the meeting filters and their orders.
func TestMeetingQuerySelects(t *testing.T) {
	s := openTest(t)
	a, b, _ := newPairFixture(t, s)
	undone := time.Now()
	for _, m := range []Meeting{
		{PairID: a.ID, LoggedByID: a.MenteeID, Date: "2026-09-20", Minutes: 40},
		{PairID: a.ID, LoggedByID: a.MentorID, Date: "2026-09-10", Minutes: 60},
		{PairID: b.ID, LoggedByID: b.MenteeID, Date: "2026-09-15", Minutes: 40, UndoneAt: &undone},
	} {
		must(t, s.InsertRow(&m))
	}
	dates := func(q MeetingQuery) []string {
		ms, err := s.Meetings(q)
		must(t, err)
		var out []string
		for _, m := range ms {
			out = append(out, m.Date)
		}
		if n, err := s.CountMeetings(q); err != nil || n != int64(len(ms)) {
			t.Errorf("%+v: counted %d (%v), listed %d", q, n, err, len(ms))
		}
		return out
	}
	for _, c := range []struct {
		q    MeetingQuery
		want []string
	}{
		{MeetingQuery{}, []string{"2026-09-20", "2026-09-10", "2026-09-15"}},
		{MeetingQuery{ByDate: true}, []string{"2026-09-10", "2026-09-15", "2026-09-20"}},
		{MeetingQuery{PairID: a.ID}, []string{"2026-09-20", "2026-09-10"}},
		{MeetingQuery{LoggedByID: a.MentorID}, []string{"2026-09-10"}},
		{MeetingQuery{Date: "2026-09-15"}, []string{"2026-09-15"}},
		{MeetingQuery{Minutes: 40}, []string{"2026-09-20", "2026-09-15"}},
		{MeetingQuery{Live: true}, []string{"2026-09-20", "2026-09-10"}},
	} {
		if got := dates(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.q, got, c.want)
		}
	}
}

// newPairFixture inserts a cohort and two pairs with four people.
func newPairFixture(t *testing.T, s *Store) (a, b Pair, c Cohort) {
	t.Helper()
	c = Cohort{Name: "C", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	must(t, s.InsertRow(&c))
	var ps []Participant
	for i, role := range []string{RoleMentor, RoleMentee, RoleMentor, RoleMentee} {
		p := Participant{Email: fmt.Sprintf("p%d@example.org", i), Name: "P", Role: role, Language: "en", TimeZone: "UTC", Status: StatusActive}
		must(t, s.InsertRow(&p))
		ps = append(ps, p)
	}
	a = Pair{CohortID: c.ID, MentorID: ps[0].ID, MenteeID: ps[1].ID, StartDate: "2026-09-07", Status: PairActive}
	b = Pair{CohortID: c.ID, MentorID: ps[2].ID, MenteeID: ps[3].ID, StartDate: "2026-09-07", Status: PairActive}
	must(t, s.InsertRow(&a))
	must(t, s.InsertRow(&b))
	return a, b, c
}

// TestFaultHooks: FailInserts fails the table's inserts until restored;
// RemoveTable makes queries on the table fail with an error that is not
// ErrNotFound; FillFile refuses new pages until restored.
func TestFaultHooks(t *testing.T) {
	s := openTest(t)
	a, _, _ := newPairFixture(t, s)
	restore, err := s.FailInserts("meetings")
	must(t, err)
	if err := s.InsertRow(&Meeting{PairID: a.ID, LoggedByID: a.MenteeID, Date: "2026-09-20", Minutes: 40}); err == nil {
		t.Error("a meeting was inserted despite FailInserts")
	}
	must(t, restore())
	must(t, s.InsertRow(&Meeting{PairID: a.ID, LoggedByID: a.MenteeID, Date: "2026-09-20", Minutes: 40}))
	if _, err := s.FailInserts("meetings; DROP TABLE pairs"); err == nil {
		t.Error("FailInserts took a statement for a table name")
	}

	must(t, s.RemoveTable("addresses"))
	if _, err := s.CountAddresses(); err == nil || errors.Is(err, ErrNotFound) {
		t.Errorf("addresses after RemoveTable: %v; want an error other than not found", err)
	}

	if s.Dialect() != SQLite {
		return
	}
	room, err := s.FillFile()
	must(t, err)
	big := make([]Outbox, 50)
	for i := range big {
		big[i] = Outbox{IdemKey: fmt.Sprintf("k%d", i), MessageID: fmt.Sprintf("m%d@x", i), Kind: "checkin", Lang: "en",
			ToAddr: "x@example.org", DueAt: time.Now(), State: OutboxPending, TextSealed: make([]byte, 4096)}
	}
	if err := s.InsertRows(big); err == nil || !IsStorage(err) {
		t.Errorf("insert into a full file: %v; want a storage error", err)
	}
	must(t, room())
	must(t, s.InsertRows(big))
}
