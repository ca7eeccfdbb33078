package mailer

import (
	"bytes"
	"fmt"
	"mime"
	netmail "net/mail"
	"strings"
	"testing"
	"time"
)

// TestHeaderFolding: a long French subject, a French display name and a long
// References chain are folded after the field's first word, at most 78
// characters a line, and read back as they were written.
func TestHeaderFolding(t *testing.T) {
	subject := "Re: Question : pouvons-nous prolonger la session d'Éloïse et d'Amélie de deux semaines ?"
	var refs []string
	for i := range 12 {
		refs = append(refs, fmt.Sprintf("reply-%02d.a-rather-long-local-part@mail.example.net", i))
	}
	o := Outgoing{ID: 1, From: "Programme de mentorat pour bibliothécaires de minorités visibles <m@example.org>",
		To: "Éloïse Côté-Bérubé <eloise@example.net>", ReplyTo: []string{"m+tok@example.org"},
		MessageID: "tok.question_answer@example.org", InReplyTo: refs[len(refs)-1], References: refs,
		Subject: subject, Text: "Bonjour,\n", HTML: "<p>Bonjour,</p>", ListUnsubscribe: "mailto:m+tok@example.org?subject=unsubscribe"}
	raw, env, err := buildMessage(o, time.Date(2026, 9, 21, 14, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if env.utf8 {
		t.Error("an ASCII envelope asks for SMTPUTF8")
	}
	head, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	for _, l := range strings.Split(string(head), "\r\n") {
		if len(l) > foldAt {
			t.Errorf("a header line of %d characters: %q", len(l), l)
		}
		if strings.HasSuffix(l, ":") {
			t.Errorf("a header folded before its first word: %q", l)
		}
	}
	for _, name := range []string{"Subject", "From", "To", "References"} {
		if !bytes.Contains(head, []byte("\r\n"+name+": ")) && !bytes.HasPrefix(head, []byte(name+": ")) {
			t.Errorf("%s does not start its value on its own line:\n%s", name, head)
		}
	}
	m, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	var dec mime.WordDecoder
	if got, err := dec.DecodeHeader(m.Header.Get("Subject")); err != nil || got != subject {
		t.Errorf("Subject reads back as %q (%v), want %q", got, err, subject)
	}
	if from, err := m.Header.AddressList("From"); err != nil || len(from) != 1 ||
		from[0].Name != "Programme de mentorat pour bibliothécaires de minorités visibles" {
		t.Errorf("From reads back as %v (%v)", from, err)
	}
	if to, err := m.Header.AddressList("To"); err != nil || len(to) != 1 || to[0].Name != "Éloïse Côté-Bérubé" {
		t.Errorf("To reads back as %v (%v)", to, err)
	}
	if got := strings.Fields(m.Header.Get("References")); len(got) != len(refs) || got[0] != "<"+refs[0]+">" {
		t.Errorf("References reads back as %v", got)
	}
	if got := m.Header.Get("List-Unsubscribe"); got != "<"+o.ListUnsubscribe+">" {
		t.Errorf("List-Unsubscribe %q", got)
	}
	// The same row makes the same bytes (a resend is the same message).
	again, _, _ := buildMessage(o, time.Date(2026, 9, 21, 14, 0, 0, 0, time.UTC))
	if !bytes.Equal(raw, again) {
		t.Error("the same row made two different messages")
	}
}

func TestEncodeWords(t *testing.T) {
	for _, s := range []string{"é", strings.Repeat("é", 40), "Suivi : comment ça va ?", strings.Repeat("a b ", 40) + "ç"} {
		words := encodeWords(s, 20)
		if len(words[0]) > 20 {
			t.Errorf("the first word %q is longer than 20", words[0])
		}
		var dec mime.WordDecoder
		got, err := dec.DecodeHeader(strings.Join(words, " "))
		if err != nil || got != s {
			t.Errorf("%q encodes as %v, read back as %q (%v)", s, words, got, err)
		}
		for _, w := range words {
			if len(w) > maxEncodedWord {
				t.Errorf("an encoded word of %d characters", len(w))
			}
		}
	}
	if !needsSMTPUTF8("a@example.org", "amélie@exemple.ca") || needsSMTPUTF8("a@example.org") {
		t.Error("needsSMTPUTF8 is wrong")
	}
}
