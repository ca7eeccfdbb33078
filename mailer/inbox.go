package mailer

// The IMAP inbox: it reads replies from one mailbox, hands each message to the
// program, and moves it out of the mailbox only after the program has committed
// it (DESIGN.md, "Inbound: exactly once"). The concerns are split by file:
//
//	inbox.go        types, options, Run / RunOnce / Check and the reconnect loop
//	inbox_conn.go   dialing, login, mailbox set-up and the per-wait deadlines
//	inbox_fetch.go  one round over the mailbox: list, cut into batches, handle in order
//	inbox_stream.go one batch's bodies, streamed by a single UID FETCH
//	inbox_move.go   a batch's moves: MOVE, or UID COPY + \Deleted + UID EXPUNGE without it
//	inbox_idle.go   waiting for new mail: IDLE with a NOOP liveness check, or polling

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"time"
)

// Delivery is one message read from the mailbox, as handed to a Handler.
type Delivery struct {
	// Mailbox is the folder the message was read from, e.g. "INBOX".
	Mailbox string
	// UIDValidity and UID identify the message on the server.
	UIDValidity, UID uint32
	// Raw is the whole message as stored on the server; nil when TooBig.
	Raw []byte
	// Size is the message's RFC822.SIZE as the server reported it.
	Size int64
	// TooBig means the message exceeds the inbox's MaxSize: it was not fetched,
	// and the handler is expected to quarantine it unread.
	TooBig bool
	// Unreadable means the server refused to give the message MaxRefusals times
	// (a damaged file, say); Raw is nil and the handler is expected to quarantine
	// it, so that it no longer sits in INBOX unseen.
	Unreadable bool
}

// MaxRefusals is how many rounds the server may refuse to fetch a message before
// it is handed over Unreadable.
const MaxRefusals = 3

// Disposition is where a handled message goes.
type Disposition int

// Dispositions.
const (
	// Processed moves the message to the Processed folder.
	Processed Disposition = iota
	// Quarantine moves the message to the Quarantine folder.
	Quarantine
)

// String returns the disposition's name, for logs.
func (d Disposition) String() string {
	switch d {
	case Processed:
		return "processed"
	case Quarantine:
		return "quarantine"
	}
	return fmt.Sprintf("disposition(%d)", int(d))
}

// Handler applies one message. It commits everything the message causes, and the
// mailbox cursor, in one transaction, and says where the message goes. An error
// means nothing was committed: the message stays in the mailbox and is offered
// again on a later round, while the inbox goes on with the next messages. Handle
// must be idempotent for a message it has already committed: the inbox moves the
// committed messages of a batch together, after the last of them, and a crash
// before that move offers them again.
type Handler interface {
	Handle(ctx context.Context, d Delivery) (Disposition, error)
}

// Grouper is a Handler that commits a batch's messages together (group
// commit): the inbox calls Group around the Handle calls of one batch, and
// moves the batch's messages only after Group returned without error. When
// Group fails (its commit did), nothing of the batch is moved, and the next round
// reads the batch again.
type Grouper interface {
	Group(ctx context.Context, fn func(ctx context.Context) error) error
}

// CursorStore reads the per-mailbox cursor the handler writes: the UIDVALIDITY
// and the last UID applied. A mailbox never seen has zero for both.
type CursorStore interface {
	Cursor(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, err error)
}

// Defaults of InboxOptions.
const (
	// DefaultMaxSize is the largest message fetched; larger ones are quarantined unread.
	DefaultMaxSize = 10 << 20
	// DefaultBatchMessages is how many messages one batch holds at most: their
	// bodies come in one UID FETCH, and the committed ones leave in one UID MOVE
	// per destination.
	DefaultBatchMessages = 50
	// DefaultBatchBytes bounds the sum of the sizes of one batch's fetched
	// messages, and so the memory its bodies take; a single message larger than
	// this (but within MaxSize) makes a batch of its own.
	DefaultBatchBytes = 8 << 20
	// DefaultPollInterval is how often the mailbox is polled when the server lacks IDLE.
	DefaultPollInterval = time.Minute
	// DefaultIdleRefresh is how long one IDLE lasts before it is stopped and the
	// connection is checked with NOOP.
	DefaultIdleRefresh = 4*time.Minute + 30*time.Second
	// MaxIdleRefresh bounds IdleRefresh: design says IDLE is re-issued at most
	// every 5 minutes, well inside the 29-minute server limit of RFC 2177.
	MaxIdleRefresh = 5 * time.Minute
	// DefaultBackoffMin and DefaultBackoffMax bound the reconnect delay, which
	// doubles after each failed connection and carries jitter.
	DefaultBackoffMin = time.Second
	DefaultBackoffMax = 2 * time.Minute
)

