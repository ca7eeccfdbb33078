package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importedConfig imports the example cohort into a new database and returns a
// configuration file that points at it.
func importedConfig(t *testing.T) (cfgPath, db string) {
	t.Helper()
	setNotesKey(t)
	dir := t.TempDir()
	db = filepath.Join(dir, "m.db")
	cfgPath = filepath.Join(dir, "m.toml")
	if err := os.WriteFile(cfgPath, []byte("[store]\npath = \""+db+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd("import", "--config", cfgPath, "--cohort", "2026-fall", "--start", "2026-09-14",
		"--participants", "../../examples/participants.csv", "--pairs", "../../examples/pairs.csv")
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	return cfgPath, db
}

func TestReportCommand(t *testing.T) {
	cfg, _ := importedConfig(t)
	code, out, errOut := runCmd("report", "--config", cfg, "--at", "2026-10-14")
	if code != 0 || !strings.Contains(out, "Cohort 2026-fall: 2026-09-14 to 2026-11-13, day 30 of 60") ||
		!strings.Contains(out, "Pairs: 6, 0 on target (0%)") || !strings.Contains(out, "lapsing") {
		t.Errorf("table: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd("report", "--config", cfg, "--cohort", "2026-fall", "--format", "csv", "--at", "2026-10-14")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 8 || !strings.HasPrefix(lines[0], "cohort,pair,") {
		t.Errorf("csv: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd("report", "--config", cfg, "--format", "json", "--at", "2026-10-14")
	var r struct {
		Pairs []struct {
			Pair  string
			Flags []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil || len(r.Pairs) != 6 {
		t.Errorf("json: exit %d, %v\n%s", code, err, out)
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--at", "14/10/2026"}} {
		if code, _, _ := runCmd(append([]string{"report", "--config", cfg}, bad...)...); code != 2 {
			t.Errorf("report %v: exit %d, want 2", bad, code)
		}
	}
	if code, _, errOut := runCmd("report", "--config", cfg, "--cohort", "nope"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("unknown cohort: exit %d, %s", code, errOut)
	}
	code, out, _ = runCmd("questions", "--config", cfg, "--open")
	if code != 0 || out != "No questions.\n" {
		t.Errorf("questions: exit %d\n%s", code, out)
	}
}

func TestExportAndForgetCommands(t *testing.T) {
	cfg, db := importedConfig(t)
	// The first participant of the example file, a mentor with an alternate address.
	addr, name := "priya.raman@vpl.example.org", "Priya Raman"

	if code, _, errOut := runCmd("export", "--config", cfg); code != 2 || !strings.Contains(errOut, "--participant") {
		t.Errorf("export without --participant: exit %d, %s", code, errOut)
	}
	out := filepath.Join(t.TempDir(), "export.json")
	code, _, errOut := runCmd("export", "--config", cfg, "--participant", addr, "--out", out)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, errOut)
	}
	var e struct {
		Profile struct{ Email, Name string }
		Pairs   []struct{ ID int64 }
	}
	b, _ := os.ReadFile(out)
	if err := json.Unmarshal(b, &e); err != nil || e.Profile.Email != addr || len(e.Pairs) != 1 {
		t.Errorf("export: %v\n%s", err, b)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the export file's mode: %v, %v", fi, err)
	}

	code, stdout, _ := runCmd("forget", "--config", cfg, "--participant", addr)
	if code != 1 || !strings.Contains(stdout, "Would erase") || !strings.Contains(stdout, "--yes") {
		t.Errorf("forget without --yes: exit %d\n%s", code, stdout)
	}
	code, stdout, errOut = runCmd("forget", "--config", cfg, "--participant", addr, "--yes")
	if code != 0 || !strings.Contains(stdout, "Erased participant") {
		t.Fatalf("forget: exit %d\n%s%s", code, stdout, errOut)
	}
	for _, p := range []string{db, db + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(string(b)), addr) || strings.Contains(string(b), name) || strings.Contains(string(b), "priya.r@example.net") {
			t.Errorf("%s still holds %s or %s", p, addr, name)
		}
	}
	if code, _, errOut := runCmd("export", "--config", cfg, "--participant", addr); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("export after forget: exit %d, %s", code, errOut)
	}
}
