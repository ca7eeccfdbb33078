package main

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/config"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEveryCommandHasHelp(t *testing.T) {
	if len(commands) == 0 {
		t.Fatal("no commands registered")
	}
	for name := range commands {
		for _, h := range []string{"--help", "-h"} {
			code, out, errOut := runCmd(name, h)
			if code != 0 || !strings.Contains(out+errOut, "Usage: mentormail "+name) {
				t.Errorf("mentormail %s %s: exit %d\nstdout: %s\nstderr: %s", name, h, code, out, errOut)
			}
		}
	}
}

func TestUsage(t *testing.T) {
	code, out, _ := runCmd("--help")
	if code != 0 {
		t.Errorf("--help: exit %d", code)
	}
	for name := range commands {
		if !strings.Contains(out, "  "+name+" ") {
			t.Errorf("usage does not list %s:\n%s", name, out)
		}
	}
	if code, _, _ := runCmd(); code != 2 {
		t.Errorf("no arguments: exit %d, want 2", code)
	}
}

func TestUnknownCommand(t *testing.T) {
	code, _, errOut := runCmd("frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestEveryCommandIsBuilt: no command is a placeholder, and each refuses a stray word.
func TestEveryCommandIsBuilt(t *testing.T) {
	for name, c := range commands {
		if strings.Contains(c.summary, "not built") {
			t.Errorf("%s is still a placeholder", name)
		}
	}
	for _, name := range []string{"report", "questions", "export", "forget", "import", "serve", "demo", "bench"} {
		if code, _, errOut := runCmd(name, "stray"); code != 2 || !strings.Contains(errOut, "stray") {
			t.Errorf("%s stray: exit %d, stderr %q; want 2 naming the word", name, code, errOut)
		}
	}
}

func setNotesKey(t *testing.T) {
	t.Setenv(config.EnvNotesKey, base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{9}, 32)))
	t.Setenv(config.EnvSecret, "a test secret of at least sixteen bytes")
}

func TestImportExamples(t *testing.T) {
	setNotesKey(t)
	db := filepath.Join(t.TempDir(), "m.db")
	args := []string{"import", "--cohort", "2026-fall", "--start", "2026-09-14", "--db", db,
		"--participants", "../../examples/participants.csv", "--pairs", "../../examples/pairs.csv"}
	code, out, errOut := runCmd(args...)
	if code != 0 || !strings.Contains(out, "participants: 12 added, 0 updated, 0 unchanged\npairs: 6 added, 0 updated, 0 unchanged") ||
		!strings.Contains(out, "60 days") || errOut != "" {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	code, out, _ = runCmd(args...)
	if code != 0 || !strings.Contains(out, "participants: 0 added, 0 updated, 12 unchanged\npairs: 0 added, 0 updated, 6 unchanged") {
		t.Errorf("re-import: exit %d\n%s", code, out)
	}
}

func TestImportReportsEveryBadRow(t *testing.T) {
	setNotesKey(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "participants.csv")
	os.WriteFile(p, []byte("email,name,role,language,time_zone\na@example.org,A,boss,en,BC\nb@example,B,mentee,en,BC\n"), 0o600)
	code, out, errOut := runCmd("import", "--cohort", "c", "--start", "2026-09-14", "--db", filepath.Join(dir, "m.db"), "--participants", p)
	want := "mentormail import: " + p + ": line 2, column C (role): unknown role \"boss\"; use mentor or mentee (mentor or mentoré in French)\n" +
		"mentormail import: " + p + ": line 3, column A (email): \"b@example\" is not an email address\n" +
		"mentormail import: 2 problem(s) found; nothing was imported\n"
	if code != 1 || out != "" || errOut != want {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant: %s", code, out, errOut, want)
	}
}

func TestImportNeedsFlagsAndKey(t *testing.T) {
	if code, _, errOut := runCmd("import", "--cohort", "c"); code != 2 || !strings.Contains(errOut, "--start") {
		t.Errorf("missing flags: exit %d, %q", code, errOut)
	}
	t.Setenv(config.EnvNotesKey, "")
	code, _, errOut := runCmd("import", "--cohort", "c", "--start", "2026-09-14", "--db", filepath.Join(t.TempDir(), "m.db"),
		"--pairs", "../../examples/pairs.csv")
	if code != 1 || !strings.Contains(errOut, "notes_key") {
		t.Errorf("no key: exit %d, %q", code, errOut)
	}
}
