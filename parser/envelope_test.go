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
