package parser

import (
	"strconv"
	"strings"
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Dates in replies, English and French. A date is first read as written (a
// datePhrase, here) and then placed on the calendar (dateplace.go) relative to the
// reference day, looking back (a meeting that happened) or forward (the next
// meeting, a pause). A date without a year is the nearest such date on the side
// looked at, within half a year: "Dec 30" written on January 2 is last year's;
// "Nov 25" written on November 20 as a past meeting is not a year old, it is a date
// in the future, and is refused.

// dateDir is the side of the reference day a date lies on.
type dateDir int

const (
	dirAny dateDir = iota
	dirPast
	dirFuture
)

// dateKind is the shape of a date as written.
type dateKind int

const (
	kindFull      dateKind = iota + 1 // year, month and day
	kindMonthDay                      // "Nov 20", "20 novembre"
	kindDay                           // "the 12th", "le 12"
	kindWeekday                       // "Tuesday", "last Tuesday", "mardi prochain"
	kindOffset                        // "yesterday", "3 days ago", "demain"
	kindVague                         // "last week", "cette semaine": no day
	kindMonth                         // "January": a month only
	kindAmbiguous                     // "5/11": May 11 or 5 November
)

// datePhrase is a date as written in the reply.
type datePhrase struct {
	start, end int    // byte offsets in the folded text
	text       string // as written
	kind       dateKind
	year       int
	month      time.Month
	day        int
	weekday    time.Weekday
	hasWeekday bool // a weekday was written along with the date: it must agree
	offset     int  // kindOffset: days from the reference day
	strict     bool // kindWeekday: "last"/"next", never the reference day itself
	dir        dateDir
	alt        [2]time.Month // kindAmbiguous: the month read as day/month, then as month/day
	altDay     [2]int        // kindAmbiguous: the day read as day/month, then as month/day
}

const (
	monthAlt   = `jan(?:uary|vier|v)?|feb(?:ruary)?|fev(?:rier|r)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|aout|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember|embre)?`
	wdFullAlt  = `monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`
	wdAnyAlt   = wdFullAlt + `|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim`
	numWordAlt = `\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze`
)

// The date expressions. They are three, each run only where the words of the text
// can start one of its dates (see cues in extract.go), which keeps a long reply fast:
// a clause without a digit, month, weekday or relative word is never searched.
// Within one expression the alternatives are tried in order at the leftmost place a
// date starts, so a longer form ("mardi 3 décembre") is listed before a shorter one.
var (
	// numericDateRe: 2026-11-20, 20/11, 11/20/2026.
	numericDateRe = regexp.MustCompile(`\b(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?)\b`)
	// monthDateRe: [weekday,] month day [year]; [weekday,] day month [year]; a month alone.
	monthDateRe = regexp.MustCompile(`\b(?:` +
		`(?:(` + wdAnyAlt + `)\.?,?\s+(?:the\s+|le\s+)?)?(` + monthAlt + `)\b\.?\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?` +
		`|(?:(` + wdAnyAlt + `)\.?,?\s+)?(?:(?:on\s+)?the\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|er|e)?(?:\s+of)?\s+(` + monthAlt + `)\b\.?(?:,?\s+(\d{4})\b)?` +
		`|(january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|avril|juin|juillet|aout|septembre|octobre|novembre|decembre)` +
		`)\b`)
	// relativeDateRe: named days, N days ago, weekdays, "the 12th", "le 12", weeks.
	relativeDateRe = regexp.MustCompile(`\b(?:` +
		`(the day before yesterday|day before yesterday|yesterday|yest|yday|y'day|last night|last nite|earlier today|today|tonight|this (?:morning|afternoon|evening|am|a\.m\.|pm|p\.m\.)|the day after tomorrow|day after tomorrow|tomorrow|avant-hier|avant hier|hier(?: soir| matin| apres-midi)?|aujourd'hui|ce matin|ce midi|cet apres-midi|ce soir|apres-demain|apres demain|demain)` +
		`|(` + numWordAlt + `)\s+(days?|weeks?)\s+ago(?:\s+today)?` +
		`|il y a\s+(` + numWordAlt + `)\s+(jours?|semaines?)` +
		`|(?:in|dans)\s+(` + numWordAlt + `)\s+(days?|weeks?|jours?|semaines?)` +
		`|(` + strings.Join(phrasesOf("vagueDate"), "|") + `|a few days ago|quelques jours|earlier this week|this past week|last week|this week|past week|last weekend|this weekend|over the weekend|next week|next month|last month|this month|cette semaine|la semaine derniere|la semaine passee|en debut de semaine|la semaine prochaine|ce week-end|ce weekend|la fin de semaine derniere|en fin de semaine|le mois dernier|le mois prochain|ce mois-ci)` +
		`|(?:(last|this past|past|next|this coming|coming|this|on|le|ce)\s+)?(` + wdFullAlt + `|tues?|weds?|thurs?|thu|fri)\.?(?:\s+(dernier|passe|prochain|qui vient|last|next))?` +
		`|(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)|(?:le|du)\s+(\d{1,2})(?:er|e)?` +
		`)\b`)
)

// findDates returns the dates written in t, in order.
func findDates(t text) []datePhrase {
	cs := cuesOf(t.norm)
	var out []datePhrase
	run := func(re *regexp.Regexp, read func(p *datePhrase, g func(int) string) bool) {
		for _, m := range re.FindAllStringSubmatchIndex(t.norm, -1) {
			g := func(i int) string { return group(t.norm, m, i) }
			p := datePhrase{start: m[0], end: m[1], text: t.span(m[0], m[1]), dir: dirAny}
			if !read(&p, g) {
				continue
			}
			if p.kind == kindDay && m[1] < len(t.norm) && strings.ContainsRune("h:%/0123456789", rune(t.norm[m[1]])) {
				continue // "le 12h": a time, not a date
			}
			out = append(out, p)
		}
	}
	if cs&cueDigit != 0 && strings.ContainsAny(t.norm, "/-") {
		run(numericDateRe, (*datePhrase).readNumericGroups)
	}
	if cs&cueMonth != 0 {
		run(monthDateRe, (*datePhrase).readMonthGroups)
	}
	if cs&cueRelative != 0 {
		run(relativeDateRe, (*datePhrase).readRelativeGroups)
	}
	// Keep the dates in order of place; where two overlap ("last Tuesday" and
	// "Tuesday, Nov 18" never do, but "le 3 décembre" and "le 3" would), keep the
	// longer, or the first when they are as long.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	kept := out[:0]
	for _, p := range out {
		if len(kept) > 0 && p.start < kept[len(kept)-1].end {
			if p.end-p.start > kept[len(kept)-1].end-kept[len(kept)-1].start {
				kept[len(kept)-1] = p
			}
			continue
		}
		if k := len(kept) - 1; k >= 0 && p.kind == kindDay && kept[k].kind == kindWeekday && kept[k].dir == dirAny &&
			strings.Trim(t.norm[kept[k].end:p.start], " ,") == "" {
			// "Tuesday the 12th", "mardi le 12": one day, whose weekday must agree.
			p.weekday, p.hasWeekday = kept[k].weekday, true
			p.start, p.text = kept[k].start, t.span(kept[k].start, p.end)
			kept[k] = p
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// readNumericGroups fills p from the groups of numericDateRe.
func (p *datePhrase) readNumericGroups(g func(int) string) bool {
	if g(1) != "" {
		p.kind, p.year, p.month, p.day = kindFull, atoi(g(1)), time.Month(atoi(g(2))), atoi(g(3))
		return true
	}
	return p.readNumeric(atoi(g(4)), atoi(g(5)), g(6))
}

// readMonthGroups fills p from the groups of monthDateRe.
func (p *datePhrase) readMonthGroups(g func(int) string) bool {
	switch {
	case g(2) != "":
		p.kind, p.month, p.day = kindMonthDay, monthOf(g(2)), atoi(g(3))
		p.setYear(g(4))
		p.setWeekday(g(1))
	case g(7) != "":
		p.kind, p.day, p.month = kindMonthDay, atoi(g(6)), monthOf(g(7))
		p.setYear(g(8))
		p.setWeekday(g(5))
	case g(9) != "":
		p.kind, p.month = kindMonth, monthOf(g(9))
	default:
		return false
	}
	return true
}

// readRelativeGroups fills p from the groups of relativeDateRe.
func (p *datePhrase) readRelativeGroups(g func(int) string) bool {
	switch {
	case g(1) != "":
		p.kind, p.offset = kindOffset, namedDayOffset(g(1))
	case g(2) != "":
		p.kind, p.offset = kindOffset, -countOf(g(2))*unitDays(g(3))
	case g(4) != "":
		p.kind, p.offset = kindOffset, -countOf(g(4))*unitDays(g(5))
	case g(6) != "":
		p.kind, p.offset = kindOffset, countOf(g(6))*unitDays(g(7))
	case g(8) != "":
		p.kind = kindVague
		switch s := g(8); {
		case strings.Contains(s, "next") || strings.Contains(s, "prochain"):
			p.dir = dirFuture
		case strings.Contains(s, "last") || strings.Contains(s, "dernier") || strings.Contains(s, "passe") || strings.Contains(s, "ago"):
			p.dir = dirPast
		}
	case g(10) != "":
		p.kind, p.weekday = kindWeekday, weekdayOf(g(10))
		switch mod := g(9) + " " + g(11); {
		case strings.Contains(mod, "next") || strings.Contains(mod, "coming") || strings.Contains(mod, "prochain") || strings.Contains(mod, "qui vient"):
			p.dir, p.strict = dirFuture, true
		case strings.Contains(mod, "last") || strings.Contains(mod, "past") || strings.Contains(mod, "dernier") || strings.Contains(mod, "passe"):
			p.dir, p.strict = dirPast, true
		}
	case g(12) != "" || g(13) != "":
		p.kind, p.day = kindDay, atoi(g(12)+g(13))
		if p.day < 1 || p.day > 31 {
			return false
		}
	default:
		return false
	}
	switch {
	case p.kind != kindOffset:
	case p.offset < 0:
		p.dir = dirPast
	case p.offset > 0:
		p.dir = dirFuture
	}
	return true
}

// readNumeric reads "20/11", "11/20" or "5/11" with an optional year.
func (p *datePhrase) readNumeric(a, b int, year string) bool {
	p.setYear(year)
	dm := b >= 1 && b <= 12 && a >= 1 && a <= 31 // day/month
	md := a >= 1 && a <= 12 && b >= 1 && b <= 31 // month/day
	switch {
	case dm && md && a != b:
		p.kind, p.alt, p.altDay = kindAmbiguous, [2]time.Month{time.Month(b), time.Month(a)}, [2]int{a, b}
		return true
	case dm:
		p.day, p.month = a, time.Month(b)
	case md:
		p.month, p.day = time.Month(a), b
	default:
		return false
	}
	p.kind = kindMonthDay
	if p.year != 0 {
		p.kind = kindFull
	}
	return true
}

func (p *datePhrase) setYear(s string) {
	if s == "" {
		return
	}
	p.year = atoi(s)
	if p.year < 100 {
		p.year += 2000
	}
	p.kind = kindFull
}

func (p *datePhrase) setWeekday(s string) {
	if s != "" {
		p.weekday, p.hasWeekday = weekdayOf(s), true
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// monthOf reads a folded month name or abbreviation, English or French.
func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	switch {
	case strings.HasPrefix(s, "jan"):
		return time.January
	case strings.HasPrefix(s, "fe"):
		return time.February
	case strings.HasPrefix(s, "mar"):
		return time.March
	case strings.HasPrefix(s, "ap"), strings.HasPrefix(s, "av"):
		return time.April
	case s == "may" || s == "mai":
		return time.May
	case s == "jun" || s == "june" || s == "juin":
		return time.June
	case strings.HasPrefix(s, "jul"), strings.HasPrefix(s, "juil"):
		return time.July
	case strings.HasPrefix(s, "au"), strings.HasPrefix(s, "ao"):
		return time.August
	case strings.HasPrefix(s, "sep"):
		return time.September
	case strings.HasPrefix(s, "oct"):
		return time.October
	case strings.HasPrefix(s, "nov"):
		return time.November
	case strings.HasPrefix(s, "dec"):
		return time.December
	}
	return 0
}

// weekdayOf reads a folded weekday name or abbreviation, English or French.
func weekdayOf(s string) time.Weekday {
	s = strings.TrimSuffix(s, ".")
	for _, w := range []struct {
		prefixes []string
		day      time.Weekday
	}{
		{[]string{"mon", "lun"}, time.Monday},
		{[]string{"tue", "mar"}, time.Tuesday},
		{[]string{"wed", "mer"}, time.Wednesday},
		{[]string{"thu", "jeu"}, time.Thursday},
		{[]string{"fri", "ven"}, time.Friday},
		{[]string{"sat", "sam"}, time.Saturday},
		{[]string{"sun", "dim"}, time.Sunday},
	} {
		for _, p := range w.prefixes {
			if strings.HasPrefix(s, p) {
				return w.day
			}
		}
	}
	return time.Sunday
}

// namedDayOffset is the offset of "yesterday", "avant-hier", "demain"... from today.
func namedDayOffset(s string) int {
	switch {
	case strings.Contains(s, "before yesterday"), strings.HasPrefix(s, "avant"):
		return -2
	case strings.Contains(s, "yesterday"), s == "last night", s == "last nite", strings.HasPrefix(s, "hier"), s == "yest", s == "yday", s == "y'day":
		return -1
	case strings.Contains(s, "after tomorrow"), strings.HasPrefix(s, "apres"):
		return 2
	case strings.Contains(s, "tomorrow"), s == "demain":
		return 1
	}
	return 0
}

func unitDays(s string) int {
	if strings.HasPrefix(s, "week") || strings.HasPrefix(s, "semaine") {
		return 7
	}
	return 1
}

// countOf reads a small count written in digits or words ("two", "trois", "a").
func countOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := numberWords[s]; ok {
		return n
	}
	switch s {
	case "a", "an", "a couple of":
		if s == "a couple of" {
			return 2
		}
		return 1
	}
	return 0
}

// numberWords are the number words of both languages, folded.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"quatre-vingt-dix": 90,
}
