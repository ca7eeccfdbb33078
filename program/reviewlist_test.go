package program

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// notGoingWell is a reply the parser reads nothing in; its words must reach the
// committee only with its writer's consent.
const notGoingWell = "Honestly it's not going well. Grace cancelled twice and I don't know what to do. ORCHID-5521"

// items returns the review items, oldest first.
func (f *inboundFixture) items() []store.ReviewItem {
	f.t.Helper()
	its := must(f.s.AllReviewItems())(f.t)
	return its
}

// committeeText returns the text of every email made for the committee after row `after`.
func (f *inboundFixture) committeeText(after int64) string {
	f.t.Helper()
	rows := must(f.s.Outboxes(store.OutboxQuery{ToAddr: "committee@example.org", AfterID: after}))(f.t)
	var b strings.Builder
	for i := range rows {
		m, err := f.s.OpenMessage(&rows[i])
		mustDo(f.t, err)
		b.WriteString(m.Subject + "\n" + m.Text + "\n" + m.HTML + "\n")
	}
	return b.String()
}

// latestTo returns the newest outbox row of a kind for an address.
func (f *inboundFixture) latestTo(addr string, kind templates.Kind) store.Outbox {
	f.t.Helper()
	o := *must(f.s.LastOutbox(store.OutboxQuery{ToAddr: addr, Kinds: []string{string(kind)}}))(f.t)
	return o
}

// tagged is the program's tagged address in a row's Reply-To.
func tagged(t *testing.T, o store.Outbox) string {
	for _, a := range strings.Split(o.ReplyTo, ",") {
		if a = strings.TrimSpace(a); strings.HasPrefix(a, "mentorship+") {
			return a
		}
	}
	t.Fatalf("%s has no tagged Reply-To: %q", o.IdemKey, o.ReplyTo)
	return ""
}

// TestNotUnderstoodListedOnceAndPassedOnWithConsent: a reply the program cannot
// read is listed once (however often it is read), its words are not in the item
// nor in any committee email, and they reach the committee, as a question it can
// answer, only after the writer's one-word "oui" to the not-understood answer.
func TestNotUnderstoodListedOnceAndPassedOnWithConsent(t *testing.T) {
	f := newInboundFixture(t)
	start := f.lastID()
	raw := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", notGoingWell)
	f.deliver(raw)
	f.deliver(raw) // read again after a crash: still one item
	its := f.items()
	if len(its) != 1 || its[0].Reason != string(templates.ReviewNotUnderstood) || its[0].State != store.ReviewOpen ||
		its[0].Consent != store.ConsentOffered || its[0].ParticipantID == nil || *its[0].ParticipantID != f.pair.MenteeID {
		t.Fatalf("items = %+v; want one open not-understood item of the mentee, consent offered", its)
	}
	entries, err := ListReview(f.s, false, f.p.opts.Location)
	mustDo(t, err)
	if len(entries) != 1 || entries[0].Who != amelie.name || entries[0].Why != "not understood (concern); consent offered" {
		t.Fatalf("review list = %+v", entries)
	}
	if got := f.sentTo(amelie.email, start); strings.Join(got, ",") != "not_understood" {
		t.Fatalf("the mentee was sent %v, want one not_understood", got)
	}
	if strings.Contains(f.committeeText(0), "ORCHID-5521") {
		t.Fatal("the committee has the message's text before any consent")
	}
	d, err := ShowReview(f.s, its[0].ID, f.p.opts.Location, 30)
	mustDo(t, err)
	if d.Text != "" || !d.RawKept {
		t.Fatalf("show before consent: text %q, raw kept %v", d.Text, d.RawKept)
	}

	before := f.lastID()
	nu := f.latestTo(amelie.email, templates.KindNotUnderstood)
	f.deliver(msg("amelie@example.org", tagged(t, nu), "Re: "+nu.Kind, "Oui\n\nLe 21 sept., le programme a écrit :\n> Répondez « oui »"))
	text := f.committeeText(before)
	if !strings.Contains(text, "ORCHID-5521") || !strings.Contains(text, "agreed to pass this message") {
		t.Fatalf("after consent the committee's mail lacks the text:\n%s", text)
	}
	if got := f.sentTo(amelie.email, before); strings.Join(got, ",") != string(templates.KindReceiptConsent) {
		t.Errorf("the mentee was sent %v after consenting, want a consent receipt", got)
	}
	it := f.items()[0]
	if it.Consent != store.ConsentGiven || it.ConsentAt == nil || it.QuestionID == nil {
		t.Fatalf("item after consent = %+v", it)
	}
	fwd := f.latestTo("committee@example.org", templates.KindQuestionForward)
	if fwd.QuestionID == nil || *fwd.QuestionID != *it.QuestionID || !strings.Contains(fwd.ReplyTo, "mentorship+") {
		t.Fatalf("the forward %+v is not answerable as a question", fwd)
	}
	d, err = ShowReview(f.s, it.ID, f.p.opts.Location, 30)
	mustDo(t, err)
	if !strings.Contains(d.Text, "ORCHID-5521") {
		t.Errorf("show after consent: text %q", d.Text)
	}

	// A second yes sends nothing again.
	before = f.lastID()
	f.deliver(msg("amelie@example.org", tagged(t, nu), "Re: "+nu.Kind, "oui"))
	if strings.Contains(f.committeeText(before), "ORCHID-5521") {
		t.Error("a second yes forwarded the text twice")
	}
	// The committee answers from its shared inbox: relayed to the mentee.
	f.deliver(msg("chair@example.org", tagged(t, fwd), "Re: forward", "We are sorry to hear it. Let us talk this week."))
	if got := f.latestTo(amelie.email, templates.KindQuestionAnswer); got.ID == 0 {
		t.Error("the committee's answer was not relayed")
	}
	var stored []store.ReviewItem
	for _, it := range must(f.s.AllReviewItems())(t) {
		if strings.Contains(it.Note+it.Detail+it.Sender, "ORCHID") {
			stored = append(stored, it)
		}
	}
	if len(stored) != 0 {
		t.Error("a review item carries the message's text")
	}
}

