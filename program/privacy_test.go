package program

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
)

// TestConfidentialTextStaysWithThePair runs a session through the program with
// confidential text in every place a reply can put it (meeting notes, goal titles,
// goal notes, survey comments, free replies, a quarantined message) and checks that
// none of it reaches the committee, anyone outside the pair, a report, the logs,
// or the database file and its WAL in plain text. The question's own text is
// forwarded to the committee by design: it is only checked in the file.
func TestConfidentialTextStaysWithThePair(t *testing.T) {
	f := newInboundFixture(t)
	var logs bytes.Buffer
	f.p.log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f.p.opts.Logger = f.p.log
	f.p.opts.NoHealthDigest = false
	const question = "ZQXQUESTION can we extend the session by two weeks?"

	// Amélie logs a meeting with notes and asks the committee in the same message.
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met yesterday on Zoom for an hour. Topics: 7\nNotes: "+sentinelNote+"\n\nQuestion: "+question))
	// Grace sets a goal and reports progress on it.
	f.deliver(msg("grace@example.org", f.replyTo("goals:p1:mentor"), "Re: goals", "New short-term goal: "+sentinelTitle))
	f.deliver(msg("grace@example.org", "mentorship@example.org", "goal", "Goal 1: in progress, "+sentinelGoalNote))
	// A reply the parser cannot read, a stranger's message, and a reply with a token from the wrong address.
	f.deliver(msg("grace@example.org", "mentorship@example.org", "hello", "blue "+sentinelReply+" elephants"))
	f.deliver(msg("stranger@example.com", "mentorship@example.org", "hello", "We met. "+sentinelReply))
	f.deliver(msg("mallory@example.com", f.replyTo("checkin:p1:c1:mentor"), "Re", "We met yesterday. Notes: "+sentinelNote))
	// The committee answers; Amélie rates the session with a comment.
	fwd := f.row("qfwd:1:1")
	f.deliver(msg("chair@example.org", f.p.opts.Address.ReplyTo(f.p.opts.Tokens.Make(fwd.ID)), "Re: question", "Yes, by two weeks."))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "survey", "Rating: 4\n"+sentinelComment))
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Fatalf("%d meetings, want 1", n)
	}
	if n := int64(len(must(f.s.Goals(store.GoalQuery{Status: "in_progress"}))(f.t))); n != 1 {
		t.Fatalf("%d goals in progress, want 1", n)
	}
	if n := int64(len(must(f.s.SurveyAnswers())(f.t))); n != 1 {
		t.Fatalf("%d survey answers, want 1", n)
	}
	// The session runs on: check-ins, digests, nudges, lapse alerts, health digests.
	for range 8 * 7 * 4 {
		f.clock.Add(6 * time.Hour)
		if _, err := f.p.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{"health_digest"}}); n < 5 {
		t.Errorf("%d health digests over eight weeks", n)
	}

	pair := map[string]bool{"grace@example.org": true, "amelie@example.org": true}
	rows := must(f.s.Outboxes(store.OutboxQuery{}))(t)
	outside, inside := 0, ""
	for i := range rows {
		o := &rows[i]
		if pair[o.ToAddr] {
			m, err := f.s.OpenMessage(o)
			mustDo(t, err)
			inside += m.Text
			continue
		}
		outside++
		m, err := f.s.OpenMessage(o)
		mustDo(t, err)
		noSentinel(t, o.IdemKey+" to "+o.ToAddr, m.Subject+m.Text+m.HTML)
		if o.Kind == "question_forward" && !strings.Contains(m.Text, question) {
			t.Errorf("the forward lacks the question:\n%s", m.Text)
		}
	}
	for _, s := range []string{"ZQXNOTE", "ZQXTITLE", "ZQXGOALNOTE"} {
		if !strings.Contains(inside, s) {
			t.Errorf("no mail to the pair quotes %s: the test's replies were not understood", s)
		}
	}
	if outside < 7 {
		t.Errorf("only %d messages went outside the pair; the test checks too little", outside)
	}
	r, err := f.p.Report("", f.clock.Now())
	mustDo(t, err)
	for _, format := range []string{FormatTable, FormatCSV, FormatJSON} {
		var b bytes.Buffer
		mustDo(t, r.Write(&b, format))
		noSentinel(t, "report "+format, b.String())
	}
	if logs.Len() == 0 {
		t.Error("nothing was logged")
	}
	noSentinel(t, "the log", logs.String())
	if strings.Contains(logs.String(), "ZQXQUESTION") {
		t.Error("the log holds the question's text")
	}

	// And nothing in plain text in the file or its WAL, question included.
	for _, path := range dbFiles(f.s) {
		raw, err := os.ReadFile(path)
		mustDo(t, err)
		for _, s := range append(sentinels, "ZQXQUESTION") {
			if bytes.Contains(raw, []byte(s)) {
				t.Errorf("%s holds %s in plain text", path, s)
			}
		}
	}
}

