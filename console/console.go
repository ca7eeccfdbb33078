// Package console serves the committee's web console: server-rendered pages on program health, pairs, questions, the review list and cohorts, behind sign-in by emailed link.
package console

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

// Server timeouts: every wait on a browser has a deadline.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second // an upload of two CSV files
	writeTimeout      = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
	maxHeaderBytes    = 64 << 10
)

// Sign-in and session lifetimes.
const (
	// LinkTTL is how long a sign-in link works.
	LinkTTL = 15 * time.Minute
	// DefaultSessionTTL is how long a session lasts after sign-in.
	DefaultSessionTTL = 12 * time.Hour
)

// Options configures a Server. Program and PublicURL are required.
type Options struct {
	// Program is the program the console acts through; its store, clock, time
	// zone and committee are the console's.
	Program *program.Program
	// PublicURL is the console's origin as browsers see it ("https://console.example.org"):
	// links point to it, changes from it are trusted, cookies are Secure when it is https.
	PublicURL string
	// SessionTTL is how long a session lasts; default DefaultSessionTTL.
	SessionTTL time.Duration
	// Limits on sign-in link requests; zero values take the defaults.
	PerAddressLimit, PerIPLimit int
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
}

// Server is the console: an http.Handler and what it needs.
type Server struct {
	opts     Options
	prog     *program.Program
	store    *store.Store
	log      *slog.Logger
	public   *url.URL
	secure   bool
	members  []string
	pages    *renderer
	limiter  *limiter
	handler  http.Handler
	cssPath  string
	cssBytes []byte
	cssETag  string
}

// New checks opts and builds the console's handler.
func New(opts Options) (*Server, error) {
	if opts.Program == nil {
		return nil, errors.New("console: no program")
	}
	u, err := url.Parse(opts.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("console: public URL %q is not an http(s) origin", opts.PublicURL)
	}
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = DefaultSessionTTL
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{opts: opts, prog: opts.Program, store: opts.Program.Store(), log: opts.Logger,
		public: &url.URL{Scheme: u.Scheme, Host: u.Host}, secure: u.Scheme == "https",
		limiter: newLimiter(opts.PerAddressLimit, opts.PerIPLimit)}
	for _, m := range opts.Program.CommitteeMembers() {
		s.members = append(s.members, strings.ToLower(strings.TrimSpace(m)))
	}
	if err := s.loadAssets(); err != nil {
		return nil, err
	}
	if s.pages, err = newRenderer(s.cssPath); err != nil {
		return nil, err
	}
	s.handler, err = s.routes()
	if err != nil {
		return nil, err
	}
	return s, nil
}

// ServeHTTP serves the console.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// PublicURL returns the console's origin.
func (s *Server) PublicURL() string { return s.public.String() }

// Serve serves the console on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: maxHeaderBytes,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	err := srv.Serve(ln)
	<-done
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return fmt.Errorf("console: %w", err)
}

// isMember reports whether addr may sign in.
func (s *Server) isMember(addr string) bool { return slices.Contains(s.members, addr) }

// now is the program's clock.
func (s *Server) now() time.Time { return s.prog.Now() }

// record writes one committee action with who did it and when.
func (s *Server) record(actor, action, subject, detail string) {
	err := s.store.RecordConsoleAction(&store.ConsoleAction{Actor: actor, Action: action, Subject: subject,
		Detail: detail, At: s.now()})
	if err != nil {
		s.log.Error("console action not recorded", "action", action, "err", err)
	}
}