// InboxTimeouts overrides the deadline of each network wait; a zero field takes
// the default named in inbox_conn.go. Tests make them short.
type InboxTimeouts struct {
	Dial   time.Duration // TCP connect, TLS handshake and the greeting
	Login  time.Duration // LOGIN and the capability list
	Select time.Duration // SELECT, LIST and CREATE
	Fetch  time.Duration // the UID and size list, or each message of a batch's bodies
	Move   time.Duration // one batch's MOVE, or COPY + STORE + EXPUNGE, per destination
	Logout time.Duration // LOGOUT
	Wake   time.Duration // starting or stopping IDLE, and NOOP
}

// InboxOptions configures NewInbox.
type InboxOptions struct {
	// Addr is the IMAP server as host:port.
	Addr string
	// Username and Password log in with IMAP LOGIN.
	Username, Password string
	// Token, when set, replaces the password: it returns an OAuth2 access token
	// for Username, presented with AUTHENTICATE XOAUTH2 (or OAUTHBEARER where
	// the server offers only that).
	Token func(ctx context.Context) (string, error)
	// TLS is how the connection is secured (the type the SMTP sender uses too);
	// the zero value is TLSStartTLS. IMAPS on port 993 is TLSImplicit.
	TLS TLSMode
	// TLSConfig is used for implicit TLS and STARTTLS; nil means defaults with
	// ServerName taken from Addr.
	TLSConfig *tls.Config
	// Mailbox is the folder replies arrive in; default "INBOX".
	Mailbox string
	// Processed is the folder applied messages are moved to; default "Processed".
	Processed string
	// Quarantine is the folder for messages not applied; default "Quarantine".
	Quarantine string
	// MaxSize is the largest message fetched, in bytes; default DefaultMaxSize.
	MaxSize int64
	// BatchMessages is the most messages fetched in one UID FETCH and moved in
	// one UID MOVE per destination; default DefaultBatchMessages.
	BatchMessages int
	// BatchBytes bounds the summed size of one batch's fetched messages;
	// default DefaultBatchBytes.
	BatchBytes int64
	// PollInterval is the polling period when IDLE is missing; default DefaultPollInterval.
	PollInterval time.Duration
	// IdleRefresh is how long one IDLE lasts before a NOOP checks the connection;
	// default DefaultIdleRefresh, at most MaxIdleRefresh.
	IdleRefresh time.Duration
	// BackoffMin and BackoffMax bound the reconnect delay; defaults
	// DefaultBackoffMin and DefaultBackoffMax.
	BackoffMin, BackoffMax time.Duration
	// Timeouts overrides the per-wait deadlines.
	Timeouts InboxTimeouts
	// Handler applies each message. Required for Run and RunOnce.
	Handler Handler
	// Cursors reads the cursor the handler writes, to notice a UIDVALIDITY change.
	// Optional: without it every round is a full scan, which is what happens anyway.
	Cursors CursorStore
	// Logger receives the inbox's logs (ids and sizes, never bodies); nil discards.
	Logger *slog.Logger
	// Dialer opens the TCP connection; nil means a net.Dialer.
	Dialer func(ctx context.Context, network, addr string) (net.Conn, error)
	// Rand draws the reconnect jitter; nil means a randomly seeded source.
	Rand *rand.Rand
}

// Inbox reads one IMAP mailbox and hands its messages to a Handler. Its methods
// must not be called concurrently.
type Inbox struct {
	opts InboxOptions
	log  *slog.Logger
	t    InboxTimeouts // with defaults filled in
	// forcePoll makes the inbox poll even when the server offers IDLE; tests use it.
	forcePoll bool
	// refused counts, per UIDVALIDITY and UID, the rounds in which the server
	// refused to fetch a message.
	refused map[[2]uint32]int
}

