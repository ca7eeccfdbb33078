package mailer

import (
	"context"
	"errors"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// errConnClosed reports a connection that the server or the network closed.
var errConnClosed = errors.New("mailer: imap: connection closed")

// wait blocks until there may be new mail: with IDLE (RFC 2177) when the server
// offers it, otherwise for one poll interval. Either way it ends with a command
// under a deadline, so a silent server is noticed: IDLE alone is no liveness
// check, since a dead peer just looks like a quiet mailbox.
func (s *session) wait(ctx context.Context) error {
	if s.caps.Has(imap.CapIdle) && !s.in.forcePoll {
		return s.idle(ctx)
	}
	return s.poll(ctx)
}

// idle runs one IDLE until new mail (EXISTS), ctx, or IdleRefresh. Stopping it
// (DONE and the tagged OK) has a deadline; after a refresh a NOOP with its own
// deadline checks the server still answers. A server that went silent mid-IDLE
// is thus noticed within IdleRefresh plus the wake deadline.
func (s *session) idle(ctx context.Context) error {
	var cmd *imapclient.IdleCommand
	err := s.do(ctx, "idle", s.in.t.Wake, func() error {
		var err error
		cmd, err = s.c.Idle()
		return err
	})
	if err != nil {
		return err
	}
	t := time.NewTimer(s.in.opts.IdleRefresh)
	defer t.Stop()
	refresh := false
	select {
	case <-s.wake:
	case <-t.C:
		refresh = true
	case <-ctx.Done():
		s.close()
		return ctx.Err()
	case <-s.c.Closed():
		return errConnClosed
	}
	err = s.do(ctx, "stop idle", s.in.t.Wake, func() error {
		if err := cmd.Close(); err != nil {
			return err
		}
		return cmd.Wait()
	})
	if err != nil {
		return err
	}
	if refresh {
		return s.noop(ctx)
	}
	return nil
}

// poll waits one poll interval (or until ctx is done), then sends NOOP, to which
// the server answers with EXISTS when mail arrived.
func (s *session) poll(ctx context.Context) error {
	t := time.NewTimer(s.in.opts.PollInterval)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.wake:
	case <-ctx.Done():
		s.close()
		return ctx.Err()
	case <-s.c.Closed():
		return errConnClosed
	}
	return s.noop(ctx)
}

func (s *session) noop(ctx context.Context) error {
	return s.do(ctx, "noop", s.in.t.Wake, func() error { return s.c.Noop().Wait() })
}

// drainWake forgets EXISTS signals received so far. A round calls it before it
// lists the mailbox, which covers them; a signal that comes later survives to
// end the next wait at once.
func (s *session) drainWake() {
	select {
	case <-s.wake:
	default:
	}
}
