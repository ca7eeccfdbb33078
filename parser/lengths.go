package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Lengths: "45 min", "an hour and a half", "1h30", "une demi-heure", "de 14h à 15h".

// maxMinutes is the longest meeting length taken at its word (a working day).
const maxMinutes = 8 * 60

// lengthFound is a meeting length written in the reply, or the reason it is not one.
type lengthFound struct {
	start, end int
	text       string
	minutes    int
	problem    string // a warning: a range, a length too long to be a meeting
}

const numWordsLen = `an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|une?|deux|trois|quatre|cinq|six|dix|quinze|vingt|trente|quarante|cinquante|soixante`

var (
	// clockRangeRe: "from 2 to 3 pm", "de 14h à 15h30", "between 10:00 and 11:15".
	clockRangeRe = regexp.MustCompile(`\b(?:de|from|between|entre)\s+(\d{1,2}|midi|noon)(?:\s*(h|:)\s*(\d{2})?)?\s*([ap]\.?m\.?)?\s*(?:a|to|-|et|and|until|jusqu'a)\s*(\d{1,2})(?:\s*(h|:)\s*(\d{2})?)?\s*([ap]\.?m\.?)?`)
	// lengthRangeRe: "30-45 min", "between 30 and 45 minutes", "1 à 2 heures".
	lengthRangeRe = regexp.MustCompile(`\b(?:(?:between|entre)\s+\d{1,3}(?:[.,]\d)?\s+(?:and|et)\s+|\d{1,3}(?:[.,]\d)?(?:-|\s+(?:to|or|ou|a)\s+))\d{1,3}(?:[.,]\d)?\s*(?:minutes?|mins?|mn|hours?|hrs?|heures?|h)\b`)
	// lengthRe: one length.
	lengthRe = regexp.MustCompile(`\b(?:` +
		// 1: ninety minutes as an hour and a half
		`((?:an?|one|1)\s+and\s+a\s+half\s+(?:hours?|hrs?)|(?:an?\s+|one\s+|1\s*)?(?:hour|hr)\s+and\s+a\s+half|(?:une|1)\s+heure\s+et\s+demie|1\s*h\s+et\s+demie)` +
		// 2: "une bonne heure", "a good hour": an hour, said warmly; 3: half an hour
		`|((?:une|a)\s+(?:bonne|good|full|petite)\s+(?:heure|hour))` +
		`|(half\s+an\s+hour|a\s+half[- ]hour|half[- ]hour|(?:une\s+)?demi[- ]heure)` +
		// 4: a quarter of an hour, 5: three quarters
		`|((?:a\s+)?quarter\s+of\s+an\s+hour|un\s+quart\s+d'heure)` +
		`|(three\s+quarters\s+of\s+an\s+hour|trois\s+quarts\s+d'heure)` +
		// 6-7: 1h30, 1 h 30
		`|(\d{1,2})\s*h\s*(\d{2})` +
		// 8-11: 1.5 hours, an hour, deux heures, 2 hours 15 minutes, une heure trente
		`|(\d{1,2}(?:[.,]\d{1,2})?|` + numWordsLen + `)\s*-?\s*(hours?|hrs?|heures?|h)\b(?:\s*(?:and\s+|et\s+)?(\d{1,2}|(?:` + numWordsLen + `)(?:[- ](?:five|cinq))?)\s*(?:minutes?|mins?|mn)\b|\s+(?:and\s+|et\s+)?(trente|quinze|quarante-cinq|vingt|15|30|45|fifteen|thirty|forty-five)(?:\s|$|[.,;!?)]))?` +
		// 12: 45 minutes, forty-five minutes, quarante-cinq minutes, 45-minute
		`|(\d{1,3}|(?:` + numWordsLen + `)(?:[- ](?:five|cinq))?)(?:-?ish)?\s*-?\s*(?:minutes?|mins?|mn)\b` +
		// 13: 45m
		`|(\d{1,3})m` +
		// 14: "une vingtaine de minutes", about twenty minutes
		`|(?:une\s+)?(dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)\s+de\s+(?:minutes?|mins?|mn)` +
		`)\b`)
	// clockBeforeRe: the word before a number that makes it a time of day ("at 2h", "à 14h").
	clockBeforeRe = regexp.MustCompile(`(?:^|\s)(?:a|at|vers|de|from|until|till|jusqu'a|des|avant|apres|before|after|by|depuis|since)\s*$`)
	// quarterAfterRe follows a number of hours: "et quart", "and a quarter", "et demie".
	quarterAfterRe = regexp.MustCompile(`^\s+(?:et|and)\s+(?:(quart|a\s+quarter)|(demie|a\s+half))\b`)
	// lengthNounBeforeRe: a meeting's noun before "de", which makes "1 h 30" its
	// length ("un appel de 1 h 30"), not a time of day ("de 14 h").
	lengthNounBeforeRe = regexp.MustCompile(`(?:^|\s)(?:appel|rencontre|reunion|discussion|conversation|session|seance|echange|entretien|jasette|call|meeting|chat)\s+(?:de|d'environ|of)\s*$`)
	// diffAfterRe follows hours that are a time difference: "a 4.5 hour difference",
	// "trois heures de décalage".
	diffAfterRe = regexp.MustCompile(`^\s*(?:time\s+)?(?:difference|differences|ahead|behind|de decalage|de difference|d'ecart)\b`)
	agoAfterRe  = regexp.MustCompile(`^\s*(?:ago|later|before|after|from now|plus tard|avant|apres)(?:$|[^\w-])`)
	inBeforeRe  = regexp.MustCompile(`(?:^|\s)(?:in|dans|within|every|each|per|chaque|toutes les|tous les)\s*$`)
	// particleInRe is "in" that belongs to the verb before it: "we squeezed in
	// 45 min", "fit in an hour": the length of what was done, not a delay.
	particleInRe = regexp.MustCompile(`(?:^|\s)(?:squeez\w*|fit|fitted|fits|got|get|put|sneak\w*|snuck|pencil\w*|cram\w*)\s+in\s*$`)
)