// TestConsentDeclinedOrExpired: "no" records the refusal and sends nothing to the
// committee; "yes" after consentDays is too late.
func TestConsentDeclinedOrExpired(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", notGoingWell))
	nu := f.latestTo(amelie.email, templates.KindNotUnderstood)
	f.deliver(msg("amelie@example.org", tagged(t, nu), "Re", "Non merci"))
	if it := f.items()[0]; it.Consent != store.ConsentDeclined || it.QuestionID != nil {
		t.Fatalf("item after no = %+v", it)
	}
	if strings.Contains(f.committeeText(0), "ORCHID-5521") {
		t.Fatal("a no passed the text on")
	}

	f.deliver(msg("grace@example.org", f.replyTo("checkin:p1:c1:mentor"), "Re: check-in", "ORCHID-7 is all I can say about how it went"))
	nu = f.latestTo(grace.email, templates.KindNotUnderstood)
	f.clock.Add((consentDays + 1) * 24 * time.Hour)
	before := f.lastID()
	f.deliver(msg("grace@example.org", tagged(t, nu), "Re", "yes"))
	if strings.Contains(f.committeeText(0), "ORCHID-7") {
		t.Fatal("a yes after the offer ran out passed the text on")
	}
	rc := f.latestTo(grace.email, templates.KindReceiptConsent)
	m, err := f.s.OpenMessage(&rc)
	mustDo(t, err)
	if rc.ID <= before || !strings.Contains(m.Text, "run out") {
		t.Errorf("late yes answered with %q", m.Subject)
	}
}

