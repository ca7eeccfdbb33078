package mailer

import (
	"bytes"
	"testing"
	"time"
)

// TestResentCopyIsTheSameBytes: a message sent, then sent again because the
// sender died before marking it (the next attempt comes seconds or minutes
// later, from another instance), is the same bytes: its Date is when it was
// ready, not when each attempt ran. Mail that waited past maxDateAge, or with
// no known ready time, is dated when sent.
func TestResentCopyIsTheSameBytes(t *testing.T) {
	ready := time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)
	o := Outgoing{ID: 7, From: "Program <program@example.org>", To: "ana@example.net", MessageID: "tok.receipt-meeting@example.org",
		Subject: "Re: our meeting", Text: "Logged: 45 min.\n", HTML: "<p>Logged: 45 min.</p>", Ready: ready}
	first, _, err := buildMessage(o, messageDate(o.Ready, ready.Add(2*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := buildMessage(o, messageDate(o.Ready, ready.Add(40*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again) {
		t.Errorf("the copy sent again differs from the first:\n%s\n---\n%s", first, again)
	}
	if !bytes.Contains(first, []byte("Date: Thu, 03 Dec 2026 15:00:00 +0000\r\n")) {
		t.Errorf("the Date is not the ready time:\n%s", first)
	}
	now := ready.Add(3 * time.Hour)
	for _, c := range []struct {
		name  string
		ready time.Time
	}{{"unknown", time.Time{}}, {"too old", ready}, {"in the future", now.Add(time.Minute)}} {
		if got := messageDate(c.ready, now); !got.Equal(now) {
			t.Errorf("%s ready time: dated %v, want the time of sending %v", c.name, got, now)
		}
	}
	if got := messageDate(now.Add(-59*time.Minute), now); !got.Equal(now.Add(-59 * time.Minute)) {
		t.Errorf("ready 59 minutes ago: dated %v, want the ready time", got)
	}
}
