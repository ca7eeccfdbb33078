package program

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// TestHealthDigestOncePerKey: the week's health digest is one row whatever
// happens after it was made: a forget that erases it (it names the person), a
// restart on the same database, and two instances ticking at the same moment.
func TestHealthDigestOncePerKey(t *testing.T) {
	s, p, clock := reportFixture(t)
	p.opts.NoHealthDigest = false
	ctx := context.Background()
	count := func(key string) int64 {
		return must(s.CountOutbox(store.OutboxQuery{IdemKey: key}))(t)
	}
	enqueues := func() int64 { // health digests now in the outbox
		return must(s.CountOutbox(store.OutboxQuery{Kinds: []string{string(templates.KindHealthDigest)}}))(t)
	}
	if _, err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	const w41 = "health:1:2026-W41"
	if n := count(w41); n != 1 {
		t.Fatalf("%d rows for %s after the first tick, want 1", n, w41)
	}
	// Forget someone the digest names: the row goes with their data...
	if _, err := s.ForgetParticipant(priya.email); err != nil {
		t.Fatal(err)
	}
	if n := count(w41); n != 0 {
		t.Fatalf("%d rows for %s after forget; the test expects forget to erase the digest naming her", n, w41)
	}
	// ...and the next tick, or a restarted instance's, does not make it again.
	clock.Add(3 * time.Minute)
	if res, err := p.Tick(ctx); err != nil || res.Enqueued != 0 {
		t.Errorf("tick after forget: %+v, %v; want nothing enqueued", res, err)
	}
	s2 := openStore(t, s.Path())
	p2 := newProgram(t, s2, clock)
	p2.opts.NoHealthDigest = false
	if res, err := p2.Tick(ctx); err != nil || res.Enqueued != 0 {
		t.Errorf("tick after a restart: %+v, %v; want nothing enqueued", res, err)
	}
	if n := enqueues(); n != 0 {
		t.Errorf("%d digests made again for %s after forget", n, w41)
	}

	// Next Monday at the send hour, two instances tick at once: one row.
	clock.Set(time.Date(2026, 10, 12, 13, 0, 0, 0, time.UTC))
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i, pr := range []*Program{p, p2, p, p2} {
		wg.Go(func() { _, errs[i] = pr.Tick(ctx) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !store.IsBusy(err) {
			t.Errorf("racing tick: %v", err)
		}
	}
	if n := count("health:1:2026-W42"); n != 1 {
		t.Errorf("%d rows for health:1:2026-W42 after racing ticks, want 1", n)
	}
}

// TestAnswersOncePerKey: receipts, forwarded questions and relayed answers are
// one row per message however often it is handled (again after a restart, by
// two instances at once), and erasing a participant never keeps a later
// message's receipt from going out, though SQLite hands the erased row's id out
// again.
func TestAnswersOncePerKey(t *testing.T) {
	f := newInboundFixture(t)
	cohort := *must(f.s.Cohort(f.pair.CohortID))(t)
	addPair(t, f.s, &cohort, marc, priya, "2026-09-07")
	ctx := context.Background()
	reply := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: check-in", "We met by video yesterday for an hour.")
	question := msg("grace@example.org", "mentorship@example.org", "Question for the committee", "Question: can we extend the session by two weeks?")
	f.deliver(reply)
	f.deliver(question)
	fwd := f.row(fmt.Sprintf("qfwd:1:%d", 2))
	answer := msg("committee@example.org", "mentorship+"+f.p.opts.Tokens.Make(fwd.ID)+"@example.org", "Re: question", "Yes, two more weeks is fine.")
	f.deliver(answer)
	kinds := func() map[string]int64 {
		out := map[string]int64{}
		for _, k := range []templates.Kind{templates.KindReceiptMeeting, templates.KindQuestionForward, templates.KindQuestionAnswer} {
			out[string(k)] = f.countOutbox(store.OutboxQuery{Kinds: []string{string(k)}})
		}
		return out
	}
	want := map[string]int64{"receipt_meeting": 1, "question_forward": 1, "question_answer": 1}
	check := func(when string) {
		t.Helper()
		got := kinds()
		for k, n := range want {
			if got[k] != n {
				t.Errorf("%s: %d %s rows, want %d", when, got[k], k, n)
			}
		}
	}
	check("first handling")

	// A restart, then the same messages again (a rescan), by two instances at once.
	s2 := openStore(t, f.s.Path())
	p2 := newProgram(t, s2, f.clock)
	var wg sync.WaitGroup
	for i, raw := range [][]byte{reply, question, answer, reply, question, answer} {
		pr := []*Program{f.p, p2}[i%2]
		wg.Go(func() {
			d := mailer.Delivery{Mailbox: "INBOX", UIDValidity: 8, UID: uint32(100 + i), Raw: raw, Size: int64(len(raw))}
			if _, err := pr.Handle(ctx, d); err != nil && !store.IsBusy(err) {
				t.Errorf("handling again: %v", err)
			}
		})
	}
	wg.Wait()
	check("after a restart and racing instances")

	// Erase Amélie; Priya's log then takes the highest inbound id again. Her
	// receipt still goes out.
	last := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	late := msg("amelie@example.org", "mentorship@example.org", "log", "We met by phone yesterday for 30 minutes.")
	f.deliver(late)
	if _, err := f.s.ForgetParticipant(amelie.email); err != nil {
		t.Fatal(err)
	}
	before := f.lastID()
	f.deliver(msg("priya@example.org", "mentorship@example.org", "log", "We met by phone yesterday for 45 minutes."))
	mine := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	if mine.ID != last.ID+1 {
		t.Logf("inbound id %d after forget (the erased one was %d): SQLite did not reuse it", mine.ID, last.ID+1)
	}
	if got := f.sentTo(priya.email, before); len(got) != 1 || got[0] != string(templates.KindReceiptMeeting) {
		t.Errorf("Priya was sent %v after the forget, want her meeting receipt", got)
	}
}
