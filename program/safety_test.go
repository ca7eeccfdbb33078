package program

import (
	"context"
	"github.com/jhillyerd/enmime/v2"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The tests of "Acting on what replies say" (DESIGN.md): through the real inbox
// and sender where the parser of this branch reads the words, and with parses
// built by hand where it does not yet (parser.Reply is the contract).

func (w *mailWorld) committeeAlerts() int { return len(w.mails("committee", "committee_alert")) }

// TestLeaveNeedsConfirmationByReply: a clear request to leave changes nothing
// but a confirmation email; a one-word "oui" to it removes Amélie: the
// committee is told, her receipt says so, and her pair's calendar stops.
func TestLeaveNeedsConfirmationByReply(t *testing.T) {
	w := newMailWorld(t)
	w.reply("amelie", nil, "Départ", "Je veux quitter le programme.")
	if pt := w.participant(amelie.email); pt.Status != store.StatusActive {
		t.Fatalf("status %q after the request alone; want active until she confirms", pt.Status)
	}
	if n := w.committeeAlerts(); n != 0 {
		t.Errorf("the committee was alerted %d times before any confirmation", n)
	}
	ask := w.latest("amelie", "confirm_leave")
	if !strings.Contains(ask.Text, "oui") || !strings.Contains(ask.Text, "7 jours") || !strings.Contains(heading(ask), "quitter") {
		t.Errorf("the confirmation does not say, in French, how to confirm and when it expires:\n%s", ask.Text)
	}
	w.reply("amelie", ask, "", "Oui")
	if pt := w.participant(amelie.email); pt.Status != store.StatusWithdrawn {
		t.Fatalf("status %q after her confirmation; want withdrawn", pt.Status)
	}
	if n := w.committeeAlerts(); n != 1 {
		t.Errorf("%d committee alerts after she confirmed, want the one that she left", n)
	}
	if got := heading(w.latest("amelie", "receipt_command")); !strings.Contains(got, "départ") {
		t.Errorf("her last receipt is %q, want the confirmation that she left", got)
	}
	// The pair's calendar stops: nothing more for Grace about Amélie.
	before := len(w.mails("grace", "checkin"))
	w.clock.Add(30 * 24 * time.Hour)
	w.settle()
	if n := len(w.mails("grace", "checkin")); n != before {
		t.Errorf("Grace got %d more check-ins about a mentee who left", n-before)
	}
}

// TestLeaveWithoutConfirmationNothingHappens: no reply, a "no", and a "yes"
// after the expiry all leave Grace in the program, with receipts that say so.
func TestLeaveWithoutConfirmationNothingHappens(t *testing.T) {
	w := newMailWorld(t)
	w.reply("grace", nil, "leaving", "I would like to leave the mentorship program.")
	first := w.latest("grace", "confirm_leave")
	// No answer: the calendar goes on for her.
	w.clock.Add(8 * 24 * time.Hour) // day 22
	w.settle()
	if pt := w.participant(grace.email); pt.Status != store.StatusActive {
		t.Fatalf("status %q without a confirmation", pt.Status)
	}
	if len(w.mails("grace", "digest")) < 2 {
		t.Errorf("the calendar stopped for Grace without her confirmation: digests %d", len(w.mails("grace", "digest")))
	}
	// A yes after the expiry: nothing, said in the receipt.
	w.reply("grace", first, "", "yes")
	if pt := w.participant(grace.email); pt.Status != store.StatusActive {
		t.Errorf("status %q after a confirmation past its expiry", pt.Status)
	}
	if got := w.latest("grace", "receipt_command"); !strings.Contains(heading(got), "still in the program") {
		t.Errorf("receipt %q, want one saying nothing changed", heading(got))
	}
	// A no: nothing, said in the receipt.
	w.reply("grace", nil, "stop", "stop")
	w.reply("grace", w.latest("grace", "confirm_leave"), "", "No.")
	if pt := w.participant(grace.email); pt.Status != store.StatusActive {
		t.Errorf("status %q after no", pt.Status)
	}
	if got := w.latest("grace", "receipt_command"); heading(got) != "You stay in the program" {
		t.Errorf("receipt %q after no", heading(got))
	}
	// An answer to a confirmation already answered changes nothing either.
	w.reply("grace", w.latest("grace", "confirm_leave"), "", "yes")
	if pt := w.participant(grace.email); pt.Status != store.StatusActive {
		t.Errorf("status %q after a yes to a declined request", pt.Status)
	}
	if n := w.committeeAlerts(); n != 0 {
		t.Errorf("the committee was told %d times of a departure that never happened", n)
	}
}

// TestLessMailIsNeverLeave: "stop sending me so many reminders" keeps the
// person in the program. Read by the parser of this branch it asks for a
// confirmation at most; read as the contract says (fewer_reminders) it sets
// the preference the calendar honours: no nudges, a check-in every four weeks.
// "resume" brings every reminder back.
func TestLessMailIsNeverLeave(t *testing.T) {
	w := newMailWorld(t)
	w.reply("amelie", w.latest("amelie", "checkin"), "", "Please stop sending me so many reminders, one a week is enough")
	if pt := w.participant(amelie.email); pt.Status != store.StatusActive {
		t.Fatalf("status %q: asking for less mail removed her", pt.Status)
	}
	if n := w.committeeAlerts(); n != 0 {
		t.Errorf("the committee was told she left")
	}

	checkin := *must(w.s.LastOutbox(store.OutboxQuery{IdemKey: "checkin:p1:c1:mentee"}))(t)
	constructed(t, w.s, w.p, amelie.email, &checkin, reply("Please stop sending me so many reminders, one a week is enough",
		parser.Command{Name: parser.CmdFewerReminders}))
	w.settle()
	pt := w.participant(amelie.email)
	if pt.Status != store.StatusActive || !pt.FewerReminders {
		t.Fatalf("status %q, fewer reminders %v; want active with fewer reminders", pt.Status, pt.FewerReminders)
	}
	rc := w.latest("amelie", "receipt_command")
	if !strings.Contains(rc.Text, "quatre semaines") || !strings.Contains(rc.Text, "reprendre") {
		t.Errorf("the receipt does not say, in French, what fewer means and the way back:\n%s", rc.Text)
	}
	// The rest of the session: check-ins on days 28 and 56 only, no nudges;
	// Grace, who asked for nothing, keeps hers.
	for end := time.Date(2026, 11, 7, 0, 0, 0, 0, time.UTC); w.clock.Now().Before(end); w.clock.Add(3 * time.Hour) {
		if _, err := w.p.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	var keys []string
	for _, o := range must(w.s.Outboxes(store.OutboxQuery{ToAddr: amelie.email, Kinds: []string{"checkin", "nudge"}}))(t) {
		keys = append(keys, o.IdemKey)
	}
	if strings.Join(keys, " ") != "checkin:p1:c1:mentee checkin:p1:c2:mentee checkin:p1:c4:mentee" {
		t.Errorf("Amélie's check-ins and nudges: %v; want c1 (before she asked), c2 and c4, no nudge", keys)
	}
	if n := must(w.s.CountOutbox(store.OutboxQuery{ToAddr: grace.email, Kinds: []string{"nudge"}}))(t); n == 0 {
		t.Errorf("Grace lost her nudges to Amélie's preference")
	}
	constructed(t, w.s, w.p, amelie.email, nil, reply("reprendre", parser.Command{Name: parser.CmdResume}))
	if pt := w.participant(amelie.email); pt.FewerReminders {
		t.Errorf("resume left fewer reminders on")
	}
}

// TestDigestOffAndOn: the mentor's digest stops and comes back, and undo
// restores the setting it replaced.
func TestDigestOffAndOn(t *testing.T) {
	f := newInboundFixture(t)
	constructed(t, f.s, f.p, grace.email, nil, reply("no more digest please", parser.Command{Name: parser.CmdDigestOff}))
	g := *must(f.s.ParticipantByEmail(grace.email))(t)
	if !g.DigestOff || g.Status != store.StatusActive {
		t.Fatalf("digest off %v, status %q", g.DigestOff, g.Status)
	}
	runCalendar(t, f.p, f.clock, time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC))
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{"digest"}, CreatedAfter: time.Date(2026, 9, 22, 0, 0, 0, 0, time.UTC)}); n != 0 {
		t.Errorf("%d digests after digest off", n)
	}
	if n := f.countOutbox(store.OutboxQuery{ToAddr: grace.email, Kinds: []string{"checkin"}}); n < 2 {
		t.Errorf("the check-ins stopped with the digest: %d", n)
	}
	constructed(t, f.s, f.p, grace.email, nil, reply("undo", parser.Command{Name: parser.CmdUndo}))
	g = *must(f.s.ParticipantByEmail(grace.email))(t)
	if g.DigestOff {
		t.Errorf("undo did not restore the digest")
	}
}

