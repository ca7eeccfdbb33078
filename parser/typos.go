package parser

import (
	"slices"
	"strings"
	"sync"
)

// Typos in the words dates and lengths are made of ("yesterady", "tusday", "ystrday",
// "mecredi", "hiier") are read as the word meant, by a general tolerance rather than a
// list of typos: a word that is not itself known is replaced by the known word it is
// closest to, when the two start with the same letter and are within an edit
// distance that grows with the word's length (restricted Damerau-Levenshtein: one
// insertion, deletion, substitution or swap of two neighbours is one edit).
//
//   - a known word of 4 or 5 letters takes only an added letter ("hiier") or two
//     neighbours swapped ("marid"), since changing or dropping one letter of a
//     short word makes another word ("her", "march"); a swap that makes a real
//     word ("hire") is in typoStop;
//   - 6 or 7 letters: one edit; 8: two; 9 or more: three.
//
// Words of the typoStop tables (real words close to a known one: "domain", "about")
// are never changed. Each word is compared with the known words of its first letter
// only, and a word is at most a few dozen letters, so the cost stays linear in the
// length of the reply.

// typoTargets are the words corrected toward: weekdays, named days, long months and
// length units, in every language of the tables.
var typoTargets = sync.OnceValue(func() map[byte][]string {
	m := map[byte][]string{}
	for _, t := range wordTables {
		for _, w := range t["typoTarget"] {
			if !slices.Contains(m[w[0]], w) {
				m[w[0]] = append(m[w[0]], w)
			}
		}
	}
	return m
})

// typoKnown are the words never corrected: the targets themselves, every cue word,
// and the real words of typoStop.
var typoKnown = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range cueWords {
		m[w] = true
	}
	for _, t := range wordTables {
		for _, w := range t["typoTarget"] {
			m[w] = true
		}
		for _, w := range t["typoStop"] {
			m[w] = true
		}
	}
	return m
})

// maxTypoWord bounds the words looked at; longer ones are not mistyped dates.
const maxTypoWord = 14

// fixTypos returns t with its mistyped date and length words replaced by the words
// meant, in norm only; the original text is kept.
func fixTypos(t text) text {
	ws := splitWords(t.norm)
	var b strings.Builder
	pos := make([]int, 0, len(t.pos))
	last, changed := 0, false
	for _, w := range ws {
		fix := typoFix(w.w)
		if fix == "" {
			continue
		}
		changed = true
		b.WriteString(t.norm[last:w.start])
		pos = append(pos, t.pos[last:w.start]...)
		b.WriteString(fix)
		for range len(fix) {
			pos = append(pos, t.pos[w.start])
		}
		last = w.end
	}
	if !changed {
		return t
	}
	b.WriteString(t.norm[last:])
	pos = append(pos, t.pos[last:]...)
	return text{orig: t.orig, norm: b.String(), pos: pos}
}

// typoFix returns the known word w is a typo of, or "".
func typoFix(w string) string {
	if len(w) < 4 || len(w) > maxTypoWord || typoKnown()[w] || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	best, bestD, tie := "", 99, false
	for _, k := range typoTargets()[w[0]] {
		allowed := 1
		switch {
		case len(k) <= 5:
			if len(w) < len(k) || len(w) == len(k) && !swapped(w, k) {
				continue
			}
		case len(k) == 8:
			allowed = 2
		case len(k) >= 9:
			allowed = 3
		}
		if d := len(w) - len(k); d > allowed || -d > allowed {
			continue
		}
		d := editDistance(w, k, allowed)
		switch {
		case d > allowed:
		case d < bestD:
			best, bestD, tie = k, d, false
		case d == bestD:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// swapped reports whether a is b with two neighbouring letters swapped ("marid").
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// editDistance is the restricted Damerau-Levenshtein distance of a and b, or
// limit+1 once it is sure to exceed limit.
func editDistance(a, b string, limit int) int {
	if len(b) >= maxTypoWord {
		return limit + 1
	}
	var r0, r1, r2 [maxTypoWord + 1]int // the known words are short: no allocation
	prev2, prev, cur := r0[:len(b)+1], r1[:len(b)+1], r2[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
