// Package letter lays out the participation letter the committee gives a
// participant at the end of a session, as a one-page PDF (codeberg.org/go-pdf/fpdf).
package letter

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

// Letter is what the page says, already in the reader's language: a heading
// line, the place and date line, the paragraphs, and the signature lines.
type Letter struct {
	Heading    string
	Dateline   string
	Paragraphs []string
	Signature  []string
	// Title and Author go in the PDF's document information.
	Title  string
	Author string
	// At dates the document, so the same letter gives the same bytes.
	At time.Time
}

// maxParagraphRunes bounds each paragraph, and maxParagraphs their number: a
// letter stays one page.
const (
	maxParagraphRunes = 1200
	maxParagraphs     = 12
)

// PDF returns the letter as a US Letter page, in Helvetica. The core fonts
// cover Windows-1252 (every French letter); a character outside it is written
// without its accent, or as "?" when it has no base letter.
func PDF(l Letter) ([]byte, error) {
	if len(l.Paragraphs) > maxParagraphs {
		return nil, fmt.Errorf("letter: %d paragraphs is over the limit of %d", len(l.Paragraphs), maxParagraphs)
	}
	f := fpdf.New("P", "mm", "Letter", "")
	f.SetCatalogSort(true) // resources in a fixed order: the same letter, the same bytes
	f.SetCreationDate(l.At)
	f.SetModificationDate(l.At)
	tr := f.UnicodeTranslatorFromDescriptor("")
	enc := func(s string) string { return tr(plain(s)) }
	f.SetTitle(l.Title, true)
	f.SetAuthor(l.Author, true)
	f.SetMargins(25, 25, 25)
	f.SetAutoPageBreak(true, 20)
	f.AddPage()
	// A band of the program's brown across the top, as in the emails.
	f.SetFillColor(0x8a, 0x5a, 0x2b)
	f.Rect(0, 0, 216, 12, "F")
	f.SetTextColor(0x5b, 0x3a, 0x1a)
	f.SetFont("Helvetica", "B", 16)
	f.MultiCell(0, 8, enc(l.Heading), "", "L", false)
	f.Ln(4)
	f.SetTextColor(0x1f, 0x23, 0x28)
	f.SetFont("Helvetica", "", 11)
	f.CellFormat(0, 6, enc(l.Dateline), "", 1, "R", false, 0, "")
	f.Ln(6)
	for _, p := range l.Paragraphs {
		if r := []rune(p); len(r) > maxParagraphRunes {
			p = string(r[:maxParagraphRunes-1]) + "…"
		}
		f.MultiCell(0, 6, enc(p), "", "L", false)
		f.Ln(4)
	}
	f.Ln(8)
	for i, s := range l.Signature {
		if i == 0 {
			f.SetFont("Helvetica", "B", 11)
		} else {
			f.SetFont("Helvetica", "", 11)
		}
		f.CellFormat(0, 6, enc(s), "", 1, "L", false, 0, "")
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		return nil, fmt.Errorf("letter: %w", err)
	}
	return b.Bytes(), nil
}

// plain keeps the characters Windows-1252 has and writes the others without
// their accents ("ễ" is "e"), or as "?" ("漢").
func plain(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x100, strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r):
			b.WriteRune(r)
		default:
			base := []rune(norm.NFD.String(string(r)))
			if len(base) > 0 && base[0] < 0x100 && unicode.IsLetter(base[0]) {
				b.WriteRune(base[0])
			} else {
				b.WriteRune('?')
			}
		}
	}
	return b.String()
}
