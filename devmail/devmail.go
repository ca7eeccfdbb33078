// Package devmail runs a small, real mail system (an SMTP server that delivers into an IMAP server) in process on loopback, for the demo, serve --dev and integration tests.
package devmail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"
)

const (
	// DefaultDomain is the mail domain used when Options.Domain is empty.
	DefaultDomain = "example.test"
	// DefaultAddr is the listening address used when Options.IMAPAddr or
	// Options.SMTPAddr is empty: loopback, on a port the kernel picks.
	DefaultAddr = "127.0.0.1:0"
	// DefaultMaxMessageBytes is the largest message the system accepts when
	// Options.MaxMessageBytes is zero.
	DefaultMaxMessageBytes = 30 << 20

	// closeTimeout bounds how long Close waits for the SMTP connections to end
	// after they have been cut.
	closeTimeout = 10 * time.Second
)

// ErrClosed is returned by the methods of a System that has been closed.
var ErrClosed = errors.New("devmail: system closed")

// Options configures a System. The zero value is usable: domain
// example.test, both servers on 127.0.0.1 with ports the kernel picks, no
// users.
type Options struct {
	// Domain is the mail domain the system is final destination for, e.g.
	// "example.test". Mail for any other domain is refused (no relaying).
	Domain string
	// IMAPAddr is the IMAP listening address; default 127.0.0.1:0. It must
	// resolve to a loopback address: passwords cross the wire in clear.
	IMAPAddr string
	// SMTPAddr is the SMTP listening address; default 127.0.0.1:0. It must
	// resolve to a loopback address, like IMAPAddr.
	SMTPAddr string
	// Users maps each user's local part to their password. The local part is
	// also the IMAP login name; see System.AddUser for the rules.
	Users map[string]string
	// MaxMessageBytes is the largest message accepted, through SMTP or
	// Deliver; default DefaultMaxMessageBytes. Larger ones are refused with
	// 552 5.3.4.
	MaxMessageBytes int64
	// Logger receives the servers' errors and one line per delivery (ids and
	// sizes, never bodies or passwords). Nil discards them.
	Logger *slog.Logger
	// Now is the clock that stamps deliveries (Delivered.At and the IMAP
	// internal date), so a simulated session gets simulated dates. Nil means
	// time.Now.
	Now func() time.Time
	// OnDeliver, if set, is called after each accepted message has been
	// appended to every recipient's INBOX, before the SMTP client gets its
	// 250 reply. It may be called from several goroutines at once and must
	// not block for long.
	OnDeliver func(d Delivered)
}

// Delivered describes one accepted message, as passed to Options.OnDeliver.
type Delivered struct {
	// From is the envelope sender (MAIL FROM); empty for the null sender.
	From string
	// To holds the envelope recipients as the client gave them, plus tags
	// and case included.
	To []string
	// Users holds the local users the message was delivered to, each once,
	// in the order of To.
	Users []string
	// Raw is the message as received, without the Return-Path and
	// Delivered-To headers added to each stored copy.
	Raw []byte
	// At is the delivery time, from Options.Now.
	At time.Time
}

// System is a running mail system: an SMTP server that delivers into the
// INBOX of an in-memory IMAP server. It is safe for concurrent use.
type System struct {
	domain   string
	maxBytes int64
	log      *slog.Logger
	now      func() time.Time
	onDeliv  func(Delivered)

	imapSrv *imapserver.Server
	smtpSrv *smtp.Server
	imapLn  *trackingListener
	smtpLn  *trackingListener

	serveWG   sync.WaitGroup // the two Serve goroutines
	sessionWG sync.WaitGroup // IMAP connections, from accept to session close
	changes   changeNotifier // wakes IDLE sessions on any mailbox change

	mu       sync.Mutex
	accounts map[string]*account // by local part
	closed   bool

	closeOnce sync.Once
	closeErr  error
}

// account is one user: their password and their IMAP mailboxes.
type account struct {
	local    string
	password string
	mem      *imapmemserver.User
}

