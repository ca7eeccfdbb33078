package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The trimming battery: raw replies in testdata/trim/, written the way the mail
// clients of 2024-2026 send them (Gmail, Outlook desktop, web, Mac and mobile, Apple
// Mail and iPhone, Samsung Email, Thunderbird, Yahoo, Proton Mail, Zimbra, HCL Notes,
// K-9, Roundcube), in English and Canadian French. Each <case>.eml has a <case>.want
// holding exactly what the person wrote: no quoted history, signature, mobile footer
// or disclaimer, but every line of theirs, inline answers included. The expectations
// were written before the trimming was tuned against them, so the pass rate says how
// the trimming generalises.

// trimBatteryFloor is the share of the trimming battery that must pass. Raise it when
// the trimming gets better; never lower it to make a change pass.
const trimBatteryFloor = 1.0

// trimNormal normalises line ends and trailing white space, and nothing else.
func trimNormal(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func TestTrimBattery(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "trim", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no cases in testdata/trim")
	}
	at := time.Date(2026, 9, 28, 12, 0, 0, 0, time.UTC)
	passed := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".want")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := Parse(raw, Options{At: at})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got, exp := trimNormal(r.ReplyText), trimNormal(string(want))
		if got == exp {
			passed++
			continue
		}
		t.Logf("%s MISS\n--- got:\n%s\n--- want:\n%s", name, got, exp)
	}
	rate := float64(passed) / float64(len(files))
	msg := fmt.Sprintf("trim battery: %d/%d pass (%.1f%%)", passed, len(files), 100*rate)
	t.Log(msg)
	if testing.Verbose() {
		fmt.Println(msg)
	}
	if rate < trimBatteryFloor {
		t.Errorf("%s, below the floor of %.1f%%", msg, 100*trimBatteryFloor)
	}
}
