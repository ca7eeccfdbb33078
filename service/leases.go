package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	"github.com/mentormail/mentormail/store"
)

// instanceName names this process in leases: host, pid and a random part, so
// that a restarted process never passes for the one that died.
func instanceName() string {
	host, _ := os.Hostname()
	var b [4]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s.%d.%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// Instance returns the name this instance takes leases under.
func (a *Service) Instance() string { return a.instance }

func (a *Service) runInbox(ctx context.Context) {
	if err := a.Inbox.Run(ctx); err != nil && ctx.Err() == nil {
		a.Log.Error("inbox stopped", "err", err)
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// runInboxLeased reads the mailbox while this instance holds its lease, renewing
// it every leaseRetry; it waits for the lease while another instance holds it,
// and stops reading as soon as a renewal fails (the lease lost, or the database
// out of reach), so two instances never read the mailbox as holders at once. A
// message a dying holder applied but did not move is read again by the next
// holder, and its inbound key makes that a no-op.
func (a *Service) runInboxLeased(ctx context.Context) {
	waiting := false
	for ctx.Err() == nil {
		held, err := a.Store.TakeLease(inboxLease, a.instance, a.clock(), a.leaseTTL)
		if err != nil {
			a.Log.Warn("inbox: unable to take the mailbox's lease", "err", err)
		}
		if !held {
			if !waiting {
				a.Log.Info("inbox: another instance reads the mailbox; this one waits to take over")
				waiting = true
			}
			sleep(ctx, a.leaseRetry)
			continue
		}
		waiting = false
		a.Log.Info("inbox: this instance reads the mailbox", "instance", a.instance)
		ictx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			a.runInbox(ictx)
		}()
	renew:
		for {
			t := time.NewTimer(a.leaseRetry)
			select {
			case <-done:
				t.Stop()
				break renew
			case <-t.C:
			}
			held, err := a.Store.TakeLease(inboxLease, a.instance, a.clock(), a.leaseTTL)
			if err != nil || !held {
				a.Log.Warn("inbox: the mailbox's lease was lost; this instance stops reading", "err", err)
				stop()
				<-done
				break renew
			}
		}
		stop()
		if ctx.Err() != nil {
			// Stopping: give the lease back so another instance takes over now.
			if err := a.Store.ReleaseLease(inboxLease, a.instance); err != nil {
				a.Log.Warn("inbox: unable to give the mailbox's lease back", "err", err)
			}
		}
	}
}

// runCalendarLeased runs the calendar's ticks, each under the calendar's lease:
// one instance at a time ticks, and a tick of another instance that finds the
// lease held is skipped (the next one comes a tick later).
func (a *Service) runCalendarLeased(ctx context.Context) {
	t := time.NewTicker(a.tick)
	defer t.Stop()
	for {
		held, err := a.Store.TakeLease(calendarLease, a.instance, a.clock(), max(a.leaseTTL, 2*a.tick))
		switch {
		case err != nil && ctx.Err() == nil:
			a.Log.Warn("calendar: unable to take the calendar's lease", "err", err)
		case held:
			res, err := a.Program.Tick(ctx)
			switch {
			case err != nil && ctx.Err() == nil:
				a.Log.Error("calendar tick failed", "err", err)
			case res.Enqueued > 0:
				a.Log.Info("calendar tick", "pairs", res.Pairs, "enqueued", res.Enqueued)
			}
			if err := a.Store.ReleaseLease(calendarLease, a.instance); err != nil {
				a.Log.Warn("calendar: unable to give the calendar's lease back", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// beat renews this instance's sender heartbeat: while it lives, the outbox rows
// the sender claimed are its own, whatever their own lease.
func (a *Service) beat() {
	if _, err := a.Store.TakeLease(store.HeartbeatPrefix+a.Sender.Owner(), a.Sender.Owner(), a.clock(), a.leaseTTL); err != nil {
		a.Log.Warn("sender: unable to renew this instance's heartbeat", "err", err)
	}
}

// runHeartbeat renews the sender's heartbeat every leaseRetry, and frees the
// outbox rows of senders whose heartbeat expired (their instance died): the
// senders alive send them within about leaseTTL of the death, not when the
// rows' own 10-minute lease ends. The heartbeat is not given back at a stop:
// it expires, and what the stopped sender left claimed (a message in hand when
// the grace ran out) is freed then.
func (a *Service) runHeartbeat(ctx context.Context) {
	for {
		sleep(ctx, a.leaseRetry)
		if ctx.Err() != nil {
			return
		}
		a.beat()
		n, err := a.Store.ReleaseDead(a.clock())
		switch {
		case err != nil && ctx.Err() == nil:
			a.Log.Warn("sender: unable to free the outbox rows of stopped instances", "err", err)
		case n > 0:
			a.Log.Warn("sender: took over the outbox rows of a stopped instance", "rows", n)
			select {
			case a.wake <- struct{}{}:
			default:
			}
		}
	}
}