// TestConsentAnswer reads the yes or no to the offer from the parser's
// commands (parser.CmdConfirm under parser.PromptConsent) and from one word.
func TestConsentAnswer(t *testing.T) {
	day := parser.Day("2026-09-20")
	for _, c := range []struct {
		r       parser.Reply
		yes, no bool
	}{
		{parser.Reply{ReplyText: "yes", Commands: []parser.Command{{Name: parser.CmdConfirm}}}, true, false},
		{parser.Reply{ReplyText: "non", Commands: []parser.Command{{Name: parser.CmdDecline}}}, false, true},
		{parser.Reply{ReplyText: "Yes please!"}, true, false},
		{parser.Reply{ReplyText: "Comité"}, true, false},
		{parser.Reply{ReplyText: "no thanks"}, false, true},
		{parser.Reply{ReplyText: "yes we met yesterday for an hour on zoom"}, false, false},
		{parser.Reply{ReplyText: "yes", Meeting: &parser.Meeting{Date: day}}, false, false},
		{parser.Reply{ReplyText: "pause", Commands: []parser.Command{{Name: parser.CmdPause, Until: day}}}, false, false},
		{parser.Reply{ReplyText: "thanks"}, false, false},
	} {
		if yes, no := consentAnswer(&c.r); yes != c.yes || no != c.no {
			t.Errorf("%q %v: yes %v no %v, want %v %v", c.r.ReplyText, c.r.Commands, yes, no, c.yes, c.no)
		}
	}
}

// applyParsed records an inbound message from a participant and applies r, a
// reading the parser on this branch does not make yet (Concern, Notices).
func (f *inboundFixture) applyParsed(pt store.Participant, raw []byte, r *parser.Reply) store.Inbound {
	f.t.Helper()
	f.uid++
	in := f.p.inboundRow(mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: f.uid, Size: int64(len(raw))},
		"test:"+string(rune('a'+f.uid)), pt.Email, string(parser.ClassReply))
	in.ParticipantID = &pt.ID
	mustDo(f.t, f.s.Tx(func(tx *store.Tx) error {
		if _, err := tx.InsertInbound(in, raw); err != nil {
			return err
		}
		return f.p.applyReply(tx, in, &pt, nil, r)
	}))
	return *in
}

func (f *inboundFixture) participantByID(id int64) store.Participant {
	pt := *must(f.s.Participant(id))(f.t)
	return pt
}

// TestConcernOffersConsent: a reply the program understands (a meeting) that also
// reports a problem gets its receipt and an offer; it is listed only once its
// writer agrees, as a reported problem, and its text then reaches the committee.
func TestConcernOffersConsent(t *testing.T) {
	f := newInboundFixture(t)
	mentee := f.participantByID(f.pair.MenteeID)
	raw := msg(mentee.Email, "mentorship@example.org", "Update", "We met yesterday for an hour. But it's not going well, ORCHID-88.")
	r := &parser.Reply{Class: parser.ClassReply, ReplyText: "We met yesterday for an hour. But it's not going well, ORCHID-88.",
		Meeting: &parser.Meeting{Date: "2026-09-20", Minutes: 60}, Concern: true}
	f.applyParsed(mentee, raw, r)
	if got := f.sentTo(mentee.Email, 0); !strings.Contains(strings.Join(got, ","), "receipt_meeting") ||
		!strings.Contains(strings.Join(got, ","), string(templates.KindConsentOffer)) {
		t.Fatalf("the mentee was sent %v, want a meeting receipt and a consent offer", got)
	}
	if n := len(f.items()); n != 0 {
		t.Fatalf("%d items before consent; a reported problem is listed only with consent", n)
	}
	offer := f.latestTo(mentee.Email, templates.KindConsentOffer)
	f.deliver(msg(mentee.Email, tagged(t, offer), "Re: offer", "oui"))
	its := f.items()
	if len(its) != 1 || its[0].Reason != string(templates.ReviewConcern) || its[0].Consent != store.ConsentGiven {
		t.Fatalf("items after consent = %+v", its)
	}
	if !strings.Contains(f.committeeText(0), "ORCHID-88") {
		t.Error("the committee did not get the text after consent")
	}
}

