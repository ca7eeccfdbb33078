package rx

import (
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"
)

// A prefilter tests a text for a few dozen literals, and the parser runs many
// expressions over the same text (a line, a clause): the text is read once into a
// summary (the text made small, and which bytes and byte pairs it holds), kept in a
// small cache, and each literal is first looked up there. A literal whose first or
// last pair of bytes the text lacks is absent without a search.

// pairBits is the size of the set of byte pairs (hashed).
const pairBits = 2048

// maxSummarized bounds the text the prefilter reads: a longer one (a reply
// without line breaks, a whole body) is searched by the expression alone, as
// regexp would, so that an expression anchored at the start of a long text, run
// on many of its tails, still costs what regexp makes it cost.
const maxSummarized = 2 << 10

// cacheSlots is the number of summaries kept.
const cacheSlots = 256

// summary is what the prefilter knows of one text.
type summary struct {
	text  string // as given, the cache key
	low   string // made small by lowerASCII
	bytes [4]uint64
	pairs [pairBits / 64]uint64
	// grams[i] is the hash of low[i:i+4] (gramHash), for the ors of many literals.
	grams []uint16
}

// cache holds recent summaries, at the slot of the text's address and length.
// Any goroutine reads and replaces a slot; a summary is never changed once stored,
// and is used only for a text equal to its own.
var cache [cacheSlots]atomic.Pointer[summary]

func slotOf(s string) int {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))*0x9E3779B97F4A7C15 + uint64(len(s))*0xBF58476D1CE4E5B9
	return int(h >> (64 - 8))
}

// summaryOf returns the summary of s, from the cache when it is there. s is at
// most maxSummarized long.
func summaryOf(s string) *summary {
	slot := &cache[slotOf(s)]
	if sum := slot.Load(); sum != nil && sum.text == s {
		return sum
	}
	sum := summarize(s)
	slot.Store(sum)
	return sum
}

func summarize(s string) *summary {
	sum := &summary{text: s, low: lowerASCII(s)}
	low := sum.low
	if len(low) >= 4 {
		sum.grams = make([]uint16, len(low)-3)
		for i := range sum.grams {
			sum.grams[i] = gramHash(low[i:])
		}
	}
	for i := 0; i < len(low); i++ {
		c := low[i]
		sum.bytes[c>>6] |= 1 << (c & 63)
		if i+1 < len(low) {
			p := pairHash(c, low[i+1])
			sum.pairs[p>>6] |= 1 << (p & 63)
		}
	}
	return sum
}

func pairHash(a, b byte) uint {
	return (uint(a)*0x9E37 ^ uint(b)*0x85EB) % pairBits
}

// gramBits is the size of the hashed set of the first four bytes of the literals of
// a large or.
const gramBits = 1 << 14

// gramHash hashes the first four bytes of s (at least four).
func gramHash(s string) uint16 {
	g := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	return uint16((g * 0x9E3779B1) >> (32 - 14))
}

// manyAtoms indexes the literals of an or of many, by their first four bytes:
// a text is then read once for all of them, not once for each.
type manyAtoms struct {
	short []string // the literals shorter than four bytes, looked up one by one
	set   [gramBits / 64]uint64
	by    map[uint16][]string
}

// minIndexed is the least number of literals an or indexes.
const minIndexed = 8

func indexAtoms(atoms []string) *manyAtoms {
	long := 0
	for _, a := range atoms {
		if len(a) >= 4 {
			long++
		}
	}
	if long < minIndexed {
		return nil
	}
	m := &manyAtoms{by: map[uint16][]string{}}
	for _, a := range atoms {
		if len(a) < 4 {
			m.short = append(m.short, a)
			continue
		}
		h := gramHash(a)
		m.set[h>>6] |= 1 << (h & 63)
		m.by[h] = append(m.by[h], a)
	}
	return m
}

// atoms returns the literals of m, short ones first, then in order.
func (m *manyAtoms) atoms() []string {
	var long []string
	for _, as := range m.by {
		long = append(long, as...)
	}
	slices.Sort(long)
	return append(append([]string(nil), m.short...), long...)
}

// hasOne reports whether the text contains one of the literals of m.
func (sum *summary) hasOne(m *manyAtoms) bool {
	for _, a := range m.short {
		if sum.has(a) {
			return true
		}
	}
	for i, h := range sum.grams {
		if m.set[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, a := range m.by[h] {
			if strings.HasPrefix(sum.low[i:], a) {
				return true
			}
		}
	}
	return false
}

// has reports whether the text contains the literal a.
func (sum *summary) has(a string) bool {
	switch len(a) {
	case 0:
		return true
	case 1:
		return sum.bytes[a[0]>>6]&(1<<(a[0]&63)) != 0
	}
	p := pairHash(a[0], a[1])
	if sum.pairs[p>>6]&(1<<(p&63)) == 0 {
		return false
	}
	p = pairHash(a[len(a)-2], a[len(a)-1])
	if sum.pairs[p>>6]&(1<<(p&63)) == 0 {
		return false
	}
	return len(a) == 2 || strings.Contains(sum.low, a)
}

// starts is the set of first byte pairs (and single bytes) of some literals.
type starts struct {
	bytes [4]uint64
	pairs [pairBits / 64]uint64
}

func startsOf(atoms []string) *starts {
	st := &starts{}
	for _, a := range atoms {
		switch len(a) {
		case 0:
			return nil
		case 1:
			st.bytes[a[0]>>6] |= 1 << (a[0] & 63)
		default:
			p := pairHash(a[0], a[1])
			st.pairs[p>>6] |= 1 << (p & 63)
		}
	}
	return st
}

// mayHaveOne reports whether the text may hold one of the literals st was made of.
func (sum *summary) mayHaveOne(st *starts) bool {
	for i := range st.bytes {
		if sum.bytes[i]&st.bytes[i] != 0 {
			return true
		}
	}
	for i := range st.pairs {
		if sum.pairs[i]&st.pairs[i] != 0 {
			return true
		}
	}
	return false
}

// lowerASCII returns s with its ASCII capitals made small, without copying when it
// has none. Prefilter literals are held in that form; other bytes stay as they are.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
