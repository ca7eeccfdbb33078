package program

import (
	"fmt"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// DeliveryFailed tells the committee that a message could not be delivered. It
// is the OutboxQueue's OnFailed hook. Failed mail to the committee itself is only
// logged: alerting about it would loop.
func (p *Program) DeliveryFailed(o store.Outbox, reason string, permanent bool) {
	log := p.log.With("outbox", o.ID, "kind", o.Kind, "permanent", permanent)
	if o.ParticipantID == nil {
		log.Error("committee mail could not be delivered", "reason", reason)
		return
	}
	err := p.store.Tx(func(tx *store.Tx) error {
		pt, err := tx.ParticipantByID(*o.ParticipantID)
		if err != nil {
			return err
		}
		a := templates.CommitteeAlert{Reason: templates.AlertDeliveryFailed, Participant: pt.Name, Role: role(pt),
			Address: o.ToAddr, Kind: templates.Kind(o.Kind), Details: reason, At: p.now()}
		if pt.MailStopped {
			a.Reason = templates.AlertPermanentBounce
		}
		// The row's creation time with its id: an alert's key outlives an erasure
		// (store.Tx.Enqueue), and SQLite may hand an erased row's id out again.
		return p.alert(tx, fmt.Sprintf("delivery:%d.%d", o.ID, o.CreatedAt.UnixNano()), a, pt)
	})
	if err != nil {
		log.Error("unable to alert the committee of a failed delivery", "err", err)
		return
	}
	log.Warn("delivery failed; committee alerted")
	p.notify()
}
