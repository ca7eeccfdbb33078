package replytext

import (
	"strings"
	"testing"
)

// The package's API on its own: what Split keeps and cuts, and what FromHTML
// marks for it. The parser's own tests (trim batteries, corpora, golden cases)
// cover the many clients' shapes through parser.Parse.
func TestSplit(t *testing.T) {
	cases := []struct {
		name, in            string
		fwd                 bool
		text, forwarded     string
		toEnd, answersQuote bool
	}{
		{name: "plain", in: "We met on Tuesday.\nIt went well.", text: "We met on Tuesday.\nIt went well.", toEnd: true},
		{name: "attribution and quote", in: "Yes, Thursday works.\n\nOn Mon, Nov 9, 2026 at 10:00 AM Program <p@example.org> wrote:\n> How was your meeting?\n",
			text: "Yes, Thursday works.", answersQuote: true},
		{name: "signature", in: "See you soon.\n\n-- \nAisha Rahman\n416-555-0199", text: "See you soon."},
		{name: "forward", fwd: true, in: "FYI\n\n---------- Forwarded message ---------\nFrom: A <a@example.org>\nSubject: hi\n\nThe old text.",
			text: "FYI"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Split(c.in, c.fwd)
			if got.Text != c.text || got.ToEnd != c.toEnd || got.AnswersQuote != c.answersQuote {
				t.Errorf("Split(%q) = %+v, want text %q, toEnd %v, answersQuote %v", c.in, got, c.text, c.toEnd, c.answersQuote)
			}
			if c.fwd && !strings.Contains(got.Forwarded, "The old text.") {
				t.Errorf("forwarded %q, want the forwarded message", got.Forwarded)
			}
		})
	}
}

func TestFromHTML(t *testing.T) {
	h := `<div>Met for an hour.</div><div style="display:none">hidden</div><hr>` +
		`<blockquote type="cite"><div>old message</div></blockquote>`
	text := FromHTML(h)
	if !strings.Contains(text, "Met for an hour.") || strings.Contains(text, "hidden") {
		t.Errorf("FromHTML kept the wrong text: %q", text)
	}
	if !strings.Contains(text, "> old message") {
		t.Errorf("FromHTML did not mark the cited quote: %q", text)
	}
	if got := Split(text, false); got.Text != "Met for an hour." {
		t.Errorf("Split(FromHTML) = %q, want the reply alone", got.Text)
	}
	if !IsRule("-----") || !IsRule("* * *") || IsRule("a - b") {
		t.Error("IsRule: a line of punctuation only")
	}
}
