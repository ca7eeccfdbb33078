package parser

import (
	"time"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// The day an out-of-office sender is back: the first date after a return cue
// ("until", "back on", "jusqu'au", "bis zum", words_*.go "returnCue") in the first
// lines of the answer. "Until the 14th" is taken as the 14th; "until the 14th
// inclusive" as the day after.

// returnHead bounds how much of an automatic answer is read for its return date.
const returnHead = 1500

var (
	returnCueRE = phrasesRe("returnCue", `\b(?:`, `)\s+`)
	// dottedDateRE is a European date, day first: 07.12.2026, 7.12.
	dottedDateRE   = regexp.MustCompile(`^(?:(?:le|the|dem|den|el|o|il)\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?`)
	inclusiveCueRE = regexp.MustCompile(`\b(?:en met|einschliesslich|inkl)\b`)
	inclusiveRE    = regexp.MustCompile(`^[^.\n]{0,30}\b(?:inclusive(?:ly)?|inclusivement|inclus|einschliesslich|inclusive)\b`)
)

// returnDate finds the return day in an automatic answer's text, or "".
func returnDate(text string, ref time.Time) Day {
	if len(text) > returnHead {
		text = text[:returnHead]
	}
	day := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	t := newText(text)
	for _, m := range returnCueRE.FindAllStringIndex(t.norm, 8) {
		rest := t.sub(m[1], min(len(t.norm), m[1]+60))
		back, ok := time.Time{}, false
		if d := dottedDateRE.FindStringSubmatch(rest.norm); d != nil {
			p := datePhrase{kind: kindMonthDay, day: atoi(d[1]), month: time.Month(atoi(d[2]))}
			p.setYear(d[3])
			if got, prob := p.place(day, dirFuture); prob == placeOK {
				back, ok = got, true
			}
		} else if ds := findDates(rest); len(ds) > 0 && ds[0].start < 12 {
			if got, prob := ds[0].place(day, dirFuture); prob == placeOK {
				back, ok = got, true
			}
		}
		if !ok {
			continue
		}
		if inclusiveRE.MatchString(rest.norm) || inclusiveCueRE.MatchString(t.norm[m[0]:m[1]]) {
			back = back.AddDate(0, 0, 1)
		}
		return DayOf(back)
	}
	return ""
}
