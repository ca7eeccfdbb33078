package parser

import (
	"testing"
	"time"
)

// TestReinterpret: the same reply read again in the sender's time zone moves a
// relative date, and replaces what was read before rather than adding to it.
func TestReinterpret(t *testing.T) {
	raw := []byte("From: a@example.org\r\nDate: Sat, 28 Nov 2026 02:00:00 +0000\r\nSubject: Re: check-in\r\n\r\n" +
		"We met yesterday for 45 minutes on Zoom.\r\n")
	r, err := Parse(raw, Options{TZ: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if r.Meeting == nil || r.Meeting.Date != "2026-11-27" {
		t.Fatalf("in UTC: meeting %+v, want 2026-11-27", r.Meeting)
	}
	van, err := time.LoadLocation("America/Vancouver")
	if err != nil {
		t.Fatal(err)
	}
	Reinterpret(r, Options{TZ: van})
	if r.Meeting == nil || r.Meeting.Date != "2026-11-26" || r.Meeting.Minutes != 45 {
		t.Errorf("in Vancouver (Nov 27, 18:00): meeting %+v, want 45 minutes on 2026-11-26", r.Meeting)
	}
	if len(r.Warnings) != 0 || r.Goals == nil || r.Commands == nil {
		t.Errorf("warnings %v, goals %v, commands %v: want none, as empty lists", r.Warnings, r.Goals, r.Commands)
	}
}
