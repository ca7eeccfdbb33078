package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/parser/internal/rx"
)

// TestPrefilterKeepsMatches runs every expression of the parser (package rx keeps
// them) over the lines of the golden replies, as written and folded, and over the
// replies whole: wherever Go's regexp finds a match, the text passes the
// expression's prefilter, so the prefilter never changes what the parser reads.
func TestPrefilterKeepsMatches(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.eml"))
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Parse(raw, Options{At: goldenAt})
		if err != nil {
			continue
		}
		body := string(raw)
		if i := strings.Index(body, "\n\n"); i >= 0 {
			body = body[i+2:]
		}
		texts = append(texts, r.ReplyText, fold(r.ReplyText), r.Envelope.Subject, fold(r.Envelope.Subject))
		for line := range strings.SplitSeq(body, "\n") {
			line = strings.TrimSpace(line)
			texts = append(texts, line, fold(line))
		}
	}
	texts = slices.Compact(slices.Sorted(slices.Values(texts)))
	if raceEnabled {
		// The race detector slows regexp tenfold: a quarter of the texts.
		for i := range len(texts) / 4 {
			texts[i] = texts[4*i]
		}
		texts = texts[:len(texts)/4]
	}
	all := rx.All()
	if len(all) < 200 {
		t.Fatalf("only %d expressions registered; the parser has a few hundred", len(all))
	}
	checked, matched := 0, 0
	for _, re := range all {
		std := re.Std()
		for _, s := range texts {
			checked++
			if !std.MatchString(s) {
				continue
			}
			matched++
			if !re.Passes(s) {
				t.Errorf("%s matches %q but its prefilter %s rules it out", re, s, re.Prefilter())
			}
		}
	}
	t.Logf("%d expressions, %d texts, %d matches checked", len(all), len(texts), matched)
}
