package parser

import (
	"strings"
	"testing"
	"time"
)

func TestReadPlan(t *testing.T) {
	toronto, _ := time.LoadLocation("America/Toronto")
	at := time.Date(2026, 10, 29, 9, 0, 0, 0, toronto) // a Thursday
	for _, c := range []struct {
		text string
		want *Plan
	}{
		{"Next meeting Thursday at 2", &Plan{Date: "2026-11-05", Time: "14:00"}},
		{"on se revoit le 12 à 14 h", &Plan{Date: "2026-11-12", Time: "14:00"}},
		{"Next: 2026-12-10 14:00", &Plan{Date: "2026-12-10", Time: "14:00"}},
		{"Great chat today. Next call: Nov 10 at 3:30 p.m. by phone, 45 min", &Plan{Date: "2026-11-10", Time: "15:30", Minutes: 45, Mode: ModePhone}},
		{"Prochaine rencontre : mardi 3 novembre à 9 h 30, en visio", &Plan{Date: "2026-11-03", Time: "09:30", Mode: ModeVideo}},
		{"we have to cancel Thursday", &Plan{Date: "2026-11-05", Cancel: true}},
		{"Sorry, we have to cancel our next meeting.", &Plan{Cancel: true}},
		{"Can we move it to Friday at 10:30 instead?", &Plan{Date: "2026-10-30", Time: "10:30", Change: true}},
		{"see you next Tuesday at noon", &Plan{Date: "2026-11-03", Time: "12:00"}},
		{"We met yesterday for an hour.", nil},
		{"Next meeting: sometime in January", nil},
		{"> Next meeting Thursday at 2", nil},
	} {
		r, err := Parse([]byte(c.text), Options{TextBody: true, At: at, TZ: toronto})
		if err != nil {
			t.Fatal(err)
		}
		got := r.Planned
		switch {
		case c.want == nil && got != nil:
			t.Errorf("%q: planned %+v, want none", c.text, *got)
		case c.want != nil && got == nil:
			t.Errorf("%q: no plan, want %+v", c.text, *c.want)
		case c.want != nil && *got != *c.want:
			t.Errorf("%q: planned %+v, want %+v", c.text, *got, *c.want)
		}
	}
}

// TestCalendarReplyObject: an answer to an invitation is an automatic reply,
// and its iTIP object is handed to the program; an invitation (REQUEST) is not.
func TestCalendarReplyObject(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:u@x\r\n" +
		"ATTENDEE;PARTSTAT=DECLINED:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	mk := func(method string) []byte {
		return []byte("From: a@example.org\r\nTo: m@example.org\r\nSubject: Declined: Mentorship meeting\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nA has declined this invitation.\r\n" +
			"--b\r\nContent-Type: text/calendar; charset=UTF-8" + method + "\r\n\r\n" +
			strings.Replace(ics, "METHOD:REPLY", "METHOD:"+strings.TrimPrefix(method, "; method="), 1) + "--b--\r\n")
	}
	r, err := Parse(mk("; method=REPLY"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Class != ClassAutoReply || !strings.Contains(r.CalendarReply, "PARTSTAT=DECLINED") {
		t.Errorf("class %s, calendar reply %q", r.Class, r.CalendarReply)
	}
	r, err = Parse(mk("; method=REQUEST"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.CalendarReply != "" {
		t.Errorf("an invitation was read as an answer: %q", r.CalendarReply)
	}
}
