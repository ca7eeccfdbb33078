package mailer

import (
	"context"
	"fmt"

	"github.com/emersion/go-imap/v2"
)

// moves collects, by destination, the messages of a batch that the handler
// committed and that wait to leave the mailbox.
type moves struct {
	processed, quarantine   imap.UIDSet
	nProcessed, nQuarantine int
	lastUID                 imap.UID
}

// add notes a committed message and where it goes.
func (mv *moves) add(uid imap.UID, disp Disposition) {
	if disp == Quarantine {
		mv.quarantine.AddNum(uid)
		mv.nQuarantine++
	} else {
		mv.processed.AddNum(uid)
		mv.nProcessed++
	}
	mv.lastUID = max(mv.lastUID, uid)
}

func (mv *moves) len() int    { return mv.nProcessed + mv.nQuarantine }
func (mv *moves) empty() bool { return mv.len() == 0 }

// flush moves the collected messages: one move per destination. It does not
// stop when ctx ends (a shutdown still moves what was committed); the move
// deadline bounds it instead.
func (s *session) flush(ctx context.Context, mv *moves, st *roundStats) error {
	ctx = context.WithoutCancel(ctx)
	if mv.nProcessed > 0 {
		if err := s.move(ctx, mv.processed, mv.nProcessed, s.processed); err != nil {
			return err
		}
		st.processed += mv.nProcessed
	}
	if mv.nQuarantine > 0 {
		if err := s.move(ctx, mv.quarantine, mv.nQuarantine, s.quarantine); err != nil {
			return err
		}
		st.quarantined += mv.nQuarantine
	}
	st.lastUID = max(st.lastUID, uint32(mv.lastUID))
	return nil
}

// move marks the n messages of set \Seen and moves them to dest. With MOVE (RFC 6851) it is one
// atomic command. Without it, UID COPY, then UID STORE +FLAGS.SILENT (\Deleted),
// then UID EXPUNGE (RFC 4315) or, lacking UIDPLUS, EXPUNGE; each step waits for
// the previous one's OK, so a failed COPY never deletes the originals. A crash
// after the COPY leaves the messages in both folders: the next round offers them
// to the handler again (no-ops by their unique keys) and copies them once more,
// so Processed may then hold duplicates, but nothing is applied twice or lost.
// UIDs in set that another client expunged meanwhile are ignored by the server
// (RFC 3501, 6.4.8).
func (s *session) move(ctx context.Context, set imap.UIDSet, n int, dest string) error {
	op := fmt.Sprintf("move %d messages to %s", n, dest)
	return s.do(ctx, op, s.in.t.Move, func() error {
		// Marked \Seen first, so they arrive read (MOVE and COPY keep flags,
		// RFC 6851 section 3.3, RFC 3501 section 6.4.7) and the shared mailbox's
		// unread count shows only what a person has still to look at. The poller
		// goes by UID, not by \Seen, so a failed move leaves nothing unread for it.
		seen := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}
		if err := s.c.Store(set, seen, nil).Close(); err != nil {
			return fmt.Errorf("store \\Seen: %w", err)
		}
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
