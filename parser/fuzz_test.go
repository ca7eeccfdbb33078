package parser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary bytes to the whole Parse, as a message and as a bare
// text body. Parse must not panic (it recovers, so a recovered panic is a
// failure here), must return a Reply or an error, and the Reply must marshal
// with its lists as arrays.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "classify", "*.eml"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, false)
		}
	}
	f.Add([]byte("Subject: x\r\n\r\n> > > a\n>>> b\nOn Mon, 1 Jan 2024 at 10:00, A <a@b.c> wrote:\n> q"), false)
	f.Add([]byte("Content-Type: text/html\r\n\r\n<blockquote type=cite><blockquote><div id=divRplyFwdMsg>x"), false)
	f.Add([]byte("Hi\n-- \nsig\n---------- Forwarded message ---------\nFrom: a"), true)
	f.Fuzz(func(t *testing.T, data []byte, textBody bool) {
		r, err := Parse(data, Options{TextBody: textBody, At: time.Date(2024, 11, 12, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			if strings.Contains(err.Error(), "panic") {
				t.Fatalf("Parse panicked: %v", err)
			}
			return
		}
		if r == nil {
			t.Fatal("nil Reply without an error")
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		for _, k := range []string{`"goals":[`, `"commands":[`, `"warnings":[`} {
			if !bytes.Contains(b, []byte(k)) {
				t.Fatalf("%s not an array in %s", k, b)
			}
		}
	})
}

// allocRatio returns what parsing large allocates over what parsing small
// does. Allocation counts do not depend on the machine's load, so the linearity
// tests compare them (the times are in BenchmarkParseLinearity): linear work
// gives about 4 for a 4x larger input, quadratic work 16.
func allocRatio(t *testing.T, small, large []byte, opts Options) float64 {
	t.Helper()
	if raceEnabled {
		t.Skip("allocations are not comparable under -race (CI runs the linearity tests without it)")
	}
	parse := func(in []byte) uint64 {
		return allocated(func() {
			if _, err := Parse(in, opts); err != nil {
				t.Fatalf("Parse: %v", err)
			}
		})
	}
	parse(small) // warm up: pools, lazily built tables
	s, l := parse(small), parse(large)
	t.Logf("small %d bytes: %d KB allocated; large %d bytes: %d KB", len(small), s>>10, len(large), l>>10)
	return float64(l) / float64(max(s, 1))
}

// linearBound is how much more a 4x larger input may allocate: linear work
// gives about 4 (a little more where buffers double), quadratic 16.
const linearBound = 7

func TestLinearTenMegabyteBody(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	msg := func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("From: a@example.org\r\nSubject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "On line %d we met for 45 minutes, From: here, at 10:%02d <x%d@example.org>\r\n", i, i%60, i)
			if i%7 == 0 {
				b.WriteString("\r\n> quoted line\r\n")
			}
		}
		return b.Bytes()
	}
	if r := allocRatio(t, msg(10<<20/4), msg(10<<20), Options{}); r > linearBound {
		t.Errorf("10 MB body allocates %.1fx what a 2.5 MB one does; want linear (< %d)", r, linearBound)
	}
}

func TestLinearNestedQuotes(t *testing.T) {
	nested := func(lines int, html bool) []byte {
		var b bytes.Buffer
		if html {
			b.WriteString("Content-Type: text/html\r\n\r\n<div>Reply</div>")
			for i := 0; i < lines; i++ {
				b.WriteString("<blockquote>quoted ")
			}
			return b.Bytes()
		}
		b.WriteString("Reply\n\nOn Mon, Nov 11, 2024 at 9:00 AM A <a@b.org> wrote:\n")
		for i := 0; i < lines; i++ {
			b.WriteString(strings.Repeat("> ", 1+i%40))
			b.WriteString("quoted text\n")
		}
		return b.Bytes()
	}
	for _, html := range []bool{false, true} {
		opts := Options{TextBody: !html}
		r, err := Parse(nested(50000, html), opts)
		if err != nil || r.ReplyText != "Reply" {
			t.Errorf("html=%v: reply %q, err %v", html, r.ReplyText, err)
		}
	}
	for _, html := range []bool{false, true} {
		opts := Options{TextBody: !html}
		if r := allocRatio(t, nested(12500, html), nested(50000, html), opts); r > linearBound {
			t.Errorf("html=%v: 50,000 nested quote lines allocate %.1fx what 12,500 do; want linear (< %d)", html, r, linearBound)
		}
	}
}
