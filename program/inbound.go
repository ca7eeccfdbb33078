package program

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// maxFailures is how many times a message may fail before it is quarantined.
const maxFailures = 3

// Handle applies one message read from the mailbox (mailer.Handler). Everything
// the message causes (its inbound row, its effects, the mail they cause, the
// cursor) is committed in one transaction; the inbox moves the message only after.
// A message applied before is recognised by its key and only moved again.
func (p *Program) Handle(ctx context.Context, d mailer.Delivery) (mailer.Disposition, error) {
	key := inboundKey(d)
	disp, err := p.handle(ctx, d, key)
	if err == nil {
		p.notify()
		return disp, nil
	}
	if ctx.Err() != nil || store.IsStorage(err) || errors.Is(err, ErrParsersBusy) {
		// Shutting down, the database busy, full, read-only or failing, or the
		// parser held by other messages: not this message's fault, so not one of
		// its three tries. It stays in the mailbox for a later round.
		if ctx.Err() == nil {
			p.log.Warn("inbound message not handled; left for later", "mailbox", d.Mailbox, "uid", d.UID, "size", d.Size, "err", err)
		}
		return 0, err
	}
	n, ferr := p.storeFor(ctx).RecordFailure(ctx, key, err.Error())
	if ferr != nil {
		return 0, errors.Join(err, ferr)
	}
	p.log.Warn("inbound message failed", "mailbox", d.Mailbox, "uid", d.UID, "failures", n, "err", err)
	if n < maxFailures {
		return 0, err
	}
	// The third failure: quarantine it, tell the committee, and let later mail flow.
	qerr := p.storeFor(ctx).Tx(func(tx *store.Tx) error {
		in := p.inboundRow(d, key, "", "failed")
		if err := p.quarantine(tx, in, keptMessage(d.Raw), fmt.Sprintf("processing failed %d times", n)); err != nil {
			return err
		}
		if err := p.alert(tx, "failed:"+key, templates.CommitteeAlert{Reason: templates.AlertQuarantined,
			Details: fmt.Sprintf("a message failed to process %d times and was quarantined", n), At: p.now()}, nil); err != nil {
			return err
		}
		if err := tx.ClearFailure(key); err != nil {
			return err
		}
		return tx.AdvanceCursor(d.Mailbox, d.UIDValidity, d.UID)
	})
	if qerr != nil {
		return 0, errors.Join(err, qerr)
	}
	p.notify()
	return mailer.Quarantine, nil
}

// inboundKey is the message's unique key, so a message is applied once however
// often it is read: its Message-ID with a digest of what its author wrote (the
// sender, date, subject and body), or the digest alone where it has no Message-ID.
// Two copies of one message that differ only in the trace headers servers add
// (Received, Delivered-To: a reply to two of our addresses arrives twice) share a
// key; a different message that reuses a Message-ID, as some clients do, does not.
// A message never read (oversized, or refused by the server) is keyed by its place
// on the server.
func inboundKey(d mailer.Delivery) string {
	switch {
	case d.TooBig:
		return fmt.Sprintf("toobig:%s:%d:%d", d.Mailbox, d.UIDValidity, d.UID)
	case d.Unreadable:
		return fmt.Sprintf("unreadable:%s:%d:%d", d.Mailbox, d.UIDValidity, d.UID)
	}
	h, body := readHeader(d.Raw)
	sum := sha256.New()
	for _, name := range []string{"from", "date", "subject"} {
		sum.Write([]byte(h[name]))
		sum.Write([]byte{0})
	}
	sum.Write(body)
	digest := hex.EncodeToString(sum.Sum(nil))
	if id := h["message-id"]; id != "" {
		return "mid:" + id + "#" + digest[:16]
	}
	return "sum:" + digest
}

// keyMessageID returns the Message-ID an inbound key carries, or "".
func keyMessageID(key string) string {
	id, ok := strings.CutPrefix(key, "mid:")
	if !ok {
		return ""
	}
	id, _, _ = strings.Cut(id, "#")
	return id
}

func (p *Program) inboundRow(d mailer.Delivery, key, from, class string) *store.Inbound {
	now := p.now()
	return &store.Inbound{Key: key, Mailbox: d.Mailbox, UIDValidity: d.UIDValidity, UID: d.UID, FromAddr: from,
		Class: class, Outcome: store.InboundProcessed, Size: int(d.Size), ReceivedAt: now, CreatedAt: now}
}

