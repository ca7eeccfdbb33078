package rx

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a prefilter is derived (after RE2's prefilter, simplified).
//
// Each node of the syntax tree gets an info: either the exact set of strings it
// can match (for `(?:the )?meeting`: "the meeting" and "meeting"), while that set
// stays small, or a condition a text holding a match must meet: an AND and OR of
// literal strings it contains. Literals are held with ASCII capitals made small and
// tested against the text made small the same way, so an expression under (?i)
// and one without are treated alike. A rune whose case folds reach outside ASCII
// (the "k" of the Kelvin sign, the "s" of the long s), a malformed-input rune, and
// any class of more than a few runes give no literal: the prefilter then asks less,
// never something a match may lack.

// maxExact bounds an exact set; a larger one becomes a condition.
const maxExact = 16

// maxClass is the largest character class read as a set of literals.
const maxClass = 4

// info is what a node of the syntax tree tells about its matches.
type info struct {
	exact   []string // with isExact: every string the node matches, made small
	isExact bool
	match   *cond // without isExact: a condition of every match; nil asks nothing
}

// toCond returns the condition the info sets.
func (i info) toCond() *cond {
	if i.isExact {
		return orAtoms(i.exact)
	}
	return i.match
}

func exactly(s ...string) info { return info{exact: s, isExact: true} }

// anything is the info of a node about which nothing is known.
var anything = info{}

// required derives the info of a syntax tree.
func required(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactly("")
	case syntax.OpLiteral:
		return literal(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return class(re.Rune)
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpQuest:
		return optional(required(re.Sub[0]))
	case syntax.OpPlus:
		return info{match: required(re.Sub[0]).toCond()}
	case syntax.OpRepeat:
		switch {
		case re.Min == 0 && re.Max == 1:
			return optional(required(re.Sub[0]))
		case re.Min == 0:
			return anything
		}
		return info{match: required(re.Sub[0]).toCond()}
	case syntax.OpConcat:
		parts := make([]info, len(re.Sub))
		for i, sub := range re.Sub {
			parts[i] = required(sub)
		}
		return concat(parts)
	case syntax.OpAlternate:
		return alternate(re.Sub)
	}
	// OpAnyChar, OpAnyCharNotNL, OpStar, OpNoMatch and anything new.
	return anything
}

// optional is the info of x?: its set with the empty string.
func optional(x info) info {
	if !x.isExact || len(x.exact)+1 > maxExact {
		return anything
	}
	return exactly(union(x.exact, []string{""})...)
}

// safeRune reports whether r can stand in a literal of the prefilter, and returns
// it as the prefilter holds it.
func safeRune(r rune, fold bool) (rune, bool) {
	if r == utf8.RuneError || r < 0 || r > unicode.MaxRune {
		return 0, false
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				return 0, false
			}
		}
		if r >= utf8.RuneSelf {
			return 0, false
		}
	}
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r, true
}

// literal is the info of a run of literal runes.
func literal(runes []rune, fold bool) info {
	var parts []info
	var b strings.Builder
	for _, r := range runes {
		s, ok := safeRune(r, fold)
		if !ok {
			parts = append(parts, exactly(b.String()), anything)
			b.Reset()
			continue
		}
		b.WriteRune(s)
	}
	parts = append(parts, exactly(b.String()))
	return concat(parts)
}

// class is the info of a character class, given as ranges lo-hi.
func class(ranges []rune) info {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxClass {
			return anything
		}
	}
	if n == 0 {
		return anything
	}
	var set []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			s, ok := safeRune(r, false)
			if !ok {
				return anything
			}
			set = union(set, []string{string(s)})
		}
	}
	return exactly(set...)
}

// concat is the info of parts one after the other.
func concat(parts []info) info {
	cur := []string{""}
	var conds []*cond
	for _, p := range parts {
		if p.isExact && len(cur)*len(p.exact) <= maxExact {
			cur = cross(cur, p.exact)
			continue
		}
		conds = append(conds, orAtoms(cur))
		if p.isExact {
			cur = p.exact
		} else {
			conds = append(conds, p.match)
			cur = []string{""}
		}
	}
	if len(conds) == 0 {
		return exactly(cur...)
	}
	conds = append(conds, orAtoms(cur))
	return info{match: and(conds...)}
}

