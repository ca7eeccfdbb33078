package program

import (
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/store"
)

// The messages of parser/testdata/classify, as real mail systems send them,
// delivered through Program.Handle: the classification must lead to the right
// effects, not only to the right class.

// fixture reads a message of parser/testdata/classify and applies the
// replacements (old, new, old, new...).
func fixture(t *testing.T, name string, repl ...string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "parser", "testdata", "classify", name))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.NewReplacer(repl...).Replace(string(raw)))
}

func (f *inboundFixture) participant(email string) store.Participant {
	f.t.Helper()
	p := *must(f.s.ParticipantByEmail(email))(f.t)
	return p
}

// TestBounceFixtures delivers real-world bounces built around the program's own
// outbox rows. Their failed addresses are not the participants' (a forwarding
// address, an old alias), so the participant can only be found through the
// original Message-ID the report carries.
func TestBounceFixtures(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	graceCheckin := f.row("checkin:p1:c1:mentor").MessageID
	amelieCheckin := f.row("checkin:p1:c1:mentee").MessageID
	amelieGoals := f.row("goals:p1:mentee").MessageID

	// A delayed delivery (Gmail, 4.7.1): counted, mail not stopped, no alert.
	f.deliver(fixture(t, "bounce_gmail_delay.eml", "h8m2c6v0ky.checkin@example.org", amelieCheckin))
	if a := f.participant(amelie.email); a.BounceCount != 1 || a.MailStopped {
		t.Errorf("after a delay notice Amélie has count %d, stopped %v; want 1, false", a.BounceCount, a.MailStopped)
	}
	if got := f.sentTo("committee@example.org", before); len(got) != 0 {
		t.Errorf("a delay notice alerted the committee: %v", got)
	}

	// Postfix, permanent, the original in text/rfc822-headers: Grace's mail stops.
	postfix := fixture(t, "bounce_postfix.eml", "b7xq2m4k9p.checkin@example.org", graceCheckin)
	f.deliver(postfix)
	if g := f.participant(grace.email); g.BounceCount != 1 || !g.MailStopped {
		t.Errorf("after a Postfix bounce Grace has count %d, stopped %v; want 1, true", g.BounceCount, g.MailStopped)
	}
	f.deliver(postfix) // delivered again (a crash before the move): nothing more
	if g := f.participant(grace.email); g.BounceCount != 1 {
		t.Errorf("a replayed bounce raised the count to %d", g.BounceCount)
	}
	if got := f.sentTo("committee@example.org", before); strings.Join(got, ",") != "committee_alert" {
		t.Errorf("committee was sent %v after one permanent bounce, want one alert", got)
	}

	// Old Exim plain text, the original quoted inline after its marker.
	f.deliver(fixture(t, "bounce_exim_plain.eml", "d9f3k1s7qa.midsession@example.org", amelieGoals))
	if a := f.participant(amelie.email); a.BounceCount != 2 || !a.MailStopped {
		t.Errorf("after an Exim bounce Amélie has count %d, stopped %v; want 2, true", a.BounceCount, a.MailStopped)
	}
	if got := f.sentTo("committee@example.org", before); strings.Join(got, ",") != "committee_alert,committee_alert" {
		t.Errorf("committee was sent %v, want one alert for each participant", got)
	}

	// A bounce for mail the program never sent (qmail, unknown original): kept, no effect.
	f.deliver(fixture(t, "bounce_qmail.eml"))
	if n := must(f.s.CountBounced())(f.t); n != 2 {
		t.Errorf("%d participants with bounces, want 2", n)
	}
	if n := f.countInbound(store.InboundQuery{Classes: []string{"bounce"}}); n != 4 {
		t.Errorf("%d bounce inbound rows, want 4", n)
	}

	// No report was answered: the only new mail is the committee's.
	rows := must(f.s.Outboxes(store.OutboxQuery{AfterID: before}))(t)
	for _, o := range rows {
		if o.ToAddr != "committee@example.org" {
			t.Errorf("a bounce caused %s to %s", o.Kind, o.ToAddr)
		}
	}
}

var taggedRE = regexp.MustCompile(`mentorship\+[a-z0-9]+@example\.org`)

// asParticipant rewrites a fixture as if a participant had sent it, answering
// the row with the key: the sender's address becomes theirs, and any tagged
// program address carries the row's real token, so a wrong class would be
// answered.
func (f *inboundFixture) asParticipant(name, email, rowKey string) []byte {
	f.t.Helper()
	raw := fixture(f.t, name)
	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		f.t.Fatalf("%s: %v", name, err)
	}
	from, err := mail.ParseAddress(m.Header.Get("From"))
	if err != nil {
		f.t.Fatalf("%s: From: %v", name, err)
	}
	s := strings.ReplaceAll(string(raw), from.Address, email)
	s = taggedRE.ReplaceAllString(s, f.replyTo(rowKey))
	return []byte(s)
}

