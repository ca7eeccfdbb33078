package rx

import (
	"hash/maphash"
	"sync/atomic"
)

// The parser runs some expressions over the same text more than once (a line is
// read for commands, then for goals, then for a meeting, and Reinterpret reads
// the whole reply again), and an expression that passes its prefilter costs a
// full search. The last answers are kept in a small table, by expression, method
// and text (compared whole, so equal texts at different addresses share an
// answer), and given back as copies: a caller may change what it gets.

// memoSlots is the size of the table of answers.
const memoSlots = 4096

// maxMemoText bounds the text an answer is kept for, so the table holds at most
// memoSlots times this much text.
const maxMemoText = 2 << 10

// The methods whose answers are kept.
const (
	opMatch uint8 = iota + 1
	opIndex
	opSubmatchIndex
	opAllIndex
	opAllSubmatchIndex
)

// answer is one kept answer; never changed once stored.
type answer struct {
	re   *Regexp
	op   uint8
	n    int
	text string
	hash uint64
	ok   bool    // opMatch
	one  []int   // opIndex, opSubmatchIndex
	all  [][]int // opAllIndex, opAllSubmatchIndex
}

var (
	answers   [memoSlots]atomic.Pointer[answer]
	memoSeed  = maphash.MakeSeed()
	nextRegID atomic.Uint64
)

func memoHash(r *Regexp, op uint8, n int, s string) uint64 {
	h := maphash.String(memoSeed, s)
	return h ^ (r.id*0x9E3779B97F4A7C15 + uint64(op)*0xBF58476D1CE4E5B9 + uint64(n)*0x94D049BB133111EB)
}

// recall returns the kept answer of r's method op (with n) on s, or nil.
func (r *Regexp) recall(op uint8, n int, s string) (*answer, uint64) {
	if len(s) > maxMemoText {
		return nil, 0
	}
	h := memoHash(r, op, n, s)
	a := answers[h%memoSlots].Load()
	if a != nil && a.hash == h && a.re == r && a.op == op && a.n == n && a.text == s {
		return a, h
	}
	return nil, h
}

// keep stores an answer computed for s.
func keep(a *answer) {
	if len(a.text) > maxMemoText {
		return
	}
	answers[a.hash%memoSlots].Store(a)
}

func copyOne(m []int) []int {
	if m == nil {
		return nil
	}
	return append([]int(nil), m...)
}

func copyAll(ms [][]int) [][]int {
	if ms == nil {
		return nil
	}
	out := make([][]int, len(ms))
	for i, m := range ms {
		out[i] = copyOne(m)
	}
	return out
}

func (r *Regexp) memoMatch(s string) bool {
	a, h := r.recall(opMatch, 0, s)
	if a != nil {
		return a.ok
	}
	ok := r.Regexp.MatchString(s)
	keep(&answer{re: r, op: opMatch, text: s, hash: h, ok: ok})
	return ok
}

func (r *Regexp) memoOne(op uint8, s string, find func(string) []int) []int {
	a, h := r.recall(op, 0, s)
	if a != nil {
		return copyOne(a.one)
	}
	m := find(s)
	keep(&answer{re: r, op: op, text: s, hash: h, one: copyOne(m)})
	return m
}

func (r *Regexp) memoAll(op uint8, s string, n int, find func(string, int) [][]int) [][]int {
	a, h := r.recall(op, n, s)
	if a != nil {
		return copyAll(a.all)
	}
	ms := find(s, n)
	keep(&answer{re: r, op: op, n: n, text: s, hash: h, all: copyAll(ms)})
	return ms
}