// TestPartlyUnderstoodListed: a reply with notices is listed by their codes,
// never their quotes; one with none is not listed.
func TestPartlyUnderstoodListed(t *testing.T) {
	f := newInboundFixture(t)
	mentor := f.participantByID(f.pair.MentorID)
	r := &parser.Reply{Class: parser.ClassReply, ReplyText: "We met for 45 minutes ORCHID-3",
		Meeting:  &parser.Meeting{Minutes: 45},
		Warnings: []string{`no date given for "ORCHID-3"`}, Notices: []parser.Notice{{Code: parser.NoticeMeetingUndated, Quote: "ORCHID-3"}}}
	f.applyParsed(mentor, msg(mentor.Email, "mentorship@example.org", "log", r.ReplyText), r)
	f.applyParsed(mentor, msg(mentor.Email, "mentorship@example.org", "log", "We met yesterday for 30 minutes"),
		&parser.Reply{Class: parser.ClassReply, ReplyText: "We met yesterday for 30 minutes", Meeting: &parser.Meeting{Date: "2026-09-20", Minutes: 30}})
	its := f.items()
	if len(its) != 1 || its[0].Reason != string(templates.ReviewPartly) || its[0].Detail != parser.NoticeMeetingUndated ||
		its[0].Consent != store.ConsentNone {
		t.Fatalf("items = %+v; want one partly-understood item with the notice's code", its)
	}
}

// TestQuarantinedListed: an unknown sender's message, and one sent with another
// participant's link, are listed by the address they came from.
func TestQuarantinedListed(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("stranger@example.net", "mentorship@example.org", "Hello", "Can I join?"))
	f.deliver(msg("mallory@example.net", f.replyTo("checkin:p1:c1:mentee"), "Re", "We met yesterday for an hour."))
	entries, err := ListReview(f.s, false, f.p.opts.Location)
	mustDo(t, err)
	if len(entries) != 2 || entries[0].Who != "stranger@example.net" || entries[0].Why != "quarantined: unknown sender" ||
		entries[1].Who != "mallory@example.net" || entries[1].Reason != string(templates.ReviewWrongAddress) {
		t.Fatalf("review list = %+v", entries)
	}
	var out bytes.Buffer
	mustDo(t, WriteReview(&out, entries))
	if !strings.Contains(out.String(), "stranger@example.net") || strings.Contains(out.String(), "Can I join") {
		t.Errorf("list:\n%s", out.String())
	}
}

// TestResolveLogMeeting logs a not-understood reply as a meeting of its pair and
// closes the item with who did it; a second resolution is refused.
func TestResolveLogMeeting(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", "Voir le document joint pour les détails."))
	it := f.items()[0]
	now := f.clock.Now()
	loc := f.p.opts.Location
	if _, err := ResolveMeeting(f.s, it.ID, "Chair", LoggedMeeting{Pair: f.pair.ID, Date: "2026-09-01", Minutes: 30}, now, loc); err == nil {
		t.Error("a meeting before the pair began was logged")
	}
	if _, err := ResolveMeeting(f.s, it.ID, "", LoggedMeeting{Pair: f.pair.ID, Date: "2026-09-19"}, now, loc); err == nil {
		t.Error("a resolution without a name was accepted")
	}
	if _, err := ResolveMeeting(f.s, it.ID, "Chair", LoggedMeeting{Pair: 999, Date: "2026-09-19"}, now, loc); err == nil {
		t.Error("a meeting of a pair that does not exist was logged")
	}
	if _, err := ResolveMeeting(f.s, it.ID, "Chair", LoggedMeeting{Pair: f.pair.ID, Date: "2026-09-30"}, now, loc); err == nil {
		t.Error("a meeting after today was logged")
	}
	m, err := ResolveMeeting(f.s, it.ID, "Chair", LoggedMeeting{Pair: f.pair.ID, Date: "2026-09-19", Minutes: 50}, now, loc)
	mustDo(t, err)
	got := *must(f.s.Meeting(m.ID))(t)
	if got.PairID != f.pair.ID || got.Date != "2026-09-19" || got.Minutes != 50 || got.LoggedByID != f.pair.MenteeID {
		t.Fatalf("meeting = %+v", got)
	}
	it = f.items()[0]
	if it.State != store.ReviewResolved || it.Resolution != store.ResolvedMeeting || it.ResolvedBy != "Chair" ||
		it.ResolvedAt == nil || it.MeetingID == nil || *it.MeetingID != m.ID {
		t.Fatalf("item = %+v", it)
	}
	if err := DismissReview(f.s, it.ID, "Chair", "", now); !errors.Is(err, ErrReviewResolved) {
		t.Errorf("dismissing a resolved item: %v", err)
	}
	if open, _ := ListReview(f.s, false, loc); len(open) != 0 {
		t.Errorf("open items after resolving: %+v", open)
	}
	if all, _ := ListReview(f.s, true, loc); len(all) != 1 || all[0].ResolvedBy != "Chair" {
		t.Errorf("all items: %+v", all)
	}
}

