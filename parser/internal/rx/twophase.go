package rx

import "regexp/syntax"

// Go's regexp runs an expression of more than a few hundred instructions on its
// NFA, whose cost grows with the number of groups it records for every thread.
// For such an expression with groups, the search methods find where each match
// lies first (recording no group), then read the groups of that one match alone.
//
// The second search starts at the match, on the text from there: it finds the same
// match with the same groups, as long as nothing in the expression depends on
// what lies before that point. Only a word boundary (\b, \B) at the start looks
// back, and it reads the same when the byte before is not a word byte (or there is
// none); a "^" reads differently, so an expression with one is not searched in two
// steps, nor is a match after a word byte. In any other case, or if the second
// search does not find the same match, the expression runs in one step as before;
// so does a text longer than maxSummarized, whose cost stays regexp's own.

// minTwoPhaseInst is the size of program from which regexp always uses its NFA.
const minTwoPhaseInst = 500

// minTwoPhaseGroups is the least number of groups worth a second search.
const minTwoPhaseGroups = 4

// twoPhase reports whether the expression re (parsed) is searched in two steps.
func twoPhase(re *syntax.Regexp) bool {
	if re.MaxCap() < minTwoPhaseGroups || looksBack(re) {
		return false
	}
	prog, err := syntax.Compile(re.Simplify())
	return err == nil && len(prog.Inst) > minTwoPhaseInst
}

// looksBack reports whether re holds a "^" (of the text or of a line).
func looksBack(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if looksBack(sub) {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// groupsAt returns the groups of the match s[a:b], found by a search from a; nil
// when that search cannot stand for the one in s.
func (r *Regexp) groupsAt(s string, a, b int) []int {
	if a > 0 && isWordByte(s[a-1]) {
		return nil
	}
	m := r.Regexp.FindStringSubmatchIndex(s[a:])
	if m == nil || m[0] != 0 || m[1] != b-a {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += a
		}
	}
	return m
}

// submatchIndex is regexp's FindStringSubmatchIndex, in two steps when r is.
func (r *Regexp) submatchIndex(s string) []int {
	if !r.twoPhase || len(s) > maxSummarized {
		return r.Regexp.FindStringSubmatchIndex(s)
	}
	span := r.Regexp.FindStringIndex(s)
	if span == nil {
		return nil
	}
	if m := r.groupsAt(s, span[0], span[1]); m != nil {
		return m
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

// allSubmatchIndex is regexp's FindAllStringSubmatchIndex, in two steps when r is.
func (r *Regexp) allSubmatchIndex(s string, n int) [][]int {
	if !r.twoPhase || len(s) > maxSummarized {
		return r.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	spans := r.Regexp.FindAllStringIndex(s, n)
	if spans == nil {
		return nil
	}
	out := make([][]int, len(spans))
	for i, span := range spans {
		if out[i] = r.groupsAt(s, span[0], span[1]); out[i] == nil {
			return r.Regexp.FindAllStringSubmatchIndex(s, n)
		}
	}
	return out
}
