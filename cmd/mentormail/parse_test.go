package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testMessage = "From: Jane Doe <Jane@Example.org>\r\n" +
	"To: program+tok@mentormail.ca\r\n" +
	"Subject: Re: Check-in\r\n" +
	"Date: Tue, 12 Nov 2024 10:00:00 -0500\r\n" +
	"Message-ID: <m1@example.org>\r\n" +
	"In-Reply-To: <tok.checkin@mentormail.ca>\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
	"We met yesterday for 45 minutes.\r\n\r\n" +
	"On Mon, Nov 11, 2024 at 9:00 AM Mentormail <program@mentormail.ca> wrote:\r\n" +
	"> How did it go?\r\n"

func TestParseJSON(t *testing.T) {
	file := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(file, []byte(testMessage), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", "--json", "--tz", "America/Vancouver", file}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	var got map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, stdout.String())
	}
	if got["class"] != "reply" || got["reply_text"] != "We met yesterday for 45 minutes." {
		t.Errorf("class %v, reply_text %q", got["class"], got["reply_text"])
	}
	for _, k := range []string{"language", "forwarded", "meeting", "goals", "commands", "question", "warnings"} {
		if _, ok := got[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	for _, k := range []string{"goals", "commands", "warnings"} {
		if _, ok := got[k].([]any); !ok {
			t.Errorf("%s = %v, want a JSON array", k, got[k])
		}
	}
	env, _ := got["envelope"].(map[string]any)
	if env["from"] != "jane@example.org" || env["message_id"] != "m1@example.org" {
		t.Errorf("envelope = %v", env)
	}
}

func TestParseTextBodyStdinAndErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", "--help"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "Usage") {
		t.Errorf("--help: exit %d, out %q", code, stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"parse", "--bogus", "x"}, &stdout, &stderr); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if code := run([]string{"parse", "--at", "yesterday", "x"}, &stdout, &stderr); code != 2 {
		t.Errorf("bad --at: exit %d, want 2", code)
	}
	stderr.Reset()
	if code := run([]string{"parse", filepath.Join(t.TempDir(), "missing.eml")}, &stdout, &stderr); code != 1 ||
		strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr.String())
	}
	file := filepath.Join(t.TempDir(), "body.txt")
	if err := os.WriteFile(file, []byte("Nous nous sommes vues hier.\n\nEnvoyé de mon iPhone\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if code := run([]string{"parse", "--text-body", "--at", "2024-11-12T10:00:00-05:00", file}, &stdout, &stderr); code != 0 {
		t.Fatalf("text body: exit %d, stderr %q", code, stderr.String())
	}
	if out := stdout.String(); !strings.Contains(out, "class:     reply") || !strings.Contains(out, "Nous nous sommes vues hier.") ||
		strings.Contains(out, "iPhone") {
		t.Errorf("human output:\n%s", out)
	}
}

// TestParsePrompt: --prompt makes parse read a short answer as serve does, knowing
// which program email it answers.
func TestParsePrompt(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	four, yes := write("four.txt", "4\n"), write("yes.txt", "Oui\n")
	for _, c := range []struct {
		args []string
		want string // in the output; "" for none of the commands
	}{
		{[]string{"--prompt", "wrapup", four}, "command:   rating 4"},
		{[]string{four}, ""},
		{[]string{"--prompt", "confirm", yes}, "command:   confirm"},
		{[]string{"--prompt", "checkin", yes}, ""},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"parse", "--text-body", "--at", "2026-12-02T10:00:00-05:00"}, c.args...)
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", c.args, code, stderr.String())
		}
		out := stdout.String()
		if c.want != "" && !strings.Contains(out, c.want) || c.want == "" && strings.Contains(out, "command:") {
			t.Errorf("%v: want %q in:\n%s", c.args, c.want, out)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"parse", "--prompt", "survey", four}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "wrapup") {
		t.Errorf("unknown prompt: exit %d, stderr %q", code, stderr.String())
	}
}
