package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClassify reads every message under testdata/classify and checks its class
// and, for bounces, what the report says. Every file must have a row.
func TestClassify(t *testing.T) {
	want := map[string]struct {
		class  Class
		bounce *Bounce
		text   string // what the reply text must contain
	}{
		"auto_submitted.eml":         {class: ClassAutoReply},
		"ooo_subject_en.eml":         {class: ClassAutoReply},
		"ooo_subject_fr.eml":         {class: ClassAutoReply},
		"ooo_subject_fr_absence.eml": {class: ClassAutoReply},
		"ooo_body_en.eml":            {class: ClassAutoReply},
		"ooo_body_fr.eml":            {class: ClassAutoReply},
		"null_sender.eml":            {class: ClassAutoReply},
		"read_receipt.eml":           {class: ClassAutoReply},
		"dsn_permanent.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "nobody@example.org",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "k3j2h1.checkin@mentormail.ca"}},
		"dsn_delayed.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "nobody@example.org",
			Permanent: false, Status: "4.4.7", OriginalMessageID: "k3j2h1.checkin@mentormail.ca"}},
		"mailer_daemon.eml":       {class: ClassBounce, bounce: &Bounce{Recipient: "gone@example.net", Permanent: true, Status: "5.1.1"}},
		"list.eml":                {class: ClassBulk},
		"precedence_bulk.eml":     {class: ClassBulk},
		"reply_was_out.eml":       {class: ClassReply},
		"reply_subject_words.eml": {class: ClassReply},
		"reply_fr.eml":            {class: ClassReply},

		// Bounces as real mail systems format them.
		"bounce_postfix.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "l.tremblay@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "b7xq2m4k9p.checkin@example.org"}},
		"bounce_exim_report.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "kwame.asante@example.test",
			Permanent: true, Status: "5.0.0", OriginalMessageID: "c4n8r2w6yt.goals@example.org"}},
		"bounce_exim_plain.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "priya.s@example.test",
			Permanent: true, OriginalMessageID: "d9f3k1s7qa.midsession@example.org"}},
		"bounce_exim_delay.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "olu.a@example.test",
			Permanent: false, Status: "4.3.0", OriginalMessageID: "p8c2g6m0ty.checkin@example.org"}},
		"bounce_sendmail.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "m.gagnon@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "e2h6v9b3nm.checkin@example.org"}},
		"bounce_office365.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "s.okafor@example.test",
			Permanent: true, Status: "5.1.10", OriginalMessageID: "f5j8p2d4xc.checkin@example.org"}},
		"bounce_gmail.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "dana.w@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "g3t7w1q5zr.checkin@example.org"}},
		"bounce_gmail_delay.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "ravi.k@example.test",
			Permanent: false, Status: "4.7.1", OriginalMessageID: "h8m2c6v0ky.checkin@example.org"}},
		"bounce_yahoo.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "chen.li@example.test",
			Permanent: true, OriginalMessageID: "j4q9x3t7pw.checkin@example.org"}},
		"bounce_qmail.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "fatima.b@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "k7w1b5n9rd.goals@example.org"}},
		"bounce_exchange_fr.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "jean.lavoie@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "m2r6y0f4hs.checkin@example.org"}},
		"bounce_exchange2003_fr.eml": {class: ClassBounce, bounce: &Bounce{Recipient: "nadia.h@example.test",
			Permanent: true, Status: "5.1.1", OriginalMessageID: "n5v9d3k7wq.checkin@example.org"}},

		// Automatic answers: never answered.
		"auto_exchange_ooo.eml":        {class: ClassAutoReply},
		"auto_exchange_ooo_fr.eml":     {class: ClassAutoReply},
		"auto_exchange2003_ooo.eml":    {class: ClassAutoReply},
		"auto_outlookcom.eml":          {class: ClassAutoReply},
		"auto_gmail_vacation.eml":      {class: ClassAutoReply},
		"auto_zimbra.eml":              {class: ClassAutoReply},
		"auto_thunderbird_filter.eml":  {class: ClassAutoReply},
		"auto_absence_fr.eml":          {class: ClassAutoReply},
		"auto_mdn_outlook.eml":         {class: ClassAutoReply},
		"auto_mdn_thunderbird_fr.eml":  {class: ClassAutoReply},
		"auto_ack_en.eml":              {class: ClassAutoReply},
		"auto_ack_fr.eml":              {class: ClassAutoReply},
		"auto_ack_noheaders.eml":       {class: ClassAutoReply},
		"auto_challenge_tmda.eml":      {class: ClassAutoReply},
		"auto_challenge_plain.eml":     {class: ClassAutoReply},
		"auto_calendar_accepted.eml":   {class: ClassAutoReply},
		"auto_calendar_outlook_fr.eml": {class: ClassAutoReply},
		"list_google_groups.eml":       {class: ClassBulk},
		"list_mailchimp.eml":           {class: ClassBulk},
		"list_precedence_only.eml":     {class: ClassBulk},

		// People who use the words: answered.
		"reply_words_en.eml":                {class: ClassReply, text: "add a topic on negotiating salary"},
		"reply_words_fr.eml":                {class: ClassReply, text: "sa nouvelle adresse"},
		"reply_ooo_next_week.eml":           {class: ClassReply, text: "Could we move"},
		"reply_re_automatic_reply.eml":      {class: ClassReply, text: "Goal 1: done"},
		"reply_forwarded_bounce.eml":        {class: ClassReply, text: "bounced, can you help?"},
		"reply_forwarded_bounce_inline.eml": {class: ClassReply, text: "pouvez-vous m'aider"},
	}
	files, err := filepath.Glob(filepath.Join("testdata", "classify", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test messages: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".eml"), func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no expectation for %s", name)
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Parse(raw, Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if r.Class != w.class {
				t.Errorf("class = %q, want %q (reply text %q)", r.Class, w.class, r.ReplyText)
			}
			if !strings.Contains(r.ReplyText, w.text) {
				t.Errorf("reply text %q, want it to contain %q", r.ReplyText, w.text)
			}
			switch {
			case w.bounce == nil && r.Bounce != nil:
				t.Errorf("bounce = %+v, want none", *r.Bounce)
			case w.bounce != nil && r.Bounce == nil:
				t.Errorf("bounce missing, want %+v", *w.bounce)
			case w.bounce != nil && *r.Bounce != *w.bounce:
				t.Errorf("bounce = %+v, want %+v", *r.Bounce, *w.bounce)
			}
		})
	}
}

