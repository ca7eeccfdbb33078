package program

import (
	"fmt"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Forget erases a participant (store.ForgetParticipant) and tells the partner
// of each pair that was still active that it has ended because their partner
// left, without naming them. It returns what was erased and who was told.
func (p *Program) Forget(addr string) (*store.Forgotten, []string, error) {
	var pairs []int64
	err := p.store.Tx(func(tx *store.Tx) error {
		pt, err := tx.ParticipantByAddress(addr)
		if err != nil {
			return err
		}
		prs, err := tx.ActivePairs(pt.ID)
		for _, pr := range prs {
			pairs = append(pairs, pr.ID)
		}
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	f, err := p.store.ForgetParticipant(addr)
	if err != nil {
		return nil, nil, err
	}
	// After the erasure: the notice names no one, and the erasure (which takes
	// every message of the pair) must not take it.
	var told []string
	err = p.store.Tx(func(tx *store.Tx) error {
		for _, id := range pairs {
			v, err := tx.LoadPair(id)
			if err != nil {
				return err
			}
			partner := v.Partner(f.ParticipantID)
			ok, err := p.tellPartner(tx, v, partner, fmt.Sprintf("pairend:p%d:%s", id, partner.Role),
				templates.PairNotice{Event: templates.PairEnded, Reason: templates.EndPartnerLeft}, Note{})
			if err != nil {
				return err
			}
			if ok {
				told = append(told, partner.Email)
			}
		}
		return nil
	})
	if err == nil && len(told) > 0 {
		p.notify()
	}
	return f, told, err
}
