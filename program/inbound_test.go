package program

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// inboundFixture is a program with one pair whose day-0 mail has gone out.
type inboundFixture struct {
	t     *testing.T
	s     *store.Store
	p     *Program
	clock *fakeClock
	pair  store.Pair
	uid   uint32
}

func newInboundFixture(t *testing.T) *inboundFixture {
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	cohort := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	pair := addPair(t, s, &cohort, grace, amelie, "2026-09-07")
	mustDo(t, s.InsertRow(&store.Address{ParticipantID: pair.MenteeID, Address: "amelie.perso@example.net"}))
	clock.Set(time.Date(2026, 9, 21, 16, 0, 0, 0, time.UTC)) // day 14, after the check-ins went out
	p := newProgram(t, s, clock)
	if _, err := p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	return &inboundFixture{t: t, s: s, p: p, clock: clock, pair: pair}
}

// row returns the outbox row with the idempotency key.
func (f *inboundFixture) row(key string) store.Outbox {
	f.t.Helper()
	return *must(f.s.LastOutbox(store.OutboxQuery{IdemKey: key}))(f.t)
}

// replyTo returns the tagged address of the row with the key.
func (f *inboundFixture) replyTo(key string) string {
	o := f.row(key)
	for _, a := range strings.Split(o.ReplyTo, ",") {
		if a = strings.TrimSpace(a); strings.HasPrefix(a, "mentorship+") {
			return a
		}
	}
	f.t.Fatalf("%s has no tagged Reply-To: %q", key, o.ReplyTo)
	return ""
}

var msgSeq int

// msg builds a raw message.
func msg(from, to, subject, body string, extra ...string) []byte {
	msgSeq++
	h := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Mon, 21 Sep 2026 14:00:00 -0300\r\nMessage-ID: <m%d.%d@client.example>\r\n",
		from, to, subject, msgSeq, time.Now().UnixNano())
	for _, e := range extra {
		h += e + "\r\n"
	}
	h += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	return []byte(h + strings.ReplaceAll(body, "\n", "\r\n"))
}

func (f *inboundFixture) deliver(raw []byte) mailer.Disposition {
	f.t.Helper()
	f.uid++
	d, err := f.p.Handle(context.Background(), mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: f.uid, Raw: raw, Size: int64(len(raw))})
	if err != nil {
		f.t.Fatal(err)
	}
	return d
}

// sent returns the kinds of outbox rows made for an address after row id `after`.
func (f *inboundFixture) sentTo(addr string, after int64) []string {
	rows := must(f.s.Outboxes(store.OutboxQuery{ToAddr: addr, AfterID: after}))(f.t)
	var kinds []string
	for _, r := range rows {
		kinds = append(kinds, r.Kind)
	}
	return kinds
}

func (f *inboundFixture) lastID() int64 {
	return must(f.s.LastOutboxID())(f.t)
}

// countOutbox counts the outbox rows q selects.
func (f *inboundFixture) countOutbox(q store.OutboxQuery) int64 {
	f.t.Helper()
	return must(f.s.CountOutbox(q))(f.t)
}

// countInbound counts the inbound rows q selects.
func (f *inboundFixture) countInbound(q store.InboundQuery) int64 {
	f.t.Helper()
	return must(f.s.CountInbounds(q))(f.t)
}

// countMeetings counts the meetings q selects.
func (f *inboundFixture) countMeetings(q store.MeetingQuery) int64 {
	f.t.Helper()
	return must(f.s.CountMeetings(q))(f.t)
}