// TestVacationRepliesPause: "I'm on vacation soon. pause until January 5" and
// "I'll be away until January 10th, please pause my emails", read as a person's
// pause (the contract), pause with the date and get a receipt; undo restores.
func TestVacationRepliesPause(t *testing.T) {
	f := newInboundFixture(t)
	for _, c := range []struct{ text, until string }{
		{"Hi, I'm on vacation soon. pause until January 5", "2027-01-05"},
		{"I'll be away until January 10th, please pause my emails", "2027-01-10"},
	} {
		before := f.lastID()
		constructed(t, f.s, f.p, grace.email, nil, reply(c.text, parser.Command{Name: parser.CmdPause, Until: parser.Day(c.until)}))
		g := *must(f.s.ParticipantByEmail(grace.email))(t)
		if g.PausedUntil == nil || localDay(*g.PausedUntil, mustLoc(t, grace.tz)) != c.until {
			t.Errorf("%q: paused until %v, want %s", c.text, g.PausedUntil, c.until)
		}
		if got := f.sentTo(grace.email, before); strings.Join(got, ",") != "receipt_command" {
			t.Errorf("%q: sent %v, want the pause's receipt", c.text, got)
		}
	}
	constructed(t, f.s, f.p, grace.email, nil, reply("undo", parser.Command{Name: parser.CmdUndo}))
	g := *must(f.s.ParticipantByEmail(grace.email))(t)
	if g.PausedUntil == nil || localDay(*g.PausedUntil, mustLoc(t, grace.tz)) != "2027-01-05" {
		t.Errorf("undo of the second pause left %v, want the first pause's 2027-01-05", g.PausedUntil)
	}
}

