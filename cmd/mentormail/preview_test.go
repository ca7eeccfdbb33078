package main

import (
	"bytes"
	"strings"
	"testing"
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
