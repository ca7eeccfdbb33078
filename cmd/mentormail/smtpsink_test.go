package main

import (
	"bytes"
	"context"
	"io"
	"log"
	"log/slog"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/jhillyerd/enmime/v2"
	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
)

// smtpSink is go-smtp's server on loopback accepting every message, for the
// commands' tests to see what the real sender delivers of what they queued.
type smtpSink struct {
	addr string
	mu   sync.Mutex
	got  map[string][]*enmime.Envelope // by recipient
}

func startSink(t *testing.T) *smtpSink {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	k := &smtpSink{addr: ln.Addr().String(), got: map[string][]*enmime.Envelope{}}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &sinkSession{k: k}, nil }))
	srv.Domain = "sink.test"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return k
}

type sinkSession struct {
	k  *smtpSink
	to []string
}

func (s *sinkSession) Reset()                                    { s.to = nil }
func (s *sinkSession) Logout() error                             { return nil }
func (s *sinkSession) Mail(string, *smtp.MailOptions) error      { return nil }
func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = append(s.to, to); return nil }
func (s *sinkSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	env, err := enmime.ReadEnvelope(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	s.k.mu.Lock()
	defer s.k.mu.Unlock()
	for _, to := range s.to {
		s.k.got[to] = append(s.k.got[to], env)
	}
	return nil
}

// subjects returns the subjects a recipient received.
func (k *smtpSink) subjects(to string) []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []string
	for _, e := range k.got[to] {
		out = append(out, e.GetHeader("Subject"))
	}
	return out
}

// sendQueued runs the real sender once over the database of cfgPath, at a time
// after everything queued is due, delivering to the sink.
func sendQueued(t *testing.T, cfgPath string, k *smtpSink, at time.Time) int {
	t.Helper()
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := service.OpenStore(cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	snd, err := mailer.NewSender(mailer.SenderOptions{Addr: k.addr, TLS: mailer.TLSNone,
		Queue: program.NewOutboxQueue(s, "Mentorship <mentorship@example.org>"), Clock: func() time.Time { return at },
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	n, err := snd.RunOnce(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
