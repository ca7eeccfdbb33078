// Package demo runs a whole mentorship session in seconds: a sample cohort, the
// real service on in-process mail servers, a simulated clock, and participants
// who reply in their own words, with a timeline of what was sent and understood.
package demo

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

//go:embed cohort/*.csv
var cohortFiles embed.FS

// Domain is the demo's mail domain.
const Domain = "example.test"

// Password is every demo mailbox's password.
const Password = "demo"

// The demo session: a 60-day cohort starting on a fixed Monday, so that every run
// prints the same timeline.
const (
	cohortName = "Demo fall 2026"
	startDate  = "2026-09-07"
	days       = 60
	// replyHourUTC is when participants reply: afternoon across Canada.
	replyHourUTC = 21
)

// Options configures Run.
type Options struct {
	// Out receives the timeline and the report.
	Out io.Writer
	// Dir holds the demo's database; empty means a temporary directory removed at the end.
	Dir string
	// NotesKey is the notes key of the kept database (hex or base64, as in the
	// configuration); empty means a new random one, printed at the end when Dir is set.
	NotesKey string
	// Logger receives the service's logs; nil discards them.
	Logger *slog.Logger
	// After, when set, is called with the store once the session is over, before
	// everything is closed. Tests use it to look at what the session left.
	After func(s *store.Store) error
}

// Sim is a running demo: the mail system, the service and the simulated clock.
type Sim struct {
	opts  Options
	mail  *devmail.System
	svc   *service.Service
	mu    sync.Mutex
	now   time.Time
	start time.Time
	out   *timeline
	// people maps an address to its participant row, for names and languages.
	people map[string]store.Participant
}

func (s *Sim) clock() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.now
}

func (s *Sim) setClock(t time.Time) {
	s.mu.Lock()
	s.now = t
	s.mu.Unlock()
}

// Config returns a configuration for the demo program on a devmail system.
func Config(dir string, m *devmail.System) (*config.Config, error) {
	cfg := config.Default()
	cfg.Program.Name = "Mentorship Program (demo)"
	cfg.Program.Address = "program@" + Domain
	cfg.Program.CommitteeAddress = "committee@" + Domain
	cfg.Program.CommitteeMembers = []string{"committee@" + Domain}
	secret := make([]byte, 32)
	key := make([]byte, 32)
	rand.Read(secret)
	rand.Read(key)
	cfg.Program.Secret = hex.EncodeToString(secret)
	cfg.Program.NotesKey = hex.EncodeToString(key)
	cfg.Store.Path = filepath.Join(dir, "mentormail-demo.db")
	cfg.IMAP.Addr, cfg.IMAP.Username, cfg.IMAP.Password, cfg.IMAP.TLS = m.IMAPAddr(), "program", Password, config.TLSNone
	cfg.SMTP.Addr, cfg.SMTP.TLS = m.SMTPAddr(), config.TLSNone
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return cfg, cfg.ValidateForServe()
}

// Mailboxes are the demo's users: the program, the committee and every participant.
func Mailboxes() (map[string]string, error) {
	data, err := cohortFiles.ReadFile("cohort/participants.csv")
	if err != nil {
		return nil, err
	}
	users := map[string]string{"program": Password, "committee": Password}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		if local, _, ok := strings.Cut(line, "@"+Domain); ok && local != "" {
			users[local] = Password
		}
	}
	return users, nil
}

// ImportCohort imports the sample cohort, starting on start.
func ImportCohort(s *store.Store, start string) (*roster.Summary, error) {
	pd, err := cohortFiles.ReadFile("cohort/participants.csv")
	if err != nil {
		return nil, err
	}
	pr, err := cohortFiles.ReadFile("cohort/pairs.csv")
	if err != nil {
		return nil, err
	}
	// The sample cohort plays on its own clock (the demo's, or a start set in the
	// past by tests): whatever is due by then is sent, as the calendar has it.
	return roster.Import(s, roster.Options{Cohort: cohortName, Start: start, Days: days, CatchUp: roster.CatchUpAll},
		roster.File{Name: "participants.csv", Data: pd}, roster.File{Name: "pairs.csv", Data: pr})
}

