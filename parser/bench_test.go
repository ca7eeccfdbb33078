package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"
)

// benchMessages are realistic messages: the classification set and, when the
// corpora are there, the talon replies from real clients.
func benchMessages(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "classify", "*.eml"))
	dir := os.Getenv("MENTORMAIL_CORPORA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpora")
	}
	more, _ := filepath.Glob(filepath.Join(dir, "talon", "tests", "fixtures", "standard_replies", "*.eml"))
	files = append(files, more...)
	var msgs [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
	}
	if len(msgs) == 0 {
		b.Fatal("no messages to measure")
	}
	return msgs
}

func benchParse(b *testing.B, msgs [][]byte) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(msgs[i%len(msgs)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchEnmime(b *testing.B, msgs [][]byte) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := enmime.ReadEnvelope(bytes.NewReader(msgs[i%len(msgs)])); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the whole Parse, one message per iteration.
func BenchmarkParse(b *testing.B) { benchParse(b, benchMessages(b)) }

// BenchmarkEnmimeReadEnvelope is enmime alone on the same messages: the floor
// Parse is built on.
func BenchmarkEnmimeReadEnvelope(b *testing.B) { benchEnmime(b, benchMessages(b)) }

// BenchmarkParseVsEnmime runs both on the same messages, interleaved, and
// reports how many times enmime's cost a Parse costs (x-enmime).
func BenchmarkParseVsEnmime(b *testing.B) {
	msgs := benchMessages(b)
	var parse, mime time.Duration
	for i := 0; b.Loop(); i++ {
		m := msgs[i%len(msgs)]
		t0 := time.Now()
		if _, err := Parse(m, Options{}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := enmime.ReadEnvelope(bytes.NewReader(m)); err != nil {
			b.Fatal(err)
		}
		parse += t1.Sub(t0)
		mime += time.Since(t1)
	}
	b.ReportMetric(float64(parse)/float64(max(mime, 1)), "x-enmime")
}

// BenchmarkParseReplies parses the replies of the tuning battery (people's words,
// quoted program emails, whole messages), one per iteration: the cost of reading
// meaning rather than MIME.
func BenchmarkParseReplies(b *testing.B) {
	cases := append(append(append(append([]tuneCase{}, tuningEN...), tuningFR...), tuningMail...), tuningMore...)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c := cases[i%len(cases)]
		opts := Options{At: tuneAt, TZ: tuneAt.Location(), Prompt: c.prompt, TextBody: !isWholeMessage(c.text)}
		if _, err := Parse([]byte(c.text), opts); err != nil {
			b.Fatal(err)
		}
	}
}