// TestOutOfOfficeBody checks the body rule on its own, false positives first.
func TestOutOfOfficeBody(t *testing.T) {
	for text, want := range map[string]bool{
		"I was out of office last week but we met Tuesday.":                      false,
		"I am out of the office until Monday, November 25.":                      true,
		"I'm currently out of the office with limited access to email.":          true,
		"Je suis absent du bureau jusqu'au 2 décembre.":                          true,
		"Je serai en vacances jusqu'au 3 janvier.":                               true,
		"Ceci est une réponse automatique.":                                      true,
		"J'étais absente la semaine dernière, mais nous nous sommes vues mardi.": false,
		"This is an automatic reply: your message has been received.":            true,
	} {
		if got := classifier.IsOutOfOffice(text); got != want {
			t.Errorf("IsOutOfOffice(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestReplyEnvelope(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "classify", "reply_fr.eml"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.ReplyText != "Nous nous sommes rencontrées hier pendant une heure." {
		t.Errorf("reply text = %q", r.ReplyText)
	}
	if r.Language != "fr" {
		t.Errorf("language = %q, want fr", r.Language)
	}
	e := r.Envelope
	if e.From != "marie@example.ca" || e.FromName != "Marie Roy" || e.MessageID != "a10@example.org" ||
		len(e.Recipients) != 1 || e.Recipients[0] != "program+tok123@mentormail.ca" || e.Date.IsZero() {
		t.Errorf("envelope = %+v", e)
	}
}

// TestLinearBounce feeds large reports: a delivery-status part with thousands
// of recipient groups, report text full of addresses and dotted numbers that
// are not status codes, and a large quoted original.
func TestLinearBounce(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	report := func(n int) []byte {
		var b strings.Builder
		b.WriteString("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: mentorship@example.org\r\n" +
			"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n")
		for i := range n {
			fmt.Fprintf(&b, "host 192.0.2.%d said: version 2.4.%d.1 <a%d@example.org>:\r\n", i%250, i, i)
		}
		b.WriteString("--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n")
		for i := range n {
			fmt.Fprintf(&b, "Final-Recipient: rfc822; a%d@example.org\r\nAction: relayed\r\nStatus: 2.0.0\r\n\r\n", i)
		}
		b.WriteString("Final-Recipient: rfc822; last@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n")
		b.WriteString("--B\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <orig@example.org>\r\nSubject: x\r\n\r\n")
		for i := range n {
			fmt.Fprintf(&b, "Message-ID: <not-this-%d@example.org> line %d\r\n", i, i)
		}
		b.WriteString("--B--\r\n")
		return []byte(b.String())
	}
	small, large := report(5000), report(20000)
	r, err := Parse(large, Options{})
	if err != nil || r.Class != ClassBounce || r.Bounce == nil ||
		*r.Bounce != (Bounce{Recipient: "last@example.org", Permanent: true, Status: "5.1.1", OriginalMessageID: "orig@example.org"}) {
		t.Fatalf("large report: %v, %+v", err, r.Bounce)
	}
	if ratio := allocRatio(t, small, large, Options{}); ratio > linearBound {
		t.Errorf("a 4x larger report allocates %.1fx; want linear (< %d)", ratio, linearBound)
	}
}