// Run plays the whole session and prints the timeline, then the committee's report.
func Run(ctx context.Context, opts Options) error {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	dir := opts.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "mentormail-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	start, _ := time.Parse(time.DateOnly, startDate)
	sim := &Sim{opts: opts, start: start, now: start.Add(-12 * time.Hour), people: map[string]store.Participant{}}
	sim.out = &timeline{w: opts.Out, start: start, sim: sim}
	users, err := Mailboxes()
	if err != nil {
		return err
	}
	sim.mail, err = devmail.Start(devmail.Options{Domain: Domain, Users: users, Now: sim.clock, OnDeliver: sim.out.delivered,
		Logger: opts.Logger})
	if err != nil {
		return err
	}
	defer sim.mail.Close()
	cfg, err := Config(dir, sim.mail)
	if err != nil {
		return err
	}
	if opts.NotesKey != "" {
		cfg.Program.NotesKey = opts.NotesKey
		if _, err := cfg.NotesKeyBytes(); err != nil {
			return err
		}
	}
	os.Remove(cfg.Store.Path) // a fresh database every run
	sim.svc, err = service.New(cfg, opts.Logger, service.Options{Clock: sim.clock})
	if err != nil {
		return err
	}
	defer sim.svc.Close()
	if err := sim.svc.Check(ctx); err != nil {
		return err
	}
	sum, err := ImportCohort(sim.svc.Store, startDate)
	if err != nil {
		return err
	}
	pts, err := sim.svc.Store.AllParticipants()
	if err != nil {
		return err
	}
	for _, p := range pts {
		sim.people[p.Email] = p
	}
	fmt.Fprintf(opts.Out, "mentormail demo: %d pairs, %s to %s, on in-process mail servers (IMAP %s, SMTP %s).\n",
		sum.Pairs.Added, startDate, start.AddDate(0, 0, days).Format(time.DateOnly), sim.mail.IMAPAddr(), sim.mail.SMTPAddr())
	fmt.Fprintln(opts.Out, "Each line is one email: → sent by the program, ← written by a participant or the committee.")
	if err := sim.play(ctx); err != nil {
		return err
	}
	r, err := sim.svc.Program.Report("", sim.clock())
	if err != nil {
		return err
	}
	fmt.Fprintln(opts.Out, "\nThe committee's report at the end of the session (what `mentormail report` prints):")
	if err := r.WriteTable(opts.Out); err != nil {
		return err
	}
	if opts.Dir != "" {
		fmt.Fprintf(opts.Out, "\nThe database is kept at %s. Other commands open it with its notes key:\n"+
			"  MENTORMAIL_NOTES_KEY=%s mentormail report --db %s\n", cfg.Store.Path, cfg.Program.NotesKey, cfg.Store.Path)
	}
	if opts.After != nil {
		return opts.After(sim.svc.Store)
	}
	return nil
}

