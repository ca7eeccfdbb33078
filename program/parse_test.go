package program

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// TestRunawayParsesAreBounded: parses that overran their budget keep running
// (Go cannot stop them), but no more than MaxRunawayParses of them: past that a
// message is left for later, not parsed and not counted; once they end, parsing
// resumes.
func TestRunawayParsesAreBounded(t *testing.T) {
	f := newInboundFixture(t)
	release := make(chan struct{})
	f.p.opts.ParseBudget = 50 * time.Millisecond
	f.p.parseFn = func(raw []byte, o parser.Options) (*parser.Reply, error) {
		<-release // a parse that never ends by itself
		return parser.Parse(raw, o)
	}
	ctx := context.Background()
	handle := func(uid uint32) (mailer.Disposition, error) {
		raw := msg("amelie@example.org", "mentorship@example.org", "log", "We met by phone yesterday for 30 minutes.")
		return f.p.Handle(ctx, mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: uid, Raw: raw, Size: int64(len(raw))})
	}
	// The first MaxRunawayParses overrun, and are quarantined at once.
	for i := range MaxRunawayParses {
		if d, err := handle(uint32(10 + i)); err != nil || d != mailer.Quarantine {
			t.Fatalf("overrun %d: %v, %v; want quarantined", i, d, err)
		}
	}
	// All slots are held by runaways: the next message waits a budget, then is
	// left for later without a failure counted.
	if _, err := handle(20); !errors.Is(err, ErrParsersBusy) {
		t.Fatalf("with %d runaways: %v, want ErrParsersBusy", MaxRunawayParses, err)
	}
	if n := must(f.s.CountInboundFailures())(f.t); n != 0 {
		t.Errorf("%d failures counted while the parser was busy", n)
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{string(templates.KindCommitteeAlert)}}); n != MaxRunawayParses {
		t.Errorf("%d committee alerts, want one per quarantined message (%d)", n, MaxRunawayParses)
	}
	// The runaways end: parsing resumes (the busy message goes through once a
	// slot is free, within its wait of one budget).
	close(release)
	f.p.opts.ParseBudget = DefaultParseBudget // read by Handle's goroutine only
	if d, err := handle(20); err != nil || d != mailer.Processed {
		t.Fatalf("after the runaways ended: %v, %v; want processed", d, err)
	}
}

// TestSecondReadingWithinBudget: a reply is read with the sender's time zone
// and the prompt it answers, and that reading runs under the budget; over it,
// the message is quarantined as unreadable at once, nothing it says is
// applied, and the committee is told once. (Before a reply was read once, this
// was its second reading.)
func TestSecondReadingWithinBudget(t *testing.T) {
	f := newInboundFixture(t)
	release := make(chan struct{})
	defer close(release)
	f.p.opts.ParseBudget = 100 * time.Millisecond
	f.p.parseFn = func(raw []byte, o parser.Options) (*parser.Reply, error) {
		if o.Prompt == parser.PromptCheckin {
			<-release
		}
		return parser.Parse(raw, o)
	}
	raw := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", "We met by video yesterday for an hour.")
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 70, Raw: raw, Size: int64(len(raw))}
	if disp, err := f.p.Handle(context.Background(), d); err != nil || disp != mailer.Quarantine {
		t.Fatalf("a reading over the budget: %v, %v; want quarantined", disp, err)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 0 {
		t.Errorf("%d meetings logged from a message quarantined as unreadable", n)
	}
	if n := f.countInbound(store.InboundQuery{Outcome: store.InboundQuarantined, ReasonPrefix: "unreadable"}); n != 1 {
		t.Errorf("%d messages quarantined as unreadable, want 1", n)
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{string(templates.KindCommitteeAlert)}}); n != 1 {
		t.Errorf("%d committee alerts, want 1", n)
	}
}

// TestPastParserLimitsQuarantinedAtOnce: a message the parser refuses as past
// its limits (parser.ErrUnreadable) is quarantined at its first try, without a
// failure counted, and the committee is told once however often it is read.
func TestPastParserLimitsQuarantinedAtOnce(t *testing.T) {
	f := newInboundFixture(t)
	f.p.parseFn = func([]byte, parser.Options) (*parser.Reply, error) {
		return nil, fmt.Errorf("parser: 41 nested parts: %w", parser.ErrUnreadable)
	}
	raw := msg("amelie@example.org", "mentorship@example.org", "nested", "We met yesterday.")
	for uid := range uint32(2) { // read twice: a crash before the move
		d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 80 + uid, Raw: raw, Size: int64(len(raw))}
		if disp, err := f.p.Handle(context.Background(), d); err != nil || disp != mailer.Quarantine {
			t.Fatalf("read %d: %v, %v; want quarantined", uid+1, disp, err)
		}
	}
	if n := must(f.s.CountInboundFailures())(f.t); n != 0 {
		t.Errorf("%d failures counted", n)
	}
	if n := f.countOutbox(store.OutboxQuery{Kinds: []string{string(templates.KindCommitteeAlert)}}); n != 1 {
		t.Errorf("%d committee alerts, want 1", n)
	}
}