// alternate is the info of subs as alternatives.
func alternate(subs []*syntax.Regexp) info {
	infos := make([]info, len(subs))
	var set []string
	exact := true
	for i, sub := range subs {
		infos[i] = required(sub)
		if exact && infos[i].isExact && len(set)+len(infos[i].exact) <= maxExact {
			set = union(set, infos[i].exact)
		} else {
			exact = false
		}
	}
	if exact {
		return exactly(set...)
	}
	conds := make([]*cond, len(infos))
	for i, x := range infos {
		conds[i] = x.toCond()
	}
	return info{match: or(conds...)}
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = union(out, []string{x + y})
		}
	}
	return out
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// cond is a condition on a text (made small by lowerASCII): it contains atom, or
// all of subs hold (and), or one of them does (or). A nil *cond asks nothing.
type cond struct {
	op   condOp
	atom string
	subs []*cond
	// first, on an or of literals only: the pairs and bytes they start with, so
	// that a text with none of them is ruled out at once.
	first *starts
	// many, on an or of many literals and perhaps other conditions: the literals
	// (then not in subs), indexed.
	many *manyAtoms
}

type condOp uint8

const (
	opAtom condOp = iota
	opAnd
	opOr
)

// holds reports whether the text of sum meets c.
func (c *cond) holds(sum *summary) bool {
	switch c.op {
	case opAtom:
		return sum.has(c.atom)
	case opAnd:
		for _, sub := range c.subs {
			if !sub.holds(sum) {
				return false
			}
		}
		return true
	}
	if c.first != nil && !sum.mayHaveOne(c.first) {
		return false
	}
	if c.many != nil && sum.hasOne(c.many) {
		return true
	}
	for _, sub := range c.subs {
		if sub.holds(sum) {
			return true
		}
	}
	return false
}

// orAtoms is the condition "contains one of set"; nil when one of them is empty.
func orAtoms(set []string) *cond {
	conds := make([]*cond, len(set))
	for i, s := range set {
		if s == "" {
			return nil
		}
		conds[i] = &cond{op: opAtom, atom: s}
	}
	return or(conds...)
}

// or is the condition that one of conds holds: nil when one of them is nil. Of two
// literals one of which contains the other, the shorter is enough.
func or(conds ...*cond) *cond {
	var atoms []string
	var rest []*cond
	var flat func(cs []*cond) bool
	flat = func(cs []*cond) bool {
		for _, c := range cs {
			switch {
			case c == nil:
				return false
			case c.op == opOr:
				if c.many != nil {
					atoms = append(atoms, c.many.atoms()...)
				}
				if !flat(c.subs) {
					return false
				}
			case c.op == opAtom:
				atoms = append(atoms, c.atom)
			default:
				rest = append(rest, c)
			}
		}
		return true
	}
	if !flat(conds) {
		return nil
	}
	atoms = minimalAtoms(atoms)
	if many := indexAtoms(atoms); many != nil {
		return &cond{op: opOr, subs: rest, many: many}
	}
	out := make([]*cond, 0, len(atoms)+len(rest))
	for _, a := range atoms {
		out = append(out, &cond{op: opAtom, atom: a})
	}
	out = append(out, rest...)
	if len(out) == 0 {
		return nil
	}
	if len(out) == 1 {
		return out[0]
	}
	c := &cond{op: opOr, subs: out}
	if len(rest) == 0 {
		c.first = startsOf(atoms)
	}
	return c
}

// minimalAtoms drops the duplicates and every literal that contains another.
func minimalAtoms(atoms []string) []string {
	slices.SortFunc(atoms, func(a, b string) int { return len(a) - len(b) })
	var out []string
	for _, a := range atoms {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.Contains(a, o) }) {
			out = append(out, a)
		}
	}
	return out
}

// and is the condition that all of conds hold; nil ones ask nothing.
func and(conds ...*cond) *cond {
	var out []*cond
	var flat func(cs []*cond)
	flat = func(cs []*cond) {
		for _, c := range cs {
			switch {
			case c == nil:
			case c.op == opAnd:
				flat(c.subs)
			default:
				out = append(out, c)
			}
		}
	}
	flat(conds)
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return &cond{op: opAnd, subs: out}
}

// String writes c for reading: "a" & ("b" | "c").
func (c *cond) String() string {
	switch c.op {
	case opAtom:
		return `"` + c.atom + `"`
	}
	sep := " & "
	if c.op == opOr {
		sep = " | "
	}
	var parts []string
	if c.many != nil {
		for _, a := range c.many.atoms() {
			parts = append(parts, `"`+a+`"`)
		}
	}
	for _, sub := range c.subs {
		p := sub.String()
		if sub.op != opAtom {
			p = "(" + p + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, sep)
}
