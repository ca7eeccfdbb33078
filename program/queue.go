package program

import (
	"context"
	"strings"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// OutboxQueue is the store's outbox as the SMTP sender sees it (mailer.Queue). It
// applies the program's rules for failed mail: a message the recipient's server
// refused (5xx) raises the participant's bounce count; one whose address was
// refused (a 5xx to RCPT such as 5.1.1 "no such user") also stops all mail to
// them. It enqueues nothing itself: OnFailed is where the program tells the
// committee.
type OutboxQueue struct {
	store outboxStore
	from  string
	// OnFailed, if set, is called after a row is marked failed, outside the
	// transaction, with the row as it now is. permanent is false when the sender
	// gave up after temporary failures. It runs on the sender's goroutine, between
	// two messages: it should enqueue the committee's alert and return.
	OnFailed func(o store.Outbox, reason string, permanent bool)
	// FromByLang, if set, is the From header of mail in a language ("fr"), so
	// the display name is the program's name in that language; other languages
	// get from.
	FromByLang map[string]string
	// Unsubscribe, if set, gives the List-Unsubscribe URI (RFC 2369) of a row
	// sent to a participant; see Program.ListUnsubscribe.
	Unsubscribe func(outboxID int64) string
}

// outboxStore is what the queue needs of the store.
type outboxStore interface {
	ReleaseOwner(owner string) (int, error)
	ClaimDue(owner string, now time.Time, lease time.Duration, limit int) ([]store.Outbox, error)
	CancelStopped(owner string, rows []store.Outbox) ([]store.Outbox, error)
	OpenMessage(o *store.Outbox) (store.Message, error)
	MarkSent(id int64, owner string, at time.Time) error
	MarkRetry(id int64, owner string, now, next time.Time, reason string) error
	FailDelivery(id int64, owner string, f store.DeliveryFailure) (store.Outbox, error)
	ReleaseLeases(ids []int64, owner string) error
}

// NewOutboxQueue returns the queue over s; from is the From header of every
// message, display name and address ("Mentorship Committee <m@example.org>").
func NewOutboxQueue(s outboxStore, from string) *OutboxQueue {
	return &OutboxQueue{store: s, from: from}
}

var _ mailer.Queue = (*OutboxQueue)(nil)

// ReleaseAll frees every lease owner holds (mailer.Queue).
func (q *OutboxQueue) ReleaseAll(owner string) (int, error) { return q.store.ReleaseOwner(owner) }

// Claim leases due rows to owner, cancels those whose participant's mail has been
// stopped since they were made, and opens the others' content.
func (q *OutboxQueue) Claim(ctx context.Context, owner string, now time.Time, lease time.Duration, limit int) ([]mailer.Outgoing, error) {
	rows, err := q.store.ClaimDue(owner, now, lease, limit)
	if err != nil {
		return nil, err
	}
	if rows, err = q.store.CancelStopped(owner, rows); err != nil {
		return nil, err
	}
	out := make([]mailer.Outgoing, 0, len(rows))
	for i := range rows {
		o := &rows[i]
		m, err := q.store.OpenMessage(o)
		if err != nil {
			// Content that does not open now never will: fail the row, do not retry it.
			reason := "unable to open the sealed content: " + err.Error()
			if err := q.fail(o.ID, owner, store.DeliveryFailure{Reason: reason}, true); err != nil {
				return nil, err
			}
			continue
		}
		out = append(out, q.outgoing(o, m))
	}
	return out, nil
}

func (q *OutboxQueue) outgoing(o *store.Outbox, m store.Message) mailer.Outgoing {
	g := mailer.Outgoing{
		ID: o.ID, Kind: o.Kind, From: q.from, To: o.ToAddr, MessageID: o.MessageID,
		InReplyTo: o.InReplyTo, References: strings.Fields(o.References),
		Subject: m.Subject, Text: m.Text, HTML: m.HTML, Attempts: o.Attempts,
		Calendar: m.Calendar, CalendarMethod: o.CalendarMethod,
		Attachment: m.Attachment, AttachmentName: o.AttachmentName, AttachmentType: o.AttachmentType,
	}
	if f := q.FromByLang[o.Lang]; f != "" {
		g.From = f
	}
	if o.ParticipantID != nil {
		g.ParticipantID = *o.ParticipantID
		if q.Unsubscribe != nil {
			g.ListUnsubscribe = q.Unsubscribe(o.ID)
		}
	}
	for _, r := range strings.Split(o.ReplyTo, ",") {
		if r = strings.TrimSpace(r); r != "" {
			g.ReplyTo = append(g.ReplyTo, r)
		}
	}
	if o.FirstTriedAt != nil {
		g.FirstTriedAt = *o.FirstTriedAt
	}
	// Made, and due: the message's Date, the same at every attempt until a
	// retry moves it (mailer.Outgoing.Ready).
	g.Ready = o.CreatedAt
	if o.DueAt.After(g.Ready) {
		g.Ready = o.DueAt
	}
	return g
}

// Sent marks the row sent.
func (q *OutboxQueue) Sent(id int64, owner string, at time.Time) error {
	return q.store.MarkSent(id, owner, at)
}

// Retry puts the row back, due at next.
func (q *OutboxQueue) Retry(id int64, owner string, now, next time.Time, reason string) error {
	return q.store.MarkRetry(id, owner, now, next, reason)
}

// Failed marks the row failed and applies the bounce rules above in the same
// transaction, then calls OnFailed.
func (q *OutboxQueue) Failed(id int64, owner string, cause *mailer.SendError) error {
	f := store.DeliveryFailure{Reason: cause.Error(), Bounce: cause.Rejected(), StopMail: cause.BadRecipient()}
	return q.fail(id, owner, f, cause.Permanent)
}

func (q *OutboxQueue) fail(id int64, owner string, f store.DeliveryFailure, permanent bool) error {
	o, err := q.store.FailDelivery(id, owner, f)
	if err != nil {
		return err
	}
	if q.OnFailed != nil {
		q.OnFailed(o, f.Reason, permanent)
	}
	return nil
}

// Release gives back the lease of rows the sender claimed but did not try.
func (q *OutboxQueue) Release(ids []int64, owner string) error {
	return q.store.ReleaseLeases(ids, owner)
}
