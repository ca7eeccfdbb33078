package program

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report")

// Sentinels stand for confidential text: none may appear in a report, a digest,
// committee mail, a log or the database file.
const (
	sentinelNote     = "ZQXNOTE meeting notes"
	sentinelTitle    = "ZQXTITLE goal title"
	sentinelGoalNote = "ZQXGOALNOTE goal progress"
	sentinelComment  = "ZQXCOMMENT survey comment"
	sentinelReply    = "ZQXREPLY free reply"
)

var sentinels = []string{"ZQXNOTE", "ZQXTITLE", "ZQXGOALNOTE", "ZQXCOMMENT", "ZQXREPLY"}

// reportAt is the report fixture's day: day 30 of the Fall 2026 session, a Wednesday.
var reportAt = time.Date(2026, 10, 7, 16, 0, 0, 0, time.UTC)

// reportFixture makes a cohort whose pairs show every flag and figure:
// pair 1 on target with goals and topics; pair 2 without a meeting (lapsing,
// with an open question); pair 3 paused; pair 4 bouncing and withdrawn.
func reportFixture(t *testing.T) (*store.Store, *Program, *fakeClock) {
	t.Helper()
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	clock.Set(reportAt)
	cohort := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	p1 := addPair(t, s, &cohort, grace, amelie, "2026-09-07")
	p2 := addPair(t, s, &cohort, marc, priya, "2026-09-07")
	p3 := addPair(t, s, &cohort, olu, mei, "2026-09-07")
	p4 := addPair(t, s, &cohort, sean, fatou, "2026-09-27")
	ts := func(d string) time.Time { x, _ := time.Parse(time.DateOnly, d); return x.Add(15 * time.Hour) }
	mustDo(t, s.Tx(func(tx *store.Tx) error {
		meet := func(pr store.Pair, by int64, date, topics string, undone bool) {
			m := &store.Meeting{PairID: pr.ID, LoggedByID: by, Date: date, Minutes: 45, Mode: "video", Topics: topics, CreatedAt: ts(date)}
			if undone {
				u := ts(date)
				m.UndoneAt = &u
			}
			mustDo(t, tx.AddMeeting(m, sentinelNote))
		}
		meet(p1, p1.MenteeID, "2026-09-12", "interviews,networking", false)
		meet(p1, p1.MentorID, "2026-09-12", "interviews", false) // the same meeting, logged by both: one day
		meet(p1, p1.MenteeID, "2026-09-26", "job_applications", false)
		meet(p1, p1.MenteeID, "2026-10-01", "management", true)  // undone
		meet(p1, p1.MenteeID, "2026-10-10", "management", false) // after the report's day
		meet(p3, p3.MenteeID, "2026-09-20", "diversity", false)
		meet(p4, p4.MenteeID, "2026-10-02", "conferences", false)
		goal := func(pr store.Pair, owner int64, status string) {
			g := &store.Goal{PairID: pr.ID, OwnerID: owner, Horizon: "short", Status: "new", CreatedAt: ts("2026-09-10")}
			mustDo(t, tx.AddGoal(g, sentinelTitle))
			if status != "new" {
				mustDo(t, tx.UpdateGoal(g, status, sentinelGoalNote, nil))
			}
		}
		goal(p1, p1.MenteeID, "done")
		goal(p1, p1.MenteeID, "in_progress")
		goal(p1, p1.MentorID, "new")
		goal(p3, p3.MenteeID, "done")
		ask := func(pr store.Pair, by int64, at string, answered bool) {
			q := &store.Question{ParticipantID: by, PairID: &pr.ID, State: store.QuestionOpen, CreatedAt: ts(at), UpdatedAt: ts(at)}
			if answered {
				q.State, q.AnsweredBy = store.QuestionAnswered, "chair@example.org"
			}
			mustDo(t, tx.AddQuestion(q, "Can we extend the session?"))
		}
		ask(p2, p2.MenteeID, "2026-09-30", false)
		ask(p2, p2.MentorID, "2026-10-06", false)
		ask(p1, p1.MenteeID, "2026-09-20", true)
		for i, r := range []int{5, 4, 5} {
			pr := []store.Pair{p1, p1, p3}[i]
			mustDo(t, tx.AddSurveyAnswer(&store.SurveyAnswer{PairID: pr.ID, ParticipantID: pr.MenteeID, Rating: r, CreatedAt: ts("2026-10-05")}, sentinelComment))
		}
		paused := time.Date(2026, 10, 12, 4, 0, 0, 0, time.UTC)
		mustDo(t, tx.UpdateParticipant(p3.MenteeID, map[string]any{"paused_until": paused}))
		mustDo(t, tx.UpdateParticipant(p4.MentorID, map[string]any{"bounce_count": 1}))
		return tx.UpdateParticipant(p4.MenteeID, map[string]any{"status": store.StatusWithdrawn})
	}))
	return s, newProgram(t, s, clock), clock
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "report", name+".golden")
	if *update {
		mustDo(t, os.MkdirAll(filepath.Dir(path), 0o755))
		mustDo(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from %s (got written to %s.got):\n%s", name, path, path, got)
	}
}