func TestReplyLogsMeetingOnce(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	raw := msg("Amélie Nguyen <Amelie@Example.org>", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"On s'est parlé en vidéo hier pendant une heure. Sujets : 7, 8\n\nLe lun. 21 sept. 2026, le programme a écrit :\n> Sujets suggérés : 3, 4")
	if d := f.deliver(raw); d != mailer.Processed {
		t.Fatalf("disposition %v, want processed", d)
	}
	ms := must(f.s.Meetings(store.MeetingQuery{}))(t)
	if len(ms) != 1 || ms[0].Date != "2026-09-20" || ms[0].Minutes != 60 || ms[0].Mode != "video" || ms[0].Topics != "interviews,job_applications" {
		t.Fatalf("meetings = %+v; want one video meeting of 60 min on 2026-09-20 on interviews and job applications", ms)
	}
	if got := f.sentTo("amelie@example.org", before); strings.Join(got, ",") != "receipt_meeting" {
		t.Errorf("Amélie was sent %v, want one meeting receipt", got)
	}
	receipt := f.row(fmt.Sprintf("answer:%d:meeting", 1))
	if receipt.Lang != "fr" || !strings.Contains(receipt.InReplyTo, "client.example") {
		t.Errorf("receipt lang %q in-reply-to %q; want French, threaded under her message", receipt.Lang, receipt.InReplyTo)
	}
	// The same message again (a crash before the move): nothing more.
	f.deliver(raw)
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("a replayed message logged %d meetings", n)
	}
	if got := f.sentTo("amelie@example.org", before); len(got) != 1 {
		t.Errorf("a replayed message was answered again: %v", got)
	}
	// undo takes it back.
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "undo", "undo"))
	if n := f.countMeetings(store.MeetingQuery{Live: true}); n != 0 {
		t.Errorf("%d meetings left after undo", n)
	}
}

func TestNeverAnswered(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	cases := map[string][]byte{
		"auto-submitted": msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", "I am away.", "Auto-Submitted: auto-replied"),
		"ooo subject en": msg("grace@example.org", f.replyTo("checkin:p1:c1:mentor"), "Out of Office: back Monday", "I am out of the office until Monday."),
		"ooo subject fr": msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Réponse automatique : absente", "Je suis absente du bureau jusqu'au 28 septembre."),
		"list":           msg("amelie@example.org", "mentorship@example.org", "Newsletter", "News", "List-Id: <news.example.org>", "List-Unsubscribe: <mailto:u@example.org>"),
	}
	for name, raw := range cases {
		if d := f.deliver(raw); d != mailer.Processed {
			t.Errorf("%s: disposition %v", name, d)
		}
	}
	if n := f.lastID(); n != before {
		t.Errorf("automatic mail was answered: %d new outbox rows", n-before)
	}
	if n := f.countInbound(store.InboundQuery{Classes: []string{"auto_reply", "bulk"}}); n != int64(len(cases)) {
		t.Errorf("%d auto/bulk inbound rows, want %d", n, len(cases))
	}
}

func TestSenderIdentity(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	// Unknown sender, no token: quarantined, no answer.
	if d := f.deliver(msg("stranger@example.com", "mentorship@example.org", "Hello", "We met yesterday for an hour.")); d != mailer.Quarantine {
		t.Errorf("unknown sender: %v, want quarantine", d)
	}
	// A valid token from the wrong address: quarantined; the owner told at her address.
	if d := f.deliver(msg("mallory@example.com", f.replyTo("checkin:p1:c1:mentee"), "Re", "We met yesterday for an hour.")); d != mailer.Quarantine {
		t.Errorf("spoofed sender: %v, want quarantine", d)
	}
	if got := f.sentTo("amelie@example.org", before); strings.Join(got, ",") != "identity_notice" {
		t.Errorf("owner was sent %v, want an identity notice", got)
	}
	if got := f.sentTo("mallory@example.com", before); len(got) != 0 {
		t.Errorf("the spoofer was answered: %v", got)
	}
	// Another pair's token (Grace's) used by Amélie, her partner: also quarantined.
	if d := f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentor"), "Re", "We met yesterday.")); d != mailer.Quarantine {
		t.Errorf("partner's token: %v, want quarantine", d)
	}
	// A forged token is ignored; the known sender is read without it.
	if d := f.deliver(msg("amelie.perso@example.net", "mentorship+aaaaaaaaaaaaaaaaaaaa@example.org", "Re", "We met yesterday on Zoom for 45 minutes.")); d != mailer.Processed {
		t.Errorf("alternate address with a forged token: %v, want processed", d)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("%d meetings, want only the one from the alternate address", n)
	}
	if n := f.countInbound(store.InboundQuery{Outcome: store.InboundQuarantined}); n != 3 {
		t.Errorf("%d quarantined, want 3", n)
	}
}

