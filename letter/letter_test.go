package letter

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestPDF: the letter is a PDF, the same bytes for the same letter, and a
// name outside Windows-1252 is written without its accents, not dropped.
func TestPDF(t *testing.T) {
	l := Letter{Heading: "Attestation de participation", Dateline: "jeudi 29 octobre 2026",
		Paragraphs: []string{"À qui de droit,", "La présente atteste que Thi Nguyễn a participé au programme."},
		Signature:  []string{"Le comité de mentorat"}, At: time.Date(2026, 10, 29, 0, 0, 0, 0, time.UTC)}
	a, err := PDF(l)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := PDF(l)
	if !bytes.HasPrefix(a, []byte("%PDF-")) || !bytes.Equal(a, b) {
		t.Errorf("not a stable PDF (%d and %d bytes)", len(a), len(b))
	}
	if got := plain("Thi Nguyễn, 漢, é"); got != "Thi Nguyen, ?, é" {
		t.Errorf("plain: %q", got)
	}
	l.Paragraphs = strings.Split(strings.Repeat("x,", maxParagraphs+1), ",")
	if _, err := PDF(l); err == nil {
		t.Error("a letter past the paragraph limit was made")
	}
}