func TestReportGolden(t *testing.T) {
	_, p, _ := reportFixture(t)
	r, err := p.Report("", reportAt)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{FormatTable, FormatCSV, FormatJSON} {
		var b bytes.Buffer
		if err := r.Write(&b, format); err != nil {
			t.Fatal(err)
		}
		golden(t, "report."+format, b.Bytes())
		noSentinel(t, "report "+format, b.String())
	}
	if err := r.Write(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("an unknown format was accepted")
	}
}

func TestReportFigures(t *testing.T) {
	_, p, _ := reportFixture(t)
	r, err := p.Report("Fall 2026", reportAt)
	if err != nil {
		t.Fatal(err)
	}
	if r.Day != 30 || len(r.Pairs) != 4 {
		t.Fatalf("day %d, %d pairs; want day 30, 4 pairs", r.Day, len(r.Pairs))
	}
	p1, p2, p3, p4 := r.Pairs[0], r.Pairs[1], r.Pairs[2], r.Pairs[3]
	// Pair 1: 2026-09-12 (logged twice) and 2026-09-26; the undone one and the
	// one after the report's day do not count. Target after 30 days: 2.
	if p1.Meetings != 2 || p1.Target != 2 || !p1.OnTarget || p1.LastMeeting != "2026-09-26" || p1.DaysSince != 11 {
		t.Errorf("pair 1 = %+v", p1)
	}
	if strings.Join(p1.Topics, ",") != "interviews,networking,job_applications" || p1.GoalsSet != 3 || p1.GoalsDone != 1 || len(p1.Flags) != 0 {
		t.Errorf("pair 1 = %+v", p1)
	}
	if p2.Meetings != 0 || p2.OnTarget || strings.Join(p2.Flags, ",") != FlagLapsing || p2.OpenQuestions != 2 || p2.DaysSince != 30 {
		t.Errorf("pair 2 = %+v", p2)
	}
	if strings.Join(p3.Flags, ",") != FlagPaused {
		t.Errorf("pair 3 flags %v, want paused and not lapsing", p3.Flags)
	}
	// Pair 4 started on day 20: 10 days in, no meeting expected yet.
	if p4.Target != 0 || !p4.OnTarget || strings.Join(p4.Flags, ",") != "bouncing,withdrawn" {
		t.Errorf("pair 4 = %+v", p4)
	}
	tt := r.Totals
	if tt.Pairs != 4 || tt.OnTarget != 2 || tt.OnTargetShare != 0.5 || tt.Lapsing != 1 || tt.Paused != 1 || tt.Bouncing != 1 || tt.Withdrawn != 1 {
		t.Errorf("totals = %+v", tt)
	}
	if s := r.Survey; s.Count != 3 || s.Distribution != [5]int{0, 0, 0, 1, 2} || s.Average < 4.66 || s.Average > 4.67 {
		t.Errorf("survey = %+v", s)
	}
	if len(r.OpenQuestions) != 2 || r.OpenQuestions[0].Days != 7 || r.OpenQuestions[0].Pair != "pair2" {
		t.Errorf("open questions = %+v", r.OpenQuestions)
	}
	if _, err := p.Report("Winter 1999", reportAt); err == nil {
		t.Error("a report on a cohort that does not exist")
	}
}