// TestPurgeRawMessages checks that raw messages go after the retention period and
// that a purged message read again is still applied only once.
func TestPurgeRawMessages(t *testing.T) {
	f := newInboundFixture(t)
	raw := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re", "We met yesterday for an hour. Notes: "+sentinelNote)
	f.deliver(raw)
	f.clock.Add(10 * 24 * time.Hour)
	f.deliver(msg("grace@example.org", "mentorship@example.org", "x", "We met yesterday for 30 minutes."))
	kept := func() int64 { return f.countInbound(store.InboundQuery{RawKept: true}) }
	if n, err := f.p.Purge(context.Background()); err != nil || n != 0 || kept() != 2 {
		t.Fatalf("purge after 10 days: %d, %v; %d kept", n, err, kept())
	}
	f.clock.Add(21 * 24 * time.Hour) // 31 days after the first, 21 after the second
	if n, err := f.p.Purge(context.Background()); err != nil || n != 1 || kept() != 1 {
		t.Fatalf("purge after 31 days: %d, %v; %d kept", n, err, kept())
	}
	if n := f.countInbound(store.InboundQuery{}); n != 2 {
		t.Errorf("%d inbound rows, want both kept", n)
	}
	f.deliver(raw) // read again: its key is still known
	if n := f.countMeetings(store.MeetingQuery{}); n != 2 {
		t.Errorf("%d meetings after a purged message was read again, want 2", n)
	}
	// The calendar tick purges too.
	f.clock.Add(10 * 24 * time.Hour)
	if _, err := f.p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if kept() != 0 {
		t.Errorf("%d raw messages kept after the tick", kept())
	}
}

// openedText returns every sealed value in the database, opened.
func openedText(t *testing.T, s *store.Store) string {
	t.Helper()
	var b strings.Builder
	for _, text := range must(s.SealedTexts())(t) {
		b.WriteString(text + "\n")
	}
	return b.String()
}

