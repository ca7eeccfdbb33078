package program

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// TestDiskFullIsNotAMessageFailure: a message that cannot be committed because
// the disk is full is left for later, and the failure is not counted as one of
// its three tries; once there is room it is applied.
func TestDiskFullIsNotAMessageFailure(t *testing.T) {
	f := newInboundFixture(t)
	ctx := context.Background()
	sqlDB, err := f.s.DB().DB()
	mustDo(t, err)
	sqlDB.SetMaxOpenConns(1) // the page limit below is a connection's setting
	var pages int
	mustDo(t, f.s.DB().Raw("PRAGMA page_count").Scan(&pages).Error)
	mustDo(t, f.s.DB().Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)).Error) // full: no page more

	raw := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met by video yesterday for an hour.\n\n"+strings.Repeat("Notes that take room on the disk. ", 2000))
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
	var in int64
	f.s.DB().Model(&store.Inbound{}).Where("outcome = ?", store.InboundQuarantined).Count(&in)
	if in != 0 {
		t.Errorf("the message was quarantined because the disk was full")
	}

	mustDo(t, f.s.DB().Exec("PRAGMA max_page_count = 1073741823").Error) // room again
	if disp, err := f.p.Handle(ctx, d); err != nil || disp != mailer.Processed {
		t.Fatalf("after room was made: %v, %v; want processed", disp, err)
	}
	if n := f.count(&store.Meeting{}, "1=1"); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}
}