func TestBounces(t *testing.T) {
	f := newInboundFixture(t)
	ci := f.row("checkin:p1:c1:mentor")
	dsn := func(status string) []byte {
		return []byte("From: MAILER-DAEMON@mx.example.org\r\nTo: mentorship@example.org\r\nSubject: Undelivered Mail\r\n" +
			"Message-ID: <dsn" + status + "@mx.example.org>\r\nDate: Mon, 21 Sep 2026 14:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
			"Final-Recipient: rfc822; grace@example.org\r\nAction: failed\r\nStatus: " + status + "\r\n\r\n" +
			"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + ci.MessageID + ">\r\nTo: grace@example.org\r\n\r\n--b--\r\n")
	}
	before := f.lastID()
	f.deliver(dsn("4.2.2"))
	g := *must(f.s.ParticipantByEmail(grace.email))(t)
	if g.BounceCount != 1 || g.MailStopped {
		t.Errorf("after a temporary bounce: count %d stopped %v; want 1, false", g.BounceCount, g.MailStopped)
	}
	f.deliver(dsn("5.1.1"))
	g = *must(f.s.ParticipantByEmail(grace.email))(t)
	if g.BounceCount != 2 || !g.MailStopped {
		t.Errorf("after a permanent bounce: count %d stopped %v; want 2, true", g.BounceCount, g.MailStopped)
	}
	if got := f.sentTo("committee@example.org", before); strings.Join(got, ",") != "committee_alert" {
		t.Errorf("committee was sent %v, want one alert", got)
	}
	if got := f.sentTo("mailer-daemon@mx.example.org", before); len(got) != 0 {
		t.Errorf("a bounce was answered: %v", got)
	}
}

func TestCommandsAndCap(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "pause", "pause jusqu'au 5 octobre"))
	a := *must(f.s.ParticipantByEmail(amelie.email))(t)
	if a.PausedUntil == nil || a.PausedUntil.In(mustLoc(t, "America/Halifax")).Format(time.DateOnly) != "2026-10-05" {
		t.Errorf("paused until %v, want 2026-10-05 in Halifax", a.PausedUntil)
	}
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "resume", "resume"))
	a = store.Participant{}
	a = *must(f.s.ParticipantByEmail(amelie.email))(t)
	if a.PausedUntil != nil && a.PausedUntil.After(f.clock.Now()) {
		t.Errorf("still paused after resume")
	}
	f.deliver(msg("grace@example.org", "mentorship@example.org", "Question for the committee", "Question: can we extend the session by two weeks?"))
	if got := f.sentTo("committee@example.org", before); strings.Join(got, ",") != "question_forward" {
		t.Errorf("committee was sent %v, want the forwarded question", got)
	}
	// Gibberish gets the not-understood answer; after the daily cap, nothing more.
	for i := range 12 {
		f.deliver(msg("grace@example.org", "mentorship@example.org", "hi", fmt.Sprintf("blue elephants %d", i)))
	}
	answers := f.countOutbox(store.OutboxQuery{ToAddr: grace.email, Kinds: answerKinds})
	if answers != 10 {
		t.Errorf("%d automatic answers to Grace in a day, want the cap of 10", answers)
	}
	f.leave("amelie@example.org")
	a = *must(f.s.ParticipantByEmail(amelie.email))(t)
	if a.Status != store.StatusWithdrawn {
		t.Errorf("status %q after stop", a.Status)
	}
	if got := f.sentTo("committee@example.org", before); strings.Join(got, ",") != "question_forward,committee_alert" {
		t.Errorf("committee was sent %v, want the question and then the alert that Amélie left", got)
	}
}

