package roster

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProvinceCheckedWithTimeZone: an unknown province is an error even when
// the time zone is given.
func TestProvinceCheckedWithTimeZone(t *testing.T) {
	s := openStore(t)
	pf, _ := files("email,name,role,language,time_zone,province\n"+
		"ana@example.org,Ana,mentor,en,America/Vancouver,Brtish Columbia\n", "")
	_, err := Import(s, opts, pf, File{})
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Column != 6 || !strings.Contains(es[0].Reason, "unknown province") {
		t.Fatalf("err = %v", err)
	}
}

// TestBinaryFileSaysSoInOneLine: a spreadsheet or other binary file given as a
// CSV file is one short error, without its bytes.
func TestBinaryFileSaysSoInOneLine(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"roster.xlsx": append([]byte("PK\x03\x04"), make([]byte, 200)...),
		"roster.pdf":  []byte("%PDF-1.7\n\x00\x01\x02"),
		"roster.bin":  {0x01, 0x00, 0xff, 0x13, 0x00},
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(p)
		if err == nil || strings.Count(err.Error(), "\n") > 0 || !strings.Contains(err.Error(), "not a CSV text file") ||
			strings.ContainsRune(err.Error(), 0) || len(err.Error()) > 300 {
			t.Errorf("%s: %v", name, err)
		}
	}
	p := filepath.Join(dir, "utf16.csv")
	os.WriteFile(p, []byte{0xFF, 0xFE, 'e', 0, ',', 0}, 0o600)
	if _, err := ReadFile(p); err != nil {
		t.Errorf("UTF-16 text refused: %v", err)
	}
}

// TestCatchUpRecorded: a new pair whose start is before today gets the policy;
// one starting today or later does not; an unknown policy is refused.
func TestCatchUpRecorded(t *testing.T) {
	s := openStore(t)
	o := opts
	o.Today, o.CatchUp = "2026-09-25", CatchUpNone
	sum := mustImport(t, s, o, goodParticipants, goodPairs)
	if sum.CaughtUp != 2 || !strings.Contains(sum.String(), "--catch-up=none") {
		t.Errorf("summary:\n%s", sum)
	}
	o.CatchUp = "some"
	if _, err := Import(s, o, File{}, File{}); err == nil || !strings.Contains(err.Error(), "none, intro or all") {
		t.Errorf("unknown policy: %v", err)
	}
	s2 := openStore(t)
	o.CatchUp, o.Today = "", "2026-09-01"
	if sum := mustImport(t, s2, o, goodParticipants, goodPairs); sum.CaughtUp != 0 {
		t.Errorf("pairs that start after today caught up: %d", sum.CaughtUp)
	}
}
