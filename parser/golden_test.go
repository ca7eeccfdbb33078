package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Golden tests (STYLE.md habit 7): every testdata/golden/<case>.eml is parsed with
// Parse and its contract fields (DESIGN.md, `mentormail parse --json`) compared with
// <case>.json. On a difference the output is written to <case>.got. With -update the
// .json files are rewritten instead; review the diff by eye before committing it.
//
// The sender's time zone is the first line of <case>.tz when that file exists, else
// goldenZone. Relative dates count from the message's Date header seen in that zone,
// so a case can set both to land on a month or year end.

var update = flag.Bool("update", false, "rewrite the golden .json files from the parser's output")

// goldenZone is the sender's time zone of a case without a .tz file.
const goldenZone = "America/Toronto"

// goldenAt is the reference time of a case whose message has no Date header.
var goldenAt = time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)

// contract is the part of a Reply that `mentormail parse --json` promises.
type contract struct {
	Class     Class     `json:"class"`
	Language  string    `json:"language"`
	ReplyText string    `json:"reply_text"`
	Forwarded string    `json:"forwarded"`
	Meeting   *Meeting  `json:"meeting"`
	Meetings  []Meeting `json:"meetings"`
	Goals     []Goal    `json:"goals"`
	Commands  []Command `json:"commands"`
	Question  *string   `json:"question"`
	Warnings  []string  `json:"warnings"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(file, ".eml")
		t.Run(filepath.Base(name), func(t *testing.T) {
			got := goldenOutput(t, file, name)
			want, err := os.ReadFile(name + ".json")
			if *update {
				if err := os.WriteFile(name+".json", got, 0o644); err != nil {
					t.Fatal(err)
				}
				os.Remove(name + ".got")
				return
			}
			if err != nil {
				t.Fatalf("no expectation (run with -update and review it): %v", err)
			}
			if !bytes.Equal(got, want) {
				os.WriteFile(name+".got", got, 0o644)
				t.Errorf("output differs from %s.json; see %s.got\n%s", name, name, got)
				return
			}
			os.Remove(name + ".got")
		})
	}
}

// goldenOutput parses one case and returns its contract as indented JSON.
func goldenOutput(t *testing.T, file, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	zone := goldenZone
	if b, err := os.ReadFile(name + ".tz"); err == nil {
		zone = strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatalf("time zone %q: %v", zone, err)
	}
	r, err := Parse(raw, Options{TZ: loc, At: goldenAt})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(contract{r.Class, r.Language, r.ReplyText, r.Forwarded, r.Meeting, r.Meetings, r.Goals, r.Commands, r.Question, r.Warnings}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