// TestAutoReplyHoldsNudges: a real out-of-office reply is never answered; its
// return date holds the person's nudges and the pair's lapse alert until then,
// shows in the committee's report, and ends sooner if she writes.
func TestAutoReplyHoldsNudges(t *testing.T) {
	f := newInboundFixture(t)
	ci := f.row("checkin:p1:c1:mentee")
	before := f.lastID()
	r := &parser.Reply{Class: parser.ClassAutoReply, ReplyText: "Je suis absente du bureau jusqu'au 2 novembre.",
		ReturnDate: "2026-11-02", Envelope: parser.Envelope{From: amelie.email,
			Recipients: []string{"mentorship+" + f.p.opts.Tokens.Make(ci.ID) + "@example.org"}, Date: f.clock.Now()}}
	f.uid++
	mustDo(t, f.s.Tx(func(tx *store.Tx) error {
		_, err := f.p.apply(context.Background(), tx, mailerDelivery(f.uid), "auto:1", r)
		return err
	}))
	if n := f.lastID(); n != before {
		t.Errorf("an automatic reply was answered: %v", f.sentTo(amelie.email, before))
	}
	a := *must(f.s.ParticipantByEmail(amelie.email))(t)
	if a.AwayUntil == nil || localDay(*a.AwayUntil, mustLoc(t, amelie.tz)) != "2026-11-02" {
		t.Fatalf("away until %v, want 2026-11-02", a.AwayUntil)
	}
	rep, err := f.p.Report("", f.clock.Now())
	mustDo(t, err)
	if rep.Pairs[0].AwayUntil != "2026-11-02" || !strings.Contains(strings.Join(rep.Pairs[0].Flags, " "), "away:2026-11-02") {
		t.Errorf("report pair %+v: the committee does not see the hold", rep.Pairs[0])
	}
	// The session runs: no meeting is logged, so Grace is nudged 16 days after
	// the pair was introduced (day 14 here), but Amélie's nudge and the
	// committee's lapse alert wait for November 2.
	runCalendar(t, f.p, f.clock, time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC))
	nudge := one(f.s.Outboxes(store.OutboxQuery{ToAddr: amelie.email, Kinds: []string{"nudge"}}))(t)
	if d := localDay(nudge.DueAt, mustLoc(t, amelie.tz)); d != "2026-11-02" {
		t.Errorf("Amélie's nudge due %s, want the day she is back", d)
	}
	gn := one(f.s.Outboxes(store.OutboxQuery{ToAddr: grace.email, Kinds: []string{"nudge"}}))(t)
	if d := localDay(gn.DueAt, mustLoc(t, grace.tz)); d != "2026-10-07" {
		t.Errorf("Grace's nudge due %s, want 16 days after the introduction", d)
	}
	alerts := must(f.s.Outboxes(store.OutboxQuery{Kinds: []string{"committee_alert"}, IdemKeyPrefix: "alert:lapse:"}))(t)
	for _, al := range alerts {
		if localDay(al.DueAt, mustLoc(t, "America/Toronto")) < "2026-11-02" {
			t.Errorf("lapse alert due %v, before she is back", al.DueAt)
		}
	}
}

