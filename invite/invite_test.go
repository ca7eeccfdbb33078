package invite

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

func sampleEvent() Event {
	return Event{UID: "0123abcd@example.org", Sequence: 2, Stamp: time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC),
		Start: time.Date(2026, 11, 5, 14, 0, 0, 0, mustLoc("America/Toronto")), Minutes: 45,
		Summary:     "Rencontre de mentorat avec Jean-François, bibliothécaire; une longue description qui dépasse la ligne",
		Description: "ligne 1\nligne 2",
		Organizer:   Person{Name: "Mentorship \"Committee\"", Email: "mentorship@example.org"},
		Attendees:   []Person{{Name: "Marcus Chen", Email: "marcus@example.test"}, {Name: "Aïcha Diallo", Email: "aicha@example.test"}}}
}

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// TestWriteReadsBack: the object is folded at 75 octets with CRLF, reads back
// with go-ical, and carries what RFC 5546 requires of a REQUEST and a CANCEL.
func TestWriteReadsBack(t *testing.T) {
	for _, method := range []string{MethodRequest, MethodCancel} {
		ics, err := Write(method, sampleEvent())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
			if len(l) > foldAt || strings.ContainsAny(l, "\r\n") {
				t.Errorf("%s: line of %d octets: %q", method, len(l), l)
			}
		}
		cal, err := ical.NewDecoder(strings.NewReader(ics)).Decode()
		if err != nil {
			t.Fatalf("%s: %v\n%s", method, err, ics)
		}
		if m, _ := cal.Props.Text(ical.PropMethod); m != method {
			t.Errorf("METHOD %q, want %s", m, method)
		}
		ev := cal.Events()[0]
		start, _ := ev.DateTimeStart(time.UTC)
		end, _ := ev.DateTimeEnd(time.UTC)
		if !start.Equal(time.Date(2026, 11, 5, 19, 0, 0, 0, time.UTC)) || end.Sub(start) != 45*time.Minute {
			t.Errorf("%s: %v to %v", method, start, end)
		}
		if s, _ := ev.Props.Text(ical.PropSummary); s != sampleEvent().Summary {
			t.Errorf("summary %q: folding or escaping lost characters", s)
		}
		if d, _ := ev.Props.Text(ical.PropDescription); d != "ligne 1\nligne 2" {
			t.Errorf("description %q", d)
		}
		for _, name := range []string{ical.PropUID, ical.PropDateTimeStamp, ical.PropSequence, ical.PropOrganizer} {
			if ev.Props.Get(name) == nil {
				t.Errorf("%s: no %s", method, name)
			}
		}
		if n := len(ev.Props.Values(ical.PropAttendee)); n != 2 {
			t.Errorf("%d attendees", n)
		}
		st, _ := ev.Props.Text(ical.PropStatus)
		if (method == MethodCancel) != (st == "CANCELLED") {
			t.Errorf("%s: STATUS %s", method, st)
		}
	}
	if _, err := Write(MethodReply, sampleEvent()); err == nil {
		t.Error("Write wrote a REPLY")
	}
}

// TestWriteAllDay: a plan without a time is a whole day, as a DATE.
func TestWriteAllDay(t *testing.T) {
	e := sampleEvent()
	e.AllDay = true
	ics, err := Write(MethodRequest, e)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ics, "DTSTART;VALUE=DATE:20261105\r\n") || !strings.Contains(ics, "DTEND;VALUE=DATE:20261106\r\n") {
		t.Errorf("all-day event:\n%s", ics)
	}
}

// TestReadReply reads the answers Gmail and Outlook send (METHOD:REPLY, one
// attendee with PARTSTAT), and refuses what is not one.
func TestReadReply(t *testing.T) {
	reply := "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n" +
		"BEGIN:VEVENT\r\nDTSTART:20261105T190000Z\r\nDTEND:20261105T194500Z\r\nDTSTAMP:20261030T120000Z\r\n" +
		"ORGANIZER;CN=Mentorship:mailto:mentorship@example.org\r\nUID:0123abcd@example.org\r\n" +
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus\r\n  Chen;X-NUM-GUESTS=0:mailto:Marcus@Example.test\r\n" +
		"SEQUENCE:1\r\nSTATUS:CONFIRMED\r\nSUMMARY:Mentorship meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	r, err := ReadReply([]byte(reply))
	if err != nil {
		t.Fatal(err)
	}
	if r.UID != "0123abcd@example.org" || r.Attendee != "marcus@example.test" || r.PartStat != Accepted || r.Sequence != 1 {
		t.Errorf("read %+v", r)
	}
	req, _ := Write(MethodRequest, sampleEvent())
	if _, err := ReadReply([]byte(req)); err != ErrNotReply {
		t.Errorf("a REQUEST read as a reply: %v", err)
	}
	if _, err := ReadReply(bytes.Repeat([]byte("x"), maxObject+1)); err == nil {
		t.Error("an object past the limit was read")
	}
}
