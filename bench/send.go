package bench

// send: rendered check-ins in the outbox, delivered by our sender to an SMTP sink,
// against net/smtp sending the same bytes over one connection.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/smtp"
	"runtime/pprof"
	"sync"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
)

// sendRatioTarget is the send workload's target, of the floor's rate (issue 20).
const sendRatioTarget = 0.8

// sinkTimeout bounds each read and write of the sink's SMTP sessions.
const sinkTimeout = time.Minute

// sunk is one message the sink kept: its envelope and content.
type sunk struct {
	from string
	to   []string
	data []byte
}

// sink is an SMTP server on loopback that accepts everything and discards it,
// or keeps it while keep is set.
type sink struct {
	srv  *gosmtp.Server
	ln   net.Listener
	mu   sync.Mutex
	keep bool
	kept []sunk
}

func newSink() (*sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bench: sink: %w", err)
	}
	s := &sink{ln: ln}
	s.srv = gosmtp.NewServer(gosmtp.BackendFunc(func(*gosmtp.Conn) (gosmtp.Session, error) {
		return &sinkSession{s: s}, nil
	}))
	s.srv.Domain = "sink." + domain
	s.srv.AllowInsecureAuth = true
	s.srv.ReadTimeout, s.srv.WriteTimeout = sinkTimeout, sinkTimeout
	s.srv.MaxMessageBytes = 64 << 20
	go s.srv.Serve(ln)
	return s, nil
}

func (s *sink) addr() string { return s.ln.Addr().String() }

func (s *sink) close() { s.srv.Close() }

type sinkSession struct {
	s    *sink
	from string
	to   []string
}

func (ss *sinkSession) Reset()        { ss.from, ss.to = "", nil }
func (ss *sinkSession) Logout() error { return nil }
func (ss *sinkSession) Mail(from string, _ *gosmtp.MailOptions) error {
	ss.from = from
	return nil
}
func (ss *sinkSession) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}

// Data reads the whole message on both sides alike; only a kept one is copied.
func (ss *sinkSession) Data(r io.Reader) error {
	var b bytes.Buffer
	if _, err := b.ReadFrom(r); err != nil {
		return err
	}
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	if ss.s.keep {
		ss.s.kept = append(ss.s.kept, sunk{from: ss.from, to: append([]string(nil), ss.to...), data: b.Bytes()})
	}
	return nil
}

func runSend(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	cfg, err := newConfig(dir, nil)
	if err != nil {
		return nil, err
	}
	e, err := newEnv(cfg, benchNow, opts.Logger)
	if err != nil {
		return nil, err
	}
	defer e.close()
	pairs := (opts.N + 1) / 2
	c, err := e.addCohort("Bench", pairs, sessionStart, nil)
	if err != nil {
		return nil, err
	}
	if _, err := e.enqueueCheckins(c, opts.N); err != nil {
		return nil, err
	}
	sk, err := newSink()
	if err != nil {
		return nil, err
	}
	defer sk.close()

	from := (&mail.Address{Name: cfg.Program.Name, Address: cfg.Program.Address}).String()
	q := program.NewOutboxQueue(e.store, from)
	sender, err := mailer.NewSender(mailer.SenderOptions{Addr: sk.addr(), TLS: mailer.TLSNone, Queue: q, Clock: e.clock,
		Logger: opts.Logger})
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer sender.Close()
	sk.keep = true
	var oursT time.Duration
	sent := 0
	pprof.Do(ctx, pprof.Labels("workload", Send, "side", "ours"), func(ctx context.Context) {
		t := time.Now()
		for {
			n, rerr := sender.RunOnce(ctx)
			if rerr != nil {
				err = rerr
				return
			}
			if n == 0 {
				break
			}
			sent += n
		}
		oursT = time.Since(t)
	})
	if err != nil {
		return nil, err
	}
	sk.mu.Lock()
	kept := sk.kept
	sk.keep, sk.kept = false, nil
	sk.mu.Unlock()
	counts, err := e.store.CountRows()
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	marked := counts.Sent
	if sent != opts.N || len(kept) != opts.N || marked != int64(opts.N) {
		return nil, fmt.Errorf("bench: the sender sent %d of %d (the sink got %d, %d marked sent)", sent, opts.N, len(kept), marked)
	}
	var size int
	for _, k := range kept {
		size += len(k.data)
	}
	fmt.Fprintf(opts.Out, "  ours: %d check-ins (%.1f KB on average) in %s\n", sent, float64(size)/float64(len(kept))/1024, dur(oursT))

	var floorT time.Duration
	pprof.Do(ctx, pprof.Labels("workload", Send, "side", "floor"), func(context.Context) {
		floorT, err = sendFloor(sk.addr(), kept)
	})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(opts.Out, "  floor: %d messages in %s\n", len(kept), dur(floorT))
	ratio := floorT.Seconds() / oursT.Seconds()
	return []Row{{Workload: Send, Case: fmt.Sprintf("%d check-ins, rate vs floor", opts.N),
		Floor: rate(len(kept), floorT, "msg"), Ours: rate(sent, oursT, "msg"), Ratio: ratio,
		Target: fmt.Sprintf("≥ %.2f", sendRatioTarget), Met: verdict(ratio >= sendRatioTarget)}}, nil
}

// sendFloor sends the messages our sender produced, byte for byte, with net/smtp
// over one connection: no database, no rendering, no MIME building.
func sendFloor(addr string, msgs []sunk) (time.Duration, error) {
	t := time.Now()
	c, err := smtp.Dial(addr)
	if err != nil {
		return 0, fmt.Errorf("bench: floor: %w", err)
	}
	defer c.Close()
	if err := c.Hello("bench." + domain); err != nil {
		return 0, fmt.Errorf("bench: floor: %w", err)
	}
	for _, m := range msgs {
		if err := c.Mail(m.from); err != nil {
			return 0, fmt.Errorf("bench: floor: MAIL: %w", err)
		}
		for _, to := range m.to {
			if err := c.Rcpt(to); err != nil {
				return 0, fmt.Errorf("bench: floor: RCPT: %w", err)
			}
		}
		w, err := c.Data()
		if err != nil {
			return 0, fmt.Errorf("bench: floor: DATA: %w", err)
		}
		if _, err := w.Write(m.data); err != nil {
			return 0, fmt.Errorf("bench: floor: %w", err)
		}
		if err := w.Close(); err != nil {
			return 0, fmt.Errorf("bench: floor: %w", err)
		}
	}
	if err := c.Quit(); err != nil && !errors.Is(err, io.EOF) {
		return 0, fmt.Errorf("bench: floor: QUIT: %w", err)
	}
	return time.Since(t), nil
}