// TestReplyEndsAwayHold: an out-of-office hold ends when its person writes.
func TestReplyEndsAwayHold(t *testing.T) {
	f := newInboundFixture(t)
	until := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	updateParticipant(t, f.s, amelie.email, map[string]any{"away_until": until})
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "Re", "On s'est parlé hier pendant une heure."))
	a := *must(f.s.ParticipantByEmail(amelie.email))(t)
	if a.AwayUntil != nil {
		t.Errorf("away until %v after she wrote", a.AwayUntil)
	}
}

// TestUndatedMeetingStoredAndAsked: "We met last week, 45 minutes on Zoom" is
// stored without a day, the receipt asks for it in one line, and a reply to the
// receipt with the day dates it; undo takes the day back. Days before the pair
// began, or after the message, are not logged, and the receipt says why, in the
// participant's language.
func TestUndatedMeetingStoredAndAsked(t *testing.T) {
	w := newMailWorld(t)
	w.reply("grace", w.latest("grace", "checkin"), "", "We met last week, 45 minutes on Zoom")
	ms := must(w.s.Meetings(store.MeetingQuery{}))(t)
	if len(ms) != 1 || ms[0].Date != "" || ms[0].Minutes != 45 || ms[0].Mode != "video" {
		t.Fatalf("meetings %+v; want one undated video meeting of 45 minutes", ms)
	}
	rc := w.latest("grace", "receipt_meeting")
	if !strings.Contains(heading(rc), "which day") || !strings.Contains(rc.Text, "not given yet") ||
		!strings.Contains(rc.Text, "Which day did you meet? Reply with it in one line") {
		t.Errorf("the receipt does not ask for the day:\n%s", rc.Text)
	}
	rep, err := w.p.Report("", w.clock.Now())
	mustDo(t, err)
	if pr := rep.Pairs[0]; pr.Meetings != 0 || pr.Undated != 1 || pr.LastMeeting != "" {
		t.Errorf("report: %d meetings, %d undated, last %q; want 0, 1, none", pr.Meetings, pr.Undated, pr.LastMeeting)
	}
	w.reply("grace", rc, "", "We met on September 15")
	ms = must(w.s.Meetings(store.MeetingQuery{}))(t)
	if len(ms) != 1 || ms[0].Date != "2026-09-15" {
		t.Fatalf("after the day was given: %+v; want the one meeting, dated 2026-09-15", ms)
	}
	w.reply("grace", nil, "undo", "undo")
	ms = must(w.s.Meetings(store.MeetingQuery{}))(t)
	if len(ms) != 1 || ms[0].Date != "" || ms[0].UndoneAt != nil {
		t.Errorf("undo of the day: %+v; want the meeting back undated", ms)
	}

	// Before the pair began: not logged; the receipt says why, in French.
	w.reply("amelie", w.latest("amelie", "checkin"), "", "On s'est rencontrées le 1er août pendant une heure.")
	if n := must(w.s.CountMeetings(store.MeetingQuery{Date: "2026-08-01"}))(t); n != 0 {
		t.Errorf("a meeting before the pair began was logged")
	}
	nd := w.latest("amelie", "receipt_command")
	if !strings.Contains(nd.Text, "avant le début de votre jumelage") || strings.Contains(nd.Text, "Reply") {
		t.Errorf("the French receipt does not say why, in French:\n%s", nd.Text)
	}
}

