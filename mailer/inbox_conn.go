package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Deadlines of the inbox's network waits. go-imap v2 beta.8 puts no read
// deadline on a command's response, so a silent server would block it forever:
// every wait runs under withDeadline, which closes the connection when its
// deadline passes. InboxOptions.Timeouts overrides each.
const (
	imapDialTimeout   = 30 * time.Second // TCP connect, TLS handshake, greeting, STARTTLS
	imapLoginTimeout  = 30 * time.Second // LOGIN and the capability list
	imapSelectTimeout = 30 * time.Second // SELECT, LIST, CREATE
	imapFetchTimeout  = 2 * time.Minute  // the UID and size list, or the wait for each body of a batch (up to MaxSize)
	imapMoveTimeout   = 30 * time.Second // one batch's MOVE, or UID COPY + UID STORE + UID EXPUNGE, per destination
	imapLogoutTimeout = 10 * time.Second // LOGOUT
	imapWakeTimeout   = 30 * time.Second // IDLE start, IDLE stop (DONE), NOOP
)

// errDeadline marks a wait that outlived its deadline.
var errDeadline = errors.New("no answer before the deadline")

// withDeadline runs fn, closing c when d passes or ctx is done first, which
// unblocks whatever fn waits on. The error names op and says which cut it short.
func withDeadline(ctx context.Context, op string, d time.Duration, c io.Closer, fn func() error) error {
	var fired atomic.Bool
	t := time.AfterFunc(d, func() {
		fired.Store(true)
		c.Close()
	})
	stop := context.AfterFunc(ctx, func() { c.Close() })
	err := fn()
	t.Stop()
	stop()
	switch {
	case fired.Load():
		return fmt.Errorf("mailer: imap %s: %w (%v)", op, errDeadline, d)
	case ctx.Err() != nil:
		return fmt.Errorf("mailer: imap %s: %w", op, ctx.Err())
	case err != nil:
		return fmt.Errorf("mailer: imap %s: %w", op, err)
	}
	return nil
}

// session is one logged-in connection.
type session struct {
	in     *Inbox
	c      *imapclient.Client
	caps   imap.CapSet
	wake   chan struct{} // signalled by EXISTS
	closed atomic.Bool

	uidValidity uint32 // of the selected mailbox
	// processed and quarantine are the destination folders' names on this server.
	processed, quarantine string
}

// do runs fn under the deadline d, closing the connection if it passes.
func (s *session) do(ctx context.Context, op string, d time.Duration, fn func() error) error {
	return withDeadline(ctx, op, d, s, fn)
}

// Close closes the connection at once; it is safe to call more than once.
func (s *session) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.c.Close()
}

func (s *session) close() { s.Close() }

// alive reports whether the connection is still open: neither closed by us
// (a deadline, a shutdown) nor by the server or the network.
func (s *session) alive() bool {
	if s.closed.Load() {
		return false
	}
	select {
	case <-s.c.Closed():
		return false
	default:
		return true
	}
}

// logout says goodbye politely, bounded by the logout deadline, then closes.
func (s *session) logout(ctx context.Context) {
	err := s.do(ctx, "logout", s.in.t.Logout, func() error { return s.c.Logout().Wait() })
	if err != nil {
		s.in.log.Debug("inbox: logout", "err", err)
	}
	s.close()
}

