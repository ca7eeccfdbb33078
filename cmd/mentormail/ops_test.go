package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/config"
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
	if code != 0 || !strings.Contains(out, "Ended: pair1.") || !strings.Contains(out, "Told by email") {
		t.Errorf("pair end: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ = runCmd("report", "--config", cfg, "--at", "2026-10-14"); !strings.Contains(out, "ended:availability") {
		t.Errorf("the report does not show the pair ended early:\n%s", out)
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
	if code != 0 || !strings.Contains(out, "Resumed: pair2.") {
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

// TestDevStartDate: the dev cohort starts on the earliest date in Canada, so that
// at 01:30 in Toronto (22:30 in Vancouver the day before) everyone's day-0 mail,
// due at midnight their time, is already due.
func TestDevStartDate(t *testing.T) {
	toronto, _ := time.LoadLocation("America/Toronto")
	now := time.Date(2026, 12, 3, 1, 30, 0, 0, toronto)
	if got := devStartDate(now); got != "2026-12-02" {
		t.Errorf("devStartDate = %s, want 2026-12-02", got)
	}
	if got := devStartDate(time.Date(2026, 12, 3, 12, 0, 0, 0, toronto)); got != "2026-12-03" {
		t.Errorf("at noon: %s", got)
	}
	start := time.Now()
	clock := devClock(start, 1440)
	time.Sleep(20 * time.Millisecond)
	if d := clock().Sub(start); d < 20*time.Millisecond*1440 {
		t.Errorf("a --speed 1440 clock moved %s in 20ms", d)
	}
}

// TestDemoDirKeepsADatabase: demo --dir keeps a database that report opens with
// the notes key it printed.
func TestDemoDirKeepsADatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("plays a whole session")
	}
	dir := t.TempDir()
	t.Setenv(config.EnvNotesKey, "")
	code, out, errOut := runCmd("demo", "--dir", dir)
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	i := strings.Index(out, "MENTORMAIL_NOTES_KEY=")
	if i < 0 {
		t.Fatalf("demo printed no notes key:\n%s", out[max(0, len(out)-500):])
	}
	key := strings.Fields(out[i+len("MENTORMAIL_NOTES_KEY="):])[0]
	t.Setenv(config.EnvNotesKey, key)
	db := filepath.Join(dir, "mentormail-demo.db")
	code, out, errOut = runCmd("report", "--db", db)
	if code != 0 || !strings.Contains(out, "Cohort Demo fall 2026") {
		t.Errorf("report on the demo's database: exit %d\n%s%s", code, out, errOut)
	}
}

// TestForgetCommandTellsPartner: forget --yes says the partner is told.
func TestForgetCommandTellsPartner(t *testing.T) {
	cfg, _ := importedConfig(t)
	code, out, errOut := runCmd("forget", "--config", cfg, "--participant", "thi.nguyen@ulaval.example.org", "--yes")
	if code != 0 || !strings.Contains(out, "Their partner aminata.diallo@bibliomtl.example.org is told") {
		t.Errorf("forget: exit %d\n%s%s", code, out, errOut)
	}
}

// TestErrorsNameTheCommand: a bad flag, a missing flag and a failure are each
// one line starting with "mentormail COMMAND:".
func TestErrorsNameTheCommand(t *testing.T) {
	setNotesKey(t)
	t.Chdir(t.TempDir())
	for _, args := range [][]string{{"report", "--bogus"}, {"parse", "--bogus", "x"}, {"preview", "--bogus"},
		{"announce", "--cohort", "c"}, {"pair", "pause", "--pair", "pair1", "--until", "soon"},
		{"serve", "--speed", "9"}, {"import", "--cohort", "c", "--start", "2026-09-14", "--pairs", "missing.csv", "--db", "m.db"}} {
		name := args[0]
		if name == "pair" {
			name += " " + args[1]
		}
		code, _, errOut := runCmd(args...)
		if code == 0 || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "mentormail "+name+": ") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}

// TestCommandsMailArrives: what pair end and announce queue reaches go-smtp's
// server through the real sender, in each person's language, and a second
// announce sends nothing new.
func TestCommandsMailArrives(t *testing.T) {
	cfg, _ := importedConfig(t)
	k := startSink(t)
	later := time.Now().Add(time.Hour)
	code, _, errOut := runCmd("pair", "end", "--config", cfg, "--pair", "daniel.cheng@ualberta.example.org", "--reason", "request")
	if code != 0 {
		t.Fatalf("pair end: %s", errOut)
	}
	dir := t.TempDir()
	en, fr := filepath.Join(dir, "en.txt"), filepath.Join(dir, "fr.txt")
	os.WriteFile(en, []byte("Join us on Thursday."), 0o600)
	os.WriteFile(fr, []byte("Joignez-vous à nous jeudi."), 0o600)
	args := []string{"announce", "--config", cfg, "--cohort", "2026-fall", "--subject-en", "Webinar", "--subject-fr", "Webinaire",
		"--body-en", en, "--body-fr", fr}
	if code, _, errOut := runCmd(args...); code != 0 {
		t.Fatalf("announce: %s", errOut)
	}
	if n := sendQueued(t, cfg, k, later); n != 14 {
		t.Errorf("sent %d, want 2 notices and 12 announcements", n)
	}
	if got := strings.Join(k.subjects("daniel.cheng@ualberta.example.org"), "|"); got != "Your mentoring pair has ended|Webinar" {
		t.Errorf("daniel received %q", got)
	}
	if got := strings.Join(k.subjects("thi.nguyen@ulaval.example.org"), "|"); got != "Webinaire" {
		t.Errorf("thi (French) received %q", got)
	}
	if code, _, _ := runCmd(args...); code != 0 {
		t.Fatal("announce again failed")
	}
	if n := sendQueued(t, cfg, k, later.Add(time.Hour)); n != 0 {
		t.Errorf("the second announce sent %d", n)
	}
}
