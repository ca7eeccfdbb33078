package mailer

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults of SenderOptions.
const (
	// DefaultLease is how long a claimed batch is held before another sender may take it.
	DefaultLease = 10 * time.Minute
	// DefaultBatch is how many rows one RunOnce claims.
	DefaultBatch = 50
	// pollInterval is how long Run waits between rounds when nothing wakes it.
	pollInterval = 5 * time.Second
	// DefaultDrain is how long the transaction in hand may go on once shutdown
	// has begun: long enough for a server to answer the final dot, within the
	// service's 10-second grace. Closing the socket while the server answers
	// would leave the message sent but unmarked, and send it again.
	DefaultDrain = 8 * time.Second
	// quitTimeout bounds QUIT when the sender is stopping or closes an idle
	// connection.
	quitTimeout = 2 * time.Second
)

// Outgoing is one message to send, as the queue hands it over: rendered, with the
// Message-ID fixed when it was made, so a retry is the same message.
type Outgoing struct {
	ID            int64
	ParticipantID int64 // zero for mail to no participant (e.g. the committee)
	Kind          string
	From          string // display name and address: "Mentorship Committee <m@example.org>"
	To            string
	ReplyTo       []string
	MessageID     string // without angle brackets
	InReplyTo     string // without angle brackets
	References    []string
	Subject       string
	// ListUnsubscribe is a List-Unsubscribe URI (RFC 2369), "mailto:...", or "".
	ListUnsubscribe string
	Text            string
	HTML            string // may be empty: the message is then text/plain only
	// Calendar is an iCalendar object (RFC 5545) sent as a third alternative,
	// text/calendar with the iTIP method CalendarMethod (RFC 5546: "REQUEST",
	// "CANCEL"), so calendar clients show the message as an invitation. It needs
	// HTML; "" for mail that is no invitation.
	Calendar       string
	CalendarMethod string
	// Attachment is a file sent after the text (multipart/mixed, base64), of
	// media type AttachmentType, named AttachmentName; nil for none.
	Attachment     []byte
	AttachmentName string
	AttachmentType string
	Attempts       int
	FirstTriedAt   time.Time // zero if no attempt has failed yet
	// Ready is when the message was made and due, its Date header (see
	// messageDate): a second copy sent after a crash between the server's
	// answer and the mark is then the same bytes as the first. Zero: the
	// time of sending.
	Ready time.Time
}

// maxDateAge is how far in the past a message's Date may be: mail that waited
// longer (an outage, retries) is dated when it is sent, as receiving servers
// frown on old dates.
const maxDateAge = time.Hour

// messageDate is the Date of a message ready at ready and sent at now: ready,
// unless it is unknown, later than now, or older than maxDateAge.
func messageDate(ready, now time.Time) time.Time {
	if ready.IsZero() || ready.After(now) || now.Sub(ready) > maxDateAge {
		return now
	}
	return ready.In(now.Location())
}

// Queue is the durable outbox the sender drains. The program satisfies it with the
// store. Every mark names the lease owner: a mark by a sender that lost its lease
// fails, and that sender must not assume the row is its own.
type Queue interface {
	// Claim leases up to limit due rows to owner until now+lease.
	Claim(ctx context.Context, owner string, now time.Time, lease time.Duration, limit int) ([]Outgoing, error)
	// Sent records that the server accepted the message.
	Sent(id int64, owner string, at time.Time) error
	// Retry puts the row back, due at next, after a temporary failure at now.
	Retry(id int64, owner string, now, next time.Time, reason string) error
	// Release gives back the lease of rows this owner claimed but did not try, so
	// that a restarted or another sender can send them at once.
	Release(ids []int64, owner string) error
	// ReleaseAll gives back every lease owner holds. A sender calls it when it
	// starts: leases under its name are a previous run's, cut short (kill -9,
	// a power cut), and their rows are sent at once rather than when the lease
	// ends. It returns how many rows it released.
	ReleaseAll(owner string) (int, error)
	// Failed gives up on the row. cause.Permanent is false when temporary failures
	// went on too long; cause.Rejected and cause.BadRecipient tell whether the
	// recipient's server refused it.
	Failed(id int64, owner string, cause *SendError) error
}

// TLSMode says how the connection to the SMTP server is protected.
type TLSMode int

const (
	// TLSStartTLS (the default) requires STARTTLS (RFC 3207): a server that does not
	// offer it is refused rather than spoken to in plain text.
	TLSStartTLS TLSMode = iota
	// TLSImplicit speaks TLS from the first byte (RFC 8314, usually port 465).
	TLSImplicit
	// TLSNone sends in plain text. Only for a configuration that says so, such as a
	// relay on loopback.
	TLSNone
)