// dial opens the connection, secures it as configured and waits for the greeting.
func (in *Inbox) dial(ctx context.Context, wake chan struct{}) (*imapclient.Client, error) {
	dctx, cancel := context.WithTimeout(ctx, in.t.Dial)
	defer cancel()
	conn, err := in.opts.Dialer(dctx, "tcp", in.opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("mailer: imap %s: dial: %w", in.opts.Addr, err)
	}
	copts := &imapclient.Options{
		TLSConfig: in.tlsConfig(),
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case wake <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	var c *imapclient.Client
	err = withDeadline(ctx, "connect to "+in.opts.Addr, in.t.Dial, conn, func() error {
		switch in.opts.TLS {
		case TLSImplicit:
			tc := tls.Client(conn, copts.TLSConfig)
			if err := tc.HandshakeContext(dctx); err != nil {
				return fmt.Errorf("TLS handshake: %w", err)
			}
			c = imapclient.New(tc, copts)
		case TLSStartTLS:
			var err error
			if c, err = imapclient.NewStartTLS(conn, copts); err != nil {
				return fmt.Errorf("STARTTLS: %w", err)
			}
		default:
			c = imapclient.New(conn, copts)
		}
		if err := c.WaitGreeting(); err != nil {
			return fmt.Errorf("greeting: %w", err)
		}
		return nil
	})
	if err != nil {
		if c != nil {
			c.Close()
		}
		conn.Close()
		return nil, err
	}
	return c, nil
}

func (in *Inbox) tlsConfig() *tls.Config {
	cfg := &tls.Config{}
	if in.opts.TLSConfig != nil {
		cfg = in.opts.TLSConfig.Clone()
	}
	if cfg.ServerName == "" {
		host, _, _ := net.SplitHostPort(in.opts.Addr)
		cfg.ServerName = host
	}
	return cfg
}

// connect dials and logs in.
func (in *Inbox) connect(ctx context.Context) (*session, error) {
	wake := make(chan struct{}, 1)
	c, err := in.dial(ctx, wake)
	if err != nil {
		return nil, err
	}
	s := &session{in: in, c: c, wake: wake}
	login, err := in.loginFunc(ctx)
	if err != nil {
		s.close()
		return nil, err
	}
	err = s.do(ctx, "login", in.t.Login, func() error {
		if err := login(c); err != nil {
			return fmt.Errorf("%s refused the login of %q: %w", in.opts.Addr, in.opts.Username, err)
		}
		s.caps = c.Caps() // LOGIN invalidates the greeting's list; this asks again
		if s.caps == nil {
			return errors.New("no capability list after login")
		}
		return nil
	})
	if err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// open connects, logs in, makes sure the destination folders exist and selects
// the mailbox, noting a UIDVALIDITY change against the cursor.
func (in *Inbox) open(ctx context.Context) (*session, error) {
	s, err := in.connect(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.ensureFolders(ctx); err != nil {
		s.close()
		return nil, err
	}
	if err := s.selectMailbox(ctx); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// resolveFolders names the destination folders as the server wants them: where
// the personal namespace has a prefix (cPanel's and Courier's "INBOX." among
// them), a configured "Processed" lives at "INBOX.Processed" (RFC 2342). A name
// that already carries the prefix is left as it is.
func (s *session) resolveFolders(ctx context.Context) error {
	s.processed, s.quarantine = s.in.opts.Processed, s.in.opts.Quarantine
	if !s.caps.Has(imap.CapNamespace) {
		return nil
	}
	var ns *imap.NamespaceData
	err := s.do(ctx, "namespace", s.in.t.Select, func() error {
		var err error
		ns, err = s.c.Namespace().Wait()
		return err
	})
	if err != nil || len(ns.Personal) == 0 {
		return err
	}
	prefix := ns.Personal[0].Prefix
	if prefix == "" {
		return nil
	}
	for _, name := range []*string{&s.processed, &s.quarantine} {
		if !strings.HasPrefix(strings.ToUpper(*name), strings.ToUpper(prefix)) {
			*name = prefix + *name
		}
	}
	s.in.log.Debug("inbox: folders in the personal namespace", "prefix", prefix, "processed", s.processed, "quarantine", s.quarantine)
	return nil
}

// ensureFolders creates Processed and Quarantine when they are missing.
func (s *session) ensureFolders(ctx context.Context) error {
	if err := s.resolveFolders(ctx); err != nil {
		return err
	}
	for _, name := range []string{s.processed, s.quarantine} {
		err := s.do(ctx, "create "+name, s.in.t.Select, func() error {
			found, err := s.c.List("", name, nil).Collect()
			if err != nil {
				return err
			}
			if len(found) > 0 {
				return nil
			}
			if err := s.c.Create(name, nil).Wait(); err != nil {
				var ie *imap.Error
				if errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists {
					return nil // made meanwhile by another client
				}
				return err
			}
			s.in.log.Info("inbox: created folder", "folder", name)
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// selectMailbox selects the mailbox and compares its UIDVALIDITY with the cursor.
// A change means the server renumbered the mailbox: the next round rescans it
// whole, and the handler's unique keys make already-applied messages no-ops.
// (Every round scans the whole mailbox anyway, since applied messages leave it.)
func (s *session) selectMailbox(ctx context.Context) error {
	name := s.in.opts.Mailbox
	var data *imap.SelectData
	err := s.do(ctx, "select "+name, s.in.t.Select, func() error {
		var err error
		data, err = s.c.Select(name, nil).Wait()
		return err
	})
	if err != nil {
		return err
	}
	s.uidValidity = data.UIDValidity
	if s.in.opts.Cursors == nil {
		return nil
	}
	uv, last, err := s.in.opts.Cursors.Cursor(ctx, name)
	if err != nil {
		return fmt.Errorf("mailer: inbox: read the cursor of %s: %w", name, err)
	}
	switch {
	case uv != 0 && uv != data.UIDValidity:
		s.in.log.Warn("inbox: UIDVALIDITY changed, rescanning the mailbox",
			"was", uv, "now", data.UIDValidity, "last_uid", last, "messages", data.NumMessages)
	default:
		s.in.log.Info("inbox: selected", "uidvalidity", data.UIDValidity, "last_uid", last, "messages", data.NumMessages)
	}
	return nil
}
