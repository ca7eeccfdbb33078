package program

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mentormail/mentormail/parser"
)

// The parse of one inbound message runs under a time budget, so that no message
// holds the inbox: the parser's own limits (parser.ErrUnreadable) stop a message
// past its structural bounds, and the budget stops anything those limits miss.
//
// Go cannot stop a goroutine from outside: a parse that overran its budget keeps
// its goroutine, and a core, until it ends by itself. At most MaxRunawayParses
// such parses exist at once; while that many run, the next message waits up to
// one budget for one of them to end, and is otherwise left in the mailbox for a
// later round (not one of its three tries: the fault is another message's).

const (
	// DefaultParseBudget is how long one message's parse may take before the
	// message is quarantined as unreadable. A real reply parses in milliseconds.
	DefaultParseBudget = 5 * time.Second
	// MaxRunawayParses bounds the parse goroutines running at once, the one in
	// hand included, and so the parses still running after their budget ran out.
	MaxRunawayParses = 2
)

// ErrParseBudget means a message's parse took longer than the budget. It wraps
// parser.ErrUnreadable: the message is quarantined as unreadable, at once.
var ErrParseBudget = fmt.Errorf("%w: parsing took longer than its budget", parser.ErrUnreadable)

// ErrParsersBusy means MaxRunawayParses parses that overran their budget are
// still running, so no new one was started. The message is tried again later.
var ErrParsersBusy = errors.New("program: the parser is busy with messages that overran their budget")

// parseSlots is the set of parse goroutines running: the one in hand and the
// runaways. With MaxRunawayParses slots, at most that many parses that overran
// exist at once; when they fill every slot, the next message waits.
type parseSlots chan struct{}

func newParseSlots() parseSlots { return make(parseSlots, MaxRunawayParses) }

// parsePanic is a panic met by the parser, returned as an error: a bug met by
// this message, counted as one of its tries rather than quarantined at once.
type parsePanic struct{ v any }

func (e *parsePanic) Error() string { return fmt.Sprintf("program: panic while parsing: %v", e.v) }

// parse runs parser.Parse on raw within the program's parse budget. It returns
// ErrParseBudget when the budget ran out (the parse goes on in the background),
// ErrParsersBusy when too many runaways still run, ctx's error when ctx ends
// first, and a *parsePanic when the parser panicked.
func (p *Program) parse(ctx context.Context, raw []byte, opts parser.Options) (*parser.Reply, error) {
	parse := p.parseFn
	if parse == nil {
		parse = parser.Parse
	}
	var r *parser.Reply
	err := p.budgeted(ctx, len(raw), func() error {
		var err error
		r, err = parse(raw, opts)
		return err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// reinterpret reads r again with opts (the sender's time zone, the prompt it
// answers: parser.Reinterpret) within the same budget, on a copy, so that a
// reading that overran leaves r as it was. Its errors are parse's.
func (p *Program) reinterpret(ctx context.Context, r *parser.Reply, opts parser.Options) error {
	again := p.reinterpretFn
	if again == nil {
		again = parser.Reinterpret
	}
	cp := *r
	if err := p.budgeted(ctx, len(r.ReplyText), func() error { again(&cp, opts); return nil }); err != nil {
		return err
	}
	*r = cp
	return nil
}

// budgeted runs fn in a goroutine of its own within the parse budget, holding
// one of the parse slots until fn ends, however long after the budget that is.
// Its result is fn's error, or ErrParseBudget, ErrParsersBusy, ctx's error or a
// *parsePanic. Once budgeted has returned for any other reason than fn's end,
// fn's results must not be read: fn may still be writing them.
func (p *Program) budgeted(ctx context.Context, size int, fn func() error) error {
	budget := p.opts.ParseBudget
	timer := time.NewTimer(budget)
	defer timer.Stop()
	select {
	case p.slots <- struct{}{}:
	default:
		select {
		case p.slots <- struct{}{}:
		case <-timer.C:
			return ErrParsersBusy
		case <-ctx.Done():
			return ctx.Err()
		}
		timer.Reset(budget)
	}
	done := make(chan error, 1) // buffered: a runaway's late result is dropped
	start := time.Now()
	go func() {
		defer func() { <-p.slots }()
		defer func() {
			if took := time.Since(start); took > budget {
				p.log.Info("a parse that overran its budget has ended", "took", took.Round(time.Millisecond), "size", size)
			}
		}()
		defer func() {
			if v := recover(); v != nil {
				done <- &parsePanic{v}
			}
		}()
		done <- fn()
	}()
	select {
	case err := <-done:
		return err
	case <-timer.C:
		return ErrParseBudget
	case <-ctx.Done():
		return ctx.Err()
	}
}
