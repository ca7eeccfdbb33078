package parser

import (
	"bytes"
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
	"github.com/mentormail/mentormail/parser/replytext"
)

// parseGuarded parses raw, failing the test instead of hanging when Parse does
// not return (as it did on nested unclosed multiparts).
func parseGuarded(t *testing.T, raw []byte, opts Options) (*Reply, error) {
	t.Helper()
	type result struct {
		r   *Reply
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := Parse(raw, opts)
		done <- result{r, err}
	}()
	select {
	case res := <-done:
		return res.r, res.err
	case <-time.After(2 * time.Minute):
		t.Fatalf("Parse of %d bytes did not return", len(raw))
		return nil, nil
	}
}

func TestNestedUnclosedMultipartUnreadable(t *testing.T) {
	for _, levels := range []int{20, 25, 40} {
		r, err := parseGuarded(t, nestedMessage(levels, false), Options{})
		if !errors.Is(err, ErrUnreadable) {
			t.Errorf("%d nested unclosed multiparts: reply %v, error %v; want ErrUnreadable", levels, r, err)
		}
	}
}

// TestMIMELimits parses, for each limit, the message at the limit (read) and
// the one just past it (unreadable).
func TestMIMELimits(t *testing.T) {
	cases := []struct {
		name      string
		at, past  []byte
		wantReply string
	}{
		{"depth, unclosed", nestedMessage(maxMIMEDepth, false), nestedMessage(maxMIMEDepth+1, false), "We met for 45 minutes."},
		{"depth, closed", nestedMessage(maxMIMEDepth, true), nestedMessage(maxMIMEDepth+1, true), "We met for 45 minutes."},
		{"parts", partsMessage(maxMIMEParts), partsMessage(maxMIMEParts + 1), "part 0"},
		{"boundaries", boundariesMessage(maxBoundaries), boundariesMessage(maxBoundaries + 1), "part 1"},
		{"boundary length", boundaryLengthMessage(maxBoundaryBytes), boundaryLengthMessage(maxBoundaryBytes + 1), "We met."},
		{"message header block", headerBlockMessage(maxHeaderBytes, false), headerBlockMessage(maxHeaderBytes+1, false), "We met for 45 minutes."},
		{"part header block", headerBlockMessage(maxHeaderBytes, true), headerBlockMessage(maxHeaderBytes+1, true), "We met for 45 minutes."},
		{"header line", headerLineMessage(maxHeaderLineBytes), headerLineMessage(maxHeaderLineBytes + 1), "We met for 45 minutes."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := parseGuarded(t, c.at, Options{})
			if err != nil {
				t.Fatalf("at the limit: %v", err)
			}
			if !strings.HasPrefix(r.ReplyText, c.wantReply) {
				t.Errorf("at the limit: reply %q, want it to start with %q", r.ReplyText, c.wantReply)
			}
			if _, err := parseGuarded(t, c.past, Options{}); !errors.Is(err, ErrUnreadable) {
				t.Errorf("past the limit: error %v, want ErrUnreadable", err)
			}
		})
	}
}

func TestMessageSizeLimit(t *testing.T) {
	head := "From: a@example.org\r\nSubject: big\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe met for 45 minutes.\r\n"
	msg := func(n int) []byte {
		b := make([]byte, 0, n)
		b = append(b, head...)
		line := strings.Repeat("x", 76) + "\r\n"
		for len(b)+len(line) <= n {
			b = append(b, line...)
		}
		return append(b, bytes.Repeat([]byte("y"), n-len(b))...)
	}
	for _, textBody := range []bool{false, true} {
		if _, err := Parse(msg(maxMessageBytes+1), Options{TextBody: textBody}); !errors.Is(err, ErrUnreadable) {
			t.Errorf("text body %v: %d bytes: error %v, want ErrUnreadable", textBody, maxMessageBytes+1, err)
		}
	}
	if testing.Short() || raceEnabled {
		t.Skip("a 64 MiB message: not under -short or -race (CI runs it without the race detector)")
	}
	r, err := Parse(msg(maxMessageBytes), Options{})
	if err != nil {
		t.Fatalf("%d bytes: %v", maxMessageBytes, err)
	}
	if !strings.HasPrefix(r.ReplyText, "We met for 45 minutes.") {
		t.Errorf("reply %.40q", r.ReplyText)
	}
}