// TestResolveReprocess: an unknown sender's message is reprocessed after the
// committee adds the address to a participant, and logs its meeting; once the
// raw message is purged, reprocessing says so.
func TestResolveReprocess(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("grace.home@example.net", "mentorship@example.org", "Meeting", "We met yesterday for 40 minutes on the phone."))
	f.deliver(msg("stranger@example.net", "mentorship@example.org", "Hello", "We met yesterday."))
	its := f.items()
	mustDo(t, f.s.InsertRow(&store.Address{ParticipantID: f.pair.MentorID, Address: "grace.home@example.net"}))
	res, err := f.p.Reprocess(context.Background(), its[0].ID, "Chair")
	mustDo(t, err)
	if res.Outcome != store.InboundProcessed || res.NewItem != 0 {
		t.Fatalf("reprocessed = %+v", res)
	}
	if n := f.countMeetings(store.MeetingQuery{PairID: f.pair.ID, Minutes: 40}); n != 1 {
		t.Fatalf("%d meetings of 40 minutes after reprocessing, want 1", n)
	}
	it := f.items()[0]
	if it.Resolution != store.ResolvedReprocessed || it.ResolvedBy != "Chair" || it.ReprocessedID == nil || *it.ReprocessedID != res.InboundID {
		t.Fatalf("item = %+v", it)
	}

	f.clock.Add(31 * 24 * time.Hour)
	_, err = f.p.Purge(context.Background())
	mustDo(t, err)
	if _, err := f.p.Reprocess(context.Background(), its[1].ID, "Chair"); !errors.Is(err, ErrRawGone) || !strings.Contains(err.Error(), "30 days") {
		t.Fatalf("reprocessing a purged message: %v", err)
	}
	d, err := ShowReview(f.s, its[1].ID, f.p.opts.Location, 30)
	mustDo(t, err)
	var out bytes.Buffer
	mustDo(t, WriteReviewDetail(&out, d))
	if d.RawKept || !strings.Contains(out.String(), "cannot be reprocessed") {
		t.Errorf("show of a purged item:\n%s", out.String())
	}
}

// TestResolveDismiss closes an item with a note and who did it.
func TestResolveDismiss(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("stranger@example.net", "mentorship@example.org", "Hello", "Buy now"))
	id := f.items()[0].ID
	if err := DismissReview(f.s, id, "Chair", strings.Repeat("x", maxReviewNote+1), f.clock.Now()); err == nil {
		t.Error("a note past the limit was accepted")
	}
	mustDo(t, DismissReview(f.s, id, "Ana Ortiz", "spam", f.clock.Now()))
	it := f.items()[0]
	if it.State != store.ReviewResolved || it.Resolution != store.ResolvedDismissed || it.ResolvedBy != "Ana Ortiz" || it.Note != "spam" {
		t.Fatalf("item = %+v", it)
	}
}

// TestDigestListsReviewItems: the weekly health digest lists the open items by
// who, when and why, and counts them, without their text.
func TestDigestListsReviewItems(t *testing.T) {
	f := newInboundFixture(t)
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", notGoingWell))
	f.deliver(msg("stranger@example.net", "mentorship@example.org", "Hello", "ORCHID-9 offer"))
	var hd templates.HealthDigest
	mustDo(t, f.s.Tx(func(tx *store.Tx) error {
		monday, _ := f.p.healthWeek(f.clock.Now())
		var err error
		hd, err = f.p.digestData(tx, f.pair.CohortID, monday, f.clock.Now())
		return err
	}))
	if hd.ReviewOpen != 2 || len(hd.Review) != 2 || hd.Review[0].Who != amelie.name || hd.Review[1].Who != "stranger@example.net" {
		t.Fatalf("digest review = %d %+v", hd.ReviewOpen, hd.Review)
	}
	r, err := f.p.tpl.Render(templates.KindHealthDigest, "en", hd)
	mustDo(t, err)
	if !strings.Contains(r.Text, "REVIEW LIST (2 open)") || !strings.Contains(r.Text, "quarantined: unknown sender") ||
		strings.Contains(r.Text, "ORCHID") {
		t.Errorf("digest:\n%s", r.Text)
	}
}

