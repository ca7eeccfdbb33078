package mailer

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"
	"time"
)

// TestCalendarAlternative: an invitation is a multipart/alternative of text,
// HTML and text/calendar with its method and charset (RFC 6047 section 2.4),
// the calendar part base64 and byte-for-byte the object; the same row makes the
// same bytes; a bad method refuses the row.
func TestCalendarAlternative(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n" +
		"BEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:Rencontre de mentorat avec Aïcha\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	o := Outgoing{ID: 3, From: "M <m@example.org>", To: "a@example.org", MessageID: "tok.meeting-invite@example.org",
		Subject: "Planned: meeting on November 5", Text: "Hi\n", HTML: "<p>Hi</p>", Calendar: ics, CalendarMethod: "REQUEST"}
	date := time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC)
	raw, err := Compose(o, date)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Compose(o, date)
	if !bytes.Equal(raw, again) {
		t.Error("the same row made two messages")
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type %q", m.Header.Get("Content-Type"))
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var types []string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, p.Header.Get("Content-Type"))
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/calendar") {
			if p.Header.Get("Content-Transfer-Encoding") != "base64" {
				t.Errorf("calendar part encoding %q", p.Header.Get("Content-Transfer-Encoding"))
			}
			body, _ := io.ReadAll(base64.NewDecoder(base64.StdEncoding, p))
			if string(body) != ics {
				t.Errorf("calendar part decodes to %q", body)
			}
		}
	}
	want := []string{"text/plain; charset=UTF-8", "text/html; charset=UTF-8", "text/calendar; method=REQUEST; charset=UTF-8"}
	if strings.Join(types, "|") != strings.Join(want, "|") {
		t.Errorf("parts %q, want %q", types, want)
	}
	for _, l := range strings.Split(string(raw), "\r\n") {
		if len(l) > 78 {
			t.Errorf("a line of %d octets: %q", len(l), l)
		}
	}
	o.CalendarMethod = "REQUEST\r\nBcc: x@evil.example"
	if _, err := Compose(o, date); err == nil {
		t.Error("a calendar method with a line break was written")
	}
}
