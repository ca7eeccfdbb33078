package program

import (
	"context"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// groupKey keys the store view of a group commit in a context.
type groupKey struct{}

// Group runs fn, the inbox's handling of one batch of messages, so that the
// messages' transactions commit together when fn returns (store.Group): one
// durable commit per batch rather than per message (mailer.Grouper). The inbox
// moves the batch's messages after Group returns; a crash before the commit
// loses the batch's work and its messages are read again, one after leaves them
// in the mailbox and their inbound keys make the second reading a no-op.
func (p *Program) Group(ctx context.Context, fn func(ctx context.Context) error) error {
	err := p.store.Group(ctx, func(g *store.Store) error {
		return fn(context.WithValue(ctx, groupKey{}, g))
	})
	p.notify() // what the batch enqueued is visible now
	return err
}

// storeFor returns the group commit's view of the store when ctx carries one,
// else the store.
func (p *Program) storeFor(ctx context.Context) Store {
	if g, ok := ctx.Value(groupKey{}).(*store.Store); ok {
		return g
	}
	return p.store
}

var _ mailer.Grouper = (*Program)(nil)
