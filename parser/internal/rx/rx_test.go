package rx

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestPrefilterAsks(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`\bmeeting\b`, `"meeting"`},
		{`(?:the )?meeting`, `"meeting"`},
		{`\b(?:stop|pause) (?:sending|emails)\b`, `"stop sending" | "stop emails" | "pause sending" | "pause emails"`},
		{`(?i)Goal`, `"goal"`},
		{`(?i)desk`, `"de"`},     // the "k" folds to the Kelvin sign
		{`(?i)stop`, `"top"`},    // the "s" folds to the long s
		{`a.*b`, `"a" & "b"`},    // anything between
		{`x*`, ``},               // matches the empty string
		{`(?:foo)?`, ``},         // so does this
		{`[a-z]+ing\b`, `"ing"`}, // a wide class asks nothing
		{`caf[eé]`, `"cafe" | "café"`},
		{"\ufffd", ``}, // matches a malformed byte
	} {
		got := MustCompile(c.expr).Prefilter()
		// The order of alternatives of an or is by length; compare as sets.
		if norm(got) != norm(c.want) {
			t.Errorf("%s: prefilter %s, want %s", c.expr, got, c.want)
		}
	}
}

func norm(s string) string {
	parts := strings.Split(s, " | ")
	slicesSort(parts)
	return strings.Join(parts, " | ")
}

func slicesSort(a []string) {
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[i] {
				a[i], a[j] = a[j], a[i]
			}
		}
	}
}

// TestSameAsRegexp runs random expressions over random texts: every method
// gives regexp's answer, and no text regexp matches fails the prefilter.
func TestSameAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{`a`, `b`, `ab`, `stop`, `Stop`, `k`, `s`, `é`, `\b`, `^`, `$`, ` `, `.`, `[ab]`, `[a-z]`, `[sS]`, `\d`, `(?i:ke)`, `(?i:S)`, "\ufffd"}
	ops := func(s string) string {
		switch rng.IntN(6) {
		case 0:
			return `(?:` + s + `)?`
		case 1:
			return `(?:` + s + `)+`
		case 2:
			return `(?:` + s + `)*`
		case 3:
			return `(?:` + s + `){1,2}`
		}
		return s
	}
	alphabet := []string{"a", "b", "s", "S", "t", "o", "p", "k", "K", "\u212a", "\u017f", "é", "É", " ", "\xff", "1", "T", "O", "P"}
	for range 1500 {
		var expr string
		for range 1 + rng.IntN(4) {
			e := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) == 0 {
				e += `|` + pieces[rng.IntN(len(pieces))]
			}
			expr += ops(`(?:` + e + `)`)
		}
		if rng.IntN(4) == 0 {
			expr = `(?i)` + expr
		}
		ours, std := MustCompile(expr), regexp.MustCompile(expr)
		for range 40 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			s := b.String()
			if std.MatchString(s) && !ours.Passes(s) {
				t.Fatalf("%q matches %q but fails its prefilter %s", expr, s, ours.Prefilter())
			}
			for range 2 { // the second time from the table of answers
				if ours.MatchString(s) != std.MatchString(s) ||
					!equal(ours.FindAllStringIndex(s, 2), std.FindAllStringIndex(s, 2)) ||
					!equal([][]int{ours.FindStringSubmatchIndex(s)}, [][]int{std.FindStringSubmatchIndex(s)}) {
					t.Fatalf("%q on %q: not regexp's answer", expr, s)
				}
			}
			if ours.MatchString(s) != std.MatchString(s) ||
				!equal(ours.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1)) ||
				ours.ReplaceAllString(s, "<$0>") != std.ReplaceAllString(s, "<$0>") {
				t.Fatalf("%q on %q: not regexp's answer", expr, s)
			}
		}
	}
}

func equal(a, b [][]int) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

// TestKeptAnswersAreCopies: an answer given again is regexp's, even after the
// caller changed the one it got, and equal texts at different addresses share it.
func TestKeptAnswersAreCopies(t *testing.T) {
	re := MustCompile(`\b(?:(stop)|(pause)) (?:sending|emails)\b`)
	text := "please stop sending and pause emails now"
	first := re.FindAllStringSubmatchIndex(text, -1)
	want := regexp.MustCompile(re.String()).FindAllStringSubmatchIndex(text, -1)
	if !equal(first, want) {
		t.Fatalf("first answer %v, want %v", first, want)
	}
	first[0][0], first[1] = 99, nil
	again := re.FindAllStringSubmatchIndex(strings.Clone(text), -1)
	if !equal(again, want) {
		t.Fatalf("answer given again %v, want %v", again, want)
	}
	one := re.FindStringSubmatchIndex(text)
	one[0] = 99
	if got := re.FindStringSubmatchIndex(text); got[0] != want[0][0] {
		t.Fatalf("answer given again starts at %d, want %d", got[0], want[0][0])
	}
	if !re.MatchString(text) || re.MatchString("stop it") {
		t.Fatal("MatchString is not regexp's answer")
	}
}

// TestTwoPhaseSameAsRegexp: a large expression with groups, searched in two steps,
// gives regexp's groups, after word bytes, at the ends of the text, everywhere.
func TestTwoPhaseSameAsRegexp(t *testing.T) {
	words := []string{"monday", "tuesday", "mardi", "yesterday", "hier", "last", "next", "week", "days", "ago",
		"the", "le", "on", "dernier", "prochain", "il y a", "jours", "demain", "today", "semaine", "x", "_"}
	var alts []string
	for i, w := range words {
		next := func(k int) string { return words[(i+k)%len(words)] }
		alts = append(alts, `(`+w+`)(?:\s+(\d{1,2}|`+next(1)+`|`+next(2)+`|`+next(3)+`|`+next(5)+`|`+next(7)+`))?`)
	}
	for _, expr := range []string{
		`\b(?:` + strings.Join(alts, "|") + `)\b`,
		`(?:` + strings.Join(alts, "|") + `)(?:\s+(ago|dernier))?`,
		`\B(?:` + strings.Join(alts, "|") + `)|(\d+)\s*(days|jours)\b`,
	} {
		ours, std := MustCompile(expr), regexp.MustCompile(expr)
		if !ours.twoPhase {
			t.Fatalf("%.60s... is not searched in two steps", expr)
		}
		rng := rand.New(rand.NewPCG(3, 4))
		pieces := append(append([]string{}, words...), " ", "  ", "12", "3", "a", "-", "é", "\xff", ",")
		for range 1000 {
			var b strings.Builder
			for range rng.IntN(10) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
				if rng.IntN(3) > 0 {
					b.WriteByte(' ')
				}
			}
			s := b.String()
			if got, want := ours.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1); !equal(got, want) {
				t.Fatalf("%q: FindAllStringSubmatchIndex %v, want %v", s, got, want)
			}
			if got, want := ours.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s); !equal([][]int{got}, [][]int{want}) {
				t.Fatalf("%q: FindStringSubmatchIndex %v, want %v", s, got, want)
			}
		}
	}
	if MustCompile(`^(?:` + strings.Join(alts, "|") + `)`).twoPhase {
		t.Error("an expression with ^ is searched in two steps")
	}
}
