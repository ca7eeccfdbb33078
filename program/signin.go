package program

import (
	"fmt"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// SignInLost queues an alert telling the committee that the OAuth2 sign-in of
// the program's mailbox (account) no longer works and that someone must run
// `mentormail auth` again. reason is the provider's error code, never a token.
func (p *Program) SignInLost(account, reason string) error {
	now := p.now()
	err := p.store.Tx(func(tx *store.Tx) error {
		return p.alert(tx, fmt.Sprintf("signin:%s:%d", account, now.Unix()),
			templates.CommitteeAlert{Reason: templates.AlertSignInLost, Address: account, Details: reason, At: now}, nil)
	})
	if err != nil {
		return fmt.Errorf("program: unable to queue the sign-in alert: %w", err)
	}
	return nil
}
