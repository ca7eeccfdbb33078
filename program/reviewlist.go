package program

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The committee's review list: every inbound message that was not understood,
// quarantined or understood in part is listed once (one item per inbound row), by
// who, when and why. An item never carries the message's text; the text reaches
// the committee only when its writer agrees (consent.go), as a question.

// quarantineReasons maps the reason quarantine records to the review reason,
// by the reason's first words.
var quarantineReasons = []struct {
	prefix string
	reason templates.ReviewReason
}{
	{"unknown sender", templates.ReviewUnknownSender},
	{"token of another participant", templates.ReviewWrongAddress},
	{"larger than the limit", templates.ReviewTooBig},
	{"unreadable message", templates.ReviewUnreadable},
	{"the mail server would not give", templates.ReviewUnreadable},
	{"processing failed", templates.ReviewFailed},
	{"no readable text", templates.ReviewEmpty},
	{"answer to a question from outside the committee", templates.ReviewOutsideCommittee},
}

// quarantineReason is the review reason of a quarantined message.
func quarantineReason(reason string) templates.ReviewReason {
	for _, q := range quarantineReasons {
		if strings.HasPrefix(reason, q.prefix) {
			return q.reason
		}
	}
	return templates.ReviewQuarantined
}

// maxReviewDetail bounds an item's detail (notice codes).
const maxReviewDetail = 200

// addReview lists an inbound message for the committee, once however often the
// message is read, and returns its item.
func (p *Program) addReview(tx *store.Tx, in *store.Inbound, reason templates.ReviewReason, detail string) (*store.ReviewItem, error) {
	if len(detail) > maxReviewDetail {
		detail = detail[:maxReviewDetail]
	}
	it := &store.ReviewItem{InboundID: in.ID, ParticipantID: in.ParticipantID, Sender: in.FromAddr,
		Reason: string(reason), Detail: detail, ReceivedAt: in.ReceivedAt, CreatedAt: p.now()}
	if it.ReceivedAt.IsZero() {
		it.ReceivedAt = p.now()
	}
	made, err := tx.AddReview(it)
	if err != nil {
		return nil, err
	}
	if !made {
		return tx.ReviewByInbound(in.ID)
	}
	p.log.Info("review item listed", "item", it.ID, "inbound", in.ID, "reason", reason)
	return it, nil
}

// reviewReply lists a participant's reply that was not understood, or understood
// only in part (the parser gave notices or warnings), and offers to pass a reply
// that reports a problem to the committee. did is what applyReply did with it.
// The not-understood answer itself carries the offer.
func (p *Program) reviewReply(tx *store.Tx, in *store.Inbound, pt *store.Participant, v *store.PairView, r *parser.Reply, did []string) error {
	var it *store.ReviewItem
	var err error
	notUnderstood := slices.Contains(did, "not understood")
	switch {
	case notUnderstood:
		detail := noticeCodes(r)
		switch {
		case r.Concern:
			detail = strings.TrimSuffix(string(templates.ReviewConcern)+", "+detail, ", ")
		case r.MaybeQuestion != nil:
			detail = strings.TrimSuffix(string(templates.ReviewAsked)+", "+detail, ", ")
		}
		it, err = p.addReview(tx, in, templates.ReviewNotUnderstood, detail)
	case len(r.Notices) > 0 || len(r.Warnings) > 0:
		it, err = p.addReview(tx, in, templates.ReviewPartly, noticeCodes(r))
	}
	if err != nil {
		return err
	}
	if (r.Concern || r.MaybeQuestion != nil) && !notUnderstood {
		var pairID int64
		if v != nil {
			pairID = v.Pair.ID
		}
		if err := p.answer(tx, pt, in, pairID, templates.KindConsentOffer, consentTag, templates.ConsentOffer{
			Name: firstName(pt), ReceivedAt: p.now().In(p.location(pt)), Asked: askedText(r), ConsentDays: consentDays}); err != nil {
			return err
		}
	}
	if it == nil || it.Consent != store.ConsentNone {
		return nil
	}
	// The offer stands only if its email was made (not held back by the daily
	// cap, nor to someone who left).
	offered := false
	for _, tag := range []string{notUnderstoodTag, consentTag} {
		has, err := tx.HasOutbox(answerKey(in.ID, tag))
		if err != nil {
			return err
		}
		offered = offered || has
	}
	if !offered {
		return nil
	}
	return tx.UpdateReview(it.ID, map[string]any{"consent": store.ConsentOffered})
}

// notUnderstoodTag names the not-understood answer among a message's answers.
const notUnderstoodTag = "nu"

// noticeCodes lists the codes of a reply's notices, each once, in order; a
// warning without a notice counts as parser.NoticeOther. Never the words quoted.
func noticeCodes(r *parser.Reply) string {
	var codes []string
	for _, n := range r.Notices {
		if n.Code != "" && !slices.Contains(codes, n.Code) {
			codes = append(codes, n.Code)
		}
	}
	if len(codes) == 0 && len(r.Warnings) > 0 {
		codes = append(codes, parser.NoticeOther)
	}
	return strings.Join(codes, ", ")
}

// reviewQuarantine lists a quarantined message: quarantine calls it for the row it made.
func (p *Program) reviewQuarantine(tx *store.Tx, in *store.Inbound, reason string) error {
	_, err := p.addReview(tx, in, quarantineReason(reason), "")
	return err
}

// ErrReviewResolved is returned when resolving an item resolved before.
var ErrReviewResolved = errors.New("program: the review item is resolved already")

// healthReviewLines bounds how many open items the health digest lists; it
// gives the count of all of them.
const healthReviewLines = 30

// reviewLines returns the open review items for the health digest, oldest first,
// by who, when (in the program's zone) and why, and how many are open. The list
// is the program's, the same in each cohort's digest.
func (p *Program) reviewLines(tx *store.Tx) ([]templates.ReviewLine, int, error) {
	items, err := tx.ReviewItems(false, healthReviewLines)
	if err != nil {
		return nil, 0, err
	}
	n, err := tx.CountOpenReviews()
	if err != nil {
		return nil, 0, err
	}
	var out []templates.ReviewLine
	for _, it := range items {
		who := reviewWho(it)
		if it.ParticipantName == "" && it.Sender == "" {
			who = "" // the template says "unknown sender" in the digest's language
		}
		out = append(out, templates.ReviewLine{ID: it.ID, Who: who, At: it.ReceivedAt.In(p.opts.Location),
			Reason: templates.ReviewReason(it.Reason), Detail: it.Detail, Consent: it.Consent == store.ConsentGiven})
	}
	return out, n, nil
}

// reviewWho names an item's sender: the participant's name, else the address
// the message came from, else "unknown sender".
func reviewWho(it store.ReviewView) string {
	switch {
	case it.ParticipantName != "":
		return it.ParticipantName
	case it.Sender != "":
		return it.Sender
	}
	return "unknown sender"
}

// maxAskedBytes bounds the words of a possible question quoted back to its writer.
const maxAskedBytes = 400

// askedText is what a reply asks without saying it is for the committee, as the
// offer to pass it on quotes it: on one line, cut at maxAskedBytes. It is empty
// when the reply reports a problem (the offer then says that instead) or asks
// nothing.
func askedText(r *parser.Reply) string {
	if r.Concern || r.MaybeQuestion == nil {
		return ""
	}
	s := strings.Join(strings.Fields(*r.MaybeQuestion), " ")
	if len(s) > maxAskedBytes {
		cut := maxAskedBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimSpace(s[:cut]) + "…"
	}
	return s
}
