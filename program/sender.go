package program

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// A reply is read once. Who wrote it and which email it answers are known from
// its envelope (parser.ReadEnvelope: From, the recipients and the references
// that carry the token), read from the header alone; the program looks them up
// first, in the message's transaction, then parses the message once with the
// writer's time zone and the prompt of the email it answers. The parse's own
// envelope is compared with the one looked up: where they differ (a header only
// the full reading repairs), the lookup is made again with the parse's, and the
// reply is read a second time (parser.Reinterpret) only if that changes the
// options it is read with. A message whose words could make it an automatic
// answer (parser.ClassMayDependOnPrompt) is parsed again without the prompt, so
// that its class is decided as before: an out-of-office notice that answers
// the goals prompt is not read as goals.

// sender is who wrote a message and the email it answers, as its envelope says.
type sender struct {
	// env is the envelope the lookup used.
	env parser.Envelope
	// target is the outbox row the message's first valid token names, or nil.
	target *store.Outbox
	// owner is the target's participant; ownerWrote says that the message came
	// from their address or one of their alternates.
	owner      *store.Participant
	ownerWrote bool
	// pair is the target's pair, read with its partners (the owner is taken
	// from it); nil when the target names none or it could not be read.
	pair *store.PairView
	// byAddr is the participant with the From address, looked up when the target
	// has no participant (a fresh message, or no valid token); nil when unknown.
	byAddr *store.Participant
	// err is the lookup's error, returned where the message's handling needs
	// the lookup (a reply); a bounce or a bulk message does not.
	err error
}

// lookupSender looks up who wrote a message with the envelope env, and what it
// answers. An error of the database is kept in the result's err.
func (p *Program) lookupSender(tx *store.Tx, env parser.Envelope) *sender {
	s := &sender{env: env}
	s.target, s.err = p.tokenTarget(tx, env)
	if s.err != nil || s.target != nil && s.target.Kind == string(templates.KindQuestionForward) {
		return s // a committee member's answer: no participant wrote it
	}
	if s.target != nil && s.target.ParticipantID != nil {
		id := *s.target.ParticipantID
		if s.target.PairID != nil {
			// The pair the reply is about, read once with both partners: the
			// owner is one of them (replyPair uses it). A pair that cannot be
			// read (since erased) leaves the owner to be read alone.
			if v, err := tx.LoadPair(*s.target.PairID); err == nil {
				s.pair = v
				if m := v.Member(id); m != nil {
					owner := *m // a copy: the reply's changes to the writer are not the view's
					s.owner = &owner
				}
			}
		}
		if s.owner == nil {
			if s.owner, s.err = tx.ParticipantByID(id); s.err != nil {
				return s
			}
		}
		s.ownerWrote, s.err = tx.HasAddress(s.owner, env.From)
		return s
	}
	found, err := tx.ParticipantByAddress(env.From)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		s.err = err
	default:
		s.byAddr = found
	}
	return s
}

// writer is the participant a reply is attributed to: the target's owner when
// they wrote it, else the participant with the From address when the target
// names none; nil when the reply is not attributed (a token of another
// participant, an unknown sender, a committee answer).
func (s *sender) writer() *store.Participant {
	switch {
	case s == nil || s.err != nil:
		return nil
	case s.target != nil && s.target.Kind == string(templates.KindQuestionForward):
		return nil
	case s.owner != nil:
		if s.ownerWrote {
			return s.owner
		}
		return nil
	}
	return s.byAddr
}

// readOptions are the options the message is read with: the writer's time
// zone and the prompt of the email it answers, or the program's zone and no
// prompt when no participant is known to have written it.
// at is the reference time for a message without a Date.
func (p *Program) readOptions(s *sender, at time.Time) parser.Options {
	o := parser.Options{Topics: p.topics, TZ: p.opts.Location, At: at}
	if pt := s.writer(); pt != nil {
		o.TZ, o.Prompt = p.location(pt), promptOf(s.target)
	}
	return o
}

// sameOptions reports whether a and b read a reply alike.
func sameOptions(a, b parser.Options) bool {
	return a.TZ.String() == b.TZ.String() && a.Prompt == b.Prompt
}

// sameSender reports whether two envelopes name the same sender and tokens:
// the lookup made with one stands for the other.
func sameSender(a, b parser.Envelope) bool {
	return a.From == b.From && slices.Equal(a.Recipients, b.Recipients) && slices.Equal(a.References, b.References)
}

// readOnce looks up who wrote raw and what it answers from its header
// (lookupSender), then parses it once with their time zone and prompt (at is
// the reference time for a message without a Date). It returns the reply, the
// lookup (nil when the header could not be read), the options it was read with
// and the parse's error (program.parse's).
func (p *Program) readOnce(ctx context.Context, tx *store.Tx, raw []byte, at time.Time) (*parser.Reply, *sender, parser.Options, error) {
	var s *sender
	base := p.readOptions(nil, at)
	opts := base
	if env, err := parser.ReadEnvelope(raw); err == nil {
		s = p.lookupSender(tx, env)
		opts = p.readOptions(s, at)
	}
	r, err := p.parse(ctx, raw, opts)
	if err == nil && !sameOptions(opts, base) &&
		(parser.ClassMayDependOnPrompt(r) || r.Class == parser.ClassAutoReply && r.ReturnDate != "") {
		// Whether it is a person's reply or an automatic answer is decided
		// as a reading without the prompt decides it (an out-of-office notice
		// is not read as goals because it answers the goals prompt), and an
		// automatic answer's return date is read in the program's zone, as
		// before: read again so; a reply is then read with the writer's
		// options (applyRead).
		opts = base
		r, err = p.parse(ctx, raw, opts)
	}
	return r, s, opts, err
}

// senderOf returns the lookup that stands for the parsed reply r: s when it was
// made with the same sender and tokens, else a new one with r's envelope. A
// database error of the lookup is returned.
func (p *Program) senderOf(tx *store.Tx, s *sender, r *parser.Reply) (*sender, error) {
	if s == nil || !sameSender(s.env, r.Envelope) {
		s = p.lookupSender(tx, r.Envelope)
	}
	if s.err != nil && !errors.Is(s.err, store.ErrNotFound) {
		return nil, s.err
	}
	return s, nil
}
