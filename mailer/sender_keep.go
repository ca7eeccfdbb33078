package mailer

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Keeping the SMTP connection between rounds (issue 20): a round used to dial,
// say EHLO, start TLS and authenticate, about 45 ms on a real server, for each
// burst of mail. The connection a round ends with, if it is clean (its last
// transaction answered, or reset), is kept for the next round; the next round
// checks it with NOOP before its first message and dials afresh on any error.
// A message whose final dot went out without an answer never leaves a
// connection to keep: that error drops it (see conn.send), as before.
const (
	// DefaultKeepIdle is how long a connection is kept open with no round using
	// it. Servers close idle sessions later than this (Postfix's smtpd_timeout is
	// 300 s, RFC 5321 section 4.5.3.2.7 asks 5 minutes), so a kept connection is
	// normally closed by us, with QUIT, rather than found dead.
	DefaultKeepIdle = 60 * time.Second
	// keepMaxAge is how long one connection may serve rounds before it is closed
	// and dialled again, so that authentication (an OAuth2 token in particular)
	// is renewed now and then even when the sender is never idle.
	keepMaxAge = 10 * time.Minute
	// noopTimeout bounds the NOOP that checks a kept connection before reuse.
	noopTimeout = 10 * time.Second
)

// takeConn returns the connection for a round: the one kept from the last
// round, its closing bound to hard (the round's connection context), or a new,
// undialled one. It voids any pending idle close. s.mu is held.
func (s *Sender) takeConn(stopping, hard context.Context) *conn {
	s.keepGen++
	if s.idle != nil {
		s.idle.Stop()
		s.idle = nil
	}
	c := s.kept
	s.kept = nil
	if c == nil {
		return &conn{s: s, stopping: stopping}
	}
	c.stopping, c.dials, c.dialErr, c.carried, c.revived = stopping, 0, nil, true, false
	raw := c.raw
	c.stop = context.AfterFunc(hard, func() { raw.Close() })
	return c
}

// putConn ends a round with c: it keeps c for the next round when it is open
// and clean, and closes it when the sender is stopping or keeps nothing. s.mu is
// held.
func (s *Sender) putConn(stopping context.Context, c *conn) {
	if c.cl == nil {
		return
	}
	if stopping.Err() != nil || s.opts.KeepIdle < 0 {
		c.close()
		return
	}
	if !c.stop() {
		// The round's context ended and closed the socket.
		c.stop = nil
		c.drop()
		return
	}
	c.stop = nil
	if !c.carried {
		// Used in this round. One carried over and not used (no message got
		// that far) has been idle since the round that used it last.
		c.idleSince = time.Now()
	}
	s.kept = c
	gen := s.keepGen
	s.idle = time.AfterFunc(max(s.opts.KeepIdle-time.Since(c.idleSince), 0), func() { s.closeIdle(gen) })
}

// closeIdle closes the kept connection if no round has taken it since the
// timer of generation gen was set.
func (s *Sender) closeIdle(gen uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kept == nil || s.keepGen != gen {
		return
	}
	s.kept.quit(quitTimeout)
	s.kept, s.idle = nil, nil
	s.log.Debug("closed the idle SMTP connection", "idle", s.opts.KeepIdle)
}

// Close says QUIT on the connection kept between rounds, if any, and closes
// it, within quitTimeout. Run calls it when it returns; a caller of RunOnce
// calls it when done (an unclosed connection is closed after KeepIdle anyway).
func (s *Sender) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keepGen++
	if s.idle != nil {
		s.idle.Stop()
		s.idle = nil
	}
	if s.kept != nil {
		s.kept.quit(quitTimeout)
		s.kept = nil
	}
}

// revive checks a connection carried over from an earlier round before its
// first use: one kept past its idle limit or its age, or logged in with an
// OAuth2 token that has since been replaced, is closed; one that fails NOOP is
// dropped. Either way the caller dials again.
func (c *conn) revive(ctx context.Context) error {
	c.carried = false
	if c.s.opts.Token != nil {
		// The source returns its cached token until it refreshes it: a new one
		// means the old one expires soon, and servers may refuse a session
		// authenticated with it.
		tok, err := c.s.opts.Token(ctx)
		if err != nil || tok != c.token {
			c.quit(quitTimeout)
			return errors.New("the OAuth2 token was replaced")
		}
	}
	switch {
	case time.Since(c.idleSince) >= c.s.opts.KeepIdle:
		c.quit(quitTimeout)
		return fmt.Errorf("idle for %v", time.Since(c.idleSince).Round(time.Millisecond))
	case time.Since(c.born) >= keepMaxAge:
		c.quit(quitTimeout)
		return fmt.Errorf("open for %v", time.Since(c.born).Round(time.Second))
	}
	err := c.cl.UpdateDeadline(noopTimeout)
	if err == nil {
		err = c.cl.Noop() // RFC 5321 section 4.1.1.9
	}
	if err != nil {
		c.drop()
		return fmt.Errorf("NOOP: %w", err)
	}
	c.revived = true
	return nil
}
