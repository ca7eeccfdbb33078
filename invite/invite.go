// Package invite writes the calendar invitations of planned meetings and reads
// the answers calendar clients send back (iCalendar, RFC 5545; iTIP, RFC 5546),
// with github.com/emersion/go-ical.
package invite

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"
)

// The iTIP methods this package writes and reads (RFC 5546 section 1.4).
const (
	MethodRequest = "REQUEST"
	MethodCancel  = "CANCEL"
	MethodReply   = "REPLY"
)

// The participation states an answer carries (RFC 5545 section 3.2.12).
const (
	Accepted  = "ACCEPTED"
	Declined  = "DECLINED"
	Tentative = "TENTATIVE"
)

// productID names the program in every object it writes (RFC 5545 section 3.7.3).
const productID = "-//mentormail//mentormail//EN"

// foldAt is the longest line, in octets, of an object written here (RFC 5545
// section 3.1): go-ical writes each property on one line, so Write folds them.
const foldAt = 75

// Person is an organizer or an attendee.
type Person struct {
	Name  string
	Email string
}

// Event is one planned meeting as one recipient's invitation shows it.
type Event struct {
	// UID names the meeting in every invitation and answer; Sequence counts its
	// changes: an update carries a higher one (RFC 5545 section 3.8.7.4).
	UID      string
	Sequence int
	// Stamp is when this invitation was made (DTSTAMP).
	Stamp time.Time
	// Start is the meeting's instant; it is written in UTC, which every
	// calendar shows in its reader's own zone. With AllDay, only Start's date in
	// its own location counts.
	Start   time.Time
	AllDay  bool
	Minutes int // the length; 0 is written as an hour
	// Summary and Description are in the recipient's language.
	Summary     string
	Description string
	Organizer   Person
	Attendees   []Person
}

// DefaultMinutes is the length of a meeting planned without one.
const DefaultMinutes = 60

// Write returns the iCalendar object of an invitation (MethodRequest) or of its
// cancellation (MethodCancel), CRLF line ends, lines folded at 75 octets.
func Write(method string, e Event) (string, error) {
	if method != MethodRequest && method != MethodCancel {
		return "", fmt.Errorf("invite: method %q is not written here", method)
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, productID)
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	cal.Props.SetText(ical.PropMethod, method)

	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, e.UID)
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = fmt.Sprint(e.Sequence)
	ev.Props.Set(seq)
	ev.Props.SetDateTime(ical.PropDateTimeStamp, e.Stamp.UTC())
	if e.AllDay {
		day := time.Date(e.Start.Year(), e.Start.Month(), e.Start.Day(), 0, 0, 0, 0, time.UTC)
		ev.Props.SetDate(ical.PropDateTimeStart, day)
		ev.Props.SetDate(ical.PropDateTimeEnd, day.AddDate(0, 0, 1))
	} else {
		mins := e.Minutes
		if mins <= 0 {
			mins = DefaultMinutes
		}
		ev.Props.SetDateTime(ical.PropDateTimeStart, e.Start.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, e.Start.UTC().Add(time.Duration(mins)*time.Minute))
	}
	ev.Props.SetText(ical.PropSummary, e.Summary)
	if e.Description != "" {
		ev.Props.SetText(ical.PropDescription, e.Description)
	}
	org := ical.NewProp(ical.PropOrganizer)
	org.Value = "mailto:" + e.Organizer.Email
	if e.Organizer.Name != "" {
		org.Params.Set(ical.ParamCommonName, paramText(e.Organizer.Name))
	}
	ev.Props.Set(org)
	for _, a := range e.Attendees {
		p := ical.NewProp(ical.PropAttendee)
		p.Value = "mailto:" + a.Email
		if a.Name != "" {
			p.Params.Set(ical.ParamCommonName, paramText(a.Name))
		}
		p.Params.Set(ical.ParamRole, "REQ-PARTICIPANT")
		p.Params.Set(ical.ParamParticipationStatus, "NEEDS-ACTION")
		p.Params.Set(ical.ParamRSVP, "TRUE")
		ev.Props.Add(p)
	}
	ev.Props.SetText(ical.PropTransparency, "OPAQUE")
	if method == MethodCancel {
		ev.SetStatus(ical.EventCancelled)
	} else {
		ev.SetStatus(ical.EventConfirmed)
	}
	cal.Children = append(cal.Children, ev.Component)

	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(cal); err != nil {
		return "", fmt.Errorf("invite: %w", err)
	}
	return fold(b.String()), nil
}

// paramText makes a name safe as a parameter value: no double quote, no line
// break (RFC 5545 section 3.1, param-value).
func paramText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '"' || r < 0x20 || r == 0x7f {
			return '\''
		}
		return r
	}, s)
}

// fold folds each CRLF-ended line longer than foldAt octets with CRLF and a
// space, never inside a character (RFC 5545 section 3.1).
func fold(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		limit := foldAt
		for len(line) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			b.WriteString(line[:cut])
			b.WriteString("\r\n ")
			line = line[cut:]
			limit = foldAt - 1 // the leading space counts
		}
		b.WriteString(line)
		b.WriteString("\r\n")
	}
	return b.String()
}

// Reply is an attendee's answer to an invitation (METHOD:REPLY).
type Reply struct {
	UID      string
	Sequence int
	// Attendee is the answering address, lower case, without "mailto:".
	Attendee string
	// PartStat is Accepted, Declined, Tentative, or another state as written.
	PartStat string
}

// maxObject is the largest iCalendar object ReadReply reads.
const maxObject = 64 << 10

// ErrNotReply is returned for an object that is not an answer to an invitation.
var ErrNotReply = errors.New("invite: not an iTIP reply")

// ReadReply reads an iTIP answer: a calendar with METHOD:REPLY and one event
// with a UID and one attendee with a participation state.
func ReadReply(ics []byte) (*Reply, error) {
	if len(ics) > maxObject {
		return nil, fmt.Errorf("invite: %d bytes is over the limit of %d", len(ics), maxObject)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(ics)).Decode()
	if err != nil {
		return nil, fmt.Errorf("invite: %w", err)
	}
	if m, _ := cal.Props.Text(ical.PropMethod); !strings.EqualFold(m, MethodReply) {
		return nil, ErrNotReply
	}
	evs := cal.Events()
	if len(evs) == 0 {
		return nil, ErrNotReply
	}
	ev := evs[0]
	r := &Reply{}
	if r.UID, _ = ev.Props.Text(ical.PropUID); r.UID == "" {
		return nil, ErrNotReply
	}
	if p := ev.Props.Get(ical.PropSequence); p != nil {
		r.Sequence, _ = p.Int()
	}
	for _, a := range ev.Props.Values(ical.PropAttendee) {
		st := strings.ToUpper(a.Params.Get(ical.ParamParticipationStatus))
		if st == "" {
			continue
		}
		addr := a.Value
		if i := strings.IndexByte(addr, ':'); i >= 0 && strings.EqualFold(addr[:i], "mailto") {
			addr = addr[i+1:]
		}
		r.Attendee, r.PartStat = strings.ToLower(strings.TrimSpace(addr)), st
		return r, nil
	}
	return nil, ErrNotReply
}