func TestFailingMessageQuarantinedOnThirdTry(t *testing.T) {
	f := newInboundFixture(t)
	raw := msg("amelie@example.org", "mentorship@example.org", "x", "We met yesterday.")
	// A message whose processing fails: the store is made read-only for it by a trigger.
	restore := must(f.s.FailInserts("meetings"))(t)
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 99, Raw: raw, Size: int64(len(raw))}
	for i := 1; i <= 2; i++ {
		if _, err := f.p.Handle(context.Background(), d); err == nil {
			t.Fatalf("try %d succeeded despite the failing store", i)
		}
	}
	disp, err := f.p.Handle(context.Background(), d)
	if err != nil || disp != mailer.Quarantine {
		t.Fatalf("third try: %v, %v; want quarantine", disp, err)
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{"committee_alert"}, ToAddr: "committee@example.org"}); n != 1 {
		t.Errorf("%d committee alerts, want 1", n)
	}
	// Later mail flows on.
	mustDo(t, restore())
	if disp := f.deliver(msg("amelie@example.org", "mentorship@example.org", "x", "We met yesterday for 30 minutes.")); disp != mailer.Processed {
		t.Errorf("next message: %v", disp)
	}
}

func TestGoalsPromptAnsweredInFreeText(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("grace@example.org", f.replyTo("goals:p1:mentor"), "Re: goals",
		"I'd like to help Amélie prepare for interviews.\n\nAnd to get better at giving feedback myself.\n\nOn Monday the program wrote:\n> Short term: ...\n> Long term: ..."))
	gs := must(f.s.Goals(store.GoalQuery{}))(t)
	if len(gs) != 2 {
		t.Fatalf("%d goals recorded from a free-text answer to the goals prompt, want 2", len(gs))
	}
	if got := f.sentTo("grace@example.org", 0); !strings.Contains(strings.Join(got, ","), "receipt_goals") {
		t.Errorf("Grace was sent %v, want a goals receipt", got)
	}
	// The same words sent to the program address, not as an answer to the prompt: not goals.
	f.deliver(msg("grace@example.org", "mentorship@example.org", "hello", "I'd like to help with anything."))
	if n := int64(len(must(f.s.Goals(store.GoalQuery{}))(f.t))); n != 2 {
		t.Errorf("%d goals after a message that does not answer the goals prompt", n)
	}
}

func TestReplyWithTwoMeetings(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"On s'est vues deux fois : le 10 septembre au café, une heure, et le 17 septembre en visio, 45 minutes."))
	ms := must(f.s.Meetings(store.MeetingQuery{ByDate: true}))(t)
	if len(ms) != 2 || ms[0].Date != "2026-09-10" || ms[1].Date != "2026-09-17" || ms[1].Minutes != 45 {
		t.Fatalf("meetings = %+v; want Sep 10 and Sep 17 (45 min)", ms)
	}
	if got := f.sentTo("amelie@example.org", before); strings.Join(got, ",") != "receipt_meeting,receipt_meeting" {
		t.Errorf("Amélie was sent %v, want a receipt for each meeting", got)
	}
}

// TestInboundKey: two copies of one message that differ in trace headers are one
// message; a different message that reuses a Message-ID is another.
func TestInboundKey(t *testing.T) {
	f := newInboundFixture(t)
	body := "From: amelie@example.org\r\nTo: mentorship@example.org\r\nSubject: Re: check-in\r\n" +
		"Date: Mon, 21 Sep 2026 14:00:00 -0300\r\nMessage-ID: <same@client.example>\r\n\r\n"
	copy1 := []byte("Delivered-To: mentorship+abc@example.org\r\nReceived: from a by b; Mon, 21 Sep 2026\r\n" + body + "We met yesterday for an hour.\r\n")
	copy2 := []byte("Delivered-To: mentorship@example.org\r\nReceived: from a by c; Mon, 21 Sep 2026\r\n" + body + "We met yesterday for an hour.\r\n")
	other := []byte(body + "We met again today, by phone, for 20 minutes.\r\n")
	f.deliver(copy1)
	f.deliver(copy2)
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Fatalf("two copies of one message logged %d meetings, want 1", n)
	}
	f.deliver(other)
	if n := f.countMeetings(store.MeetingQuery{}); n != 2 {
		t.Errorf("a different message reusing the Message-ID logged %d meetings in all, want 2", n)
	}
	if id := keyMessageID(inboundKey(mailer.Delivery{Raw: copy1})); id != "same@client.example" {
		t.Errorf("key's Message-ID = %q", id)
	}
}

