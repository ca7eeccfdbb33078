package parser

import (
	"testing"
	"time"
)

// day is a calendar day at midnight UTC, as extract keeps them.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestPlaceDates(t *testing.T) {
	fri := day(2026, 11, 20) // a Friday
	for _, c := range []struct {
		text string
		ref  time.Time
		want dateDir
		day  string // "" with prob
		prob placeProblem
	}{
		// Absolute, English and French.
		{"Nov 18", fri, dirPast, "2026-11-18", 0},
		{"November 18th", fri, dirPast, "2026-11-18", 0},
		{"18 novembre", fri, dirPast, "2026-11-18", 0},
		{"le 3 nov.", fri, dirPast, "2026-11-03", 0},
		{"le 1er novembre", fri, dirPast, "2026-11-01", 0},
		{"2026-11-20", fri, dirPast, "2026-11-20", 0},
		{"20/11", fri, dirPast, "2026-11-20", 0},
		{"11/20", fri, dirPast, "2026-11-20", 0},
		{"13/11/2026", fri, dirPast, "2026-11-13", 0},
		{"5/11", fri, dirPast, "", placeAmbiguous},
		{"Nov 25", fri, dirPast, "", placeWrongSide},         // not last year's: in the future
		{"2026-11-25", fri, dirPast, "", placeWrongSide},     // a year given: in the future
		{"Feb 30", fri, dirPast, "", placeInvalid},           // no such day
		{"Thursday, Nov 20", fri, dirPast, "", placeWeekday}, // Nov 20 is a Friday
		{"vendredi 20 novembre", fri, dirPast, "2026-11-20", 0},
		// Year ends: a date without a year is the nearest one on the side looked at.
		{"Dec 30", day(2027, 1, 2), dirPast, "2026-12-30", 0},
		{"30 décembre", day(2027, 1, 2), dirPast, "2026-12-30", 0},
		{"Jan 3", day(2026, 12, 28), dirFuture, "2027-01-03", 0},
		{"le 5 janvier", day(2026, 12, 28), dirFuture, "2027-01-05", 0},
		{"Dec 4", fri, dirFuture, "2026-12-04", 0},
		{"Nov 10", fri, dirFuture, "", placeWrongSide},
		// Relative to the reference day, across month and year ends.
		{"yesterday", day(2027, 1, 1), dirPast, "2026-12-31", 0},
		{"hier", day(2028, 3, 1), dirPast, "2028-02-29", 0},
		{"avant-hier", day(2027, 3, 1), dirPast, "2027-02-27", 0},
		{"the day before yesterday", day(2026, 12, 1), dirPast, "2026-11-29", 0},
		{"today", fri, dirPast, "2026-11-20", 0},
		{"aujourd'hui", fri, dirPast, "2026-11-20", 0},
		{"two days ago", day(2026, 12, 1), dirPast, "2026-11-29", 0},
		{"il y a 3 jours", day(2027, 1, 2), dirPast, "2026-12-30", 0},
		{"a week ago", fri, dirPast, "2026-11-13", 0},
		{"tomorrow", day(2026, 12, 31), dirFuture, "2027-01-01", 0},
		{"demain", fri, dirFuture, "2026-11-21", 0},
		{"in two weeks", fri, dirFuture, "2026-12-04", 0},
		{"dans deux semaines", fri, dirFuture, "2026-12-04", 0},
		// Weekdays: looking back the day itself counts unless "last"; forward it never does.
		{"last Tuesday", fri, dirPast, "2026-11-17", 0},
		{"mardi dernier", fri, dirPast, "2026-11-17", 0},
		{"on Friday", fri, dirPast, "2026-11-20", 0},
		{"last Friday", fri, dirPast, "2026-11-13", 0},
		{"vendredi passé", fri, dirPast, "2026-11-13", 0},
		{"Monday", day(2026, 12, 2), dirPast, "2026-11-30", 0},
		{"lundi", day(2027, 1, 1), dirPast, "2026-12-28", 0},
		{"next Thursday", fri, dirFuture, "2026-11-26", 0},
		{"jeudi prochain", fri, dirFuture, "2026-11-26", 0},
		{"Friday", fri, dirFuture, "2026-11-27", 0},
		{"next Tuesday", fri, dirPast, "", placeWrongSide},
		{"yesterday", fri, dirFuture, "", placeWrongSide},
		// Day of the month alone.
		{"the 3rd", fri, dirPast, "2026-11-03", 0},
		{"le 28", fri, dirPast, "2026-10-28", 0},
		{"le 12", fri, dirFuture, "2026-12-12", 0},
		{"le 2", day(2026, 12, 28), dirFuture, "2027-01-02", 0},
		// No particular day.
		{"last week", fri, dirPast, "", placeVague},
		{"cette semaine", fri, dirPast, "", placeVague},
		{"January", day(2026, 12, 10), dirFuture, "2027-01-01", 0},
	} {
		ds := findDates(newText(fold(c.text)))
		if len(ds) != 1 {
			t.Errorf("%q: found %d dates, want 1: %+v", c.text, len(ds), ds)
			continue
		}
		got, prob := ds[0].place(c.ref, c.want)
		if prob != c.prob || (prob == placeOK && got.Format(time.DateOnly) != c.day) {
			t.Errorf("%q on %s looking %v: got %s (problem %d), want %q (problem %d)",
				c.text, c.ref.Format(time.DateOnly), c.want, got.Format(time.DateOnly), prob, c.day, c.prob)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, s := range []string{
		"we may meet", "I sat down with her", "le 12h", "a few of us", "3 out of 5 topics",
		"the March for libraries", "1.5 hours",
	} {
		for _, d := range findDates(newText(fold(s))) {
			if d.kind != kindMonth { // "March" alone may be a month; it is never a meeting date
				t.Errorf("%q: found a date %q", s, d.text)
			}
		}
	}
}

func TestLengths(t *testing.T) {
	for _, c := range []struct {
		text    string
		minutes int // 0: none; -1: a warning
	}{
		{"45 min", 45}, {"45 minutes", 45}, {"a 45-minute call", 45}, {"90 min", 90}, {"45m", 45},
		{"an hour", 60}, {"1 hour", 60}, {"one hour", 60}, {"1.5 hours", 90}, {"1,5 heure", 90},
		{"an hour and a half", 90}, {"one and a half hours", 90}, {"half an hour", 30}, {"a half-hour", 30},
		{"1h30", 90}, {"1 h 30", 90}, {"2h", 120}, {"2 hours and 15 minutes", 135},
		{"forty-five minutes", 45}, {"une heure", 60}, {"une demi-heure", 30}, {"environ 30 minutes", 30},
		{"une heure et demie", 90}, {"une heure trente", 90}, {"quarante-cinq minutes", 45},
		{"deux heures", 120}, {"un quart d'heure", 15}, {"une bonne heure", 60},
		{"from 2 to 3 pm", 60}, {"de 14h à 15h30", 90}, {"between 10:00 and 11:15", 75},
		{"30-45 min", -1}, {"between 30 and 45 minutes", -1}, {"1 à 2 heures", -1}, {"12 hours", -1},
		{"à 14h", 0}, {"at 10h30", 0}, {"an hour ago", 0}, {"in an hour", 0}, {"every two hours", 0},
	} {
		ls := findLengths(newText(fold(c.text)))
		got := 0
		if len(ls) > 0 {
			got = ls[0].minutes
			if ls[0].problem != "" {
				got = -1
			}
		}
		if len(ls) > 1 || got != c.minutes {
			t.Errorf("%q: got %d (%+v), want %d", c.text, got, ls, c.minutes)
		}
	}
}