// TestQuarantineReasons: each way a message is quarantined is listed with its
// reason, including the messages never read (too big, refused by the server).
func TestQuarantineReasons(t *testing.T) {
	for reason, want := range map[string]templates.ReviewReason{
		"unknown sender":                                  templates.ReviewUnknownSender,
		"token of another participant":                    templates.ReviewWrongAddress,
		"larger than the limit (12000000 bytes)":          templates.ReviewTooBig,
		"unreadable message":                              templates.ReviewUnreadable,
		"the mail server would not give the message":      templates.ReviewUnreadable,
		"processing failed 3 times":                       templates.ReviewFailed,
		"no readable text":                                templates.ReviewEmpty,
		"answer to a question from outside the committee": templates.ReviewOutsideCommittee,
		"something new":                                   templates.ReviewQuarantined,
	} {
		if got := quarantineReason(reason); got != want {
			t.Errorf("quarantineReason(%q) = %s, want %s", reason, got, want)
		}
	}
	f := newInboundFixture(t)
	for _, d := range []mailer.Delivery{
		{Mailbox: "INBOX", UIDValidity: 7, UID: 101, TooBig: true, Size: 12 << 20},
		{Mailbox: "INBOX", UIDValidity: 7, UID: 102, Unreadable: true},
	} {
		if _, err := f.p.Handle(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	its := f.items()
	if len(its) != 2 || its[0].Reason != string(templates.ReviewTooBig) || its[1].Reason != string(templates.ReviewUnreadable) ||
		its[0].Sender != "" || its[0].ParticipantID != nil {
		t.Fatalf("items = %+v", its)
	}
	entries, err := ListReview(f.s, false, f.p.opts.Location)
	mustDo(t, err)
	if entries[0].Who != "unknown sender" || entries[0].Why != "quarantined: too big" {
		t.Errorf("entry = %+v", entries[0])
	}
}

// TestNotUnderstoodConcern: a reply that reports a problem and says nothing else
// the program reads gets the not-understood answer that leads with the offer, and
// its item says it reports a problem; no second offer is sent.
func TestNotUnderstoodConcern(t *testing.T) {
	f := newInboundFixture(t)
	mentee := f.participantByID(f.pair.MenteeID)
	text := "Ça ne se passe pas bien avec ma mentore, je ne sais pas quoi faire."
	start := f.lastID()
	f.applyParsed(mentee, msg(mentee.Email, "mentorship@example.org", "Aide", text),
		&parser.Reply{Class: parser.ClassReply, ReplyText: text, Concern: true})
	if got := f.sentTo(mentee.Email, start); strings.Join(got, ",") != string(templates.KindNotUnderstood) {
		t.Fatalf("the mentee was sent %v, want the not-understood answer alone", got)
	}
	nu := f.latestTo(mentee.Email, templates.KindNotUnderstood)
	m, err := f.s.OpenMessage(&nu)
	mustDo(t, err)
	if !strings.Contains(m.Subject, "le comité peut-il le lire") || !strings.Contains(m.Text, "«\u00a0oui\u00a0»") {
		t.Errorf("answer:\n%s\n%s", m.Subject, m.Text)
	}
	if its := f.items(); len(its) != 1 || its[0].Detail != string(templates.ReviewConcern) || its[0].Consent != store.ConsentOffered {
		t.Errorf("items = %+v", its)
	}
}

// TestNoOfferWithoutItsEmail: past the daily cap on automatic answers, the
// not-understood answer is not sent, and the item does not claim an offer.
func TestNoOfferWithoutItsEmail(t *testing.T) {
	f := newInboundFixture(t)
	f.p.opts.DailyAnswerCap = 1
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "1", "Voir le document joint pour les détails."))
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "2", "Voir l'autre document joint, aussi."))
	its := f.items()
	if len(its) != 2 || its[0].Consent != store.ConsentOffered || its[1].Consent != store.ConsentNone {
		t.Fatalf("items = %+v; want the first offered, the second (past the cap) not", its)
	}
}