// TestMeetingAfterMessageNotLogged: "Please pause my emails until January 4",
// read with a meeting on January 4 as the old parser did, pauses and logs no
// meeting.
func TestMeetingAfterMessageNotLogged(t *testing.T) {
	f := newInboundFixture(t)
	r := reply("Please pause my emails until January 4", parser.Command{Name: parser.CmdPause, Until: "2027-01-04"})
	r.Meeting = &parser.Meeting{Date: "2027-01-04"}
	constructed(t, f.s, f.p, grace.email, nil, r)
	if n := f.countMeetings(store.MeetingQuery{}); n != 0 {
		t.Errorf("%d meetings logged for a day after the message", n)
	}
	o := one(f.s.Outboxes(store.OutboxQuery{ToAddr: grace.email, Kinds: []string{"receipt_command"}}))(t)
	m, err := f.s.OpenMessage(&o)
	mustDo(t, err)
	if !strings.Contains(m.Text, "until") || !strings.Contains(m.Text, "is after your message") {
		t.Errorf("the pause receipt does not carry the notice:\n%s", m.Text)
	}
}

// TestNoticesReachTheParticipant: every notice of a parse reaches the receipt,
// worded in the participant's language (a code unknown to the table gets the
// generic sentence), never the parser's English in a French receipt.
func TestNoticesReachTheParticipant(t *testing.T) {
	f := newInboundFixture(t)
	r := reply("On s'est vues le 03/04... enfin le 18 septembre, 45 min")
	r.Meeting = &parser.Meeting{Date: "2026-09-18", Minutes: 45}
	r.Warnings = []string{"“03/04” could be two days.", "something new"}
	r.Notices = []parser.Notice{{Code: parser.NoticeDateAmbiguous, Quote: "03/04"}, {Code: "brand_new_code"}}
	constructed(t, f.s, f.p, amelie.email, nil, r)
	o := one(f.s.Outboxes(store.OutboxQuery{ToAddr: amelie.email, Kinds: []string{"receipt_meeting"}}))(t)
	m, err := f.s.OpenMessage(&o)
	mustDo(t, err)
	for _, want := range []string{"«\u00a003/04\u00a0» peut désigner deux jours", "Une partie de votre message"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the receipt lacks %q:\n%s", want, m.Text)
		}
	}
	for _, en := range []string{"could be two days", "something new", "Reply"} {
		if strings.Contains(m.Text, en) {
			t.Errorf("English %q in the French receipt", en)
		}
	}
}

// TestGoalsBelongToPeople: each partner's goals are numbered for them, and a
// mentor's "goal 1: done" changes only the mentor's goal 1.
func TestGoalsBelongToPeople(t *testing.T) {
	w := newMailWorld(t)
	w.reply("amelie", w.latest("amelie", "goals_prompt"), "", "Court terme : mettre mon CV à jour\nLong terme : diriger une équipe")
	w.reply("grace", w.latest("grace", "goals_prompt"), "", "Short term: give better feedback")
	goals := func() map[string]string {
		gs := must(w.s.Goals(store.GoalQuery{Live: true}))(t)
		out := map[string]string{}
		for _, g := range gs {
			who := "amelie"
			if g.OwnerID == w.pair.MentorID {
				who = "grace"
			}
			out[who+":"+strconv.Itoa(g.Number)] = g.Status
		}
		return out
	}
	if g := goals(); len(g) != 3 || g["amelie:1"] != "new" || g["amelie:2"] != "new" || g["grace:1"] != "new" {
		t.Fatalf("goals %v; want Amélie's 1 and 2 and Grace's 1", g)
	}
	toAmelie := len(w.mails("amelie", ""))
	w.reply("grace", w.latest("grace", "receipt_goals"), "", "goal 1: done")
	if g := goals(); g["grace:1"] != "done" || g["amelie:1"] != "new" {
		t.Errorf("after Grace's \"goal 1: done\": %v; want only Grace's goal 1 done", g)
	}
	if n := len(w.mails("amelie", "")); n != toAmelie {
		t.Errorf("Amélie was sent %d messages about Grace's own goal", n-toAmelie)
	}
	// A goal number the sender does not have: nothing changes, and the receipt says why.
	w.reply("grace", nil, "goals", "goal 2: done")
	if g := goals(); g["amelie:2"] != "new" {
		t.Errorf("Grace's \"goal 2\" changed Amélie's goal 2: %v", g)
	}
	if rc := w.latest("grace", "receipt_command"); !strings.Contains(rc.Text, "You have no goal") {
		t.Errorf("the receipt does not say Grace has no goal 2:\n%s", rc.Text)
	}
}

