package program

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"strings"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
)

// Reading ahead (mailer.Preparer): while the inbox's one writer applies a
// message, the next message of the batch is read on another core. The reading
// is the one Handle would do (Parse with the program's options), followed,
// when the message answers one of our emails, by the second reading apply
// would do (Reinterpret in the participant's time zone, with the prompt of the
// email it answers), under options guessed from the database outside any
// transaction. Nothing is decided ahead: Handle uses the first reading as its
// own, and apply uses the second only when the options it reads in the
// message's transaction are the guessed ones; otherwise it reads again, as
// before. A reading ahead takes one of the parse slots (parse.go), and only
// when one is free, so it never makes a message wait.

// readAhead is one message's reading begun before its turn.
type readAhead struct {
	raw []byte // the message read: Handle checks it is given the same

	parsed chan struct{} // closed once r and err are set
	r      *parser.Reply
	err    error

	again chan struct{} // closed once guess, re and reErr are set
	guess readingOpts   // the second reading's options; zero when there is none
	re    *parser.Reply
	reErr error
}

// readingOpts are the options of a second reading that depend on the message.
type readingOpts struct {
	tz     string // the time zone's name
	prompt string
}

// Prepare starts reading d on another goroutine when a parse slot is free
// (mailer.Preparer), and returns d with the reading attached.
func (p *Program) Prepare(ctx context.Context, d mailer.Delivery) mailer.Delivery {
	if d.TooBig || d.Unreadable || len(d.Raw) == 0 || ctx.Err() != nil {
		return d
	}
	select {
	case p.slots <- struct{}{}:
	default:
		return d // the slots are taken: Handle reads it in its turn
	}
	parse, again := p.parseFn, p.reinterpretFn
	if parse == nil {
		parse = parser.Parse
	}
	if again == nil {
		again = parser.Reinterpret
	}
	a := &readAhead{raw: d.Raw, parsed: make(chan struct{}), again: make(chan struct{})}
	p.aheadMu.Lock()
	prev := p.lastAhead
	p.lastAhead = a
	p.aheadMu.Unlock()
	opts := parser.Options{Topics: p.topics, TZ: p.opts.Location, At: p.now()}
	guess, guessed := p.guessReading(ctx, d.Raw)
	go func() {
		defer func() { <-p.slots }()
		if prev != nil {
			// One reading at a time, in the messages' order: the message in
			// hand waits for its own reading, which a second one would slow
			// down. A reading that overran its budget is not waited for longer.
			timer := time.NewTimer(p.opts.ParseBudget)
			select {
			case <-prev.again:
			case <-timer.C:
			}
			timer.Stop()
		}
		start := time.Now()
		defer func() {
			if took := time.Since(start); took > p.opts.ParseBudget {
				p.log.Info("a parse that overran its budget has ended", "took", took.Round(time.Millisecond), "size", len(d.Raw))
			}
		}()
		stage := 0
		defer func() {
			v := recover()
			if v != nil {
				if stage == 0 {
					a.err = &parsePanic{v}
					close(a.parsed)
				} else {
					a.re, a.reErr = nil, &parsePanic{v}
				}
			}
			if stage < 2 {
				close(a.again)
			}
		}()
		a.r, a.err = parse(d.Raw, opts)
		var cp parser.Reply
		if a.err == nil {
			cp = *a.r // Handle owns a.r once parsed is closed
		}
		stage = 1
		close(a.parsed)
		if a.err != nil || !guessed || cp.Class != parser.ClassReply {
			return
		}
		a.guess = guess
		again(&cp, parser.Options{Topics: p.topics, TZ: p.loadLocation(guess.tz), At: p.now(), Prompt: guess.prompt})
		a.re = &cp
		stage = 2
		close(a.again)
	}()
	d.Prepared = a
	return d
}

// aheadOf returns d's reading ahead, or nil.
func aheadOf(d mailer.Delivery) *readAhead {
	a, ok := d.Prepared.(*readAhead)
	if !ok || !bytes.Equal(a.raw, d.Raw) {
		return nil
	}
	return a
}

// awaitParse waits for a's first reading, within the parse budget counted from
// the wait's start; its errors are parse's.
func (p *Program) awaitParse(ctx context.Context, a *readAhead) (*parser.Reply, error) {
	if err := p.await(ctx, a.parsed); err != nil {
		return nil, err
	}
	return a.r, a.err
}

// awaitReading gives r the second reading done ahead when it was done with
// opts' time zone and prompt, and reports whether it did; when it did not, the
// caller reads again. Its errors are reinterpret's.
func (p *Program) awaitReading(ctx context.Context, a *readAhead, r *parser.Reply, opts parser.Options) (bool, error) {
	if a == nil {
		return false, nil
	}
	if err := p.await(ctx, a.again); err != nil {
		return false, err
	}
	if a.guess != (readingOpts{tz: opts.TZ.String(), prompt: opts.Prompt}) {
		return false, nil
	}
	if a.reErr != nil {
		return false, a.reErr
	}
	*r = *a.re
	return true, nil
}

// await waits for done within the parse budget.
func (p *Program) await(ctx context.Context, done <-chan struct{}) error {
	select {
	case <-done:
		return nil
	default:
	}
	timer := time.NewTimer(p.opts.ParseBudget)
	defer timer.Stop()
	select {
	case <-done:
		return nil
	case <-timer.C:
		return ErrParseBudget
	case <-ctx.Done():
		return ctx.Err()
	}
}

// guessReading guesses the options apply will read the message raw again with:
// those of the email the first valid token of its header answers (as
// tokenTarget finds it in the parsed envelope) and of the participant it went
// to. It reads the database through ctx's store (the batch's transaction, on
// the inbox's goroutine), and the header cheaply, without the parser. ok is
// false when apply will most likely not read it again, or the guess cannot
// be made.
func (p *Program) guessReading(ctx context.Context, raw []byte) (readingOpts, bool) {
	h, _ := readHeader(raw)
	var rcpts, refs []string
	for _, name := range []string{"to", "cc", "delivered-to", "x-original-to"} {
		if v := h[name]; v != "" {
			if list, err := mail.ParseAddressList(v); err == nil {
				for _, a := range list {
					rcpts = append(rcpts, a.Address)
				}
			}
		}
	}
	for _, name := range []string{"in-reply-to", "references"} {
		refs = append(refs, strings.Fields(h[name])...)
	}
	for _, tok := range p.opts.Address.TokenCandidates(rcpts, refs) {
		id, err := p.opts.Tokens.Verify(tok)
		if err != nil {
			continue
		}
		t, err := p.storeFor(ctx).ReadTarget(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil || !t.HasParticipant {
			return readingOpts{}, false
		}
		loc := p.loadLocation(t.TimeZone)
		prompt := promptOf(&store.Outbox{Kind: t.Kind})
		if loc.String() == p.opts.Location.String() && prompt == parser.PromptNone {
			return readingOpts{}, false
		}
		return readingOpts{tz: loc.String(), prompt: prompt}, true
	}
	return readingOpts{}, false
}

var _ mailer.Preparer = (*Program)(nil)
