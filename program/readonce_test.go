package program

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
)

// readings records the parses and second readings of the program's messages.
type readings struct {
	mu      sync.Mutex
	parses  []parser.Options
	rereads []parser.Options
}

func (rd *readings) hook(p *Program) {
	p.parseFn = func(raw []byte, o parser.Options) (*parser.Reply, error) {
		rd.mu.Lock()
		rd.parses = append(rd.parses, o)
		rd.mu.Unlock()
		return parser.Parse(raw, o)
	}
	p.reinterpretFn = func(r *parser.Reply, o parser.Options) {
		rd.mu.Lock()
		rd.rereads = append(rd.rereads, o)
		rd.mu.Unlock()
		parser.Reinterpret(r, o)
	}
}

// TestReplyReadOnce: a reply to a check-in is parsed once, with the writer's
// time zone and the check-in's prompt, and not read a second time; the
// meeting it logs is applied once, and a second delivery of the same message
// is recognised before it is parsed.
func TestReplyReadOnce(t *testing.T) {
	f := newInboundFixture(t)
	var rd readings
	rd.hook(f.p)
	raw := msg("Amélie Nguyen <Amelie@Example.org>", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in",
		"We met by video yesterday for an hour.")
	if d := f.deliver(raw); d != mailer.Processed {
		t.Fatalf("disposition %v, want processed", d)
	}
	if len(rd.parses) != 1 || len(rd.rereads) != 0 {
		t.Fatalf("%d parses and %d second readings, want one parse", len(rd.parses), len(rd.rereads))
	}
	if o := rd.parses[0]; o.TZ.String() != amelie.tz || o.Prompt != parser.PromptCheckin {
		t.Errorf("parsed in %v with prompt %q, want %s and %q", o.TZ, o.Prompt, amelie.tz, parser.PromptCheckin)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("%d meetings, want 1", n)
	}
	in := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	if ci := f.row("checkin:p1:c1:mentee"); in.OutboxID == nil || *in.OutboxID != ci.ID {
		t.Errorf("the reply is linked to outbox %v, want the check-in %d", in.OutboxID, ci.ID)
	}
	f.deliver(raw) // read again after a crash before the move
	if len(rd.parses) != 1 || f.countMeetings(store.MeetingQuery{}) != 1 {
		t.Errorf("a message applied before was parsed again (%d parses) or applied again", len(rd.parses))
	}
}

// TestFreeMessageReadInWritersZone: a message without a token from a known
// address is read once, in the writer's time zone and with no prompt; one
// from an unknown address is read in the program's zone and quarantined.
func TestFreeMessageReadInWritersZone(t *testing.T) {
	f := newInboundFixture(t)
	var rd readings
	rd.hook(f.p)
	f.deliver(msg("grace@example.org", "mentorship@example.org", "log", "We met by phone yesterday for 30 minutes."))
	if len(rd.parses) != 1 || len(rd.rereads) != 0 {
		t.Fatalf("%d parses and %d second readings, want one parse", len(rd.parses), len(rd.rereads))
	}
	if o := rd.parses[0]; o.TZ.String() != grace.tz || o.Prompt != parser.PromptNone {
		t.Errorf("parsed in %v with prompt %q, want %s and none", o.TZ, o.Prompt, grace.tz)
	}
	if d := f.deliver(msg("stranger@example.net", "mentorship@example.org", "hello", "We met yesterday.")); d != mailer.Quarantine {
		t.Errorf("an unknown sender's message: %v, want quarantined", d)
	}
	if o := rd.parses[1]; len(rd.parses) != 2 || o.TZ.String() != f.p.opts.Location.String() || o.Prompt != parser.PromptNone {
		t.Errorf("an unknown sender's message parsed %d times, in %v with prompt %q", len(rd.parses), o.TZ, o.Prompt)
	}
}