// TestPartnerGoalNeedsNameAndIsTold: "Amélie's goal 2: done" from Grace changes
// Amélie's goal 2, and Amélie is told in French.
func TestPartnerGoalNeedsNameAndIsTold(t *testing.T) {
	f := newInboundFixture(t)
	setGoals(t, f, amelie.email, "obtenir un poste permanent", "diriger une équipe")
	before := f.lastID()
	r := reply("Amélie's goal 2: done")
	r.Goals = []parser.Goal{{Ref: "2", Status: "done"}}
	constructed(t, f.s, f.p, grace.email, nil, r)
	if st := goalStatus(t, f, amelie.email, 2); st != "done" {
		t.Errorf("Amélie's goal 2 is %q, want done", st)
	}
	got := f.sentTo(amelie.email, before)
	if strings.Join(got, ",") != "goal_changed" {
		t.Fatalf("Amélie was sent %v, want goal_changed", got)
	}
	o := one(f.s.Outboxes(store.OutboxQuery{ToAddr: amelie.email, Kinds: []string{"goal_changed"}}))(t)
	m, err := f.s.OpenMessage(&o)
	mustDo(t, err)
	if o.Lang != "fr" || !strings.Contains(m.Subject, "Grace a mis à jour votre objectif 2") {
		t.Errorf("the notice to Amélie: %s %q", o.Lang, m.Subject)
	}
}

// TestUndoRestoresGoalPartnerChanged: undo of a change to the partner's goal
// restores what was there; undo of one's own earlier update never erases the
// partner's later change.
func TestUndoRestoresGoalPartnerChanged(t *testing.T) {
	f := newInboundFixture(t)
	setGoals(t, f, amelie.email, "obtenir un poste permanent")
	update := func(email, text, ref, status string) {
		r := reply(text)
		r.Goals = []parser.Goal{{Ref: ref, Status: status}}
		constructed(t, f.s, f.p, email, nil, r)
	}
	undo := func(email string) {
		constructed(t, f.s, f.p, email, nil, reply("undo", parser.Command{Name: parser.CmdUndo}))
	}
	update(amelie.email, "objectif 1 : en cours", "1", "in_progress")
	update(grace.email, "Amélie's goal 1: done", "1", "done")
	undo(grace.email)
	if st := goalStatus(t, f, amelie.email, 1); st != "in_progress" {
		t.Errorf("after Grace undid her change to Amélie's goal: %q, want in_progress (what was there)", st)
	}
	update(grace.email, "goal 1 of Amélie: done", "1", "done")
	undo(amelie.email)
	if st := goalStatus(t, f, amelie.email, 1); st != "done" {
		t.Errorf("Amélie's undo of her earlier update erased Grace's later change: %q, want done", st)
	}
	undo(grace.email)
	if st := goalStatus(t, f, amelie.email, 1); st != "new" {
		t.Errorf("with both updates undone: %q, want new, as it was set", st)
	}
}

// TestQuestionAcknowledged: a question gets an acknowledgement in the asker's
// language saying the committee has it, and reaches the committee.
func TestQuestionAcknowledged(t *testing.T) {
	w := newMailWorld(t)
	w.reply("amelie", nil, "Question pour le comité", "Question : puis-je changer de mentore?")
	ack := w.latest("amelie", "question_received")
	if !strings.Contains(heading(ack), "Le comité a reçu votre question") {
		t.Errorf("acknowledgement %q, want French", heading(ack))
	}
	if n := len(w.mails("committee", "question_forward")); n != 1 {
		t.Errorf("%d forwards to the committee, want 1", n)
	}
	w.reply("grace", nil, "Question", "Question: can we extend the session by two weeks?")
	if got := heading(w.latest("grace", "question_received")); got != "The committee has your question" {
		t.Errorf("acknowledgement %q", got)
	}
}

func setGoals(t *testing.T, f *inboundFixture, email string, titles ...string) {
	t.Helper()
	r := reply(strings.Join(titles, "\n"))
	for _, ti := range titles {
		r.Goals = append(r.Goals, parser.Goal{Title: ti, Status: "new"})
	}
	constructed(t, f.s, f.p, email, nil, r)
}

