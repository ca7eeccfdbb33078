package program

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// consentDays is how long an offer to pass a message to the committee stands,
// counted from the email that made it.
const consentDays = 14

// consentTag names the consent offer and its receipt among a message's answers.
const consentTag = "consent"

// offersConsent reports whether an email offers to pass its reader's message to
// the committee: a reply to it may be the one-word yes or no.
func offersConsent(o *store.Outbox) bool {
	return o != nil && (o.Kind == string(templates.KindNotUnderstood) || o.Kind == string(templates.KindConsentOffer))
}

// consentWords are the one-word answers to the offer, English and French. The
// parser reads "yes" and "no" under parser.PromptConsent as CmdConfirm and
// CmdDecline; this table reads them too, so that the answer the emails ask for
// works whichever parser is running, and accepts the offer's own word.
var consentWords = map[string]bool{
	"yes": true, "oui": true, "committee": true, "comité": true, "comite": true, "confirm": true, "confirmer": true,
	"no": false, "non": false,
}

// maxConsentWords bounds a one-word answer with its courtesy ("yes please", "oui merci").
const maxConsentWords = 3

// consentAnswer reads a reply to the offer: yes, no, or neither (the reply is
// then read as any other).
func consentAnswer(r *parser.Reply) (yes, no bool) {
	for _, c := range r.Commands {
		switch c.Name {
		case parser.CmdConfirm:
			return true, false
		case parser.CmdDecline:
			return false, true
		}
	}
	if len(r.Commands) > 0 || r.Meeting != nil || len(r.Goals) > 0 || r.Question != nil {
		return false, false
	}
	words := strings.FieldsFunc(strings.ToLower(r.ReplyText), func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsPunct(c)
	})
	if len(words) == 0 || len(words) > maxConsentWords {
		return false, false
	}
	v, ok := consentWords[words[0]]
	return ok && v, ok && !v
}

// answerKey is the idempotency key of an automatic answer to an inbound message:
// one answer per message and tag.
func answerKey(inboundID int64, tag string) string {
	return fmt.Sprintf("answer:%d:%s", inboundID, tag)
}

// answeredInbound returns the inbound row an automatic answer was made for, from
// its idempotency key (answerKey).
func answeredInbound(o *store.Outbox) (int64, bool) {
	rest, ok := strings.CutPrefix(o.IdemKey, "answer:")
	if !ok {
		return 0, false
	}
	id, _, _ := strings.Cut(rest, ":")
	n, err := strconv.ParseInt(id, 10, 64)
	return n, err == nil
}

// applyConsent carries out a participant's yes or no to an email that offered to
// pass their message to the committee. It reports false when the reply is not
// such an answer, and is then to be read as usual. Yes, within consentDays,
// forwards the message's text to the committee as a question (so the committee
// answers it from its shared inbox) and records the consent on the review item.
func (p *Program) applyConsent(tx *store.Tx, in *store.Inbound, pt *store.Participant, target *store.Outbox, r *parser.Reply) (bool, error) {
	yes, no := consentAnswer(r)
	if !yes && !no {
		return false, nil
	}
	origID, ok := answeredInbound(target)
	if !ok {
		return false, nil
	}
	loc := p.location(pt)
	rc := templates.ConsentReceipt{Name: firstName(pt)}
	orig, err := tx.InboundByID(origID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		rc.Outcome = templates.ConsentGone
	case err != nil:
		return false, err
	case orig.ParticipantID == nil || *orig.ParticipantID != pt.ID:
		return false, nil // not their message: read the reply as any other
	default:
		rc.ReceivedAt = orig.ReceivedAt.In(loc)
		switch {
		case p.now().After(consentExpires(target.CreatedAt)):
			rc.Outcome = templates.ConsentExpired
		case no:
			rc.Outcome = templates.ConsentDeclined
			err = p.recordDecline(tx, orig)
		default:
			rc.Outcome, err = p.passOn(tx, orig, pt)
		}
		if err != nil {
			return false, err
		}
	}
	if err := tx.UpdateInbound(in.ID, map[string]any{"reason": "consent: " + string(rc.Outcome)}); err != nil {
		return false, err
	}
	p.log.Info("consent answered", "inbound", in.ID, "about", origID, "outcome", rc.Outcome)
	v, err := p.replyPair(tx, pt, target, nil)
	if err != nil {
		return false, err
	}
	var pairID int64
	if v != nil {
		pairID = v.Pair.ID
	}
	return true, p.answer(tx, pt, in, pairID, templates.KindReceiptConsent, consentTag, rc)
}