func TestAcknowledgements(t *testing.T) {
	for text, want := range map[string]bool{
		"Thanks!":                      true,
		"Thank you so much, Grace":     true,
		"Merci beaucoup !":             true,
		"Merci, bien reçu. Amélie":     true,
		"👍 sounds good, talk soon":     true,
		"ok":                           true,
		"Thanks! We met yesterday.":    false,
		"blue elephants":               false,
		"Thanks, can we change dates?": false,
		"":                             false,
	} {
		if got := acknowledgement(text); got != want {
			t.Errorf("acknowledgement(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestThanksForAReceiptIsNotAnswered(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re", "We met yesterday for an hour."))
	before := f.lastID()
	receipt := f.row("answer:1:meeting")
	f.deliver(msg("amelie@example.org", "mentorship+"+f.p.opts.Tokens.Make(receipt.ID)+"@example.org", "Re: receipt", "Merci beaucoup !\n\nAmélie"))
	if got := f.sentTo("amelie@example.org", before); len(got) != 0 {
		t.Errorf("a thank-you was answered with %v", got)
	}
}

func TestUnreadableMessageQuarantined(t *testing.T) {
	f := newInboundFixture(t)
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 42, Size: 5000, Unreadable: true}
	for range 2 { // the second time is a replay: the same folder, nothing more
		disp, err := f.p.Handle(context.Background(), d)
		if err != nil || disp != mailer.Quarantine {
			t.Fatalf("Handle = %v, %v; want quarantine", disp, err)
		}
	}
	if n := f.countInbound(store.InboundQuery{Outcome: store.InboundQuarantined, KeyPrefix: "unreadable:"}); n != 1 {
		t.Errorf("%d quarantined rows for the unreadable message, want 1", n)
	}
}

// TestPlainReplyTo: with PlainReplyTo, Reply-To is the bare program address and
// a reply is still tied to the message it answers through In-Reply-To.
func TestPlainReplyTo(t *testing.T) {
	f := newInboundFixture(t)
	f.p.opts.PlainReplyTo = true
	f.clock.Add(14 * 24 * time.Hour) // check-in 2 is made under the new setting
	if _, err := f.p.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	ci := f.row("checkin:p1:c2:mentee")
	if ci.ReplyTo != "mentorship@example.org" {
		t.Fatalf("Reply-To %q, want the bare program address", ci.ReplyTo)
	}
	// From her alternate address: only the token ties it to Amélie's check-in.
	f.deliver(msg("amelie.perso@example.net", ci.ReplyTo, "Re: check-in", "We met yesterday for an hour.",
		"In-Reply-To: <"+ci.MessageID+">", "References: <"+ci.MessageID+">"))
	in := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	if in.OutboxID == nil || *in.OutboxID != ci.ID {
		t.Errorf("the reply answers outbox row %v, want the check-in %d", in.OutboxID, ci.ID)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}
}

// TestNoRelayToSomeoneWhoLeft: an answer to a participant who has since left the
// program is recorded, not sent.
func TestNoRelayToSomeoneWhoLeft(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "Question pour le comité", "Question : puis-je changer de mentore ?"))
	fwd := f.row("qfwd:1:1")
	f.leave("amelie@example.org")
	before := f.lastID()
	f.deliver(msg("committee@example.org", "mentorship+"+f.p.opts.Tokens.Make(fwd.ID)+"@example.org", "Re: question", "Oui, écrivez-nous."))
	if got := f.sentTo("amelie@example.org", before); len(got) != 0 {
		t.Errorf("someone who left was sent %v", got)
	}
	q := one(f.s.QuestionsIn(""))(t)
	if q.State != store.QuestionAnswered {
		t.Errorf("question %s, want answered", q.State)
	}
}
