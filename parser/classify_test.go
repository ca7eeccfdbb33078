package parser

import (
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
		if got := isOutOfOffice(text); got != want {
			t.Errorf("isOutOfOffice(%q) = %v, want %v", text, got, want)
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