// TestLongReplyTruncated: a reply longer than the splitter reads is marked
// truncated, in Warnings and Notices, also after Reinterpret; a short reply
// above a long quoted history is not.
func TestLongReplyTruncated(t *testing.T) {
	long := "Hello,\n\n" + strings.Repeat("a", maxTextBytes+100) // one word: cheap to read under -race
	r, err := Parse([]byte(long), Options{TextBody: true})
	if err != nil {
		t.Fatal(err)
	}
	hasNotice := func(r *Reply) bool {
		return slices.ContainsFunc(r.Notices, func(n Notice) bool { return n.Code == NoticeTruncated })
	}
	if !hasNotice(r) || !slices.ContainsFunc(r.Warnings, func(w string) bool { return strings.Contains(w, "only its first 256 KB") }) {
		t.Errorf("long reply: warnings %q, notices %v; want the truncation", r.Warnings, r.Notices)
	}
	Reinterpret(r, Options{})
	if !hasNotice(r) {
		t.Errorf("after Reinterpret: notices %v; want the truncation", r.Notices)
	}

	quoted := "We met for 45 minutes.\n\nOn Mon, Nov 11, 2024 at 9:00 AM A <a@b.org> wrote:\n" +
		strings.Repeat("> an old message in the thread, quoted again\n", maxTextBytes/40)
	r, err = Parse([]byte(quoted), Options{TextBody: true})
	if err != nil {
		t.Fatal(err)
	}
	if hasNotice(r) || r.ReplyText != "We met for 45 minutes." {
		t.Errorf("short reply above a long quote: reply %q, notices %v", r.ReplyText, r.Notices)
	}
}

// allocBudget is what a parse may allocate in all: a fixed allowance and a
// small multiple of the input (enmime keeps the raw and decoded copies).
func allocBudget(n int) uint64 { return 32<<20 + 4*uint64(n) }

// allocated returns the bytes allocated while f runs (the heap's running
// total, unaffected by when the collector runs).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLargeInputsBoundedAllocations: the inputs that cost seconds or hundreds
// of megabytes are read within allocBudget, and still read.
func TestLargeInputsBoundedAllocations(t *testing.T) {
	if raceEnabled {
		// sync.Pool keeps nothing under the race detector, so the regexp
		// machines are allocated again for every match.
		t.Skip("allocations are not comparable under -race (CI runs this test without it)")
	}
	cases := []struct {
		name      string
		raw       []byte
		wantReply string
	}{
		{"47 KB single line", longLineMessage(47 << 10), "we met 45 min"},
		{"7 MB base64 text part", base64Message(7 << 20), "We met on Tuesday"},
		{"7.5 MB HTML div bomb", divBombMessage(7500 << 10), "We met for 45 minutes."},
		{"depth 12 unclosed", nestedMessage(maxMIMEDepth, false), "We met for 45 minutes."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r *Reply
			var err error
			n := allocated(func() { r, err = parseGuarded(t, c.raw, Options{}) })
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d bytes in, %d MB allocated", len(c.raw), n>>20)
			if n > allocBudget(len(c.raw)) {
				t.Errorf("%d bytes allocated for %d bytes in; want at most %d", n, len(c.raw), allocBudget(len(c.raw)))
			}
			if !strings.HasPrefix(r.ReplyText, c.wantReply) {
				t.Errorf("reply %.60q, want it to start with %q", r.ReplyText, c.wantReply)
			}
		})
	}
}

// TestWordsBefore: the end-anchored patterns of the length finder give the same
// answer on wordsBefore's window as on the whole text before the match.
func TestWordsBefore(t *testing.T) {
	words := []string{"in", "at", "a", "de", "toutes les", "every", "we", "met", "jusqu'a", "x", "  ", "\t", "since", "45", "min"}
	for seed := range 200 {
		var b strings.Builder
		for k := uint(seed); b.Len() < 80; k = k*31 + 7 {
			b.WriteString(words[k%uint(len(words))])
			if k%3 != 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			for _, re := range []*regexp.Regexp{inBeforeRe, clockBeforeRe} {
				if whole, window := re.MatchString(s[:i]), re.MatchString(wordsBefore(s, i)); whole != window {
					t.Fatalf("%v on %q: %v on the whole text, %v on %q", re, s[:i], whole, window, wordsBefore(s, i))
				}
			}
		}
	}
}

// TestDeepHTMLStillRead: past replytext.MaxHTMLDepth open elements, text is still shown
// and the quote after the nesting is still cut.
func TestDeepHTMLStillRead(t *testing.T) {
	html := "Content-Type: text/html\r\n\r\n<div>We met for 45 minutes.</div>" + strings.Repeat("<div><span>", 4*replytext.MaxHTMLDepth) +
		"Deep text." + strings.Repeat("</span></div>", 4*replytext.MaxHTMLDepth) + "<blockquote type=cite>old message</blockquote>"
	r, err := Parse([]byte(html), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.ReplyText != "We met for 45 minutes.\nDeep text." {
		t.Errorf("reply %q", r.ReplyText)
	}
}
