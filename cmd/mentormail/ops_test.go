package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportInEmptyFolderCreatesNoFile: a command other than import and serve
// never creates a database; it says which file it looked for.
func TestReportInEmptyFolderCreatesNoFile(t *testing.T) {
	setNotesKey(t)
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{{"report"}, {"questions"}, {"cohorts"}, {"export", "--participant", "a@example.org"},
		{"pair", "end", "--pair", "p1", "--reason", "request"},
		{"report", "--db", filepath.Join(dir, "other.db")}} {
		code, _, errOut := runCmd(args...)
		name := args[0]
		if name == "pair" {
			name = "pair end"
		}
		if code != 1 || !strings.HasPrefix(errOut, "mentormail "+name+": no database at ") || !strings.Contains(errOut, dir) {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("the empty folder now holds %v", entries)
	}
}

// TestPairAndAnnounceCommands runs cohorts, pair and announce on an imported
// cohort: what they print and what they queue.
func TestPairAndAnnounceCommands(t *testing.T) {
	cfg, db := importedConfig(t)
	code, out, errOut := runCmd("cohorts", "--db", db)
	if code != 0 || !strings.Contains(out, "2026-fall") || !strings.Contains(out, "2026-09-14") || !strings.Contains(out, "2026-11-13") {
		t.Errorf("cohorts: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd("pair", "end", "--config", cfg, "--pair", "p1", "--reason", "availability", "--note-en", "Thank you.")
	if code != 0 || !strings.Contains(out, "Ended pair p1.") || !strings.Contains(out, "Told by email") {
		t.Errorf("pair end: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut = runCmd("pair", "end", "--config", cfg, "--pair", "p1", "--reason", "availability"); code != 1 ||
		!strings.HasPrefix(errOut, "mentormail pair end: ") {
		t.Errorf("ending it again: exit %d, %q", code, errOut)
	}
	if code, _, errOut = runCmd("pair", "end", "--config", cfg, "--pair", "p2", "--reason", "bored"); code != 2 || !strings.Contains(errOut, "availability") {
		t.Errorf("a reason off the list: exit %d, %q", code, errOut)
	}
	code, out, errOut = runCmd("pair", "pause", "--config", cfg, "--pair", "p2", "--until", "2099-01-10")
	if code != 0 || !strings.Contains(out, "Paused until 2099-01-10") {
		t.Errorf("pair pause: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd("pair", "resume", "--config", cfg, "--pair", "p2")
	if code != 0 || !strings.Contains(out, "Resumed pair p2.") {
		t.Errorf("pair resume: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ = runCmd("pair"); code != 2 || !strings.Contains(out, "mentormail import") {
		t.Errorf("pair alone: exit %d, %s (the help should say how to add a pair)", code, out)
	}

	dir := t.TempDir()
	en, fr := filepath.Join(dir, "en.txt"), filepath.Join(dir, "fr.txt")
	os.WriteFile(en, []byte("Join us on Thursday."), 0o600)
	os.WriteFile(fr, []byte("Joignez-vous à nous jeudi."), 0o600)
	args := []string{"announce", "--config", cfg, "--cohort", "2026-fall", "--subject-en", "Webinar", "--subject-fr", "Webinaire",
		"--body-en", en, "--body-fr", fr}
	code, out, errOut = runCmd(append(args, "--dry-run")...)
	if code != 0 || !strings.Contains(out, "Nothing was queued") || strings.Count(out, "would queue") != 12 {
		t.Errorf("announce --dry-run: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd(args...)
	if code != 0 || !strings.Contains(out, ": 12 queued, 0 already had it") {
		t.Errorf("announce: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd(args...)
	if code != 0 || !strings.Contains(out, ": 0 queued, 12 already had it") {
		t.Errorf("announce again: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(append(args, "--to", "mentors", "--key", "mentors-1")...)
	if code != 0 || !strings.Contains(out, ": 6 queued") {
		t.Errorf("announce --to mentors: exit %d\n%s", code, out)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd("--version")
	if code != 0 || !strings.HasPrefix(out, "mentormail ") || !strings.Contains(out, "go1.") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// TestParseHelpOnce: parse's usage is printed once, with its Flags heading.
func TestParseHelpOnce(t *testing.T) {
	code, out, errOut := runCmd("parse", "--help")
	if code != 0 || strings.Count(out, "Usage: mentormail parse") != 1 || !strings.Contains(out, "\nFlags:\n") || errOut != "" {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	code, out, _ = runCmd("bench", "--help")
	for _, f := range []string{"--n", "--only", "--idle-seconds", "--pairs", "--big-mb", "--cpuprofile"} {
		if !strings.Contains(strings.SplitN(out, "\n", 2)[0], f) {
			t.Errorf("bench's usage line does not name %s: %s", f, out)
		}
	}
}

// TestImportBinaryFile: one line that says what the file is.
func TestImportBinaryFile(t *testing.T) {
	setNotesKey(t)
	dir := t.TempDir()
	x := filepath.Join(dir, "participants.xlsx")
	os.WriteFile(x, append([]byte("PK\x03\x04"), make([]byte, 100)...), 0o600)
	code, _, errOut := runCmd("import", "--cohort", "c", "--start", "2026-09-14", "--db", filepath.Join(dir, "m.db"), "--participants", x)
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "not a CSV text file") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}
