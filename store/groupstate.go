package store

import (
	"fmt"

	"gorm.io/gorm"
)

// What a group commit's transactions (Group) share, so that the statements
// every message would repeat run once for the batch:
//
//   - the outbox ids (outboxid.go);
//   - the mailbox cursor: each message's transaction records where the cursor
//     goes, and the batch writes the furthest once, just before its commit
//     (a failure to write it rolls the batch back, as a failed commit does);
//   - the keys with failures counted: read once, so that a message applied at
//     its first try costs no DELETE of a failure it never had.

// maxKnownFailures bounds the failure keys a group keeps in memory; with more,
// every applied message clears its failures with a DELETE, as outside a group.
const maxKnownFailures = 1000

// groupState is a group commit's shared state.
type groupState struct {
	ids outboxIDs
	// cursors are the marks of the batch's transactions that committed to the
	// group, per mailbox, in order, one per run of the same UIDVALIDITY.
	cursors map[string][]Cursor
	order   []string // the mailboxes in the order first marked
	// failing are the keys with a failure row; read once, when loaded is set.
	// all says there were too many to keep: every key may have one.
	failing map[string]bool
	loaded  bool
	all     bool
}

func newGroupState() *groupState {
	return &groupState{cursors: map[string][]Cursor{}, failing: map[string]bool{}}
}

// mark adds a transaction's cursor marks, as AdvanceCursor would apply them
// one after the other: within one UIDVALIDITY the furthest UID wins.
func (g *groupState) mark(marks []Cursor) {
	for _, c := range marks {
		runs, seen := g.cursors[c.Mailbox]
		if !seen {
			g.order = append(g.order, c.Mailbox)
		}
		if n := len(runs); n > 0 && runs[n-1].UIDValidity == c.UIDValidity {
			runs[n-1].LastUID = max(runs[n-1].LastUID, c.LastUID)
			continue
		}
		g.cursors[c.Mailbox] = append(runs, c)
	}
}

// flush writes the batch's cursor marks.
func (g *groupState) flush(db *gorm.DB) error {
	t := &Tx{db: db}
	for _, mb := range g.order {
		for _, c := range g.cursors[mb] {
			if err := t.writeCursor(c.Mailbox, c.UIDValidity, c.LastUID); err != nil {
				return err
			}
		}
	}
	return nil
}

// mayHaveFailed reports whether key may have a failure row to clear.
func (g *groupState) mayHaveFailed(db *gorm.DB, key string) (bool, error) {
	if !g.loaded {
		var keys []string
		if err := db.Model(&InboundFailure{}).Limit(maxKnownFailures+1).Pluck("key", &keys).Error; err != nil {
			return false, fmt.Errorf("store: unable to read the failure counts: %w", err)
		}
		g.loaded, g.all = true, len(keys) > maxKnownFailures
		for _, k := range keys {
			g.failing[k] = true
		}
	}
	return g.all || g.failing[key], nil
}

// failed records that key has a failure row now.
func (g *groupState) failed(key string) { g.failing[key] = true }