// unitAfterRe follows a number that counts something other than hours of the day.
var unitAfterRe = regexp.MustCompile(`^\s*(?:minutes?|mins?|hours?|hrs?|heures?|people|persons|personnes|times|fois|days?|jours?|weeks?|semaines?|%)`)

// bareHoursRange reports a range of hours written without "h", ":" or pm ("from 12 to
// 1"): read only after "from" or "de", between hours of a clock face, an hour or
// two apart, and not followed by a unit ("from 2 to 3 people").
func bareHoursRange(n string, m []int) bool {
	lead := n[m[0]:m[2]]
	if !strings.HasPrefix(lead, "from") && !strings.HasPrefix(lead, "de") {
		return false
	}
	a, b := atoi(n[m[2]:m[3]]), atoi(n[m[10]:m[11]])
	if a < 1 || a > 12 || b < 1 || b > 12 || unitAfterRe.MatchString(n[m[1]:]) {
		return false
	}
	d := b - a
	if d <= 0 {
		d += 12
	}
	return d <= 3
}

// findLengths returns the meeting lengths written in t, in order.
func findLengths(t text) []lengthFound {
	n := t.norm
	if cs := cuesOf(n); cs&cueLength == 0 && (cs&cueDigit == 0 || !strings.Contains(n, ":") && !strings.Contains(n, "from ")) {
		return nil // no unit, and no "10:00" or "from 12 to 1" for a range of times
	}
	taken := make([]bool, len(n)+1)
	free := func(i, j int) bool {
		for k := i; k < j; k++ {
			if taken[k] {
				return false
			}
		}
		return true
	}
	take := func(i, j int) {
		for k := i; k < j; k++ {
			taken[k] = true
		}
	}
	var out []lengthFound
	for _, m := range clockRangeRe.FindAllStringSubmatchIndex(n, -1) {
		g := func(i int) string { return group(n, m, i) }
		noon := g(1) == "midi" || g(1) == "noon"
		bare := g(2) == "" && g(4) == "" && g(6) == "" && g(8) == "" && !noon
		if bare && !bareHoursRange(n, m) {
			continue // "between 30 and 45": no clock here
		}
		h1 := g(1)
		if noon {
			h1 = "12"
		}
		from := clockMinutes(h1, g(3), g(4), g(8))
		to := clockMinutes(g(5), g(7), g(8), g(8))
		if (bare || noon) && to <= from && to < 12*60 {
			to += 12 * 60 // "from 12 to 1", "de midi à 13 h": the afternoon
		}
		if mins := to - from; mins > 0 && mins <= maxMinutes {
			out = append(out, lengthFound{start: m[0], end: m[1], text: t.span(m[0], m[1]), minutes: mins})
			take(m[0], m[1])
		}
	}
	for _, m := range lengthRangeRe.FindAllStringIndex(n, -1) {
		if free(m[0], m[1]) {
			s := t.span(m[0], m[1])
			out = append(out, lengthFound{start: m[0], end: m[1], text: s,
				problem: fmt.Sprintf("The length “%s” is a range; no length was recorded (write one number, like “45 min”).", s)})
			take(m[0], m[1])
		}
	}
	for _, m := range lengthRe.FindAllStringSubmatchIndex(n, -1) {
		if !free(m[0], m[1]) || agoAfterRe.MatchString(n[m[1]:]) || diffAfterRe.MatchString(n[m[1]:]) || inBeforeRe.MatchString(wordsBefore(n, m[0])) && !particleInRe.MatchString(wordsBefore(n, m[0])) {
			continue
		}
		mins, clock := lengthMinutes(func(i int) string { return group(n, m, i) })
		if clock && clockBeforeRe.MatchString(wordsBefore(n, m[0])) && !lengthNounBeforeRe.MatchString(wordsBefore(n, m[0])) || mins <= 0 {
			continue // "à 14h30", "at 2h"
		}
		end := m[1]
		if e := quarterAfterRe.FindStringSubmatchIndex(n[end:]); e != nil && (m[18] >= 0 && m[20] < 0 && m[22] < 0 || m[4] >= 0) {
			// "une heure et quart", "an hour and a quarter"
			if e[2] >= 0 {
				mins += 15
			} else {
				mins += 30
			}
			end += e[1]
		}
		l := lengthFound{start: m[0], end: end, text: t.span(m[0], end), minutes: mins}
		if mins > maxMinutes {
			if clock {
				continue // "14h": a time of day
			}
			l.problem = fmt.Sprintf("The length “%s” is longer than a meeting can be; it was not recorded.", l.text)
		}
		out = append(out, l)
	}
	// The three passes each found lengths in order; put them in order of place.
	slices.SortStableFunc(out, func(a, b lengthFound) int { return a.start - b.start })
	return out
}