// NewInbox checks opts, fills in defaults and returns an inbox.
func NewInbox(opts InboxOptions) (*Inbox, error) {
	if opts.Addr == "" {
		return nil, errors.New("mailer: inbox: no IMAP address")
	}
	if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
		return nil, fmt.Errorf("mailer: inbox: IMAP address %q: %w", opts.Addr, err)
	}
	switch opts.TLS {
	case TLSImplicit, TLSStartTLS, TLSNone:
	default:
		return nil, fmt.Errorf("mailer: inbox: unknown TLS mode %v", opts.TLS)
	}
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&opts.Mailbox, "INBOX")
	def(&opts.Processed, "Processed")
	def(&opts.Quarantine, "Quarantine")
	if opts.Processed == opts.Mailbox || opts.Quarantine == opts.Mailbox {
		return nil, errors.New("mailer: inbox: Processed and Quarantine must differ from Mailbox")
	}
	defDur := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.BatchMessages <= 0 {
		opts.BatchMessages = DefaultBatchMessages
	}
	if opts.BatchBytes <= 0 {
		opts.BatchBytes = DefaultBatchBytes
	}
	defDur(&opts.PollInterval, DefaultPollInterval)
	defDur(&opts.IdleRefresh, DefaultIdleRefresh)
	if opts.IdleRefresh > MaxIdleRefresh {
		return nil, fmt.Errorf("mailer: inbox: IdleRefresh %v is over %v", opts.IdleRefresh, MaxIdleRefresh)
	}
	defDur(&opts.BackoffMin, DefaultBackoffMin)
	defDur(&opts.BackoffMax, DefaultBackoffMax)
	if opts.BackoffMax < opts.BackoffMin {
		opts.BackoffMax = opts.BackoffMin
	}
	if opts.Dialer == nil {
		opts.Dialer = (&net.Dialer{}).DialContext
	}
	if opts.Rand == nil {
		opts.Rand = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	lg := opts.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	t := opts.Timeouts
	defDur(&t.Dial, imapDialTimeout)
	defDur(&t.Login, imapLoginTimeout)
	defDur(&t.Select, imapSelectTimeout)
	defDur(&t.Fetch, imapFetchTimeout)
	defDur(&t.Move, imapMoveTimeout)
	defDur(&t.Logout, imapLogoutTimeout)
	defDur(&t.Wake, imapWakeTimeout)
	return &Inbox{opts: opts, log: lg.With("imap", opts.Addr, "mailbox", opts.Mailbox), t: t}, nil
}

// Check connects, logs in and logs out. It is run when the service starts, so
// that an unreachable server or a refused login stops it at once with a
// one-line reason.
func (in *Inbox) Check(ctx context.Context) error {
	s, err := in.connect(ctx)
	if err != nil {
		return err
	}
	s.logout(ctx)
	return nil
}

// RunOnce makes one pass: connect, log in, make sure the folders exist, handle
// every message in the mailbox, log out. Handler errors are logged and leave
// their message in place; RunOnce returns only connection and protocol errors.
func (in *Inbox) RunOnce(ctx context.Context) error {
	if in.opts.Handler == nil {
		return errors.New("mailer: inbox: no Handler")
	}
	s, err := in.open(ctx)
	if err != nil {
		return err
	}
	defer s.close()
	if _, err := s.round(ctx); err != nil {
		return err
	}
	s.logout(ctx)
	return nil
}

// Run reads the mailbox until ctx is done: it handles every message present,
// then waits for new mail with IDLE (or polls when the server lacks it). On any
// error it drops the connection and reconnects after an exponential backoff
// with jitter. It returns nil once ctx is done, and an error only for a missing
// Handler.
func (in *Inbox) Run(ctx context.Context) error {
	if in.opts.Handler == nil {
		return errors.New("mailer: inbox: no Handler")
	}
	delay := in.opts.BackoffMin
	for ctx.Err() == nil {
		opened, err := in.serve(ctx)
		if ctx.Err() != nil {
			break
		}
		if opened {
			delay = in.opts.BackoffMin
		}
		wait := in.jitter(delay)
		in.log.Warn("inbox: connection lost, reconnecting", "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
		delay = min(2*delay, in.opts.BackoffMax)
	}
	return nil
}

// serve runs one connection: open it, then alternate rounds and waits until an
// error. opened reports whether the mailbox was selected, which resets the backoff.
func (in *Inbox) serve(ctx context.Context) (opened bool, err error) {
	s, err := in.open(ctx)
	if err != nil {
		return false, err
	}
	defer s.close()
	for {
		if _, err := s.round(ctx); err != nil {
			return true, err
		}
		if err := s.wait(ctx); err != nil {
			return true, err
		}
	}
}

// jitter returns a delay drawn uniformly from [d/2, d).
func (in *Inbox) jitter(d time.Duration) time.Duration {
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + time.Duration(in.opts.Rand.Int64N(int64(half)))
}
