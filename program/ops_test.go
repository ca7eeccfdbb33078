package program

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// opsWorld is a program over a real SQLite file whose mail goes through the
// real sender to go-smtp's server (devmail), on a settable clock.
type opsWorld struct {
	t     *testing.T
	s     *store.Store
	p     *Program
	clock *fakeClock
	mx    *devmail.System
	snd   *mailer.Sender
}

func newOpsWorld(t *testing.T, start time.Time) *opsWorld {
	t.Helper()
	w := &opsWorld{t: t, s: openStore(t, tempDB(t)), clock: &fakeClock{}}
	w.clock.Set(start)
	w.p = newProgram(t, w.s, w.clock)
	users := map[string]string{"committee": "x"}
	for _, pp := range []person{grace, amelie, marc, priya, olu, mei} {
		users[strings.TrimSuffix(pp.email, "@example.org")] = "x"
	}
	var err error
	w.mx, err = devmail.Start(devmail.Options{Domain: "example.org", Users: users, Now: w.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.mx.Close() })
	w.snd, err = mailer.NewSender(mailer.SenderOptions{Addr: w.mx.SMTPAddr(), TLS: mailer.TLSNone,
		Queue: NewOutboxQueue(w.s, "Mentorship <mentorship@example.org>"), Clock: w.clock.Now,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// run ticks the calendar and sends what is due.
func (w *opsWorld) run() {
	w.t.Helper()
	for range 2 {
		if _, err := w.p.Tick(context.Background()); err != nil {
			w.t.Fatal(err)
		}
	}
	if _, err := w.snd.RunOnce(context.Background()); err != nil {
		w.t.Fatal(err)
	}
}

// until advances the clock hour by hour to at, running the calendar and sender.
func (w *opsWorld) until(at time.Time) {
	for w.clock.Now().Before(at) {
		w.clock.Add(time.Hour)
		w.run()
	}
}

// received returns the messages of a kind in a person's INBOX.
func (w *opsWorld) received(pp person, kind templates.Kind) []*enmime.Envelope {
	w.t.Helper()
	msgs, err := w.mx.Mailbox(strings.TrimSuffix(pp.email, "@example.org"), "INBOX")
	if err != nil {
		w.t.Fatal(err)
	}
	var out []*enmime.Envelope
	for _, m := range msgs {
		env, err := enmime.ReadEnvelope(bytes.NewReader(m.Raw))
		if err != nil {
			w.t.Fatal(err)
		}
		if strings.Contains(env.GetHeader("Message-Id"), "."+strings.ReplaceAll(string(kind), "_", "-")+"@") {
			out = append(out, env)
		}
	}
	return out
}

func (w *opsWorld) pair(id int64) store.Pair {
	pr := *must(w.s.Pair(id))(w.t)
	return pr
}

func sessionStart() time.Time { return time.Date(2026, 9, 7, 0, 0, 0, 0, time.UTC) }

func onlyOne(t *testing.T, envs []*enmime.Envelope, who string, kind templates.Kind) *enmime.Envelope {
	t.Helper()
	if len(envs) != 1 {
		t.Fatalf("%s received %d %s, want 1", who, len(envs), kind)
	}
	return envs[0]
}

// TestPairEnd: the committee ends a pair; both partners are told in their
// language with the reason and the note in theirs; the pair's later mail never comes.
func TestPairEnd(t *testing.T) {
	w := newOpsWorld(t, sessionStart().Add(-time.Hour))
	c := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	pr := addPair(t, w.s, &c, grace, amelie, "2026-09-07")
	w.until(sessionStart().AddDate(0, 0, 3))
	logMeeting(t, w.s, pr, "2026-09-09")

	act, err := w.p.EndPair(grace.email, templates.EndAvailability, Note{EN: "Thanks to you both.", FR: "Merci à vous deux."})
	if err != nil {
		t.Fatal(err)
	}
	if act.Pair.ID != pr.ID || len(act.Told) != 2 {
		t.Errorf("action %+v", act)
	}
	w.run()
	en := onlyOne(t, w.received(grace, templates.KindPairNotice), "grace", templates.KindPairNotice)
	fr := onlyOne(t, w.received(amelie, templates.KindPairNotice), "amelie", templates.KindPairNotice)
	if en.GetHeader("Subject") != "Your mentoring pair has ended" || !strings.Contains(en.Text, "Schedules and workloads") ||
		!strings.Contains(en.Text, "Thanks to you both.") || !strings.Contains(en.Text, "with Amélie") {
		t.Errorf("English notice:\n%s\n%s", en.GetHeader("Subject"), en.Text)
	}
	if fr.GetHeader("Subject") != "Fin de votre jumelage" || !strings.Contains(fr.Text, "Les horaires") ||
		!strings.Contains(fr.Text, "Merci à vous deux.") || strings.Contains(fr.Text, "Thanks") {
		t.Errorf("French notice:\n%s\n%s", fr.GetHeader("Subject"), fr.Text)
	}
	if got := w.pair(pr.ID); got.Status != store.PairEnded || got.EndReason != "availability" || got.EndedAt == nil {
		t.Errorf("pair after end: %+v", got)
	}
	if _, err := w.p.EndPair(grace.email, templates.EndAvailability, Note{}); err == nil {
		t.Error("ending a pair that has no active pair: no error")
	}
	// The rest of the session: nothing more for this pair; its history stays.
	w.until(sessionStart().AddDate(0, 0, 40))
	for _, k := range []templates.Kind{templates.KindCheckin, templates.KindDigest, templates.KindNudge, templates.KindMidSession} {
		if n := len(w.received(grace, k)) + len(w.received(amelie, k)); n != 0 {
			t.Errorf("%d %s after the pair ended", n, k)
		}
	}
	meetings := must(w.s.CountMeetings(store.MeetingQuery{PairID: pr.ID}))(t)
	if meetings != 1 {
		t.Errorf("the ended pair keeps %d meetings, want 1", meetings)
	}
}

// TestPairPauseResume: a paused pair gets no check-in during the pause; both are
// told of the pause and of the resumption; the held check-in comes after it.
func TestPairPauseResume(t *testing.T) {
	w := newOpsWorld(t, sessionStart().Add(-time.Hour))
	c := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	pr := addPair(t, w.s, &c, grace, amelie, "2026-09-07")
	w.until(sessionStart().AddDate(0, 0, 10))
	until := time.Date(2026, 9, 30, 0, 0, 0, 0, w.p.opts.Location) // day 23
	if _, err := w.p.PausePair("p1", until, Note{}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.p.PausePair("p1", sessionStart(), Note{}); err == nil {
		t.Error("a pause that ended in the past: no error")
	}
	cs, err := ListCohorts(w.s, w.clock.Now(), w.p.opts.Location)
	if err != nil || len(cs) != 1 || cs[0].Active != 1 || cs[0].Paused != 1 || cs[0].State != CohortRunning || cs[0].Day != 9 { // 20:00 in Toronto on day 9
		t.Errorf("cohorts while paused: %+v, %v", cs, err)
	}
	w.until(sessionStart().AddDate(0, 0, 18))
	en := onlyOne(t, w.received(grace, templates.KindPairNotice), "grace", templates.KindPairNotice)
	fr := onlyOne(t, w.received(amelie, templates.KindPairNotice), "amelie", templates.KindPairNotice)
	if !strings.Contains(en.Text, "paused your pairing with Amélie until") || !strings.Contains(en.Text, "September 30, 2026") ||
		!strings.Contains(fr.Text, "mis en pause") || !strings.Contains(fr.Text, "30 septembre 2026") {
		t.Errorf("pause notices:\n%s\n%s", en.Text, fr.Text)
	}
	if n := len(w.received(grace, templates.KindCheckin)) + len(w.received(amelie, templates.KindCheckin)); n != 0 {
		t.Errorf("%d check-ins during the pause (day 14 falls in it)", n)
	}
	if _, err := w.p.ResumePair("p1", Note{}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.p.ResumePair("p1", Note{}); err == nil {
		t.Error("resuming a pair that is not paused: no error")
	}
	w.until(sessionStart().AddDate(0, 0, 20))
	if n := len(w.received(grace, templates.KindPairNotice)); n != 2 {
		t.Fatalf("grace has %d notices, want pause and resume", n)
	}
	last := w.received(amelie, templates.KindPairNotice)[1]
	if last.GetHeader("Subject") != "Votre jumelage reprend" {
		t.Errorf("resume notice: %s", last.GetHeader("Subject"))
	}
	for _, pp := range []person{grace, amelie} {
		if n := len(w.received(pp, templates.KindCheckin)); n != 1 {
			t.Errorf("%s has %d check-ins after the resumption, want the held one", pp.email, n)
		}
	}
	if got := w.pair(pr.ID); got.Status != store.PairActive {
		t.Errorf("pair after resume: %s", got.Status)
	}
}

// TestRepair: a mentee is re-paired mid-session: the old pair ends and both of
// its partners are told (she hears of her new partner), the new pair is
// introduced and gets its own calendar, and the old pair's history stays.
func TestRepair(t *testing.T) {
	w := newOpsWorld(t, sessionStart().Add(-time.Hour))
	c := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	old := addPair(t, w.s, &c, grace, amelie, "2026-09-07")
	other := addPair(t, w.s, &c, olu, mei, "2026-09-07")
	w.until(sessionStart().AddDate(0, 0, 12))
	logMeeting(t, w.s, old, "2026-09-10")
	mustDo(t, w.s.Tx(func(tx *store.Tx) error {
		return tx.EndPairEarly(other.ID, "request", "", w.clock.Now())
	}))

	if _, err := w.p.Repair(amelie.email, marc.email, templates.EndRepaired, Note{}); err == nil {
		t.Error("re-pairing with someone not imported: no error")
	}
	if _, err := w.p.Repair(amelie.email, mei.email, templates.EndRepaired, Note{}); err == nil {
		t.Error("re-pairing two mentees: no error")
	}
	if _, err := w.p.Repair(olu.email, amelie.email, templates.EndRepaired, Note{}); err == nil {
		t.Error("giving a mentee who has a mentor a second one: no error")
	}
	act, err := w.p.Repair(amelie.email, olu.email, templates.EndPartnerLeft, Note{EN: "Grace has a new role."})
	if err != nil {
		t.Fatal(err)
	}
	if act.NewPair == nil || act.NewPair.StartDate != "2026-09-18" || act.NewPair.MentorID != other.MentorID {
		t.Fatalf("new pair %+v", act.NewPair)
	}
	w.run()
	g := onlyOne(t, w.received(grace, templates.KindPairNotice), "grace", templates.KindPairNotice)
	if !strings.Contains(g.Text, "Your partner has left the program") || strings.Contains(g.Text, "We have paired you") {
		t.Errorf("the old mentor's notice:\n%s", g.Text)
	}
	a := onlyOne(t, w.received(amelie, templates.KindPairNotice), "amelie", templates.KindPairNotice)
	if !strings.Contains(a.Text, "Nous vous avons jumelé·e avec Olu") {
		t.Errorf("the re-paired mentee's notice:\n%s", a.Text)
	}
	intros := w.received(amelie, templates.KindIntroduction)
	if len(intros) != 2 || !strings.Contains(intros[1].Text, "Olu Adeyemi") {
		t.Fatalf("amelie has %d introductions; the new one should present Olu", len(intros))
	}
	oi := w.received(olu, templates.KindIntroduction)
	if len(oi) != 2 || !strings.Contains(oi[1].Text, "Amélie Nguyen") || !strings.Contains(oi[1].GetHeader("Reply-To"), amelie.email) {
		t.Errorf("olu's introduction to Amélie is missing (%d introductions)", len(oi))
	}
	// The new pair's calendar runs from its own day 0: its first check-in on day 14 after it.
	w.until(time.Date(2026, 10, 3, 18, 0, 0, 0, time.UTC))
	checkins := must(w.s.Outboxes(store.OutboxQuery{PairID: act.NewPair.ID, Kinds: []string{"checkin"}}))(t)
	if len(checkins) != 2 {
		t.Errorf("the new pair has %d check-ins on its day 14, want 2", len(checkins))
	}
	if got := w.pair(old.ID); got.Status != store.PairEnded || got.EndReason != "partner_left" {
		t.Errorf("old pair: %+v", got)
	}
	meetings := must(w.s.CountMeetings(store.MeetingQuery{PairID: old.ID}))(t)
	oldMail := must(w.s.CountOutbox(store.OutboxQuery{PairID: old.ID, State: store.OutboxSent}))(t)
	if meetings != 1 || oldMail == 0 {
		t.Errorf("the old pair keeps %d meetings and %d sent messages; its history is lost", meetings, oldMail)
	}
}

// TestAnnounce: an announcement reaches each person once, in their language; a
// dry run sends nothing; a rerun adds nothing; the due times are spread.
func TestAnnounce(t *testing.T) {
	w := newOpsWorld(t, sessionStart().AddDate(0, 0, 5))
	c := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	addPair(t, w.s, &c, grace, amelie, "2026-09-07")
	addPair(t, w.s, &c, marc, priya, "2026-09-07")
	a := Announcement{Cohort: "Fall 2026", SubjectEN: "Webinar on Thursday", SubjectFR: "Webinaire jeudi",
		BodyEN: "Join us at noon.\n\nBring a question.", BodyFR: "Joignez-vous à nous à midi.", DryRun: true}
	res, err := w.p.Announce(a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Queued != 4 || len(res.Recipients) != 4 || res.Recipients[0].Status != RecipientWould {
		t.Errorf("dry run: %+v", res)
	}
	w.clock.Add(time.Hour)
	w.run()
	for _, pp := range []person{grace, amelie, marc, priya} {
		if n := len(w.received(pp, templates.KindAnnouncement)); n != 0 {
			t.Errorf("the dry run sent %d to %s", n, pp.email)
		}
	}
	a.DryRun = false
	if res, err = w.p.Announce(a); err != nil {
		t.Fatal(err)
	}
	if res.Queued != 4 || !res.Last.After(w.clock.Now()) {
		t.Errorf("announce: %+v (the due times should be spread)", res)
	}
	w.clock.Add(10 * time.Minute)
	w.run()
	a.DryRun = false
	if res, err = w.p.Announce(a); err != nil || res.Queued != 0 || res.Already != 4 {
		t.Errorf("rerun: %+v, %v", res, err)
	}
	w.clock.Add(10 * time.Minute)
	w.run()
	want := map[string]string{grace.email: "Webinar on Thursday", priya.email: "Webinar on Thursday",
		amelie.email: "Webinaire jeudi", marc.email: "Webinaire jeudi"}
	for _, pp := range []person{grace, amelie, marc, priya} {
		e := onlyOne(t, w.received(pp, templates.KindAnnouncement), pp.email, templates.KindAnnouncement)
		if e.GetHeader("Subject") != want[pp.email] {
			t.Errorf("%s got %q, want %q", pp.email, e.GetHeader("Subject"), want[pp.email])
		}
		if pp.lang == "fr" && !strings.Contains(e.Text, "Joignez-vous") || pp.lang == "en" && !strings.Contains(e.Text, "Bring a question.") {
			t.Errorf("%s: body in the wrong language:\n%s", pp.email, e.Text)
		}
	}
	// Mentors only, under a new key: two more, none to the mentees.
	a.To, a.Key = ToMentors, "mentors-only"
	if res, err = w.p.Announce(a); err != nil || res.Queued != 2 {
		t.Fatalf("mentors: %+v, %v", res, err)
	}
	w.clock.Add(10 * time.Minute)
	w.run()
	if len(w.received(grace, templates.KindAnnouncement)) != 2 || len(w.received(amelie, templates.KindAnnouncement)) != 1 {
		t.Error("--to mentors reached the wrong people")
	}
	for _, bad := range []Announcement{{Cohort: "nope", SubjectEN: "a", SubjectFR: "b", BodyEN: "c", BodyFR: "d"},
		{Cohort: "Fall 2026", SubjectEN: "a\r\nBcc: x@example.org", SubjectFR: "b", BodyEN: "c", BodyFR: "d"},
		{Cohort: "Fall 2026", SubjectEN: "a", BodyEN: "c", BodyFR: "d"},
		{Cohort: "Fall 2026", SubjectEN: "a", SubjectFR: "b", BodyEN: "c", BodyFR: "d", To: "everyone"}} {
		if _, err := w.p.Announce(bad); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

// importLate imports one pair (grace and amelie) into a cohort that began 30
// days before today, with a catch-up policy.
func importLate(t *testing.T, w *opsWorld, policy string) {
	t.Helper()
	parts := "email,name,role,language,time_zone\n" +
		grace.email + ",Grace Lee,mentor,en,America/Vancouver\n" + amelie.email + ",Amélie Nguyen,mentee,fr,America/Halifax\n"
	pairs := "mentor_email,mentee_email\n" + grace.email + "," + amelie.email + "\n"
	sum, err := roster.Import(w.s, roster.Options{Cohort: "Fall 2026", Start: "2026-09-07", Days: 60, CatchUp: policy,
		Today: w.clock.Now().In(w.p.opts.Location).Format(time.DateOnly)},
		roster.File{Name: "p.csv", Data: []byte(parts)}, roster.File{Name: "q.csv", Data: []byte(pairs)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.CaughtUp != 1 {
		t.Errorf("%s: %d pairs caught up, want 1", policy, sum.CaughtUp)
	}
}

// kinds counts what a person received, by kind.
func (w *opsWorld) kinds(pp person) map[templates.Kind]int {
	out := map[templates.Kind]int{}
	for _, k := range templates.Kinds() {
		if n := len(w.received(pp, k)); n > 0 {
			out[k] = n
		}
	}
	return out
}

// TestCatchUpPolicies: a cohort imported 31 days after its start gets, by
// policy, the introduction and goals now (intro), nothing of the past (none), or
// what the calendar would have sent by now (all); the calendar then runs on.
func TestCatchUpPolicies(t *testing.T) {
	now := time.Date(2026, 10, 8, 15, 0, 0, 0, time.UTC) // day 31
	for _, tc := range []struct {
		policy string
		want   map[templates.Kind]int
	}{
		{roster.CatchUpIntro, map[templates.Kind]int{templates.KindIntroduction: 1, templates.KindGoalsPrompt: 1}},
		{roster.CatchUpNone, map[templates.Kind]int{}},
		{roster.CatchUpAll, map[templates.Kind]int{templates.KindIntroduction: 1, templates.KindGoalsPrompt: 1,
			templates.KindCheckin: 1, templates.KindMidSession: 1, templates.KindConfidentiality: 1}},
	} {
		t.Run(tc.policy, func(t *testing.T) {
			w := newOpsWorld(t, now)
			importLate(t, w, tc.policy)
			w.run()
			got := w.kinds(amelie)
			if len(got) != len(tc.want) {
				t.Errorf("amelie received %v, want %v", got, tc.want)
			}
			for k, n := range tc.want {
				if got[k] != n {
					t.Errorf("amelie received %v, want %v", got, tc.want)
					break
				}
			}
			if tc.policy == roster.CatchUpAll {
				return
			}
			// The calendar runs from today: the day-42 check-in comes on its day.
			w.until(time.Date(2026, 10, 19, 18, 0, 0, 0, time.UTC))
			if n := len(w.received(amelie, templates.KindCheckin)); n != 1 {
				t.Errorf("%d check-ins by day 42, want 1", n)
			}
		})
	}
}

// TestForgetTellsPartner: forgetting a participant ends the pair, tells the
// partner without a name, and the report does not call the pair bouncing.
func TestForgetTellsPartner(t *testing.T) {
	w := newOpsWorld(t, sessionStart().Add(-time.Hour))
	c := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	addPair(t, w.s, &c, grace, amelie, "2026-09-07")
	w.until(sessionStart().AddDate(0, 0, 2))
	_, told, err := w.p.Forget(grace.email)
	if err != nil {
		t.Fatal(err)
	}
	if len(told) != 1 || told[0] != amelie.email {
		t.Errorf("told %v", told)
	}
	w.run()
	n := onlyOne(t, w.received(amelie, templates.KindPairNotice), "amelie", templates.KindPairNotice)
	if !strings.Contains(n.Text, "votre partenaire") || strings.Contains(n.Text, "forgotten") || strings.Contains(n.Text, "Grace") {
		t.Errorf("the partner's notice names the forgotten:\n%s", n.Text)
	}
	r, err := BuildReport(w.s, "Fall 2026", w.clock.Now(), w.p.opts.Location)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Pairs[0].Flags {
		if f == FlagBouncing {
			t.Errorf("the pair of a forgotten participant is flagged bouncing: %v", r.Pairs[0].Flags)
		}
	}
}

// TestMeetingBeforeStartAnswered: a reply that logs a meeting dated before the
// pair's session began logs nothing, and the writer is told why, in their language.
func TestMeetingBeforeStartAnswered(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	f.deliver(msg("Amélie <"+amelie.email+">", f.replyTo("checkin:p1:c1:mentee"), "Re: suivi",
		"Date : 1er septembre 2026\nDurée : 45 min\nMode : vidéo"))
	if n := f.countMeetings(store.MeetingQuery{PairID: f.pair.ID}); n != 0 {
		t.Errorf("%d meetings logged from a date before the session", n)
	}
	// The rule that decides what a reply may do (rule.go) answers it: one answer,
	// in French, that names the date and says it is before the pairing began.
	got := f.sentTo(amelie.email, before)
	if len(got) != 1 {
		t.Fatalf("amelie was sent %v, want one answer", got)
	}
	o := one(f.s.Outboxes(store.OutboxQuery{Kinds: []string{got[0]}, AfterID: before}))(t)
	m, err := f.s.OpenMessage(&o)
	if err != nil {
		t.Fatal(err)
	}
	if o.Lang != "fr" || !strings.Contains(m.Text, "septembre") || !strings.Contains(m.Text, "avant le début") {
		t.Errorf("the answer (%s):\n%s", o.Lang, m.Text)
	}
}

// TestMeetingBeforeCohortStartAnswered: a pair whose own start is before its
// cohort's takes meetings from the cohort's first day. A meeting dated between
// the two is answered by the rule, like any day before the pair began (one
// receipt with the notice), never by a separate kind of email.
func TestMeetingBeforeCohortStartAnswered(t *testing.T) {
	f := newInboundFixture(t)
	mustDo(t, f.s.SetPairStart(f.pair.ID, "2026-08-24"))
	before := f.lastID()
	f.deliver(msg("Amélie <"+amelie.email+">", f.replyTo("checkin:p1:c1:mentee"), "Re: suivi",
		"Date : 1er septembre 2026\nDurée : 45 min\nMode : vidéo"))
	if n := f.countMeetings(store.MeetingQuery{PairID: f.pair.ID}); n != 0 {
		t.Errorf("%d meetings logged from a date before the cohort began", n)
	}
	got := f.sentTo(amelie.email, before)
	if len(got) != 1 || got[0] != string(templates.KindReceiptCommand) {
		t.Fatalf("amelie was sent %v, want the one receipt that says why", got)
	}
	o := one(f.s.Outboxes(store.OutboxQuery{Kinds: []string{got[0]}, AfterID: before}))(t)
	m, err := f.s.OpenMessage(&o)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "avant le début de votre jumelage") {
		t.Errorf("the receipt does not say why:\n%s", m.Text)
	}
}

// TestForgottenPartnerIsYourPartner: after her mentor is forgotten, Amélie's
// receipt for a meeting she logs says "votre partenaire", never "(forgotten)".
func TestForgottenPartnerIsYourPartner(t *testing.T) {
	f := newInboundFixture(t)
	to := f.replyTo("checkin:p1:c1:mentee")
	if _, _, err := f.p.Forget(grace.email); err != nil {
		t.Fatal(err)
	}
	before := f.lastID()
	f.deliver(msg("Amélie <"+amelie.email+">", to, "Re: suivi", "Date : 18 septembre 2026\nDurée : 45 min\nMode : vidéo"))
	rows := must(f.s.Outboxes(store.OutboxQuery{AfterID: before, ToAddr: amelie.email}))(t)
	if len(rows) != 1 || rows[0].Kind != string(templates.KindReceiptMeeting) {
		t.Fatalf("amelie was sent %v", f.sentTo(amelie.email, before))
	}
	m, err := f.s.OpenMessage(&rows[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "avec votre partenaire") || strings.Contains(m.Text, "forgotten") {
		t.Errorf("the receipt:\n%s", m.Text)
	}
}