// String returns the mode's configuration name.
func (m TLSMode) String() string {
	switch m {
	case TLSStartTLS:
		return "starttls"
	case TLSImplicit:
		return "implicit"
	case TLSNone:
		return "none"
	}
	return "TLSMode(" + strconv.Itoa(int(m)) + ")"
}

// Backoff spaces the retries of a message after temporary failures.
type Backoff struct {
	Base   time.Duration // the first delay; default 1 minute, doubled at each attempt
	Max    time.Duration // the longest delay; default 1 hour
	Jitter float64       // the delay varies by ± this fraction; default 0.2, negative for none
	GiveUp time.Duration // failed after this long since the first failure; default 48 hours
}

func (b Backoff) withDefaults() Backoff {
	if b.Base <= 0 {
		b.Base = time.Minute
	}
	if b.Max <= 0 {
		b.Max = time.Hour
	}
	if b.Jitter == 0 {
		b.Jitter = 0.2
	}
	if b.Jitter < 0 {
		b.Jitter = 0
	}
	if b.GiveUp <= 0 {
		b.GiveUp = 48 * time.Hour
	}
	return b
}

// Delay returns the wait before the next try of a message that has been tried
// attempts times; r, in [0, 1), picks the jitter.
func (b Backoff) Delay(attempts int, r float64) time.Duration {
	b = b.withDefaults()
	d := b.Base
	for i := 0; i < attempts && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return time.Duration(float64(d) * (1 + b.Jitter*(2*r-1)))
}

// SenderOptions configures NewSender.
type SenderOptions struct {
	Addr     string // the SMTP server, host:port
	Username string // empty for no authentication
	Password string // used with Username (AUTH PLAIN, or LOGIN where PLAIN is missing)
	// Token, when set, replaces the password: it returns an OAuth2 access token
	// for Username, presented with AUTH XOAUTH2 at each connection.
	Token     func(ctx context.Context) (string, error)
	TLS       TLSMode     // default TLSStartTLS
	TLSConfig *tls.Config // optional, e.g. a test CA; ServerName defaults to the host
	HeloName  string      // the EHLO name; default the host name
	Queue     Queue       // required
	// Owner names this sender in leases; default host name, pid and a random
	// suffix. A name that stays the same across restarts (see Run) lets a
	// restarted sender take back its own leases at once; two senders running at
	// the same time must never share one.
	Owner string
	// Drain is how long the message in hand may take to finish once the context
	// ends; default DefaultDrain.
	Drain time.Duration
	// KeepIdle is how long the SMTP connection stays open between rounds with
	// none using it; default DefaultKeepIdle. Negative closes it at the end of
	// each round.
	KeepIdle time.Duration
	Lease    time.Duration // default DefaultLease; at least twice messageBudget
	Batch    int           // default DefaultBatch
	// Clock returns the time used for claims, marks, backoff and the Date header;
	// default time.Now.
	Clock   func() time.Time
	Logger  *slog.Logger // default slog.Default()
	Backoff Backoff
	Rand    mrand.Source // picks the jitter; default a random seed
}

// Sender delivers the outbox over SMTP. RunOnce and Check may be called from any
// goroutine; they run one at a time.
type Sender struct {
	mu      sync.Mutex
	opts    SenderOptions
	host    string
	port    int
	tlsConf *tls.Config
	backoff Backoff
	rng     *mrand.Rand
	log     *slog.Logger
	// kept is the connection kept between rounds, closed by idle after
	// KeepIdle unless a round of a later keepGen takes it first.
	kept    *conn
	idle    *time.Timer
	keepGen uint64
}

