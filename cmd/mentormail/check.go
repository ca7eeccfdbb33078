package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/service"
)

func init() {
	register("check", "check the configuration against the mail servers, one line per step", runCheck)
}

// Bounds of `mentormail check`.
const (
	// checkStepTimeout bounds the logins and folder steps together.
	checkStepTimeout = 2 * time.Minute
	// DefaultCheckWait is how long the round trip waits for its message.
	defaultCheckWait = time.Minute
	// checkPoll is how often INBOX is searched for the message meanwhile.
	checkPoll = time.Second
)

// runCheck implements `mentormail check [--config FILE] [--wait D] [--lang en|fr]`.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[--config FILE] [--wait DURATION] [--lang en|fr]",
		"Connects to the mail servers with the configuration, as serve would, and says\n"+
			"how each step went, one line each: the IMAP login and what the server offers\n"+
			"(IDLE, MOVE, NAMESPACE), the Processed and Quarantine folders (made when\n"+
			"missing), the SMTP greeting, STARTTLS and login, and a round trip: a test\n"+
			"message to the program's own plus-tagged address, looked for in INBOX and\n"+
			"then deleted, which tells whether plus addressing works. Run it before serve,\n"+
			"not while serve runs (serve would quarantine the test message). It exits 0\n"+
			"only when every step works.", stderr)
	cfgPath := configFlag(fs)
	wait := fs.Duration("wait", defaultCheckWait, "how long the round trip waits for its message")
	lang := langFlag(fs)
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	if *wait <= 0 || *wait > 30*time.Minute {
		fmt.Fprintf(stderr, "mentormail check: --wait %v must be between 1s and 30m\n", *wait)
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err == nil {
		err = cfg.ValidateForServe()
	}
	if err != nil {
		fmt.Fprintf(stderr, "mentormail check: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.DiscardHandler)
	if cfg.Log.Level == "debug" {
		log = cfg.Logger(stderr)
	}
	a, err := service.New(cfg, log, service.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "mentormail check: %v\n", err)
		return 1
	}
	defer a.Close()
	c := &checker{cfg: cfg, a: a, out: stdout, lang: *lang, wait: *wait}
	return c.run(ctx)
}

// checker runs the steps and counts the failures.
type checker struct {
	cfg    *config.Config
	a      *service.Service
	out    io.Writer
	lang   string
	wait   time.Duration
	failed int
}

func (c *checker) line(ok bool, key string, args ...any) {
	mark := "ok  "
	if !ok {
		mark = map[bool]string{false: "FAIL", true: "ÉCHEC"}[c.lang == "fr"]
		c.failed++
	}
	fmt.Fprintf(c.out, "%s %s\n", mark, oneLine(say(c.lang, key, args...)))
}

func (c *checker) info(key string, args ...any) {
	fmt.Fprintf(c.out, "--   %s\n", oneLine(say(c.lang, key, args...)))
}

func (c *checker) run(ctx context.Context) int {
	sctx, cancel := context.WithTimeout(ctx, checkStepTimeout)
	defer cancel()
	in := c.imapSteps(sctx)
	if in != nil {
		defer in.Close(context.WithoutCancel(ctx))
	}
	smtp := c.smtpSteps(ctx) // its own deadlines; it lives through the round trips
	if smtp != nil {
		defer smtp.Close()
	}
	if in == nil || smtp == nil {
		c.line(false, "check.skipped")
	} else {
		c.roundTrips(ctx, in, smtp)
	}
	if c.failed > 0 {
		fmt.Fprintln(c.out, oneLine(say(c.lang, "check.some_fail", c.failed)))
		return 1
	}
	fmt.Fprintln(c.out, say(c.lang, "check.all_ok"))
	return 0
}

// imapSteps logs in, reports the capabilities and makes sure of the folders.
func (c *checker) imapSteps(ctx context.Context) *mailer.InboxProbe {
	p, err := c.a.Inbox.Probe(ctx)
	if err != nil {
		c.line(false, "check.imap_fail", err)
		return nil
	}
	how := say(c.lang, "check.password")
	if c.cfg.IMAP.Auth == config.AuthOAuth2 {
		how = say(c.lang, "check.oauth2")
	}
	c.line(true, "check.imap_login", c.cfg.IMAP.Addr, c.cfg.IMAP.Username, how)
	idle, move, ns := p.Caps()
	yes := say(c.lang, "check.yes")
	pick := func(b bool, no string) string {
		if b {
			return yes
		}
		return no
	}
	c.line(true, "check.caps", pick(idle, say(c.lang, "check.no_idle", c.cfg.IMAP.PollInterval)),
		pick(move, say(c.lang, "check.no_move")), pick(ns, say(c.lang, "check.no")))
	processed, quarantine, created, err := p.Folders(ctx)
	switch {
	case err != nil:
		c.line(false, "check.folders_fail", err)
	case len(created) > 0:
		c.line(true, "check.folders_made", processed, quarantine, strings.Join(created, ", "))
	default:
		c.line(true, "check.folders", processed, quarantine)
	}
	return p
}

// smtpSteps connects, reporting EHLO, STARTTLS and AUTH.
func (c *checker) smtpSteps(ctx context.Context) *mailer.SMTPProbe {
	p, _ := c.a.Sender.Probe(ctx, func(st mailer.SMTPStep) {
		switch {
		case st.Err != nil:
			c.line(false, "check.smtp_fail", st.Name, st.Err)
		case st.Skip != "":
			c.info("check.smtp_skip_"+st.Skip, st.Name)
		case st.Name == "EHLO":
			c.line(true, "check.smtp_ehlo", c.cfg.SMTP.Addr, st.Offers)
		case st.Name == "STARTTLS":
			c.line(true, "check.smtp_starttls", st.Offers)
		case st.Name == "AUTH":
			how := say(c.lang, "check.password")
			if st.Mechanism != "password" {
				how = st.Mechanism
			}
			c.line(true, "check.smtp_auth", c.cfg.SMTP.Username, how)
		}
	})
	return p
}

// roundTrips sends a message to the plus-tagged address and waits for it in
// INBOX; when that fails, it tries the bare address, and says what to set.
func (c *checker) roundTrips(ctx context.Context, in *mailer.InboxProbe, smtp *mailer.SMTPProbe) {
	local, domain, _ := strings.Cut(c.cfg.Program.Address, "@")
	tag := randomTag()
	plus := local + "+check-" + tag + "@" + domain
	if c.roundTrip(ctx, in, smtp, plus, tag+"p", false) {
		c.line(true, "check.plus_ok")
		return
	}
	c.roundTrip(ctx, in, smtp, c.cfg.Program.Address, tag+"b", true)
	if c.cfg.Program.PlainReplyTo {
		c.info("check.plus_set")
		return
	}
	c.line(false, "check.plus_fix")
}

// roundTrip sends one test message to to and waits for it in the mailbox. A
// failed plus-tagged trip is reported as information: the line that follows
// says what it means.
func (c *checker) roundTrip(ctx context.Context, in *mailer.InboxProbe, smtp *mailer.SMTPProbe, to, tag string, must bool) bool {
	report := func(ok bool, key string, args ...any) {
		if ok || must {
			c.line(ok, key, args...)
		} else {
			c.info(key, args...)
		}
	}
	_, domain, _ := strings.Cut(c.cfg.Program.Address, "@")
	msgID := "check-" + tag + "@" + domain
	if err := smtp.Send(c.cfg.Program.Address, to, c.testMessage(to, msgID)); err != nil {
		report(false, "check.refused", to, err)
		return false
	}
	c.info("check.sent", to)
	began := time.Now()
	deadline := time.NewTimer(c.wait)
	defer deadline.Stop()
	tick := time.NewTicker(checkPoll)
	defer tick.Stop()
	for {
		fctx, cancel := context.WithTimeout(ctx, checkStepTimeout)
		uids, err := in.Find(fctx, c.cfg.IMAP.Mailbox, msgID)
		if err == nil && len(uids) > 0 {
			err = in.Delete(fctx, uids)
			cancel()
			if err != nil {
				report(false, "check.delete_fail", to, err)
				return true
			}
			report(true, "check.arrived", to, c.cfg.IMAP.Mailbox, time.Since(began).Round(100*time.Millisecond))
			return true
		}
		cancel()
		if err != nil {
			report(false, "check.imap_fail", err)
			return false
		}
		select {
		case <-ctx.Done():
			report(false, "check.lost", to, c.cfg.IMAP.Mailbox, time.Since(began).Round(time.Second))
			return false
		case <-deadline.C:
			report(false, "check.lost", to, c.cfg.IMAP.Mailbox, c.wait)
			return false
		case <-tick.C:
		}
	}
}

// testMessage is the round trip's message: plain text, marked automatic so
// that nothing answers it.
func (c *checker) testMessage(to, msgID string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n",
		c.cfg.Program.Address, to, mimeWord(say(c.lang, "check.subject")), time.Now().Format(time.RFC1123Z), msgID)
	b.WriteString("Auto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString("mentormail check sent this message to itself and deletes it once it arrives.\r\n")
	b.WriteString("mentormail check s’est envoyé ce message et le supprime dès qu’il arrive.\r\n")
	return []byte(b.String())
}

// mimeWord encodes a header value that is not ASCII (RFC 2047).
func mimeWord(s string) string {
	for _, r := range s {
		if r > 127 {
			return "=?utf-8?q?" + qEncode(s) + "?="
		}
	}
	return s
}

func qEncode(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case c == ' ':
			b.WriteByte('_')
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "=%02X", c)
		}
	}
	return b.String()
}

func randomTag() string {
	var b [5]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// oneLine keeps a report on one line whatever an error carries. (Not
// strings.Fields: it would also split at the French no-break spaces.)
func oneLine(s string) string {
	return strings.TrimSpace(lineBreaks.Replace(s))
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")
