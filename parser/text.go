package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/mentormail/mentormail/parser/internal/textfold"
)

// text is a piece of reply text as written (orig) and folded for matching (norm).
// Folding maps every rune to exactly one rune, so pos can carry each byte offset of
// norm to the offset of the same rune in orig.
type text struct {
	orig, norm string
	pos        []int // len(norm)+1 entries
}

// newText folds s.
func newText(s string) text {
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int, 0, len(s)+1)
	for i, r := range s {
		if r == utf8.RuneError {
			// Keep the byte count of an invalid byte equal in both forms' rune walk.
			_, w := utf8.DecodeRuneInString(s[i:])
			if w == 1 {
				r = '?'
			}
		}
		f := textfold.Rune(r)
		n := utf8.RuneLen(f)
		for range n {
			pos = append(pos, i)
		}
		b.WriteRune(f)
	}
	pos = append(pos, len(s))
	return text{orig: s, norm: b.String(), pos: pos}
}

// span returns the original text of norm[i:j].
func (t text) span(i, j int) string { return t.orig[t.pos[i]:t.pos[j]] }

// sub returns the part norm[i:j] as its own text.
func (t text) sub(i, j int) text {
	base := t.pos[i]
	pos := make([]int, j-i+1)
	for k := range pos {
		pos[k] = t.pos[i+k] - base
	}
	return text{orig: t.orig[base:t.pos[j]], norm: t.norm[i:j], pos: pos}
}

// trim returns t without surrounding spaces and the given punctuation.
func (t text) trim(cut string) text {
	i, j := 0, len(t.norm)
	for i < j && (t.norm[i] == ' ' || strings.IndexByte(cut, t.norm[i]) >= 0) {
		i++
	}
	for j > i && (t.norm[j-1] == ' ' || strings.IndexByte(cut, t.norm[j-1]) >= 0) {
		j--
	}
	return t.sub(i, j)
}

// fold returns s folded for matching.
func fold(s string) string { return newText(s).norm }

// clip shortens s to at most n runes, cutting at a space and marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