// recordDecline notes on the message's review item, if it has one, that its
// writer would rather the committee did not read it.
func (p *Program) recordDecline(tx *store.Tx, orig *store.Inbound) error {
	it, err := tx.ReviewByInbound(orig.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil || it.Consent == store.ConsentGiven {
		return err // what was passed on cannot be taken back
	}
	now := p.now()
	return tx.UpdateReview(it.ID, map[string]any{"consent": store.ConsentDeclined, "consent_at": now})
}

// passOn forwards the text of a participant's message to the committee, with
// their consent, and records it on the message's review item (made now, when the
// message was otherwise understood: as a reported problem, or as a possible
// question, parser.Reply.MaybeQuestion). The text is what
// the parser reads as theirs, without quoted mail or signature.
func (p *Program) passOn(tx *store.Tx, orig *store.Inbound, pt *store.Participant) (templates.ConsentOutcome, error) {
	it, err := tx.ReviewByInbound(orig.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return "", err
	}
	if it != nil && it.Consent == store.ConsentGiven {
		return templates.ConsentAlready, nil
	}
	raw, kept, err := tx.InboundRaw(orig)
	if err != nil || !kept {
		return templates.ConsentGone, err
	}
	r, err := p.parse(context.Background(), raw, parser.Options{Topics: p.topics, TZ: p.location(pt), At: orig.ReceivedAt})
	if err != nil || strings.TrimSpace(r.ReplyText) == "" {
		return templates.ConsentGone, nil
	}
	if it == nil {
		// A message listed only now, with its writer's consent: one that reports
		// a problem, or one that asked something without naming the committee.
		reason := templates.ReviewConcern
		if !r.Concern {
			reason = templates.ReviewAsked
		}
		if it, err = p.addReview(tx, orig, reason, ""); err != nil {
			return "", err
		}
	}
	text := strings.TrimSpace(r.ReplyText)
	var target *store.Outbox
	if orig.OutboxID != nil {
		if target, err = tx.OutboxByID(*orig.OutboxID); errors.Is(err, store.ErrNotFound) {
			target = nil
		} else if err != nil {
			return "", err
		}
	}
	v, err := p.replyPair(tx, pt, target, nil)
	if err != nil {
		return "", err
	}
	now := p.now()
	q := &store.Question{ParticipantID: pt.ID, InboundID: &orig.ID, State: store.QuestionOpen,
		MessageID: r.Envelope.MessageID, CreatedAt: now, UpdatedAt: now}
	if v != nil {
		q.PairID = &v.Pair.ID
	}
	if err := tx.AddQuestion(q, text); err != nil {
		return "", err
	}
	fw := templates.QuestionForward{Question: text, Passed: true, AskedAt: orig.ReceivedAt.In(p.opts.Location)}
	if err := p.forwardQuestion(tx, q, orig.ID, pt, v, fw); err != nil {
		return "", err
	}
	if err := tx.UpdateReview(it.ID, map[string]any{"consent": store.ConsentGiven, "consent_at": now, "question_id": q.ID}); err != nil {
		return "", err
	}
	return templates.ConsentPassed, nil
}

// consentExpires is when an offer made at t runs out.
func consentExpires(t time.Time) time.Time { return t.AddDate(0, 0, consentDays) }