// NewSender checks opts, fills in the defaults and returns a sender. It does not
// connect: call Check to fail fast when the server is unreachable.
func NewSender(opts SenderOptions) (*Sender, error) {
	host, portStr, err := net.SplitHostPort(opts.Addr)
	if err != nil || host == "" {
		return nil, fmt.Errorf("mailer: the SMTP address %q is not host:port", opts.Addr)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 1 || port > 65535 {
		return nil, fmt.Errorf("mailer: the SMTP address %q has no valid port", opts.Addr)
	}
	if opts.TLS < TLSStartTLS || opts.TLS > TLSNone {
		return nil, fmt.Errorf("mailer: unknown TLS mode %d", opts.TLS)
	}
	if opts.Queue == nil {
		return nil, errors.New("mailer: the sender has no queue")
	}
	if opts.Password != "" && opts.Username == "" {
		return nil, errors.New("mailer: an SMTP password is set without a username")
	}
	if opts.Lease == 0 {
		opts.Lease = DefaultLease
	}
	if opts.Lease < 2*messageBudget {
		return nil, fmt.Errorf("mailer: the lease %v is shorter than %v", opts.Lease, 2*messageBudget)
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	if opts.Drain <= 0 {
		opts.Drain = DefaultDrain
	}
	if opts.KeepIdle == 0 {
		opts.KeepIdle = DefaultKeepIdle
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Owner == "" {
		opts.Owner = defaultOwner()
	}
	src := opts.Rand
	if src == nil {
		src = mrand.NewPCG(mrand.Uint64(), mrand.Uint64())
	}
	tc := &tls.Config{}
	if opts.TLSConfig != nil {
		tc = opts.TLSConfig.Clone()
	}
	if tc.ServerName == "" {
		tc.ServerName = host
	}
	if tc.MinVersion == 0 {
		tc.MinVersion = tls.VersionTLS12
	}
	return &Sender{
		opts: opts, host: host, port: port, tlsConf: tc,
		backoff: opts.Backoff.withDefaults(), rng: mrand.New(src),
		log: opts.Logger.With("component", "sender", "owner", opts.Owner),
	}, nil
}

// defaultOwner names this process: host name, pid and a random suffix, so two
// senders on one host never share leases.
func defaultOwner() string {
	h, _ := os.Hostname()
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s.%d.%s", h, os.Getpid(), hex.EncodeToString(b[:]))
}

// Owner returns the name this sender claims rows under.
func (s *Sender) Owner() string { return s.opts.Owner }

// Check connects, authenticates and quits, so that a wrong address, TLS setting or
// password is reported at start-up rather than at the first send.
func (s *Sender) Check(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &conn{s: s}
	if err := c.dial(ctx); err != nil {
		return fmt.Errorf("%w (server %s)", err, s.opts.Addr)
	}
	c.close()
	return nil
}

// Run sends due mail until ctx is done: a round, then a wait for wake, the poll
// interval or the end. A full batch starts the next round at once. The SMTP
// connection is kept between rounds, and closed when Run returns.
//
// It starts by taking back the leases held under its Owner: a previous run of
// this sender stopped without marking them (kill -9), and they go out now, not
// when their lease ends.
func (s *Sender) Run(ctx context.Context, wake <-chan struct{}) {
	if n, err := s.opts.Queue.ReleaseAll(s.opts.Owner); err != nil {
		s.log.Error("unable to take back this sender's leases", "err", err)
	} else if n > 0 {
		s.log.Warn("took back leases of a previous run", "rows", n)
	}
	defer s.Close()
	t := time.NewTimer(pollInterval)
	defer t.Stop()
	for ctx.Err() == nil {
		n, err := s.RunOnce(ctx)
		if err != nil && ctx.Err() == nil {
			s.log.Error("send round failed", "err", err)
		}
		if n >= s.opts.Batch {
			continue
		}
		t.Reset(pollInterval)
		select {
		case <-ctx.Done():
		case <-wake:
		case <-t.C:
		}
	}
}

// RunOnce claims the due rows and sends them over one SMTP connection: the one
// kept from the last round, checked with NOOP, or one dialled when the first
// message needs it. It returns how many the server accepted. Each row is
// marked sent, retried or failed as soon as its answer is known. Rows not reached
// (ctx done, or too little lease left) are released for the next round.
func (s *Sender) RunOnce(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return 0, err // claim nothing that would then sit leased
	}
	now := s.opts.Clock()
	rows, err := s.opts.Queue.Claim(ctx, s.opts.Owner, now, s.opts.Lease, s.opts.Batch)
	if err != nil {
		return 0, fmt.Errorf("mailer: unable to claim outgoing mail: %w", err)
	}
	if len(rows) == 0 {
		return 0, nil
	}
	// No message starts unless it can finish before the lease ends: after that,
	// another sender may claim the row and send it too.
	lastStart := now.Add(s.opts.Lease - messageBudget)
	// The connection lives on hard, not ctx: when ctx ends, no new message
	// starts, but the one in hand goes on for up to Drain, so that a server
	// answering the final dot is heard and the row marked (issue 12: closing the
	// socket then sends the message twice).
	hard, cancelHard := context.WithCancel(context.WithoutCancel(ctx))
	var drainMu sync.Mutex
	var drain *time.Timer
	stopDrain := context.AfterFunc(ctx, func() {
		drainMu.Lock()
		drain = time.AfterFunc(s.opts.Drain, cancelHard)
		drainMu.Unlock()
	})
	defer func() {
		stopDrain()
		drainMu.Lock()
		if drain != nil {
			drain.Stop()
		}
		drainMu.Unlock()
		cancelHard()
	}()
	c := s.takeConn(ctx, hard)
	defer s.putConn(ctx, c)
	sent := 0
	var errs []error
	refused := map[string]bool{} // addresses the server refused in this batch
	for i, o := range rows {
		if ctx.Err() != nil || s.opts.Clock().After(lastStart) {
			s.log.Warn("batch stopped early; the rest is released", "left", len(rows)-i, "cancelled", ctx.Err() != nil)
			ids := make([]int64, 0, len(rows)-i)
			for _, r := range rows[i:] {
				ids = append(ids, r.ID)
			}
			if err := s.opts.Queue.Release(ids, s.opts.Owner); err != nil {
				errs = append(errs, err)
			}
			break
		}
		rcpt := strings.ToLower(o.To)
		if refused[rcpt] {
			// The queue may have cancelled the row when the address was refused;
			// otherwise it is claimed again when the lease ends.
			s.log.Info("skipped: the address was refused earlier in this batch", "outbox_id", o.ID, "rcpt_domain", domainOf(o.To))
			continue
		}
		cause, err := s.deliver(ctx, hard, c, o)
		switch {
		case cause == nil:
			sent++
		case cause.BadRecipient():
			refused[rcpt] = true
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	s.log.Info("send round done", "claimed", len(rows), "sent", sent, "connections", c.dials, "kept", c.revived)
	if ctx.Err() != nil {
		errs = append(errs, ctx.Err())
	}
	return sent, errors.Join(errs...)
}

// deliver sends one row on the connection, which lives on hard, and marks it
// at once. It returns why the row was not sent (nil if it was) and any failure
// to mark it. ctx is the sender's: ended, it means shutdown.
func (s *Sender) deliver(ctx, hard context.Context, c *conn, o Outgoing) (*SendError, error) {
	log := s.log.With("outbox_id", o.ID, "kind", o.Kind, "participant_id", o.ParticipantID, "rcpt_domain", domainOf(o.To))
	now := s.opts.Clock()
	var size int64
	msg, env, err := buildMessage(o, messageDate(o.Ready, now))
	if err == nil {
		size, err = c.send(hard, env, msg)
	}
	now = s.opts.Clock()
	if err == nil {
		// Marked before anything else: the window between the server's 250 and
		// the mark is a kill -9 away from a second copy.
		merr := s.mark(log, o.ID, "sent", s.opts.Queue.Sent(o.ID, s.opts.Owner, now))
		log.Info("sent", "bytes", size, "attempt", o.Attempts+1)
		log.Debug("sent to", "to", env.to)
		return nil, merr
	}
	var se *SendError
	if !errors.As(err, &se) {
		se = &SendError{Msg: err.Error(), Err: err}
	}
	if ctx.Err() != nil && !se.Permanent {
		// Shutting down cut the exchange short: not the message's fault, so no
		// backoff. Released, it goes out first thing on the next start (the same
		// Message-ID, should the server have kept it after all).
		log.Info("interrupted by shutdown; released")
		return se, s.mark(log, o.ID, "released", s.opts.Queue.Release([]int64{o.ID}, s.opts.Owner))
	}
	attrs := []any{"command", se.Command, "code", se.Code, "enhanced", se.Enhanced, "attempt", o.Attempts + 1}
	log.Debug("server said", "reply", se.Msg)
	if se.Permanent {
		log.Warn("failed permanently", attrs...)
		return se, s.mark(log, o.ID, "failed", s.opts.Queue.Failed(o.ID, s.opts.Owner, se))
	}
	first := o.FirstTriedAt
	if first.IsZero() {
		first = now
	}
	if now.Sub(first) >= s.backoff.GiveUp {
		log.Warn("gave up after temporary failures", append(attrs, "since", first)...)
		giveUp := *se
		giveUp.Msg = fmt.Sprintf("gave up after %v of temporary failures; last: %s", now.Sub(first).Round(time.Minute), se.Msg)
		return se, s.mark(log, o.ID, "failed", s.opts.Queue.Failed(o.ID, s.opts.Owner, &giveUp))
	}
	next := now.Add(s.backoff.Delay(o.Attempts, s.rng.Float64()))
	log.Info("will retry", append(attrs, "next", next)...)
	return se, s.mark(log, o.ID, "retry", s.opts.Queue.Retry(o.ID, s.opts.Owner, now, next, se.Error()))
}

func (s *Sender) mark(log *slog.Logger, id int64, as string, err error) error {
	if err == nil {
		return nil
	}
	log.Error("unable to mark outbox row", "as", as, "err", err)
	return fmt.Errorf("mailer: unable to mark outbox row %d %s: %w", id, as, err)
}

// domainOf returns the domain of an address, for logs that must not carry the
// address itself.
func domainOf(addr string) string {
	addr = strings.TrimRight(strings.TrimSpace(addr), ">")
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return strings.ToLower(addr[at+1:])
	}
	return ""
}
