package parser

import (
	"strings"
	"testing"
)

// TestCharsets: a declared charset is trusted, and a wrong declaration (Latin-1
// bytes sent as UTF-8, as some old clients do) falls back to guessing.
func TestCharsets(t *testing.T) {
	msg := func(charset, body string) []byte {
		return []byte("From: a@example.org\r\nSubject: Re: suivi\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: text/plain; charset=" + charset + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")
	}
	latin1 := "Nous nous sommes rencontr\xe9es hier au caf\xe9 pendant une heure. C'\xe9tait tr\xe8s utile pour pr\xe9parer l'entrevue."
	for name, c := range map[string]struct {
		raw  []byte
		want string
	}{
		"utf-8 declared":          {msg("utf-8", "Nous nous sommes rencontrées hier au café."), "rencontrées hier au café"},
		"latin-1 declared":        {msg("iso-8859-1", latin1), "rencontrées hier au café"},
		"latin-1 sent as utf-8":   {msg("utf-8", latin1), "rencontrées hier au café"},
		"windows-1252 declared":   {msg("windows-1252", "On s\x92est parl\xe9 hier."), "On s’est parlé hier."},
		"no charset, plain ascii": {msg("us-ascii", "We met yesterday."), "We met yesterday."},
	} {
		r, err := Parse(c.raw, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(r.ReplyText, c.want) {
			t.Errorf("%s: reply text %q, want it to contain %q", name, r.ReplyText, c.want)
		}
	}
}
