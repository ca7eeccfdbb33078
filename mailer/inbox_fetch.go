package mailer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
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

// round handles every message in the mailbox, in UID order, batch by batch.
// Applied messages leave the mailbox, so what is present is exactly what is
// left to do (plus messages whose handler failed, retried here, and messages
// applied but not yet moved when a connection or process died, which the
// handler makes no-ops).
//
// A handler error is logged and the round goes on with the next message; a
// connection or protocol error ends the round and is returned. When ctx ends,
// the message in hand is finished, the batch's committed messages are moved,
// and the round returns ctx's error.
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
	for _, b := range s.batches(msgs) {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		if err := s.batch(ctx, b, &st); err != nil {
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

// msgBatch is a run of listed messages handled together: the bodies of those
// within MaxSize come in one UID FETCH, and the committed ones leave in one
// UID MOVE per destination.
type msgBatch struct {
	msgs  []listed    // in UID order, oversized ones included
	fetch imap.UIDSet // the messages within MaxSize
	n     int         // how many messages fetch holds
}

// batches cuts msgs, in UID order, into runs of at most BatchMessages messages
// whose fetched sizes add up to at most BatchBytes (or one larger message alone).
func (s *session) batches(msgs []listed) []msgBatch {
	var out []msgBatch
	var cur msgBatch
	var size int64
	for _, m := range msgs {
		fetch := m.size <= s.in.opts.MaxSize
		if len(cur.msgs) == s.in.opts.BatchMessages || fetch && cur.n > 0 && size+m.size > s.in.opts.BatchBytes {
			out = append(out, cur)
			cur, size = msgBatch{}, 0
		}
		cur.msgs = append(cur.msgs, m)
		if fetch {
			cur.fetch.AddNum(m.uid)
			cur.n++
			size += max(m.size, 0)
		}
	}
	if len(cur.msgs) > 0 {
		out = append(out, cur)
	}
	return out
}

// batch hands a batch's messages to the handler in UID order, each as soon as
// its body has arrived, then moves those the handler committed. The move comes
// after the last commit of the batch rather than after each: a crash before it
// leaves committed messages in the mailbox, which the handler makes no-ops the
// next time. The move is skipped only when the connection is gone.
func (s *session) batch(ctx context.Context, b msgBatch, st *roundStats) error {
	var f *bodyStream
	if b.n > 0 {
		f = s.streamBodies(b.fetch, b.n)
	}
	var mv moves
	var err error
	if g, ok := s.in.opts.Handler.(Grouper); ok {
		gerr := g.Group(ctx, func(ctx context.Context) error {
			err = s.handleBatch(ctx, b, f, &mv, st)
			return nil
		})
		if gerr != nil {
			s.in.log.Warn("inbox: the batch's commit failed; its messages stay for the next round", "err", gerr, "messages", mv.len())
			mv = moves{}
			if err == nil {
				err = gerr
			}
		}
	} else {
		err = s.handleBatch(ctx, b, f, &mv, st)
	}
	if f != nil {
		var ie *imap.Error // a NO: handleBatch asked for the missing messages one by one
		if ferr := f.finish(ctx, s); err == nil && ferr != nil && !errors.As(ferr, &ie) {
			err = ferr
		}
	}
	if mv.empty() {
		return err
	}
	if !s.alive() {
		s.in.log.Warn("inbox: connection lost before the move; the committed messages stay for the next round",
			"uidvalidity", s.uidValidity, "messages", mv.len())
		if err == nil {
			err = errConnClosed
		}
		return err
	}
	if merr := s.flush(ctx, &mv, st); err == nil {
		err = merr
	} else if merr != nil {
		s.in.log.Warn("inbox: moving the committed messages failed too", "err", merr)
	}
	return err
}

// handleBatch delivers b's messages in order and collects the committed ones
// in mv. It stops at ctx's end, after the message in hand.
func (s *session) handleBatch(ctx context.Context, b msgBatch, f *bodyStream, mv *moves, st *roundStats) error {
	for _, m := range b.msgs {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, ok, err := s.deliver(ctx, m, f, st)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		disp, err := s.handle(ctx, d)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.msgLog(m).Warn("inbox: handler failed; the message stays for a later round", "err", err)
			st.failed++
			continue
		}
		mv.add(m.uid, disp)
		s.msgLog(m).Debug("inbox: message committed", "disposition", disp)
	}
	return nil
}

// deliver makes m's Delivery: TooBig without a body when over MaxSize, else
// with its body from the batch's stream f. ok is false when the message is
// skipped this round: expunged meanwhile, or refused by the server.
func (s *session) deliver(ctx context.Context, m listed, f *bodyStream, st *roundStats) (d Delivery, ok bool, err error) {
	d = Delivery{Mailbox: s.in.opts.Mailbox, UIDValidity: s.uidValidity, UID: uint32(m.uid), Size: m.size}
	if m.size > s.in.opts.MaxSize {
		d.TooBig = true
		s.msgLog(m).Warn("inbox: message over the size limit, not fetched", "max", s.in.opts.MaxSize)
		return d, true, nil
	}
	r, ok, err := f.body(ctx, m.uid)
	var ie *imap.Error
	if !ok && errors.As(err, &ie) {
		// The server refused the batch's FETCH, or part of it (a damaged file,
		// say): this message is asked for alone, so one bad message costs no other.
		r, ok, err = s.fetchOne(ctx, m.uid)
	}
	switch {
	case errors.As(err, &ie):
		if s.in.refused == nil {
			s.in.refused = map[[2]uint32]int{}
		}
		at := [2]uint32{s.uidValidity, uint32(m.uid)}
		s.in.refused[at]++
		s.msgLog(m).Error("inbox: the server refused to fetch a message", "err", err, "times", s.in.refused[at])
		if s.in.refused[at] >= MaxRefusals {
			delete(s.in.refused, at)
			d.Unreadable = true
			return d, true, nil
		}
		st.skipped++
		return d, false, nil
	case err != nil:
		return d, false, err
	case !ok:
		st.skipped++ // expunged by another client meanwhile
		return d, false, nil
	}
	if r.tooBig {
		d.TooBig, d.Size = true, r.size
		s.msgLog(m).Warn("inbox: message grew over the size limit, not read", "max", s.in.opts.MaxSize, "sent", r.size)
		return d, true, nil
	}
	d.Raw = r.raw
	return d, true, nil
}

// msgLog is the inbox's logger with one message's ids.
func (s *session) msgLog(m listed) *slog.Logger {
	return s.in.log.With("uidvalidity", s.uidValidity, "uid", uint32(m.uid), "size", m.size)
}

// fetchOne fetches one whole message alone, with the same deadline as a batch.
func (s *session) fetchOne(ctx context.Context, uid imap.UID) (fetched, bool, error) {
	f := s.streamBodies(imap.UIDSetNum(uid), 1)
	r, ok, err := f.body(ctx, uid)
	if ferr := f.finish(ctx, s); err == nil && !ok {
		err = ferr
	}
	return r, ok, err
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