// Start validates opts, starts the IMAP and SMTP servers and returns once
// both are listening.
func Start(opts Options) (*System, error) {
	s := &System{
		domain:   strings.ToLower(opts.Domain),
		maxBytes: opts.MaxMessageBytes,
		log:      opts.Logger,
		now:      opts.Now,
		onDeliv:  opts.OnDeliver,
		accounts: make(map[string]*account),
	}
	if s.domain == "" {
		s.domain = DefaultDomain
	}
	if !validDomain(s.domain) {
		return nil, fmt.Errorf("devmail: Domain %q is not a valid domain", opts.Domain)
	}
	if s.maxBytes <= 0 {
		s.maxBytes = DefaultMaxMessageBytes
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	for local, password := range opts.Users {
		if err := s.AddUser(local, password); err != nil {
			return nil, err
		}
	}

	imapLn, err := listenLoopback("IMAPAddr", opts.IMAPAddr)
	if err != nil {
		return nil, err
	}
	smtpLn, err := listenLoopback("SMTPAddr", opts.SMTPAddr)
	if err != nil {
		imapLn.Close()
		return nil, err
	}
	s.imapLn = newTrackingListener(imapLn, func() { s.sessionWG.Add(1) })
	s.smtpLn = newTrackingListener(smtpLn, nil)
	s.imapSrv = s.newIMAPServer()
	s.smtpSrv = s.newSMTPServer()

	s.serveWG.Add(2)
	go func() {
		defer s.serveWG.Done()
		if err := s.imapSrv.Serve(s.imapLn); err != nil && !errors.Is(err, net.ErrClosed) {
			s.log.Error("devmail: imap server stopped", "err", err)
		}
	}()
	go func() {
		defer s.serveWG.Done()
		if err := s.smtpSrv.Serve(s.smtpLn); err != nil && !errors.Is(err, net.ErrClosed) {
			s.log.Error("devmail: smtp server stopped", "err", err)
		}
	}()
	s.log.Info("devmail: started", "domain", s.domain,
		"imap", s.IMAPAddr(), "smtp", s.SMTPAddr(), "users", len(s.accounts))
	return s, nil
}

// listenLoopback listens on addr (default DefaultAddr) and refuses an address
// that is not loopback; field names the option for the error.
func listenLoopback(field, addr string) (net.Listener, error) {
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("devmail: %s: listen on %q: %w", field, addr, err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		ln.Close()
		return nil, fmt.Errorf("devmail: %s: %q is not a loopback address (plaintext passwords)", field, addr)
	}
	return ln, nil
}

// IMAPAddr returns the address the IMAP server listens on, host:port.
func (s *System) IMAPAddr() string { return s.imapLn.Addr().String() }

// SMTPAddr returns the address the SMTP server listens on, host:port.
func (s *System) SMTPAddr() string { return s.smtpLn.Addr().String() }

// Domain returns the mail domain, in lower case.
func (s *System) Domain() string { return s.domain }

// AddUser adds a user with an INBOX. local is the part of the address before
// the @: letters, digits, '.', '_' and '-', compared without regard to case
// (it is stored in lower case); '+' is reserved for tags. The user can log in
// to IMAP, and authenticate to SMTP, as local or as local@Domain.
func (s *System) AddUser(local, password string) error {
	local = strings.ToLower(local)
	if !validLocal(local) {
		return fmt.Errorf("devmail: add user %q: invalid local part", local)
	}
	if password == "" {
		return fmt.Errorf("devmail: add user %q: empty password", local)
	}
	mem := imapmemserver.NewUser(local, password)
	if err := mem.Create("INBOX", nil); err != nil {
		return fmt.Errorf("devmail: add user %q: create INBOX: %w", local, err)
	}
	if err := mem.Subscribe("INBOX"); err != nil {
		return fmt.Errorf("devmail: add user %q: subscribe INBOX: %w", local, err)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if s.accounts[local] != nil {
		return fmt.Errorf("devmail: add user %q: user exists", local)
	}
	s.accounts[local] = &account{local: local, password: password, mem: mem}
	return nil
}

// Users returns the local parts of all users, sorted.
func (s *System) Users() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	users := make([]string, 0, len(s.accounts))
	for local := range s.accounts {
		users = append(users, local)
	}
	sort.Strings(users)
	return users
}

// account returns the user with this local part (any case), or nil.
func (s *System) account(local string) *account {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accounts[strings.ToLower(local)]
}

// loginAccount maps a login name, local or local@Domain, to its user, or nil.
func (s *System) loginAccount(name string) *account {
	if i := strings.LastIndexByte(name, '@'); i >= 0 {
		if !strings.EqualFold(name[i+1:], s.domain) {
			return nil
		}
		name = name[:i]
	}
	return s.account(name)
}

// isClosed reports whether Close has been called.
func (s *System) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// CreateMailbox creates a mailbox (for example "Processed") for the user
// local. It is not an error if the mailbox exists already.
func (s *System) CreateMailbox(local, name string) error {
	acct := s.account(local)
	if acct == nil {
		return fmt.Errorf("devmail: create mailbox %q: no user %q", name, local)
	}
	if name == "" {
		return fmt.Errorf("devmail: create mailbox for %q: empty name", local)
	}
	var imapErr *imap.Error
	err := acct.mem.Create(name, nil)
	if errors.As(err, &imapErr) && imapErr.Code == imap.ResponseCodeAlreadyExists {
		return nil
	}
	if err != nil {
		return fmt.Errorf("devmail: create mailbox %q for %q: %w", name, local, err)
	}
	return nil
}

// Close stops both servers: it closes the listeners, cuts every connection
// and waits for the servers' goroutines to end. The ports refuse connections
// once it returns. Calling Close again returns the first call's result.
func (s *System) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.close() })
	return s.closeErr
}

func (s *System) close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()

	// Our listeners first: they refuse new connections and cut the accepted
	// ones, including any a server has not registered yet (neither library's
	// Close covers a connection accepted while it runs).
	var errs []error
	for _, ln := range []*trackingListener{s.imapLn, s.smtpLn} {
		if err := ln.closeAll(); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, err)
		}
	}
	s.serveWG.Wait()

	if err := s.imapSrv.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		errs = append(errs, fmt.Errorf("devmail: close imap server: %w", err))
	}
	s.sessionWG.Wait()

	// smtp.Server.Close does not wait for its connections; Shutdown does.
	ctx, cancel := context.WithTimeout(context.Background(), closeTimeout)
	defer cancel()
	if err := s.smtpSrv.Shutdown(ctx); err != nil && !errors.Is(err, net.ErrClosed) {
		errs = append(errs, fmt.Errorf("devmail: close smtp server: %w", err))
	}
	s.log.Info("devmail: stopped", "domain", s.domain)
	return errors.Join(errs...)
}

// validLocal reports whether local is a user name devmail accepts.
func validLocal(local string) bool {
	if local == "" || len(local) > 64 || local[0] == '.' || local[len(local)-1] == '.' {
		return false
	}
	for _, r := range local {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return true
}

// validDomain reports whether domain looks like a DNS name (lower case).
func validDomain(domain string) bool {
	if domain == "" || len(domain) > 253 || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
		return false
	}
	for _, r := range domain {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-':
		default:
			return false
		}
	}
	return true
}