// TestExportAndForget exports a participant's data, then erases it: nothing of
// theirs is left in any table, sealed or not, nor in the database file or its WAL,
// and their partner keeps their own records.
func TestExportAndForget(t *testing.T) {
	f := newInboundFixture(t)
	f.p.opts.NoHealthDigest = false
	const herNote, hisNote = "ZQXHERNOTE", "ZQXHISNOTE"
	f.deliver(msg("amelie.perso@example.net", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met yesterday on Zoom for an hour. Topics: 7\nNotes: "+herNote+"\n\nQuestion: can we meet the committee?"))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "goals", "New short-term goal: "+sentinelTitle))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "goal", "Goal 1: in progress, "+sentinelGoalNote))
	f.deliver(msg("grace@example.org", "mentorship@example.org", "meeting", "We met today by phone for 30 minutes. Notes: "+hisNote))
	fwd := f.row("qfwd:1:1")
	f.deliver(msg("chair@example.org", f.p.opts.Address.ReplyTo(f.p.opts.Tokens.Make(fwd.ID)), "Re: question", "Yes, on Tuesday."))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "survey", "Rating: 5\n"+sentinelComment))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "stop", "stop")) // the committee is told, by name
	f.clock.Add(7 * 24 * time.Hour)
	if _, err := f.p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{"health_digest"}}); n != 1 {
		t.Fatalf("%d health digests", n)
	}

	e, err := f.s.ExportParticipant("AMELIE@example.org")
	mustDo(t, err)
	if e.Profile.Name != "Amélie Nguyen" || len(e.Addresses) != 1 || len(e.Pairs) != 1 || len(e.Meetings) != 1 ||
		e.Meetings[0].Notes != herNote || len(e.Goals) != 1 || e.Goals[0].Title != sentinelTitle ||
		len(e.Goals[0].Updates) != 1 || e.Goals[0].Updates[0].Note != sentinelGoalNote || len(e.Questions) != 1 ||
		len(e.SurveyAnswers) != 1 || e.SurveyAnswers[0].Rating != 5 || len(e.Inbound) != 5 ||
		!strings.Contains(e.Inbound[0].Raw, herNote) || len(e.Outbox) == 0 || e.Outbox[0].Subject == "" {
		t.Errorf("export = %+v", e)
	}

	gone, err := f.s.ForgetParticipant("amelie.perso@example.net")
	mustDo(t, err)
	if gone.Meetings != 1 || gone.Goals != 1 || gone.Questions != 1 || gone.SurveyAnswers != 1 || gone.Inbound < 5 || gone.PairsEnded != 1 {
		t.Errorf("forgotten = %+v", gone)
	}
	her := []string{"amelie@example.org", "amelie.perso@example.net", "Amélie Nguyen", "Nguyen", herNote, "ZQXTITLE", "ZQXGOALNOTE", "ZQXCOMMENT", "meet the committee"}
	opened := openedText(t, f.s)
	for _, s := range her {
		if strings.Contains(opened, s) {
			t.Errorf("after forget, a sealed value still holds %q", s)
		}
	}
	for _, path := range dbFiles(f.s) {
		raw, err := os.ReadFile(path)
		mustDo(t, err)
		for _, s := range her {
			if bytes.Contains(raw, []byte(s)) {
				t.Errorf("after forget, %s holds %q", path, s)
			}
		}
	}
	if files := dbFiles(f.s); files != nil {
		if fi, err := os.Stat(files[1]); err != nil || fi.Size() != 0 {
			t.Errorf("the WAL was not emptied: %v, %v", fi, err)
		}
	}
	// Grace keeps her meeting and her notes; the pair is ended; the tombstone has no data.
	ms := must(f.s.Meetings(store.MeetingQuery{PairID: f.pair.ID}))(t)
	if len(ms) != 1 || ms[0].LoggedByID != f.pair.MentorID || !strings.Contains(opened, hisNote) {
		t.Errorf("Grace's meetings after forget: %+v", ms)
	}
	pr := *must(f.s.Pair(f.pair.ID))(t)
	tomb := *must(f.s.Participant(f.pair.MenteeID))(t)
	if pr.Status != store.PairEnded || tomb.Name != "(forgotten)" || tomb.Background != "" || !tomb.MailStopped {
		t.Errorf("pair %+v, tombstone %+v", pr, tomb)
	}
	if _, err := f.s.ExportParticipant("amelie@example.org"); err == nil {
		t.Error("the forgotten participant can still be exported")
	}
	// Grace's report still counts her meeting.
	r, err := f.p.Report("", f.clock.Now())
	mustDo(t, err)
	if r.Pairs[0].Meetings != 1 || r.Pairs[0].Mentee != "(forgotten)" {
		t.Errorf("report after forget: %+v", r.Pairs[0])
	}
}