// handle is one attempt at a message, in one transaction. A panic (a bug met by
// this message) rolls the transaction back and is returned as the attempt's
// error, so that Handle counts it and the third quarantines the message.
func (p *Program) handle(ctx context.Context, d mailer.Delivery, key string) (disp mailer.Disposition, err error) {
	defer func() {
		if r := recover(); r != nil {
			disp, err = 0, fmt.Errorf("program: panic while applying inbound uid %d: %v", d.UID, r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	disp = mailer.Processed
	err = p.storeFor(ctx).Tx(func(tx *store.Tx) error {
		if prev, err := tx.InboundByKey(key); err == nil {
			// Applied before (a crash between commit and move, or a rescan): only move it.
			if prev.Outcome == store.InboundQuarantined {
				disp = mailer.Quarantine
			}
			return tx.AdvanceCursor(d.Mailbox, d.UIDValidity, d.UID)
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		var err error
		switch {
		case d.TooBig:
			in := p.inboundRow(d, key, "", "")
			disp, err = mailer.Quarantine, p.quarantine(tx, in, nil, fmt.Sprintf("larger than the limit (%d bytes)", d.Size))
		case d.Unreadable:
			in := p.inboundRow(d, key, "", "")
			disp, err = mailer.Quarantine, p.quarantine(tx, in, nil, "the mail server would not give the message")
		default:
			disp, err = p.read(ctx, tx, &d, key)
		}
		if err != nil {
			return err
		}
		if err := tx.ClearFailure(key); err != nil {
			return err
		}
		return tx.AdvanceCursor(d.Mailbox, d.UIDValidity, d.UID)
	})
	if errors.Is(err, parser.ErrUnreadable) && ctx.Err() == nil {
		// A second reading (parser.Reinterpret, where the parse's envelope named
		// another sender than the header's) overran: the message is unreadable
		// like one whose first reading did.
		perr := err
		disp = mailer.Quarantine
		err = p.storeFor(ctx).Tx(func(tx *store.Tx) error {
			if err := p.quarantineUnreadable(tx, d, key, perr); err != nil {
				return err
			}
			if err := tx.ClearFailure(key); err != nil {
				return err
			}
			return tx.AdvanceCursor(d.Mailbox, d.UIDValidity, d.UID)
		})
	}
	if err != nil {
		return 0, err
	}
	return disp, nil
}

// read looks up who wrote the message and what it answers (lookupSender),
// parses it once with their time zone and prompt, and applies it. The parse's
// errors are handle's: a parser that is busy, a panic or ctx's end are
// returned, the transaction rolled back; a message the parser would not read
// is quarantined. d.Raw becomes what is kept of the message.
func (p *Program) read(ctx context.Context, tx *store.Tx, d *mailer.Delivery, key string) (mailer.Disposition, error) {
	r, s, opts, perr := p.readOnce(ctx, tx, d.Raw, p.now())
	var pp *parsePanic
	switch {
	case ctx.Err() != nil:
		return 0, ctx.Err()
	case errors.Is(perr, ErrParsersBusy), errors.As(perr, &pp):
		return 0, perr
	}
	// Read: from here on, what is stored is the header and the text parts.
	d.Raw = keptMessage(d.Raw)
	switch {
	case errors.Is(perr, parser.ErrUnreadable):
		return mailer.Quarantine, p.quarantineUnreadable(tx, *d, key, perr)
	case perr != nil:
		in := p.inboundRow(*d, key, "", "")
		return mailer.Quarantine, p.quarantine(tx, in, d.Raw, "unreadable message")
	}
	s, err := p.senderOf(tx, s, r)
	if err != nil {
		return 0, err
	}
	return p.applyRead(ctx, tx, *d, key, r, s, opts)
}

// quarantineUnreadable quarantines a message the parser would not read (past one
// of its limits, or over the parse budget) at its first try, and tells the
// committee once.
func (p *Program) quarantineUnreadable(tx *store.Tx, d mailer.Delivery, key string, perr error) error {
	in := p.inboundRow(d, key, "", "")
	reason := "unreadable: past the parser's limits"
	if errors.Is(perr, ErrParseBudget) {
		reason = fmt.Sprintf("unreadable: parsing took over %v", p.opts.ParseBudget)
	}
	p.log.Warn("inbound message unreadable; quarantined", "mailbox", d.Mailbox, "uid", d.UID, "size", d.Size, "err", perr)
	if err := p.quarantine(tx, in, d.Raw, reason); err != nil {
		return err
	}
	return p.alert(tx, "unreadable:"+key, templates.CommitteeAlert{Reason: templates.AlertQuarantined,
		Details: fmt.Sprintf("a message of %d bytes could not be read (%s) and was quarantined", d.Size, reason), At: p.now()}, nil)
}

// quarantine records a message as quarantined and counts it for the committee.
// Nothing is sent to the sender (no backscatter).
func (p *Program) quarantine(tx *store.Tx, in *store.Inbound, raw []byte, reason string) error {
	in.Outcome, in.Reason = store.InboundQuarantined, reason
	made, err := tx.InsertInbound(in, raw)
	if err != nil || !made {
		return err
	}
	p.log.Info("inbound quarantined", "inbound", in.ID, "reason", reason, "size", in.Size)
	return p.reviewQuarantine(tx, in, reason)
}

// apply decides what a message parsed with the program's options means and
// does it, looking up who wrote it from its envelope (applyRead).
func (p *Program) apply(ctx context.Context, tx *store.Tx, d mailer.Delivery, key string, r *parser.Reply) (mailer.Disposition, error) {
	s, err := p.senderOf(tx, nil, r)
	if err != nil {
		return 0, err
	}
	return p.applyRead(ctx, tx, d, key, r, s, p.readOptions(nil, p.now()))
}

// applyRead decides what a parsed message means and does it. s is who wrote it
// and what it answers; read are the options it was read with: a reply read
// with other options than its writer's is read again with theirs.
func (p *Program) applyRead(ctx context.Context, tx *store.Tx, d mailer.Delivery, key string, r *parser.Reply, s *sender, read parser.Options) (mailer.Disposition, error) {
	from := r.Envelope.From
	in := p.inboundRow(d, key, from, string(r.Class))
	if err := recordThread(tx, in, d.Raw, r.Envelope.Subject); err != nil {
		return 0, err
	}
	switch r.Class {
	case parser.ClassBounce:
		return mailer.Processed, p.applyBounce(tx, in, d.Raw, r)
	case parser.ClassAutoReply:
		if r.CalendarReply != "" {
			// A partner's answer to a calendar invitation (plan.go): recorded, never answered.
			return mailer.Processed, p.applyCalendarReply(tx, in, d.Raw, r)
		}
		// Never answered (RFC 3834); kept for the record. A return date holds
		// the person's nudges and lapse alerts until then.
		return mailer.Processed, p.applyAutoReply(tx, in, d.Raw, r, s)
	case parser.ClassBulk:
		in.Reason = "not answered: " + string(r.Class)
		_, err := tx.InsertInbound(in, d.Raw)
		return mailer.Processed, err
	}

	if s.err != nil {
		return 0, s.err
	}
	target := s.target
	if target != nil && target.Kind == string(templates.KindQuestionForward) {
		return p.applyCommitteeAnswer(tx, d, in, r, target)
	}
	var pt *store.Participant
	if target != nil && target.ParticipantID != nil {
		if !s.ownerWrote {
			// A valid token from the wrong address: quarantined, and the owner told
			// at their registered address, without the message's content.
			if err := p.quarantine(tx, in, d.Raw, "token of another participant"); err != nil {
				return 0, err
			}
			return mailer.Quarantine, p.identityNotice(tx, s.owner, in)
		}
		pt = s.owner
		in.OutboxID = &target.ID
	} else {
		if s.byAddr == nil {
			return mailer.Quarantine, p.quarantine(tx, in, d.Raw, "unknown sender")
		}
		pt = s.byAddr
	}
	in.ParticipantID = &pt.ID

	// Relative dates resolve in the sender's own time zone, and a short answer
	// means what the email it answers asked: the message was read so (read),
	// unless its parse named another sender than its header did.
	if want := p.readOptions(s, read.At); !sameOptions(want, read) {
		if err := p.reinterpret(ctx, r, want); err != nil {
			return 0, err // over the budget: the transaction is rolled back, and handle quarantines the message
		}
	}
	if empty(r) {
		// Nothing to read: a damaged message, or one sent by mistake. Kept for the
		// committee; not answered, since there is nothing to answer.
		return mailer.Quarantine, p.quarantine(tx, in, d.Raw, "no readable text")
	}
	if _, err := tx.InsertInbound(in, d.Raw); err != nil {
		return 0, err
	}
	if offersConsent(target) {
		// "yes" to the offer to pass a message to the committee (consent.go).
		if done, err := p.applyConsent(tx, in, pt, target, r); err != nil || done {
			return mailer.Processed, err
		}
	}
	return mailer.Processed, p.applyReplyIn(tx, in, pt, target, s.pair, r)
}

// applyAutoReply records an automatic reply, never answering it. When it gives a
// return date and comes from a participant (by the token it answers, from their
// address, or by their address alone), their nudges and the pair's lapse alerts
// wait until that day; any reply of theirs ends the wait sooner.
func (p *Program) applyAutoReply(tx *store.Tx, in *store.Inbound, raw []byte, r *parser.Reply, s *sender) error {
	in.Reason = "not answered: " + string(r.Class)
	var pt *store.Participant
	if r.ReturnDate != "" {
		switch {
		case s.err == nil && s.owner != nil && s.ownerWrote:
			pt = s.owner
		case s.err == nil && s.owner == nil && (s.target == nil || s.target.Kind != string(templates.KindQuestionForward)):
			pt = s.byAddr // looked up by address already
		default:
			pt, _ = tx.ParticipantByAddress(r.Envelope.From)
		}
	}
	if pt != nil {
		in.ParticipantID = &pt.ID
		if until, ok := awayUntil(r.ReturnDate, p.now(), p.location(pt)); ok {
			if err := tx.UpdateParticipant(pt.ID, map[string]any{"away_until": until.UTC()}); err != nil {
				return err
			}
			if err := tx.WakePairs(pt.ID); err != nil {
				return err
			}
			in.Reason += "; away until " + string(r.ReturnDate)
		}
	}
	_, err := tx.InsertInbound(in, raw)
	return err
}

// promptOf names the program email a reply answers, for the parser (parser.Prompt*).
func promptOf(target *store.Outbox) string {
	if target == nil {
		return parser.PromptNone
	}
	switch templates.Kind(target.Kind) {
	case templates.KindGoalsPrompt:
		return parser.PromptGoals
	case templates.KindCheckin:
		return parser.PromptCheckin
	case templates.KindMidSession:
		return parser.PromptMidsession
	case templates.KindWrapup:
		return parser.PromptWrapup
	case templates.KindNudge:
		return parser.PromptNudge
	case templates.KindIntroduction:
		return parser.PromptIntroduction
	case templates.KindDigest:
		return parser.PromptDigest
	case templates.KindConfidentiality:
		return parser.PromptConfidentiality
	case templates.KindNotUnderstood, templates.KindConsentOffer:
		return parser.PromptConsent
	case templates.KindReceiptMeeting, templates.KindReceiptGoals, templates.KindReceiptCommand,
		templates.KindHelp, templates.KindReceiptConsent, templates.KindQuestionReceived, templates.KindGoalChanged:
		return parser.PromptReceipt
	case templates.KindConfirmLeave, templates.KindMeetingHappened:
		return parser.PromptConfirm
	}
	return parser.PromptNone
}

// empty reports whether a reply carries nothing at all: no text of its own and
// nothing understood.
func empty(r *parser.Reply) bool {
	return strings.TrimSpace(r.ReplyText) == "" && r.Meeting == nil && len(r.Goals) == 0 &&
		len(r.Commands) == 0 && r.Question == nil
}

// tokenTarget returns the outbox row the message answers, from the first valid
// token it carries (a plus tag, or a Message-ID it references), or nil.
func (p *Program) tokenTarget(tx *store.Tx, env parser.Envelope) (*store.Outbox, error) {
	for _, tok := range p.opts.Address.TokenCandidates(env.Recipients, env.References) {
		id, err := p.opts.Tokens.Verify(tok)
		if err != nil {
			continue // forged or foreign: rejected without the database
		}
		o, err := tx.OutboxByID(id)
		if errors.Is(err, store.ErrNotFound) {
			continue // a row since erased
		}
		return o, err
	}
	return nil, nil
}

// applyBounce raises the bounce count of the address that failed; a permanent
// failure stops mail to it and tells the committee.
func (p *Program) applyBounce(tx *store.Tx, in *store.Inbound, raw []byte, r *parser.Reply) error {
	pt, err := p.bounced(tx, r.Bounce)
	if err != nil {
		return err // a database error is not "an unknown address"
	}
	if pt == nil {
		in.Reason = "bounce for an unknown address"
		_, err := tx.InsertInbound(in, raw)
		return err
	}
	in.ParticipantID = &pt.ID
	in.Reason = "bounce"
	if made, err := tx.InsertInbound(in, raw); err != nil || !made {
		return err
	}
	permanent := r.Bounce.Permanent
	if err := tx.RaiseBounce(pt.ID, permanent); err != nil || !permanent || pt.MailStopped {
		return err // the committee hears of an address once, when its mail stops
	}
	// Keyed by the message, not its row id: an id may be handed out again after an
	// erasure, and an alert's key is kept (see store.Tx.Enqueue).
	return p.alert(tx, "bounce:"+in.Key, templates.CommitteeAlert{Reason: templates.AlertPermanentBounce,
		Participant: pt.Name, Role: role(pt), Address: pt.Email, Details: r.Bounce.Status, At: p.now()}, pt)
}

// bounced returns the participant a bounce is about: the one the original
// message went to, else the one with the failed address; nil when neither is
// known. Only "not found" means unknown: any other error is returned.
func (p *Program) bounced(tx *store.Tx, b *parser.Bounce) (*store.Participant, error) {
	if b == nil {
		return nil, nil
	}
	if b.OriginalMessageID != "" {
		o, err := tx.OutboxByMessageID(b.OriginalMessageID)
		switch {
		case err == nil && o.ParticipantID != nil:
			pt, err := tx.ParticipantByID(*o.ParticipantID)
			if err == nil {
				return pt, nil
			}
			if !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
	}
	if b.Recipient == "" {
		return nil, nil
	}
	pt, err := tx.ParticipantByAddress(b.Recipient)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return pt, err
}

// alert sends the committee an alert, keyed so it is sent once.
func (p *Program) alert(tx *store.Tx, key string, a templates.CommitteeAlert, about *store.Participant) error {
	a.At = a.At.In(p.opts.Location) // the committee reads times in the program's zone
	if about != nil {
		if v, err := tx.CurrentPair(about.ID); err == nil {
			a.Cohort = v.Cohort.Name
			a.PartnerName = v.Partner(about.ID).Name
		}
	}
	_, err := p.enqueue(tx, outMail{key: "alert:" + key, kind: templates.KindCommitteeAlert, lang: p.opts.CommitteeLanguage,
		to: p.opts.CommitteeAddress, due: p.now(), data: a})
	return err
}

// identityNotice tells a participant that someone replied with a link meant for them.
func (p *Program) identityNotice(tx *store.Tx, owner *store.Participant, in *store.Inbound) error {
	return p.answer(tx, owner, in, 0, templates.KindIdentityNotice, "identity",
		templates.IdentityNotice{Name: firstName(owner), From: in.FromAddr, ReceivedAt: p.now().In(p.location(owner))})
}

// readHeader reads a raw message's header fields cheaply, without decoding: each
// name lower-cased to its first value, unfolded and trimmed (a Message-ID without
// its angle brackets), and the body after the blank line.
func readHeader(raw []byte) (map[string]string, []byte) {
	end, body := len(raw), len(raw)
	for i := 0; i+1 < len(raw); i++ {
		if raw[i] != '\n' {
			continue
		}
		if raw[i+1] == '\n' {
			end, body = i, i+2
			break
		}
		if raw[i+1] == '\r' && i+2 < len(raw) && raw[i+2] == '\n' {
			end, body = i, i+3
			break
		}
	}
	h := map[string]string{}
	name := ""
	for _, l := range strings.Split(string(raw[:end]), "\n") {
		l = strings.TrimRight(l, "\r")
		if (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) && name != "" {
			h[name] += " " + strings.TrimSpace(l) // a folded line continues the field
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		name = ""
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if _, seen := h[k]; seen {
			continue
		}
		name, h[k] = k, strings.TrimSpace(v)
	}
	if id, ok := h["message-id"]; ok {
		h["message-id"] = strings.Trim(id, "<> ")
	}
	return h, raw[min(body, len(raw)):]
}

var _ mailer.Handler = (*Program)(nil)

// localDay is t's calendar day in loc.
func localDay(t time.Time, loc *time.Location) string { return t.In(loc).Format(time.DateOnly) }