// TestAutomaticFixturesNeverAnswered delivers real automatic mail from
// participants, in answer to their own check-ins: none of it is answered.
func TestAutomaticFixturesNeverAnswered(t *testing.T) {
	f := newInboundFixture(t)
	before := f.lastID()
	files := []string{"auto_exchange_ooo.eml", "auto_exchange_ooo_fr.eml", "auto_exchange2003_ooo.eml",
		"auto_outlookcom.eml", "auto_gmail_vacation.eml", "auto_zimbra.eml", "auto_thunderbird_filter.eml",
		"auto_absence_fr.eml", "auto_mdn_outlook.eml", "auto_mdn_thunderbird_fr.eml", "auto_ack_en.eml",
		"auto_ack_fr.eml", "auto_ack_noheaders.eml", "auto_challenge_tmda.eml", "auto_challenge_plain.eml",
		"auto_calendar_accepted.eml", "auto_calendar_outlook_fr.eml",
		"list_google_groups.eml", "list_mailchimp.eml", "list_precedence_only.eml"}
	for i, name := range files {
		who, key := grace.email, "checkin:p1:c1:mentor"
		if i%2 == 1 {
			who, key = amelie.email, "checkin:p1:c1:mentee"
		}
		f.deliver(f.asParticipant(name, who, key))
		if n := f.lastID(); n != before {
			o := *must(f.s.LastOutbox(store.OutboxQuery{}))(t)
			t.Fatalf("%s was answered: %s to %s", name, o.Kind, o.ToAddr)
		}
	}
	if n := f.countInbound(store.InboundQuery{Classes: []string{"auto_reply", "bulk"}}); n != int64(len(files)) {
		t.Errorf("%d auto/bulk inbound rows, want %d", n, len(files))
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 0 {
		t.Errorf("automatic mail logged %d meetings", n)
	}
}

// TestPeopleFixturesAnswered delivers replies that use the words of automatic
// mail ("automatic reply", "bounced", "out of the office", "non remis"): people
// wrote them, and each gets its answer.
func TestPeopleFixturesAnswered(t *testing.T) {
	f := newInboundFixture(t)
	for i, name := range []string{"reply_words_en.eml", "reply_words_fr.eml", "reply_ooo_next_week.eml",
		"reply_re_automatic_reply.eml", "reply_forwarded_bounce.eml", "reply_forwarded_bounce_inline.eml"} {
		who, key := grace.email, "checkin:p1:c1:mentor"
		if i%2 == 1 {
			who, key = amelie.email, "checkin:p1:c1:mentee"
		}
		before := f.lastID()
		f.deliver(f.asParticipant(name, who, key))
		if n := f.countInbound(store.InboundQuery{Classes: []string{"reply"}}); n != int64(i+1) {
			t.Errorf("%s: %d reply inbound rows, want %d", name, n, i+1)
		}
		got := append(f.sentTo(who, before), f.sentTo("committee@example.org", before)...)
		if len(got) == 0 {
			t.Errorf("%s from %s was not answered", name, who)
		}
	}
	if g := f.participant(grace.email); g.BounceCount != 0 {
		t.Errorf("a forwarded bounce raised Grace's bounce count to %d", g.BounceCount)
	}
	if a := f.participant(amelie.email); a.BounceCount != 0 {
		t.Errorf("a forwarded bounce raised Amélie's bounce count to %d", a.BounceCount)
	}
}

// TestSecondPermanentBounceNoNewAlert: mail to an address stops at its first
// permanent bounce, and the committee hears of it once; a later bounce for an
// earlier message still counts but alerts nobody.
func TestSecondPermanentBounceNoNewAlert(t *testing.T) {
	f := newInboundFixture(t)
	dsn := func(msgID, id string) []byte {
		return []byte("From: MAILER-DAEMON@mx.example.org\r\nTo: mentorship@example.org\r\nSubject: Undelivered Mail\r\n" +
			"Message-ID: <" + id + "@mx.example.org>\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
			"Final-Recipient: rfc822; grace@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n" +
			"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + msgID + ">\r\n\r\n--b--\r\n")
	}
	f.deliver(dsn(f.row("checkin:p1:c1:mentor").MessageID, "d1"))
	f.deliver(dsn(f.row("intro:p1:mentor").MessageID, "d2"))
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{"committee_alert"}}); n != 1 {
		t.Errorf("%d committee alerts for one address's two bounces, want 1", n)
	}
	g := *must(f.s.ParticipantByEmail(grace.email))(t)
	if g.BounceCount != 2 || !g.MailStopped {
		t.Errorf("bounce count %d, stopped %v; want 2, true", g.BounceCount, g.MailStopped)
	}
}
