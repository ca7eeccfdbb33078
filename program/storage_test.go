package program

import (
	"context"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
)

// TestDiskFullIsNotAMessageFailure: a message that cannot be committed because
// the disk is full is left for later, and the failure is not counted as one of
// its three tries; once there is room it is applied.
func TestDiskFullIsNotAMessageFailure(t *testing.T) {
	storetest.SkipPostgres(t, "a full SQLite file (max_page_count)")
	f := newInboundFixture(t)
	ctx := context.Background()
	makeRoom := must(f.s.FillFile())(t) // full: no page more

	raw := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met by video yesterday for an hour.\n\n"+strings.Repeat("Notes that take room on the disk.\n", 100))
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 50, Raw: raw, Size: int64(len(raw))}
	for range 3 {
		if _, err := f.p.Handle(ctx, d); err == nil {
			t.Fatal("a message was committed to a full disk: the test does not fill it")
		} else if !store.IsStorage(err) {
			t.Fatalf("disk full: %v, not classified as a storage error", err)
		}
	}
	if n, err := f.s.FailureCount(ctx, inboundKey(d)); err != nil || n != 0 {
		t.Errorf("a full disk counted %d failures against the message (%v), want 0", n, err)
	}
	in := f.countInbound(store.InboundQuery{Outcome: store.InboundQuarantined})
	if in != 0 {
		t.Errorf("the message was quarantined because the disk was full")
	}

	mustDo(t, makeRoom()) // room again
	if disp, err := f.p.Handle(ctx, d); err != nil || disp != mailer.Processed {
		t.Fatalf("after room was made: %v, %v; want processed", disp, err)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}
}

// TestBounceAttributionReturnsDatabaseErrors: a bounce whose address cannot be
// looked up because the database fails is not recorded as "a bounce for an
// unknown address": the error is returned and the message tried again.
func TestBounceAttributionReturnsDatabaseErrors(t *testing.T) {
	f := newInboundFixture(t)
	raw := []byte("From: MAILER-DAEMON@mx.example.org\r\nTo: mentorship@example.org\r\nSubject: Undelivered Mail\r\n" +
		"Message-ID: <dberr@mx.example.org>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; grace.other@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n")
	// The alternate addresses' table goes missing: looking an address up fails
	// with an error that is not "not found".
	mustDo(t, f.s.RemoveTable("addresses"))
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 60, Raw: raw, Size: int64(len(raw))}
	if disp, err := f.p.Handle(context.Background(), d); err == nil {
		t.Errorf("a bounce whose address could not be looked up was handled (%v)", disp)
	}
	if n := f.countInbound(store.InboundQuery{Reason: "bounce for an unknown address"}); n != 0 {
		t.Errorf("a database error was recorded as a bounce for an unknown address")
	}
}
