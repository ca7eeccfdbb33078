package program

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// sessionCohort is the cohort the session tests run: four pairs from Vancouver to
// St. John's, English and French, one mentee paused for a week, one pair added late.
type sessionCohort struct {
	cohort store.Cohort
	pairs  []store.Pair
	start  time.Time
}

var (
	grace  = person{"grace@example.org", "Grace Lee", store.RoleMentor, "en", "America/Vancouver", "management,job_applications"}
	amelie = person{"amelie@example.org", "Amélie Nguyen", store.RoleMentee, "fr", "America/Halifax", "interviews"}
	marc   = person{"marc@example.org", "Marc Tremblay", store.RoleMentor, "fr", "America/Montreal", ""}
	priya  = person{"priya@example.org", "Priya Singh", store.RoleMentee, "en", "America/Winnipeg", "diversity"}
	olu    = person{"olu@example.org", "Olu Adeyemi", store.RoleMentor, "en", "America/Toronto", ""}
	mei    = person{"mei@example.org", "Mei Chen", store.RoleMentee, "en", "America/Edmonton", ""}
	sean   = person{"sean@example.org", "Seán Murphy", store.RoleMentor, "en", "America/St_Johns", ""}
	fatou  = person{"fatou@example.org", "Fatou Diallo", store.RoleMentee, "fr", "America/Regina", "conferences"}
)

func newSessionCohort(t *testing.T, s *store.Store) *sessionCohort {
	sc := &sessionCohort{cohort: store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}}
	sc.start, _ = time.Parse(time.DateOnly, sc.cohort.StartDate)
	sc.pairs = append(sc.pairs,
		addPair(t, s, &sc.cohort, grace, amelie, "2026-09-07"),
		addPair(t, s, &sc.cohort, marc, priya, "2026-09-07"),
		addPair(t, s, &sc.cohort, olu, mei, "2026-09-07"))
	return sc
}

func logMeeting(t *testing.T, s *store.Store, pair store.Pair, date string) {
	t.Helper()
	mustDo(t, s.InsertRow(&store.Meeting{PairID: pair.ID, LoggedByID: pair.MenteeID, Date: date, Minutes: 45,
		Mode: "video", Topics: "interviews"}))
	mustDo(t, s.Tx(func(tx *store.Tx) error { return tx.WakePairs(pair.MenteeID) }))
}

func day(start time.Time, d int) string { return start.AddDate(0, 0, d).Format(time.DateOnly) }