// TestReadAgainWhenParseNamesAnotherSender: where the parse reads the
// envelope otherwise than the header read before it (here, the parse finds
// the check-in's token that the header did not show), the sender is looked up
// again with the parse's envelope and the reply read a second time with the
// options that lookup gives; that second reading is under the budget too.
func TestReadAgainWhenParseNamesAnotherSender(t *testing.T) {
	f := newInboundFixture(t)
	var rd readings
	rd.hook(f.p)
	tagged := f.replyTo("checkin:p1:c1:mentee")
	plain := f.p.parseFn
	f.p.parseFn = func(raw []byte, o parser.Options) (*parser.Reply, error) {
		r, err := plain(raw, o)
		if err == nil {
			r.Envelope.Recipients = append(r.Envelope.Recipients, tagged)
		}
		return r, err
	}
	f.deliver(msg("amelie@example.org", "mentorship@example.org", "Re: check-in", "We met by video yesterday for an hour."))
	if len(rd.parses) != 1 || len(rd.rereads) != 1 {
		t.Fatalf("%d parses and %d second readings, want one of each", len(rd.parses), len(rd.rereads))
	}
	if o := rd.parses[0]; o.Prompt != parser.PromptNone {
		t.Errorf("first read with prompt %q, want none (the header has no token)", o.Prompt)
	}
	if o := rd.rereads[0]; o.TZ.String() != amelie.tz || o.Prompt != parser.PromptCheckin {
		t.Errorf("read again in %v with prompt %q, want %s and %q", o.TZ, o.Prompt, amelie.tz, parser.PromptCheckin)
	}
	in := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	if ci := f.row("checkin:p1:c1:mentee"); in.OutboxID == nil || *in.OutboxID != ci.ID {
		t.Errorf("the reply is linked to outbox %v, want the check-in %d", in.OutboxID, ci.ID)
	}

	// The second reading over the budget: quarantined as unreadable at once.
	release := make(chan struct{})
	defer close(release)
	f.p.opts.ParseBudget = 100 * time.Millisecond
	f.p.reinterpretFn = func(r *parser.Reply, o parser.Options) {
		<-release
		parser.Reinterpret(r, o)
	}
	raw := msg("amelie@example.org", "mentorship@example.org", "Re: check-in", "We met by phone on Monday for 20 minutes.")
	d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: 90, Raw: raw, Size: int64(len(raw))}
	if disp, err := f.p.Handle(context.Background(), d); err != nil || disp != mailer.Quarantine {
		t.Fatalf("a second reading over the budget: %v, %v; want quarantined", disp, err)
	}
	if n := f.countInbound(store.InboundQuery{Outcome: store.InboundQuarantined, ReasonPrefix: "unreadable"}); n != 1 {
		t.Errorf("%d messages quarantined as unreadable, want 1", n)
	}
	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Errorf("%d meetings, want the first reply's alone", n)
	}
}

// TestReplyStatements: a reply to a check-in that logs a meeting and gets its
// receipt, applied in a group commit as the inbox applies a batch, costs a
// bounded number of SQL statements: the exactly-once check, the sender and
// the pair read once, the inbound row, the meeting, the receipt written once
// (its key and its row), and no cursor or failure statement of its own.
func TestReplyStatements(t *testing.T) {
	f := newInboundFixture(t)
	ctx := context.Background()
	const n = 8
	var raws [][]byte
	for i := range n {
		who, key := "amelie@example.org", "checkin:p1:c1:mentee"
		if i%2 == 1 {
			who, key = "grace@example.org", "checkin:p1:c1:mentor"
		}
		raws = append(raws, msg(who, f.replyTo(key), "Re: check-in", fmt.Sprintf("We met by video on September %d for an hour.", 8+i)))
	}
	before := f.s.Statements()
	err := f.p.Group(ctx, func(ctx context.Context) error {
		for _, raw := range raws {
			f.uid++
			d, err := f.p.Handle(ctx, mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: f.uid, Raw: raw, Size: int64(len(raw))})
			if err != nil || d != mailer.Processed {
				return fmt.Errorf("uid %d: %v, %v", f.uid, d, err)
			}
		}
		return nil
	})
	mustDo(t, err)
	per := float64(f.s.Statements()-before) / n
	t.Logf("%.1f statements a reply (%s)", per, f.s.Dialect())
	if got := f.countMeetings(store.MeetingQuery{}); got != n {
		t.Fatalf("%d meetings, want %d", got, n)
	}
	limit := 18.0 // 25.9 before a reply was read once and its rows written once
	if f.s.Dialect() == store.Postgres {
		limit++ // the writers' lock of each message's savepoint
	}
	if per > limit {
		t.Errorf("%.1f statements a reply, want at most %.0f", per, limit)
	}
}

// TestOutOfOfficeToPromptNotAnswered: an out-of-office notice without the
// headers that mark it (its subject and words alone) that answers the goals
// prompt is decided an automatic answer as a reading without the prompt
// decides it, not read as goals, and never answered; a person's reply to the
// same prompt is read once.
func TestOutOfOfficeToPromptNotAnswered(t *testing.T) {
	f := newInboundFixture(t)
	var rd readings
	rd.hook(f.p)
	gp := must(f.s.LastOutbox(store.OutboxQuery{ToAddr: amelie.email, Kinds: []string{"goals_prompt"}}))(t)
	tagged := "mentorship+" + f.p.opts.Tokens.Make(gp.ID) + "@example.org"
	before := f.lastID()
	f.deliver(msg(amelie.email, tagged, "Réponse automatique : Absent du bureau",
		"Je suis absente du bureau jusqu'à lundi. Pour toute urgence, écrivez à la bibliothèque."))
	if got := f.sentTo(amelie.email, before); len(got) != 0 {
		t.Errorf("an out-of-office notice was answered: %v", got)
	}
	in := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	if in.Class != string(parser.ClassAutoReply) {
		t.Errorf("class %q, want %q", in.Class, parser.ClassAutoReply)
	}
	rd.parses, rd.rereads = nil, nil
	f.deliver(msg(amelie.email, tagged, "Re: goals", "Goal: practise two mock interviews before December."))
	if len(rd.parses) != 1 || len(rd.rereads) != 0 || rd.parses[0].Prompt != parser.PromptGoals {
		t.Errorf("a person's answer to the goals prompt: parses %+v, %d second readings; want one, with the prompt", rd.parses, len(rd.rereads))
	}
}