// beforeWindow is how much of the text before a match wordsBefore keeps: more
// than the longest phrase clockBeforeRe and inBeforeRe look for ("toutes les").
const beforeWindow = 32

// wordsBefore returns the last words of s[:i], for the patterns anchored at the
// end of the text before a match, so that each match costs a bounded amount of
// work on however long a line. The white space before the match is kept, and
// the window starts at a white space, where "(?:^|\s)" reads as it does on the
// whole text.
func wordsBefore(s string, i int) string {
	t := strings.TrimRight(s[:i], " \t\n\f\r")
	if len(t) <= beforeWindow {
		return s[:i]
	}
	w := t[len(t)-beforeWindow:]
	sp := strings.IndexAny(w, " \t\n\f\r")
	if sp < 0 {
		return "" // one long word: no phrase ends there
	}
	return w[sp:] + s[len(t):i]
}

// lengthMinutes reads the groups of lengthRe. clock says the length is written like a
// time of day ("14h", "1h30") and may be one.
func lengthMinutes(g func(int) string) (mins int, clock bool) {
	switch {
	case g(1) != "":
		return 90, false
	case g(2) != "":
		return 60, false
	case g(3) != "":
		return 30, false
	case g(4) != "":
		return 15, false
	case g(5) != "":
		return 45, false
	case g(6) != "":
		return atoi(g(6))*60 + atoi(g(7)), true
	case g(8) != "":
		unit := g(9)
		word := !unicode.IsDigit(rune(g(8)[0]))
		if word && !strings.HasPrefix(unit, "hour") && !strings.HasPrefix(unit, "heure") && !strings.HasPrefix(unit, "hr") {
			return 0, false // "a h"
		}
		mins := int(amount(g(8))*60 + 0.5)
		switch {
		case g(10) != "":
			mins += int(amount(g(10)))
		case g(11) != "":
			mins += int(amount(g(11)))
		}
		return mins, unit == "h"
	case g(12) != "":
		return int(amount(g(12))), false
	case g(13) != "":
		return atoi(g(13)), false
	case g(14) != "":
		return approxMinutes[g(14)], false
	}
	return 0, false
}

// approxMinutes are the French round counts: "une vingtaine de minutes" is about 20.
var approxMinutes = map[string]int{"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
	"quarantaine": 40, "cinquantaine": 50, "soixantaine": 60}

// clockMinutes is a time of day in minutes since midnight; pm is the marker of the
// time itself or, failing that, of the range's end ("from 2 to 3 pm").
func clockMinutes(h, m, own, pm string) int {
	hour := atoi(h)
	marker := own
	if marker == "" {
		marker = pm
	}
	if strings.HasPrefix(marker, "p") && hour < 12 {
		hour += 12
	}
	return hour*60 + atoi(m)
}

// amount reads a number written in digits ("1.5", "1,5") or words ("forty-five", "une").
func amount(s string) float64 {
	if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64); err == nil {
		return f
	}
	total := 0
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' }) {
		switch part {
		case "a", "an", "un", "une", "one":
			total++
		default:
			total += numberWords[part]
		}
	}
	return float64(total)
}

// group returns group i of the match m in s, or "".
func group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}
