package parser

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadEnvelopeAsParse: the envelope read from the header alone is the one
// Parse gives, for every message of the test sets (golden, classification,
// trimming, tuning and independent sets), so a caller that looks the sender
// up before parsing looks up the same sender.
func TestReadEnvelopeAsParse(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.eml")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("testdata/*/cases/*.eml")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, more...)
	if len(files) < 1000 {
		t.Fatalf("%d messages found, want the test sets (over 1,000)", len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Parse(raw, Options{})
		if err != nil {
			continue // nothing readable: no envelope to compare
		}
		env, err := ReadEnvelope(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if !reflect.DeepEqual(env, r.Envelope) {
			t.Errorf("%s: ReadEnvelope\n%+v\nParse\n%+v", f, env, r.Envelope)
		}
	}
}

// TestReadEnvelopeLimits: a header block past the parser's limit is refused
// as Parse refuses it.
func TestReadEnvelopeLimits(t *testing.T) {
	raw := []byte("From: a@example.org\r\nX-Long: " + strings.Repeat("a", maxHeaderLineBytes+1) + "\r\n\r\nhello\r\n")
	if _, err := ReadEnvelope(raw); !errors.Is(err, ErrUnreadable) {
		t.Errorf("a header line over the limit: %v, want ErrUnreadable", err)
	}
	env, err := ReadEnvelope([]byte("From: \"Amélie\" <Amelie@Example.org>\r\nTo: mentorship+abc@example.org\r\n" +
		"In-Reply-To: <x1@example.org>\r\nReferences: <x0@example.org> <x1@example.org>\r\n\r\nbody"))
	if err != nil {
		t.Fatal(err)
	}
	if env.From != "amelie@example.org" || len(env.Recipients) != 1 || !reflect.DeepEqual(env.References, []string{"x1@example.org", "x0@example.org"}) {
		t.Errorf("envelope %+v", env)
	}
}

// TestClassMayDependOnPrompt: a reply whose words could make it an automatic
// answer (an out-of-office subject or text) is flagged; a plain reply and a
// bounce or auto-reply its headers decide are not.
func TestClassMayDependOnPrompt(t *testing.T) {
	read := func(headers, body string) *Reply {
		t.Helper()
		r, err := Parse([]byte("From: a@example.org\r\nTo: b@example.org\r\n"+headers+"\r\n"+body), Options{Prompt: PromptGoals})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct {
		name, headers, body string
		want                bool
	}{
		{"plain reply", "Subject: Re: goals\r\n", "Goal: two mock interviews.\r\n", false},
		{"out-of-office subject", "Subject: Réponse automatique : Absent du bureau\r\n", "Goal: two mock interviews.\r\n", true},
		{"out-of-office text", "Subject: Re: goals\r\n", "I am out of the office until Monday.\r\n", true},
		{"headers decide", "Subject: Out of Office\r\nAuto-Submitted: auto-replied\r\n", "I am away.\r\n", false},
	} {
		if got := ClassMayDependOnPrompt(read(c.headers, c.body)); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