func goalStatus(t *testing.T, f *inboundFixture, email string, number int) string {
	t.Helper()
	pt := *must(f.s.ParticipantByEmail(email))(t)
	g := one(f.s.Goals(store.GoalQuery{OwnerID: pt.ID, Number: number, Live: true}))(t)
	return g.Status
}

// TestRuleUnits checks the rule's pieces on their own.
func TestRuleUnits(t *testing.T) {
	for text, want := range map[string]string{"Yes": parser.CmdConfirm, "oui.": parser.CmdConfirm, "OUI !": parser.CmdConfirm,
		"no": parser.CmdDecline, "Non": parser.CmdDecline, "yes but not now": "", "": "", "stop": ""} {
		if got := oneWordAnswer(text); got != want {
			t.Errorf("oneWordAnswer(%q) = %q, want %q", text, got, want)
		}
	}
	g2 := parser.Goal{Ref: "2", Status: "done"}
	for text, want := range map[string]bool{
		"Aïcha's goal 2: done": true, "goal 2 of Aicha: done": true, "Objectif 2 d'Aïcha : terminé": true,
		"AÏCHA’S GOAL 2: DONE": true, "goal 2: done": false, "Aïcha's goal 3: done\ngoal 2: done": false,
		"Aïcha is great. My goal 2: done": false, "Mon objectif 2 avec Aïcha : terminé": false,
	} {
		if got := namesPartnerGoal(text, g2, "Aïcha"); got != want {
			t.Errorf("namesPartnerGoal(%q) = %v, want %v", text, got, want)
		}
	}
	if _, ok := awayUntil("2026-09-20", time.Date(2026, 9, 21, 0, 0, 0, 0, time.UTC), time.UTC); ok {
		t.Error("a return date already past holds nudges")
	}
	if _, ok := awayUntil("2027-12-01", time.Date(2026, 9, 21, 0, 0, 0, 0, time.UTC), time.UTC); ok {
		t.Error("a return date over a year away is believed")
	}
	if got := promptOf(&store.Outbox{Kind: string(templates.KindConfirmLeave)}); got != parser.PromptConfirm {
		t.Errorf("a reply to the leaving confirmation is read under %q, want %q", got, parser.PromptConfirm)
	}
	// Leaving needs a confirmation; a yes to another email is not one.
	p := &Program{}
	st := &replyState{pt: &store.Participant{Status: store.StatusActive}}
	if v := p.decideCommand(st, parser.Command{Name: parser.CmdStop}).verdict; v != confirmFirst {
		t.Errorf("stop: verdict %v, want confirmFirst", v)
	}
	if v := p.decideCommand(st, parser.Command{Name: parser.CmdConfirm}).verdict; v != pass {
		t.Errorf("a yes to no confirmation: verdict %v, want pass", v)
	}
	st.target = &store.Outbox{Kind: string(templates.KindConfirmLeave)}
	if v := p.decideCommand(st, parser.Command{Name: parser.CmdConfirm}).verdict; v != act {
		t.Errorf("a yes to the confirmation: verdict %v, want act", v)
	}
}

// heading is an email's purpose as its HTML says it in its h1: answers keep the
// conversation's subject ("Re: …"), so the subject no longer says it.
func heading(e *enmime.Envelope) string {
	m := regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`).FindStringSubmatch(e.HTML)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(m[1], "")))
}

// TestCommitteeLanguage: a French-speaking committee gets its mail in French (the
// forwarded question here); the participant's acknowledgement stays in theirs.
func TestCommitteeLanguage(t *testing.T) {
	w := newMailWorld(t)
	w.p.opts.CommitteeLanguage = "fr"
	w.reply("grace", nil, "Question", "Question: can we extend the session by two weeks?")
	fw := w.latest("committee", "question_forward")
	if subj := fw.GetHeader("Subject"); !strings.HasPrefix(subj, "Question d") {
		t.Errorf("forwarded question's subject %q, want French", subj)
	}
	if !strings.Contains(fw.HTML, `lang="fr"`) {
		t.Error(`the forwarded question's HTML has no lang="fr"`)
	}
	if got := heading(w.latest("grace", "question_received")); got != "The committee has your question" {
		t.Errorf("Grace's acknowledgement %q, want it in her English", got)
	}
	opts := w.p.opts
	opts.CommitteeLanguage = "de"
	if _, err := New(opts); err == nil || !strings.Contains(err.Error(), "committee language") {
		t.Errorf("a committee language of de: %v, want refused", err)
	}
}