// play steps the clock an hour at a time through the session, running the
// calendar and the sender each hour and the day's replies in the afternoon.
func (s *Sim) play(ctx context.Context) error {
	script := s.script()
	end := s.start.AddDate(0, 0, days+2)
	for t := s.clock(); t.Before(end); t = t.Add(time.Hour) {
		s.setClock(t)
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := s.svc.Program.Tick(ctx); err != nil {
			return err
		}
		if err := s.send(ctx); err != nil {
			return err
		}
		if t.Hour() != replyHourUTC {
			continue
		}
		d := int(t.Sub(s.start).Hours() / 24)
		steps := script[d]
		if len(steps) == 0 {
			continue
		}
		for _, st := range steps {
			if err := s.reply(st); err != nil {
				return err
			}
		}
		if err := s.svc.Inbox.RunOnce(ctx); err != nil {
			return err
		}
		s.out.understood(s.svc.Store)
		if err := s.send(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (s *Sim) send(ctx context.Context) error {
	for {
		n, err := s.svc.Sender.RunOnce(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
	}
}

// timeline prints one line per email, in simulated time.
type timeline struct {
	mu     sync.Mutex
	w      io.Writer
	start  time.Time
	sim    *Sim
	lastIn int64
}

func (tl *timeline) stamp(at time.Time) string {
	d := int(at.Sub(tl.start).Hours() / 24)
	if at.Before(tl.start) {
		d = -1
	}
	return fmt.Sprintf("%s day %-3d", at.Format("Mon Jan _2"), d)
}

// delivered prints mail the program sent (devmail's OnDeliver).
func (tl *timeline) delivered(d devmail.Delivered) {
	from := strings.ToLower(d.From)
	if !strings.HasPrefix(from, "program@") {
		return // participants' own mail is printed when it is written
	}
	subject, kind := header(d.Raw, "Subject"), kindOf(header(d.Raw, "Message-Id"))
	tl.mu.Lock()
	defer tl.mu.Unlock()
	for _, u := range d.Users {
		who := u
		if p, ok := tl.sim.people[u+"@"+Domain]; ok {
			who = fmt.Sprintf("%s (%s)", p.Name, p.Language)
		}
		fmt.Fprintf(tl.w, "%s  → %-26s %-17s %s\n", tl.stamp(d.At), who, kind, subject)
	}
}

// wrote prints a message a person sends.
func (tl *timeline) wrote(at time.Time, who, text string) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	fmt.Fprintf(tl.w, "%s  ← %-26s %q\n", tl.stamp(at), who, excerpt(text, 70))
}

// understood prints what the program made of the messages it just read.
func (tl *timeline) understood(s *store.Store) {
	ins, _ := s.InboundAfter(tl.lastIn) // the timeline is commentary: a failed read shows nothing
	tl.mu.Lock()
	defer tl.mu.Unlock()
	for _, in := range ins {
		tl.lastIn = in.ID
		what := in.Reason
		if in.Outcome == store.InboundQuarantined {
			what = "quarantined: " + what
		}
		fmt.Fprintf(tl.w, "%*s    understood: %s\n", 22, "", describe(what))
	}
}

// describe turns an inbound row's reason into words.
func describe(reason string) string {
	words := map[string]string{"meeting": "a meeting logged", "goals": "goals recorded", "pause": "a pause",
		"resume": "back from a pause", "undo": "an undo", "stop": "leaving the program", "rating": "a survey rating",
		"question": "a question for the committee", "help": "a request for help", "thanks": "thanks (nothing to do)",
		"not understood":  "nothing it could read: kept for the committee, sender shown an example",
		"leave requested": "a request to leave: asked to confirm by a one-word reply", "left": "leaving the program, confirmed",
		"stayed": "staying in the program", "confirmation expired": "a confirmation too late: nothing changed",
		"fewer_reminders": "fewer reminders", "digest_off": "the digest off", "digest_on": "the digest back on",
		"meeting date": "the day of an undated meeting", "refused": "nothing it could do: told why"}
	var out []string
	for _, part := range strings.Split(reason, ",") {
		if w, ok := words[part]; ok {
			out = append(out, w)
		} else if part != "" {
			out = append(out, part)
		}
	}
	if len(out) == 0 {
		return "nothing to record"
	}
	return strings.Join(out, ", ")
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// header returns a header's raw value from a message (first occurrence, unfolded).
func header(raw []byte, name string) string {
	head, _, _ := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n")
	lines := strings.Split(head, "\n")
	for i, l := range lines {
		k, v, ok := strings.Cut(l, ":")
		if !ok || !strings.EqualFold(k, name) {
			continue
		}
		for j := i + 1; j < len(lines) && (strings.HasPrefix(lines[j], " ") || strings.HasPrefix(lines[j], "\t")); j++ {
			v += " " + strings.TrimSpace(lines[j])
		}
		return decodeHeader(strings.TrimSpace(v))
	}
	return ""
}

// kindOf reads the kind from a program Message-ID, <token.kind@domain>.
func kindOf(msgID string) string {
	left, _, _ := strings.Cut(strings.Trim(msgID, "<> "), "@")
	_, kind, _ := strings.Cut(left, ".")
	return strings.ReplaceAll(kind, "-", "_")
}

var errNoMessage = errors.New("demo: no such message in the mailbox")
