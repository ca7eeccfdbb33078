package bench

import (
	"bytes"
	"context"
	"math"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunTiny runs every workload at tiny sizes against a freshly built
// mentormail (for the idle workload's `serve`) and checks that each printed a
// ratio. It asserts nothing about speed: targets live in the benchmark's table.
func TestRunTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mentormail and starts servers")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build mentormail for the idle workload")
	}
	exe := filepath.Join(t.TempDir(), "mentormail")
	if out, err := exec.Command(goTool, "build", "-o", exe, "github.com/mentormail/mentormail/cmd/mentormail").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var out bytes.Buffer
	r, err := Run(context.Background(), Options{N: 50, IdleSeconds: 1, CalendarPairs: 1000, BigMessageMB: 1,
		Serve: []string{exe, "serve"}, Dir: t.TempDir(), Out: &out})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	for _, w := range Workloads() {
		ok := false
		for _, row := range r.Rows {
			if row.Workload == w && !math.IsNaN(row.Ratio) && !math.IsInf(row.Ratio, 0) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: no row with a ratio", w)
		}
		found := false
		for _, line := range strings.Split(out.String(), "\n") {
			if f := strings.Fields(line); len(f) > 0 && f[0] == w {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no line in the table", w)
		}
	}
	if t.Failed() {
		t.Log(out.String())
	}
}

func TestOnlyUnknown(t *testing.T) {
	if _, err := Run(context.Background(), Options{Only: "nope"}); err == nil || !strings.Contains(err.Error(), "unknown workload") {
		t.Fatalf("Run(Only: nope) = %v, want an unknown workload error", err)
	}
}
