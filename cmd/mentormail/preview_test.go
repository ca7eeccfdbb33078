package main

import (
	"bytes"
	"flag"
	"mime"
	netmail "net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/templates"
)

func TestPreviewCheckinFrench(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"preview", "checkin", "--lang", "fr"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{"Subject: Suivi 2", "Bonjour Aïcha,", "Sujets\u00a0: 7, 17", "-- \n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestPreviewHTML(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"preview", "--html", "digest"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(out.String(), `<html lang="en">`) {
		t.Errorf("no HTML in output:\n%s", out.String())
	}
}

func TestPreviewUnknownKind(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"preview", "nope"}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), "health_digest") {
		t.Errorf("stderr does not list the kinds: %q", errb.String())
	}
}

func TestPreviewHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"preview", "--help"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, want 0", code)
	}
	if !strings.Contains(out.String(), "Usage: mentormail preview KIND") {
		t.Errorf("no usage on stdout: %q", out.String())
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/raw")

// TestPreviewRawGolden: preview --raw prints every kind in both languages as the
// sender would write it; each is a golden file (testdata/raw/KIND.LANG.eml,
// rewritten with -update). Whatever the golden says, every header line stays
// within 78 characters and is folded after its first word, a threaded kind
// carries its subject after "Re: " and the References chain, and mail to a
// participant carries List-Unsubscribe.
func TestPreviewRawGolden(t *testing.T) {
	for _, kind := range templates.Kinds() {
		for _, lang := range templates.Languages {
			name := string(kind) + "." + lang
			t.Run(name, func(t *testing.T) {
				var out, errb bytes.Buffer
				if code := run([]string{"preview", "--raw", string(kind), "--lang", lang}, &out, &errb); code != 0 {
					t.Fatalf("exit %d, stderr %q", code, errb.String())
				}
				got := out.Bytes()
				checkRaw(t, kind, got)
				path := filepath.Join("testdata", "raw", name+".eml")
				if *update {
					mustWrite(t, path, got)
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to write it)", err)
				}
				if !bytes.Equal(got, want) {
					_ = os.WriteFile(path+".got", got, 0o644)
					t.Errorf("preview --raw %s --lang %s differs from %s; wrote %s.got", kind, lang, path, path)
				}
			})
		}
	}
}

func checkRaw(t *testing.T, kind templates.Kind, raw []byte) {
	t.Helper()
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no blank line after the header")
	}
	for _, l := range strings.Split(string(head), "\r\n") {
		// A line may pass 78 only when it is one token that cannot be folded (a URI).
		_, value, _ := strings.Cut(l, ": ")
		if len(l) > 998 || len(l) > 78 && strings.Contains(strings.TrimSpace(value), " ") || strings.HasSuffix(l, ":") {
			t.Errorf("header line %q is too long or folded before its first word", l)
		}
	}
	m, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Get("List-Unsubscribe"); (got != "") == kind.ForCommittee() {
		t.Errorf("List-Unsubscribe %q on %s mail", got, map[bool]string{true: "committee", false: "participant"}[kind.ForCommittee()])
	}
	if program.Threaded(kind) {
		var dec mime.WordDecoder
		subject, _ := dec.DecodeHeader(m.Header.Get("Subject"))
		refs := strings.Fields(m.Header.Get("References"))
		if !strings.HasPrefix(subject, "Re: Question") || strings.HasPrefix(subject, "Re: Re") {
			t.Errorf("a threaded kind's subject is %q, want \"Re: \" and the conversation's subject", subject)
		}
		if len(refs) != 3 || refs[2] != m.Header.Get("In-Reply-To") || refs[0] != "<question-1@mail.example.net>" {
			t.Errorf("References %v, In-Reply-To %q: want the chain ending in the message answered", refs, m.Header.Get("In-Reply-To"))
		}
	}
}

func mustWrite(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
