package mailer

import (
	"context"
	"fmt"

	"github.com/emersion/go-imap/v2"
)

// move moves one message to dest. With MOVE (RFC 6851) it is one atomic
// command. Without it, UID COPY, then UID STORE +FLAGS.SILENT (\Deleted), then
// UID EXPUNGE (RFC 4315) or, lacking UIDPLUS, EXPUNGE; each step waits for the
// previous one's OK, so a failed COPY never deletes the original. A crash after
// the COPY leaves the message in both folders: the next round offers it to the
// handler again (a no-op by its unique key) and copies it once more, so
// Processed may then hold a duplicate, but nothing is applied twice or lost.
func (s *session) move(ctx context.Context, uid imap.UID, dest string) error {
	set := imap.UIDSetNum(uid)
	op := fmt.Sprintf("move uid %d to %s", uid, dest)
	return s.do(ctx, op, s.in.t.Move, func() error {
		if s.caps.Has(imap.CapMove) {
			_, err := s.c.Move(set, dest).Wait()
			return err
		}
		if _, err := s.c.Copy(set, dest).Wait(); err != nil {
			return fmt.Errorf("copy: %w", err)
		}
		del := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}
		if err := s.c.Store(set, del, nil).Close(); err != nil {
			return fmt.Errorf("store \\Deleted: %w", err)
		}
		if s.caps.Has(imap.CapUIDPlus) {
			if err := s.c.UIDExpunge(set).Close(); err != nil {
				return fmt.Errorf("uid expunge: %w", err)
			}
			return nil
		}
		// Plain EXPUNGE removes every \Deleted message of the mailbox, which
		// only ever holds messages waiting for this inbox.
		if err := s.c.Expunge().Close(); err != nil {
			return fmt.Errorf("expunge: %w", err)
		}
		return nil
	})
}
