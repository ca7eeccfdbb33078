package mailer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/emersion/go-imap/v2"
)

// listed is one message of the mailbox, from the cheap first FETCH.
type listed struct {
	uid  imap.UID
	size int64
}

// roundStats counts what one round did, for the log.
type roundStats struct {
	processed, quarantined, failed, skipped int
	lastUID                                 uint32
}

// round handles every message in the mailbox, in UID order. Applied messages
// leave the mailbox, so what is present is exactly what is left to do (plus
// messages whose handler failed, retried here, and messages applied but not yet
// moved when a connection or process died, which the handler makes no-ops).
//
// A handler error is logged and the round goes on with the next message; a
// connection or protocol error ends the round and is returned.
func (s *session) round(ctx context.Context) (roundStats, error) {
	var st roundStats
	s.drainWake()
	if mb := s.c.Mailbox(); mb != nil && mb.NumMessages == 0 {
		return st, nil
	}
	msgs, err := s.list(ctx)
	if err != nil {
		return st, err
	}
	for _, m := range msgs {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		if err := s.one(ctx, m, &st); err != nil {
			return st, err
		}
	}
	if len(msgs) > 0 {
		s.in.log.Info("inbox: round done", "uidvalidity", s.uidValidity, "last_uid", st.lastUID,
			"processed", st.processed, "quarantined", st.quarantined, "failed", st.failed, "skipped", st.skipped)
	}
	return st, nil
}

// list asks for the UID and size of every message (no bodies), sorted by UID.
func (s *session) list(ctx context.Context) ([]listed, error) {
	var msgs []listed
	err := s.do(ctx, "list messages", s.in.t.Fetch, func() error {
		all := imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}} // 1:*
		bufs, err := s.c.Fetch(all, &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
		if err != nil {
			return err
		}
		for _, b := range bufs {
			if b.UID != 0 {
				msgs = append(msgs, listed{uid: b.UID, size: b.RFC822Size})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(msgs, func(a, b listed) int { return cmp.Compare(a.uid, b.uid) })
	msgs = slices.CompactFunc(msgs, func(a, b listed) bool { return a.uid == b.uid })
	return msgs, nil
}

// one handles a single message: size check, fetch, Handle, then the move. The
// move happens only after Handle returned without error, that is after the
// program committed; a crash before it leaves the message in the mailbox.
func (s *session) one(ctx context.Context, m listed, st *roundStats) error {
	d := Delivery{Mailbox: s.in.opts.Mailbox, UIDValidity: s.uidValidity, UID: uint32(m.uid), Size: m.size}
	log := s.in.log.With("uidvalidity", s.uidValidity, "uid", d.UID, "size", m.size)
	if m.size > s.in.opts.MaxSize {
		d.TooBig = true
		log.Warn("inbox: message over the size limit, not fetched", "max", s.in.opts.MaxSize)
	} else {
		raw, err := s.fetchBody(ctx, m.uid)
		var ie *imap.Error
		switch {
		case errors.As(err, &ie):
			// The server refuses this one message (for instance a damaged file);
			// it stays in the mailbox and the others go on.
			log.Error("inbox: the server refused to fetch a message", "err", err)
			st.skipped++
			return nil
		case err != nil:
			return err
		case raw == nil:
			st.skipped++ // expunged by another client meanwhile
			return nil
		}
		d.Raw = raw
	}
	disp, err := s.handle(ctx, d)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		log.Warn("inbox: handler failed; the message stays for a later round", "err", err)
		st.failed++
		return nil
	}
	dest := s.in.opts.Processed
	if disp == Quarantine {
		dest = s.in.opts.Quarantine
	}
	if err := s.move(ctx, m.uid, dest); err != nil {
		return err
	}
	log.Debug("inbox: message handled", "disposition", disp)
	if disp == Quarantine {
		st.quarantined++
	} else {
		st.processed++
	}
	st.lastUID = max(st.lastUID, d.UID)
	return nil
}

// fetchBody fetches one whole message without setting \Seen (BODY.PEEK[]).
// It returns nil, nil when the message is gone.
func (s *session) fetchBody(ctx context.Context, uid imap.UID) ([]byte, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	var raw []byte
	err := s.do(ctx, fmt.Sprintf("fetch uid %d", uid), s.in.t.Fetch, func() error {
		bufs, err := s.c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
		if err != nil {
			return err
		}
		for _, b := range bufs {
			if b.UID == uid {
				if body := b.FindBodySection(section); body != nil {
					raw = body
				}
			}
		}
		return nil
	})
	return raw, err
}

// handle calls the handler, turning a panic into an error so that one bad
// message cannot stop the inbox.
func (s *session) handle(ctx context.Context, d Delivery) (disp Disposition, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("mailer: inbox: handler panicked on uid %d: %v", d.UID, r)
		}
	}()
	return s.in.opts.Handler.Handle(ctx, d)
}
