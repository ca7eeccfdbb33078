package classify

import (
	"net/textproto"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/parser/internal/mailmsg"
	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// testPhrases is a word table of one phrase a meaning, so that these tests see
// what the Classifier does with the phrases it is given (package parser's tests
// run it with the real tables, on testdata/classify).
func testPhrases(meaning, pre, post string) *regexp.Regexp {
	words := map[string][]string{
		"oooSubject":      {`poza biurem`},
		"oooBody":         {`jestem na urlopie`},
		"receipt":         {`we have received your (?:request|message)`, `a member of our team will`},
		"unsubscribeLink": {`unsubscribe`, `manage your preferences`},
	}[meaning]
	return regexp.MustCompile(pre + `(?:` + strings.Join(words, "|") + `)` + post)
}

func message(header map[string]string, text string) *Message {
	h := textproto.MIMEHeader{}
	for k, v := range header {
		h.Set(k, v)
	}
	m := &Message{Message: &mailmsg.Message{Header: h, Text: text}, Subject: header["Subject"], ReplyText: text}
	if a := mailmsg.Addresses(header["From"]); len(a) > 0 {
		m.From = a[0].Address
	}
	return m
}

func TestClassifyAPI(t *testing.T) {
	c := New(testPhrases)
	cases := []struct {
		name    string
		header  map[string]string
		text    string
		want    Class
		guessed bool
	}{
		{"a person", map[string]string{"From": "ana@example.org", "Subject": "Re: Check-in", "In-Reply-To": "<x@example.org>"}, "We met on Tuesday.", ClassReply, false},
		{"auto-submitted", map[string]string{"From": "ana@example.org", "Subject": "Re: Check-in", "Auto-Submitted": "auto-replied"}, "Away.", ClassAutoReply, false},
		{"empty X-Autoreply says nothing", map[string]string{"From": "ana@example.org", "Subject": "Re: Check-in", "X-Autoreply": ""}, "We met.", ClassReply, false},
		{"list headers", map[string]string{"From": "list@example.org", "Subject": "Weekly news", "List-Id": "<news.example.org>"}, "News.", ClassBulk, false},
		{"out-of-office through a list", map[string]string{"From": "ana@example.org", "Subject": "Out of office", "Precedence": "junk"}, "Back Monday.", ClassAutoReply, false},
		{"a subject from the table", map[string]string{"From": "jan@example.pl", "Subject": "Poza biurem: Re: Check-in"}, "Wracam 7.12.", ClassAutoReply, true},
		{"a receipt from the table", map[string]string{"From": "help@example.org", "Subject": "Re: Check-in"}, "We have received your request. A member of our team will answer.", ClassAutoReply, true},
		{"mailer-daemon", map[string]string{"From": "MAILER-DAEMON@example.org", "Subject": "Undelivered Mail Returned to Sender"}, "<bob@example.net>: host said: 550 5.1.1 unknown user", ClassBounce, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Classify(message(tc.header, tc.text))
			if got.Class != tc.want || got.Guessed != tc.guessed {
				t.Errorf("Classify = %s (guessed %v), want %s (guessed %v)", got.Class, got.Guessed, tc.want, tc.guessed)
			}
			if tc.want == ClassBounce && (got.Bounce == nil || got.Bounce.Recipient != "bob@example.net") {
				t.Errorf("bounce %+v, want the failed recipient bob@example.net", got.Bounce)
			}
		})
	}
	// A bare text body (no headers) is always a person's reply.
	if got := c.Classify(&Message{Message: &mailmsg.Message{Text: "Auto-Submitted: auto-replied"}}); got.Class != ClassReply {
		t.Errorf("bare text: %s, want reply", got.Class)
	}
}

func TestIsOutOfOfficeTable(t *testing.T) {
	c := New(testPhrases)
	if !c.IsOutOfOffice("Jestem na urlopie do 7 grudnia.") {
		t.Error("the table's oooBody phrase is not read")
	}
	if c.IsOutOfOffice("Jestem na urlopie do 7 grudnia, czy możemy przesunąć?") {
		t.Error("a question is a person's")
	}
	if !c.IsOutOfOffice("I am out of the office until Monday.") || c.IsOutOfOffice("I was out of office last week.") {
		t.Error("the built-in English rule")
	}
}

func TestCalendarObject(t *testing.T) {
	if got := CalendarObject(nil); got != "" {
		t.Errorf("CalendarObject(nil) = %q", got)
	}
	if !isReplyObject([]byte("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n")) || isReplyObject([]byte("BEGIN:VCALENDAR\nBEGIN:VEVENT\nMETHOD:REPLY\n")) {
		t.Error("isReplyObject: METHOD:REPLY before the first VEVENT")
	}
}