// TestMaybeQuestionOffersConsent: a reply that logs a meeting and asks something
// without naming the committee gets its receipt and an offer that quotes what it
// asked; nothing reaches the committee, nor its review list, until the writer's
// "yes", and then the text goes as a question, listed as one.
func TestMaybeQuestionOffersConsent(t *testing.T) {
	f := newInboundFixture(t)
	start := f.lastID()
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met yesterday on Zoom for an hour. What time zone are the check-in dates in? ORCHID-77"))
	got := f.sentTo(amelie.email, start)
	if !strings.Contains(strings.Join(got, ","), "receipt_meeting") || !strings.Contains(strings.Join(got, ","), string(templates.KindConsentOffer)) {
		t.Fatalf("the mentee was sent %v, want a meeting receipt and a consent offer", got)
	}
	offer := f.latestTo(amelie.email, templates.KindConsentOffer)
	m, err := f.s.OpenMessage(&offer)
	mustDo(t, err)
	if !strings.Contains(m.Text, "What time zone are the check-in dates in?") {
		t.Fatalf("the offer does not quote the question:\n%s\n%s", m.Subject, m.Text)
	}
	if n := len(f.items()); n != 0 || strings.Contains(f.committeeText(0), "ORCHID-77") {
		t.Fatalf("%d items, or the committee has the text, before any consent", n)
	}
	f.deliver(msg("amelie@example.org", tagged(t, offer), "Re: offer", "yes"))
	its := f.items()
	if len(its) != 1 || its[0].Reason != string(templates.ReviewAsked) || its[0].Consent != store.ConsentGiven || its[0].QuestionID == nil {
		t.Fatalf("items after consent = %+v", its)
	}
	if !strings.Contains(f.committeeText(0), "ORCHID-77") {
		t.Error("the committee did not get the text after consent")
	}
}

// TestMaybeQuestionNotUnderstood: a reply that only asks something, without
// naming the committee, is answered with the not-understood email quoting it and
// offering to pass it on; it is listed as not understood, with the reason.
func TestMaybeQuestionNotUnderstood(t *testing.T) {
	f := newInboundFixture(t)
	start := f.lastID()
	f.deliver(msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: suivi",
		"Bonjour, le programme remet-il une attestation pour les heures de mentorat? ORCHID-78"))
	if got := f.sentTo(amelie.email, start); strings.Join(got, ",") != string(templates.KindNotUnderstood) {
		t.Fatalf("the mentee was sent %v, want one not_understood", got)
	}
	nu := f.latestTo(amelie.email, templates.KindNotUnderstood)
	m, err := f.s.OpenMessage(&nu)
	mustDo(t, err)
	if !strings.Contains(m.Text, "attestation pour les heures de mentorat?") {
		t.Fatalf("the answer does not quote the question:\n%s", m.Text)
	}
	its := f.items()
	if len(its) != 1 || its[0].Reason != string(templates.ReviewNotUnderstood) || !strings.HasPrefix(its[0].Detail, string(templates.ReviewAsked)) ||
		its[0].Consent != store.ConsentOffered {
		t.Fatalf("items = %+v", its)
	}
	if strings.Contains(f.committeeText(0), "ORCHID-78") {
		t.Fatal("the committee has the text before any consent")
	}
}

func TestAskedText(t *testing.T) {
	q := "Is there   a limit?\nAnd " + strings.Repeat("é", 300) + "?"
	got := askedText(&parser.Reply{MaybeQuestion: &q})
	if !strings.HasPrefix(got, "Is there a limit? And éé") || len(got) > maxAskedBytes+len("…") || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("askedText = %q", got)
	}
	if got := askedText(&parser.Reply{MaybeQuestion: &q, Concern: true}); got != "" {
		t.Errorf("a concern's offer quotes %q", got)
	}
}