// TestHealthDigestWeekly checks the digest goes out once per cohort per week, on
// Monday at the send hour, and that a tick with nothing due does not build it.
func TestHealthDigestWeekly(t *testing.T) {
	s, p, clock := reportFixture(t)
	p.opts.NoHealthDigest = false
	ctx := context.Background()
	mustDo(t, s.InsertRow(&store.Inbound{Key: "q1", Mailbox: "INBOX", FromAddr: "x@example.com", Class: "reply",
		Outcome: store.InboundQuarantined, Size: 10, CreatedAt: reportAt.AddDate(0, 0, -1)}))
	digests := func() []store.Outbox {
		return must(s.Outboxes(store.OutboxQuery{Kinds: []string{string(templates.KindHealthDigest)}}))(t)
	}
	// Wednesday: this week's digest (Monday 2026-10-05) is late, so it goes now.
	if _, err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	rows := digests()
	if len(rows) != 1 || rows[0].IdemKey != "health:1:2026-W41" || rows[0].ToAddr != "committee@example.org" {
		t.Fatalf("digests = %+v", rows)
	}
	m, err := s.OpenMessage(&rows[0])
	mustDo(t, err)
	for _, want := range []string{"week of October 5", "Marc Tremblay / Priya Singh", "Quarantined:     1 message", "Priya Singh, asked September 30, 7 days ago"} {
		if !strings.Contains(m.Subject+m.Text, want) {
			t.Errorf("digest lacks %q:\n%s\n%s", want, m.Subject, m.Text)
		}
	}
	if strings.Contains(m.Text+m.HTML, "pair2") {
		t.Error("the digest shows a pair's key; the committee knows pairs by their names")
	}
	if strings.Contains(m.Text, "Olu Adeyemi, asked") {
		t.Error("a question one day old is listed")
	}
	noSentinel(t, "digest", m.Subject+m.Text+m.HTML)
	// Later that week, and on Monday before the send hour: nothing more.
	for _, at := range []time.Time{reportAt.Add(48 * time.Hour), time.Date(2026, 10, 12, 12, 59, 0, 0, time.UTC)} {
		clock.Set(at)
		mustDo(t, s.SetPairsNextTick(pairIDs(t, s), at.AddDate(1, 0, 0)))
		if res, err := p.Tick(ctx); err != nil || res.Enqueued != 0 {
			t.Errorf("tick at %s: %+v, %v; want nothing", at, res, err)
		}
	}
	// Monday at 09:00 in Toronto: the next week's.
	clock.Set(time.Date(2026, 10, 12, 13, 0, 0, 0, time.UTC))
	if _, err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if rows := digests(); len(rows) != 2 || rows[1].IdemKey != "health:1:2026-W42" ||
		!rows[1].DueAt.Equal(time.Date(2026, 10, 12, 13, 0, 0, 0, time.UTC)) {
		t.Errorf("digests = %+v", rows)
	}
	// A cohort with no active pair gets none.
	mustDo(t, s.Tx(func(tx *store.Tx) error {
		for _, id := range pairIDs(t, s) {
			if err := tx.EndPair(id); err != nil {
				return err
			}
		}
		return nil
	}))
	clock.Set(time.Date(2026, 10, 19, 13, 0, 0, 0, time.UTC))
	if res, err := p.Tick(ctx); err != nil || res.Enqueued != 0 {
		t.Errorf("tick with no active pair: %+v, %v", res, err)
	}
}

func noSentinel(t *testing.T, where, text string) {
	t.Helper()
	for _, s := range sentinels {
		if strings.Contains(text, s) {
			t.Errorf("%s contains the confidential %s", where, s)
		}
	}
}

// TestReportLapseCountsFromIntroduction: a pair imported ten days after its
// start is not lapsing on day 20: it was introduced ten days before.
func TestReportLapseCountsFromIntroduction(t *testing.T) {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	sc := newSessionCohort(t, s)
	clock.Set(sc.start.AddDate(0, 0, 10).Add(20 * time.Hour)) // imported and introduced on day 10
	p := newProgram(t, s, clock)
	if _, err := p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	r, err := p.Report("", sc.start.AddDate(0, 0, 20).Add(20*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range r.Pairs {
		if slices.Contains(pr.Flags, FlagLapsing) {
			t.Errorf("%s is flagged lapsing ten days after its introduction: %v", pr.Pair, pr.Flags)
		}
	}
	r, err = p.Report("", sc.start.AddDate(0, 0, 27).Add(20*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pairs) == 0 || !slices.Contains(r.Pairs[0].Flags, FlagLapsing) {
		t.Errorf("17 days after its introduction with no meeting, pair flags %v; want lapsing", r.Pairs[0].Flags)
	}
}

// pairIDs returns the ids of every pair.
func pairIDs(t *testing.T, s *store.Store) []int64 {
	t.Helper()
	var ids []int64
	for _, p := range must(s.AllPairs())(t) {
		ids = append(ids, p.ID)
	}
	return ids
}
