package mailer

import (
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// SentMark is one message the server accepted, to be marked sent.
type SentMark struct {
	ID int64
	At time.Time
}

// BatchMarker is a Queue that marks several rows sent in one write. errs[i]
// is marks[i]'s error (nil when it was marked).
type BatchMarker interface {
	SentBatch(owner string, marks []SentMark) (errs []error)
}

// maxMarkGroup bounds the marks written in one group.
const maxMarkGroup = DefaultBatch

// marker writes a round's "sent" marks on a goroutine of its own, so that the
// round goes on sending while a mark waits for the database: when the inbox
// holds the write lock (a batch of replies applying), the marks wait without
// holding up the SMTP connection, and those that piled up meanwhile are
// written together, in one transaction, when the lock is free (with a
// BatchMarker queue; else one by one). With the database free, each mark is
// written as soon as it comes, as before.
//
// The price: a mark is no longer written before the next message goes out. A
// process killed while marks wait has those messages sent again by the next
// run, with their same Message-ID (as for the one message between the
// server's 250 and its mark before); how many is what piled up while the
// database was held.
type marker struct {
	s     *Sender
	mu    sync.Mutex
	queue []pendingMark
	wake  chan struct{} // a mark was queued
	done  chan struct{} // closed when the goroutine has written everything
	errs  []error
	shut  bool
}

// pendingMark is a mark with the logger of its message.
type pendingMark struct {
	SentMark
	log *slog.Logger
}

func (s *Sender) newMarker() *marker {
	m := &marker{s: s, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go m.run()
	return m
}

// add queues a mark.
func (m *marker) add(log *slog.Logger, id int64, at time.Time) {
	m.mu.Lock()
	m.queue = append(m.queue, pendingMark{SentMark{ID: id, At: at}, log})
	m.mu.Unlock()
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// close waits until every queued mark is written, and returns the errors of
// those that could not be.
func (m *marker) close() []error {
	m.mu.Lock()
	m.shut = true
	m.mu.Unlock()
	select {
	case m.wake <- struct{}{}:
	default:
	}
	<-m.done
	return m.errs
}

func (m *marker) run() {
	defer close(m.done)
	for {
		m.mu.Lock()
		n := min(len(m.queue), maxMarkGroup)
		group := append([]pendingMark(nil), m.queue[:n]...)
		m.queue = m.queue[n:]
		shut := m.shut && len(m.queue) == 0
		m.mu.Unlock()
		if len(group) > 0 {
			m.write(group)
			continue // more may have come meanwhile
		}
		if shut {
			return
		}
		<-m.wake
	}
}

// write writes one group of marks.
func (m *marker) write(group []pendingMark) {
	s := m.s
	errs := make([]error, len(group))
	if bm, ok := s.opts.Queue.(BatchMarker); ok && len(group) > 1 {
		marks := make([]SentMark, len(group))
		for i, g := range group {
			marks[i] = g.SentMark
		}
		got := bm.SentBatch(s.opts.Owner, marks)
		if len(got) != len(group) {
			err := fmt.Errorf("mailer: the queue returned %d results for %d marks", len(got), len(group))
			got = make([]error, len(group))
			for i := range got {
				got[i] = err
			}
		}
		copy(errs, got)
	} else {
		for i, g := range group {
			errs[i] = s.opts.Queue.Sent(g.ID, s.opts.Owner, g.At)
		}
	}
	for i, g := range group {
		if err := s.mark(g.log, g.ID, "sent", errs[i]); err != nil {
			m.errs = append(m.errs, err)
		}
	}
}
