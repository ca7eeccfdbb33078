package mailer

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// fetched is one body read by a bodyStream.
type fetched struct {
	uid    imap.UID
	raw    []byte
	size   int64
	tooBig bool // the server sent a literal over MaxSize: it was discarded unread
}

// bodyStream is one batch's UID FETCH of whole bodies. A goroutine reads the
// responses as they come and queues each body, so the handler can take the
// first message while the rest still arrive, and so the time the handler takes
// never counts against the fetch deadline. The queue holds the whole batch, so
// the reader never waits for the handler; the batch's size bounds its memory.
type bodyStream struct {
	ch   chan fetched  // bodies in the order the server sent them
	done chan struct{} // closed when the command ended; err is set before
	err  error         // nil, an *imap.Error (the server said NO) or a connection error

	got map[imap.UID]fetched // received ahead of their turn; the consumer's alone
}

// watchdog closes c unless kicked within d of its start or last kick.
type watchdog struct {
	d     time.Duration
	t     *time.Timer
	fired atomic.Bool
}

func newWatchdog(d time.Duration, c io.Closer) *watchdog {
	w := &watchdog{d: d}
	w.t = time.AfterFunc(d, func() {
		w.fired.Store(true)
		c.Close()
	})
	return w
}

// kick restarts the wait.
func (w *watchdog) kick() { w.t.Reset(w.d) }

// stop disarms the watchdog and reports whether it fired.
func (w *watchdog) stop() bool {
	w.t.Stop()
	return w.fired.Load()
}

// streamBodies sends UID FETCH uids (UID BODY.PEEK[]), without setting \Seen,
// and reads the answer in the background. The fetch deadline applies to each
// message: it restarts whenever a whole body has arrived, so a batch of large
// messages gets the time each needs, and a server that goes silent anywhere in
// the batch is cut off within one deadline.
func (s *session) streamBodies(uids imap.UIDSet, n int) *bodyStream {
	f := &bodyStream{ch: make(chan fetched, n), done: make(chan struct{}), got: map[imap.UID]fetched{}}
	go func() {
		defer close(f.done)
		d := s.in.t.Fetch
		wd := newWatchdog(d, s) // armed before the command is written: a write can block too
		section := &imap.FetchItemBodySection{Peek: true}
		cmd := s.c.Fetch(uids, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
		err := s.readBodies(cmd, uids, n, f.ch, wd)
		switch {
		case wd.stop():
			f.err = fmt.Errorf("mailer: imap fetch %d bodies: %w (%v per message)", n, errDeadline, d)
		case err != nil:
			f.err = fmt.Errorf("mailer: imap fetch %d bodies: %w", n, err)
		}
	}()
	return f
}

// readBodies reads cmd to its end, queueing each requested body once.
func (s *session) readBodies(cmd *imapclient.FetchCommand, uids imap.UIDSet, n int, out chan<- fetched, wd *watchdog) error {
	seen := make(map[imap.UID]bool, n)
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		r, ok, err := s.readMessage(msg)
		if err != nil {
			cmd.Close()
			return err
		}
		wd.kick()
		if !ok || !uids.Contains(r.uid) || seen[r.uid] || len(seen) == n {
			continue // not asked for, or already had: nothing to hand over
		}
		seen[r.uid] = true
		out <- r
	}
	return cmd.Close()
}

// readMessage reads one FETCH response: its UID and its body. go-imap matches a
// response to the command by its UID, which servers send before the body.
func (s *session) readMessage(msg *imapclient.FetchMessageData) (r fetched, ok bool, err error) {
	for item := msg.Next(); item != nil; item = msg.Next() {
		switch it := item.(type) {
		case imapclient.FetchItemDataUID:
			r.uid = it.UID
		case imapclient.FetchItemDataBodySection:
			if it.Literal == nil || ok {
				continue
			}
			ok = true
			r.size = it.Literal.Size()
			if r.size > s.in.opts.MaxSize {
				r.tooBig = true // grew since the size list; Next discards it
				continue
			}
			r.raw = make([]byte, r.size)
			if _, err := io.ReadFull(it.Literal, r.raw); err != nil {
				return r, false, err
			}
		}
	}
	return r, ok && r.uid != 0, nil
}

// body waits for uid's body. It returns ok false when the command ended
// without it, with the command's error (nil when the server simply did not
// send it: the message was expunged meanwhile). Bodies that come ahead of
// their turn are kept until asked for.
func (f *bodyStream) body(ctx context.Context, uid imap.UID) (r fetched, ok bool, err error) {
	if r, ok := f.got[uid]; ok {
		delete(f.got, uid)
		return r, true, nil
	}
	for {
		select {
		case r := <-f.ch:
			if r.uid == uid {
				return r, true, nil
			}
			f.got[r.uid] = r
		case <-f.done:
			for { // everything queued before the end
				select {
				case r := <-f.ch:
					if r.uid == uid {
						return r, true, nil
					}
					f.got[r.uid] = r
				default:
					return fetched{}, false, f.err
				}
			}
		case <-ctx.Done():
			return fetched{}, false, ctx.Err()
		}
	}
}

// finish waits for the command to end and returns its error. Once ctx is
// done (a shutdown) the wait is bounded by the move deadline, after which the
// connection is closed; before, the fetch deadline bounds it already.
func (f *bodyStream) finish(ctx context.Context, s *session) error {
	select {
	case <-f.done:
		return f.err
	case <-ctx.Done():
	}
	wd := newWatchdog(s.in.t.Move, s)
	<-f.done
	wd.stop()
	return f.err
}
