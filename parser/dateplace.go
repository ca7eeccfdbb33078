package parser

import "time"

// Placing a date on the calendar: a datePhrase read from a reply (dates.go) becomes a
// day relative to the reference day, on the side the caller looks at.

// placeProblem says why a date could not be placed.
type placeProblem int

const (
	placeOK        placeProblem = iota
	placeInvalid                // no such day ("Feb 30")
	placeAmbiguous              // "5/11"
	placeVague                  // no particular day
	placeWrongSide              // a past date in the future, or the reverse
	placeWeekday                // "Thursday Nov 20" when Nov 20 is a Friday
)

// halfYear is how far from the reference day a date without a year may lie.
const halfYear = 183 * 24 * time.Hour

// place puts p on the calendar: ref is the reference day at midnight UTC, want the
// side to look on (dirPast or dirFuture).
func (p datePhrase) place(ref time.Time, want dateDir) (time.Time, placeProblem) {
	if p.dir != dirAny && p.dir != want {
		if p.kind == kindVague {
			return time.Time{}, placeVague
		}
		return time.Time{}, placeWrongSide
	}
	var d time.Time
	switch p.kind {
	case kindAmbiguous:
		// "11/12" written on November 13 about a past meeting: December 11 has not come
		// yet, so only November 12 can be meant. Both readings possible: ambiguous.
		a, probA := p.placeReading(ref, 0, want)
		b, probB := p.placeReading(ref, 1, want)
		switch {
		case probA == placeOK && probB == placeWrongSide:
			d = a
		case probB == placeOK && probA == placeWrongSide:
			d = b
		default:
			return time.Time{}, placeAmbiguous
		}
	case kindVague:
		return time.Time{}, placeVague
	case kindFull:
		var ok bool
		if d, ok = civil(p.year, p.month, p.day); !ok {
			return time.Time{}, placeInvalid
		}
		if (want == dirPast && d.After(ref)) || (want == dirFuture && d.Before(ref)) {
			return time.Time{}, placeWrongSide
		}
	case kindMonthDay:
		var prob placeProblem
		if d, prob = nearestMonthDay(ref, p.month, p.day, want); prob != placeOK {
			return time.Time{}, prob
		}
	case kindDay:
		var ok bool
		if d, ok = nearestDay(ref, p.day, want); !ok {
			return time.Time{}, placeInvalid
		}
	case kindWeekday:
		d = nearestWeekday(ref, p.weekday, want, p.strict)
	case kindOffset:
		d = ref.AddDate(0, 0, p.offset)
	case kindMonth:
		// "until February": the month's first day, for a pause; a meeting is never
		// given a day from a month alone (placeNext).
		if want != dirFuture {
			return time.Time{}, placeVague
		}
		d = time.Date(ref.Year(), p.month, 1, 0, 0, 0, 0, time.UTC)
		if !d.After(ref) {
			d = d.AddDate(1, 0, 0)
		}
	}
	if p.hasWeekday && d.Weekday() != p.weekday {
		return time.Time{}, placeWeekday
	}
	return d, placeOK
}

// placeReading places reading i of an ambiguous numeric date ("11/12") on the wanted
// side of ref.
func (p datePhrase) placeReading(ref time.Time, i int, want dateDir) (time.Time, placeProblem) {
	if p.year == 0 {
		return nearestMonthDay(ref, p.alt[i], p.altDay[i], want)
	}
	d, ok := civil(p.year, p.alt[i], p.altDay[i])
	switch {
	case !ok:
		return time.Time{}, placeInvalid
	case (want == dirPast && d.After(ref)) || (want == dirFuture && d.Before(ref)):
		return time.Time{}, placeWrongSide
	}
	return d, placeOK
}

// civil returns the day y-m-d at midnight UTC, and false when there is no such day.
func civil(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && t.Month() == m && t.Day() == d
}

// nearestMonthDay places a month and day without a year on the wanted side of ref,
// within half a year.
func nearestMonthDay(ref time.Time, m time.Month, day int, want dateDir) (time.Time, placeProblem) {
	step := -1
	if want == dirFuture {
		step = 1
	}
	onSide := func(d time.Time) bool {
		if want == dirFuture {
			return !d.Before(ref)
		}
		return !d.After(ref)
	}
	this, okThis := civil(ref.Year(), m, day)
	if okThis && onSide(this) {
		return this, placeOK
	}
	other, okOther := civil(ref.Year()+step, m, day)
	if okOther && onSide(other) && absDuration(other.Sub(ref)) <= halfYear {
		return other, placeOK
	}
	if !okThis && !okOther {
		return time.Time{}, placeInvalid
	}
	return time.Time{}, placeWrongSide
}

// nearestDay places a day of the month: this month's if it is on the wanted side,
// else the month before (or after).
func nearestDay(ref time.Time, day int, want dateDir) (time.Time, bool) {
	d, ok := civil(ref.Year(), ref.Month(), day)
	if ok && ((want == dirPast && !d.After(ref)) || (want == dirFuture && !d.Before(ref))) {
		return d, true
	}
	first := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	if want == dirFuture {
		first = first.AddDate(0, 1, 0)
	} else {
		first = first.AddDate(0, -1, 0)
	}
	return civil(first.Year(), first.Month(), day)
}

// nearestWeekday is the closest day named wd on the wanted side of ref. Looking back,
// the reference day itself counts unless strict ("last Tuesday"); looking forward it
// never does ("on se revoit jeudi" said on a Thursday means next week).
func nearestWeekday(ref time.Time, wd time.Weekday, want dateDir, strict bool) time.Time {
	if want == dirFuture {
		n := (int(wd) - int(ref.Weekday()) + 7) % 7
		if n == 0 {
			n = 7
		}
		return ref.AddDate(0, 0, n)
	}
	n := (int(ref.Weekday()) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return ref.AddDate(0, 0, -n)
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// place puts a date of the reply on the calendar like datePhrase.place, reading a
// numeric date the way the reply's language writes it: French puts the day first
// ("10/11" is 10 November), so only an English reply's "10/11" is ambiguous.
func (x *extractor) place(d datePhrase, want dateDir) (time.Time, placeProblem) {
	if d.kind == kindAmbiguous && x.lang == "fr" {
		d.kind, d.month, d.day = kindMonthDay, d.alt[0], d.altDay[0]
		if d.year != 0 {
			d.kind = kindFull
		}
	}
	return d.place(x.ref, want)
}