// TestSessionCalendar runs a whole session half-hour by half-hour on the fake
// clock, with a restart halfway, sending through the real sender to go-smtp's
// server, and checks every scheduled message: kind, day, local hour, language,
// and that what arrived is what the outbox holds, once.
func TestSessionCalendar(t *testing.T) {
	path := tempDB(t)
	s := openStore(t, path)
	clock := &fakeClock{}
	sc := newSessionCohort(t, s)
	p := newProgram(t, s, clock)
	ctx := context.Background()
	// Every message goes through the real sender to go-smtp's server (devmail).
	users := map[string]string{"committee": "x"}
	for _, pp := range []person{grace, amelie, marc, priya, olu, mei, sean, fatou} {
		users[strings.TrimSuffix(pp.email, "@example.org")] = "x"
	}
	mx, err := devmail.Start(devmail.Options{Domain: "example.org", Users: users, Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer mx.Close()
	newSender := func(s *store.Store) *mailer.Sender {
		snd, err := mailer.NewSender(mailer.SenderOptions{Addr: mx.SMTPAddr(), TLS: mailer.TLSNone,
			Queue: NewOutboxQueue(s, "Mentorship <mentorship@example.org>"), Clock: clock.Now,
			Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		return snd
	}
	snd := newSender(s)

	events := map[int]func(){
		5:  func() { logMeeting(t, s, sc.pairs[0], day(sc.start, 5)) },
		3:  func() { logMeeting(t, s, sc.pairs[2], day(sc.start, 3)) },
		20: func() { logMeeting(t, s, sc.pairs[0], day(sc.start, 20)) },
		10: func() {
			// Mei pauses until day 17, as a "pause until" reply would.
			until := time.Date(2026, 9, 24, 0, 0, 0, 0, mustLoc(t, "America/Edmonton"))
			updateParticipant(t, s, mei.email, map[string]any{"paused_until": until})
			mustDo(t, s.Tx(func(tx *store.Tx) error { return tx.WakePairs(sc.pairs[2].MenteeID) }))
		},
		20 + 100: func() { sc.pairs = append(sc.pairs, addPair(t, s, &sc.cohort, sean, fatou, day(sc.start, 20))) },
	}
	// Events fire at noon UTC of their day; the late pair is imported at 02:00 UTC on day 20.
	clock.Set(sc.start.Add(-24 * time.Hour))
	end := sc.start.AddDate(0, 0, 85)
	restarted := false
	for clock.Now().Before(end) {
		now := clock.Now()
		d := daysBetween(sc.start, now)
		if now.Hour() == 12 && now.Minute() == 0 {
			if f := events[d]; f != nil {
				f()
			}
		}
		if now.Hour() == 2 && now.Minute() == 0 {
			if f := events[d+100]; f != nil {
				f()
			}
		}
		if !restarted && d == 30 {
			// A restart: new store and program instances on the same database.
			restarted = true
			s.Close()
			s = openStore(t, path)
			p = newProgram(t, s, clock)
			snd = newSender(s)
		}
		for range 2 { // every tick twice: the second must add nothing
			if _, err := p.Tick(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := snd.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
		clock.Add(30 * time.Minute) // St. John's is half an hour off the others
	}
	checkReceived(t, s, mx, p)

	rows := must(s.Outboxes(store.OutboxQuery{}))(t)
	got := map[string][]string{}
	byID := map[int64]store.Participant{}
	pts := must(s.AllParticipants())(t)
	for _, pt := range pts {
		byID[pt.ID] = pt
	}
	pairStart := map[int64]time.Time{}
	for _, pr := range sc.pairs {
		pairStart[pr.ID], _ = time.Parse(time.DateOnly, pr.StartDate)
	}
	for _, r := range rows {
		who, loc, lang := "committee", mustLoc(t, "America/Toronto"), "en"
		if r.ParticipantID != nil {
			pt := byID[*r.ParticipantID]
			who, loc, lang = pt.Email, mustLoc(t, pt.TimeZone), pt.Language
			if r.ToAddr != pt.Email {
				t.Errorf("%s addressed to %s, not the participant's %s", r.IdemKey, r.ToAddr, pt.Email)
			}
		}
		local := r.DueAt.In(loc)
		if local.Hour() != 9 || local.Minute() != 0 {
			t.Errorf("%s due at %s local, want 09:00", r.IdemKey, local.Format(time.DateTime))
		}
		if r.Lang != lang {
			t.Errorf("%s in %q, want %q", r.IdemKey, r.Lang, lang)
		}
		got[who] = append(got[who], fmt.Sprintf("%s@%d", r.Kind, daysBetween(pairStart[*r.PairID], local)))
	}

	base := []string{"introduction@0", "goals_prompt@0", "confidentiality@0", "checkin@14", "checkin@28",
		"checkin@42", "checkin@56", "midsession@30", "confidentiality@30", "wrapup@60"}
	digests := []string{"digest@7", "digest@21", "digest@35", "digest@49"}
	with := func(extra ...string) []string { return append(slices.Clone(base), extra...) }
	want := map[string][]string{
		// Pair 1 met on days 5 and 20: the lapse is counted from day 20.
		grace.email:  with(append(digests, "nudge@36")...),
		amelie.email: with("nudge@36"),
		// Pair 2 never logs a meeting: nudged on day 16.
		marc.email:  with(append(digests, "nudge@16")...),
		priya.email: with("nudge@16"),
		// Pair 3: Mei is paused until day 17, so her day-14 check-in waits for day 17,
		// and the lapse is counted from the end of her pause.
		olu.email: with(append(digests, "nudge@33")...),
		mei.email: append(slices.DeleteFunc(slices.Clone(base), func(s string) bool { return s == "checkin@14" }),
			"checkin@17", "nudge@33"),
		// Pair 4 joins on day 20 and runs its own calendar.
		sean.email:  with(append(digests, "nudge@16")...),
		fatou.email: with("nudge@16"),
		// Lapse alerts, counted from each pair's own start: pairs 1, 2, 3, 4.
		"committee": {"committee_alert@44", "committee_alert@24", "committee_alert@41", "committee_alert@24"},
	}
	for who, w := range want {
		g := got[who]
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("%s received\n  %s\nwant\n  %s", who, strings.Join(g, " "), strings.Join(w, " "))
		}
	}
	if len(got) != len(want) {
		t.Errorf("mail went to %d recipients, want %d", len(got), len(want))
	}
	active := must(s.CountPairs(store.PairActive))(t)
	if active != 1 {
		t.Errorf("%d pairs still active after their sessions and survey windows, want only the late pair", active)
	}
}

// checkReceived compares what each mailbox received over SMTP with the outbox:
// every row arrived once, at its due hour, and parses back with both
// alternatives, the program's headers and tokens that verify.
func checkReceived(t *testing.T, s *store.Store, mx *devmail.System, p *Program) {
	t.Helper()
	rows := must(s.Outboxes(store.OutboxQuery{}))(t)
	byMsgID := map[string]store.Outbox{}
	for _, r := range rows {
		if r.State != store.OutboxSent {
			t.Errorf("%s is %s, not sent", r.IdemKey, r.State)
		}
		byMsgID[r.MessageID] = r
	}
	got := 0
	for _, u := range mx.Users() {
		msgs, err := mx.Mailbox(u, "INBOX")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			got++
			env, err := enmime.ReadEnvelope(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatal(err)
			}
			id := strings.Trim(env.GetHeader("Message-Id"), "<>")
			row, ok := byMsgID[id]
			if !ok {
				t.Errorf("%s received %s, which is no outbox row", u, id)
				continue
			}
			delete(byMsgID, id) // a second copy would now be unknown
			if env.Text == "" || env.HTML == "" {
				t.Errorf("%s: text %d bytes, HTML %d bytes; want both alternatives", row.IdemKey, len(env.Text), len(env.HTML))
			}
			if env.GetHeader("Auto-Submitted") != "auto-generated" || env.GetHeader("X-Auto-Response-Suppress") != "All" {
				t.Errorf("%s lacks the auto-generated headers", row.IdemKey)
			}
			date, err := mail.ParseDate(env.GetHeader("Date"))
			if err != nil || !date.Equal(row.DueAt) {
				t.Errorf("%s dated %v, due %v: not sent in its hour", row.IdemKey, date, row.DueAt)
			}
			tok, _, _ := strings.Cut(id, ".")
			if rid, err := p.opts.Tokens.Verify(tok); err != nil || rid != row.ID {
				t.Errorf("%s: Message-ID token gives %d, %v; want row %d", row.IdemKey, rid, err, row.ID)
			}
			tagged := false
			for _, a := range strings.Split(env.GetHeader("Reply-To"), ",") {
				pa, err := mail.ParseAddress(strings.TrimSpace(a))
				if err != nil {
					continue
				}
				if local, _, _ := strings.Cut(pa.Address, "@"); strings.HasPrefix(local, "mentorship+") {
					rid, err := p.opts.Tokens.Verify(strings.TrimPrefix(local, "mentorship+"))
					tagged = err == nil && rid == row.ID
				}
			}
			if wantTag := row.Kind != "introduction"; tagged != wantTag {
				t.Errorf("%s: Reply-To %q; tagged with its own token: %v, want %v", row.IdemKey, env.GetHeader("Reply-To"), tagged, wantTag)
			}
		}
	}
	if got != len(rows) || len(byMsgID) != 0 {
		t.Errorf("received %d messages for %d outbox rows; %d never arrived", got, len(rows), len(byMsgID))
	}
}

func TestMergeByDay(t *testing.T) {
	ms := []store.MeetingView{
		{Meeting: store.Meeting{Date: "2026-10-01", Minutes: 30, Topics: "interviews"}, Notes: "mock interview"},
		{Meeting: store.Meeting{Date: "2026-10-01", Minutes: 45, Mode: "video", Topics: "interviews,management"}, Notes: "went well"},
		{Meeting: store.Meeting{Date: "2026-10-09", Minutes: 20}},
	}
	got := mergeByDay(ms)
	if len(got) != 2 {
		t.Fatalf("%d meetings after merging, want 2", len(got))
	}
	m := got[0]
	if m.Minutes != 45 || m.Mode != "video" || m.Topics != "interviews,management" || m.Notes != "mock interview\nwent well" {
		t.Errorf("merged = %+v", m)
	}
}

// TestTickSurvivesABrokenPair: a pair the calendar cannot read is skipped and
// reported, and the others get their mail.
func TestTickSurvivesABrokenPair(t *testing.T) {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	sc := newSessionCohort(t, s)
	mustDo(t, s.SetPairStart(sc.pairs[0].ID, "not a date"))
	clock.Set(sc.start.Add(20 * time.Hour)) // day 0, after every zone's send hour
	p := newProgram(t, s, clock)
	res, err := p.Tick(context.Background())
	if err == nil {
		t.Error("the broken pair was not reported")
	}
	if res.Pairs != 2 || res.Enqueued != 12 {
		t.Errorf("tick looked at %d pairs and made %d messages; want the 2 good pairs' 12 day-0 messages", res.Pairs, res.Enqueued)
	}
}

// TestLateImportGetsOneConfidentialityReminder: a cohort imported after its
// mid-point gets the mid-session confidentiality reminder, not both.
func TestLateImportGetsOneConfidentialityReminder(t *testing.T) {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	sc := newSessionCohort(t, s)
	clock.Set(sc.start.AddDate(0, 0, 35).Add(20 * time.Hour))
	p := newProgram(t, s, clock)
	if _, err := p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, o := range must(s.Outboxes(store.OutboxQuery{Kinds: []string{"confidentiality"}, ToAddr: grace.email}))(t) {
		keys = append(keys, o.IdemKey)
	}
	if len(keys) != 1 || !strings.Contains(keys[0], ":mid:") {
		t.Errorf("Grace got confidentiality reminders %v, want the mid-session one alone", keys)
	}
}
