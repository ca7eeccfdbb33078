// Package rx is Go's regexp with a literal prefilter: before an expression runs,
// a cheap test on the text rules out most texts it cannot match.
//
// The parser runs a few hundred expressions, most of them long alternations of
// phrases from its word tables, over every line and clause of a reply, and most of
// those texts hold none of the words any one expression needs. From the
// expression's syntax tree, Compile derives which literal strings a match must
// contain (for `\b(?:stop|pause) (?:sending|emails)\b`: "stop " or "pause ", and
// "sending" or "emails"); the search methods return "no match" at once when the
// text lacks them, and otherwise run the expression as regexp does. The results
// are therefore always regexp's own: the prefilter only skips work whose answer
// is already known.
//
// The packages of the parser import rx under the name regexp, so an expression
// is written, and reads, as any other.
package rx

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// Regexp is a compiled expression with its prefilter. Every method of
// regexp.Regexp is available; the search methods on strings that the parser
// uses go through the prefilter.
type Regexp struct {
	*regexp.Regexp
	need *cond  // what a matching text contains; nil when nothing is known
	id   uint64 // tells expressions apart in the table of answers (memo.go)
	// twoPhase: a search for groups first finds the match, then its groups
	// (twophase.go).
	twoPhase bool
}

// Compile parses an expression as regexp.Compile does and derives its prefilter.
func Compile(expr string) (*Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	r := &Regexp{Regexp: re, id: nextRegID.Add(1)}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		r.need = required(tree).toCond()
		r.twoPhase = twoPhase(tree)
	}
	register(r)
	return r, nil
}

// MustCompile is Compile that panics on a bad expression, as regexp.MustCompile.
func MustCompile(expr string) *Regexp {
	r, err := Compile(expr)
	if err != nil {
		panic(`rx: Compile(` + quote(expr) + `): ` + err.Error())
	}
	return r
}

// QuoteMeta is regexp.QuoteMeta.
func QuoteMeta(s string) string { return regexp.QuoteMeta(s) }

func quote(s string) string {
	if strings.ContainsAny(s, "`\n") {
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	return "`" + s + "`"
}

// may reports whether s could match: false means it cannot.
func (r *Regexp) may(s string) bool {
	return r.need == nil || len(s) > maxSummarized || r.need.holds(summaryOf(s))
}

// MatchString is regexp's MatchString.
func (r *Regexp) MatchString(s string) bool {
	return r.may(s) && r.memoMatch(s)
}

// FindString is regexp's FindString.
func (r *Regexp) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

// FindStringIndex is regexp's FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.memoOne(opIndex, s, r.Regexp.FindStringIndex)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.memoOne(opSubmatchIndex, s, r.submatchIndex)
}

// FindAllString is regexp's FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.memoAll(opAllIndex, s, n, r.Regexp.FindAllStringIndex)
}

// FindAllStringSubmatch is regexp's FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.memoAll(opAllSubmatchIndex, s, n, r.allSubmatchIndex)
}

// ReplaceAllString is regexp's ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.may(src) {
		return src
	}
	return r.Regexp.ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString is regexp's ReplaceAllLiteralString.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	if !r.may(src) {
		return src
	}
	return r.Regexp.ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc is regexp's ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !r.may(src) {
		return src
	}
	return r.Regexp.ReplaceAllStringFunc(src, repl)
}

// Std returns the expression without its prefilter, for code that needs a
// *regexp.Regexp.
func (r *Regexp) Std() *regexp.Regexp { return r.Regexp }

// Prefilter says what r's prefilter asks of a text, for tests and for reading:
// "" when it asks nothing.
func (r *Regexp) Prefilter() string {
	if r.need == nil {
		return ""
	}
	return r.need.String()
}

// Passes reports whether s passes r's prefilter (a text that fails it cannot
// match), for tests.
func (r *Regexp) Passes(s string) bool { return r.may(s) }

// maxRegistered bounds how many expressions All keeps: the parser compiles a few
// hundred, all at start-up.
const maxRegistered = 4096

// compiled holds the expressions compiled, so that tests can check each
// prefilter against real texts.
var compiled struct {
	sync.Mutex
	all []*Regexp
}

func register(r *Regexp) {
	compiled.Lock()
	if len(compiled.all) < maxRegistered {
		compiled.all = append(compiled.all, r)
	}
	compiled.Unlock()
}

// All returns the expressions compiled so far by this package (the first
// maxRegistered), in order.
func All() []*Regexp {
	compiled.Lock()
	defer compiled.Unlock()
	return append([]*Regexp(nil), compiled.all...)
}
