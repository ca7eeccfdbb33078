package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/smtp"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// spamTimeout bounds the one SpamAssassin run over every message.
const spamTimeout = 3 * time.Minute

// maxSpamScore is the highest score a program email may get.
const maxSpamScore = 0.0

// spamStatus reads SpamAssassin's verdict: the score and the tests that hit.
var spamStatus = regexp.MustCompile(`(?m)^X-Spam-Status: \w+, score=(-?[0-9.]+) required=[0-9.]+ tests=((?:[^\n]|\n[ \t])*)`)

// spamIndexHeader numbers each message in the mbox given to SpamAssassin, so
// that its verdicts can be matched back (Message-IDs repeat across languages).
const spamIndexHeader = "X-Mentormail-Test-Index"

var spamIndex = regexp.MustCompile(`(?m)^` + spamIndexHeader + `: ([0-9]+)$`)

// mboxFrom is a line that an mbox reader takes for the start of a message,
// escaped or not (mboxrd quoting).
var mboxFrom = regexp.MustCompile(`(?m)^(>*From )`)

type spamResult struct {
	score float64
	tests string
	err   error
}

// spamScores runs SpamAssassin once over every message, as one mbox, with its
// local tests only and no Bayes learning (nothing is written to the machine's
// SpamAssassin state). One run: loading its rules takes seconds, scoring a
// message a fraction of one, and a run per message made this the slowest suite.
// The results come back in the order of raws.
func spamScores(sa string, raws [][]byte) ([]spamResult, error) {
	var mbox bytes.Buffer
	for i, raw := range raws {
		mbox.WriteString("From mentormail@example.test Thu Jan  1 00:00:00 2026\n")
		fmt.Fprintf(&mbox, "%s: %d\n", spamIndexHeader, i)
		body := bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		mbox.Write(mboxFrom.ReplaceAll(body, []byte(">$1")))
		if !bytes.HasSuffix(body, []byte("\n")) {
			mbox.WriteByte('\n')
		}
		mbox.WriteByte('\n')
	}
	ctx, cancel := context.WithTimeout(context.Background(), spamTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, sa, "-L", "--mbox", "--cf=use_bayes 0", "--cf=bayes_auto_learn 0")
	cmd.Stdin = &mbox
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("spamassassin: %w", err)
	}
	// Each message comes back after its own "From " line, though not in the
	// order given (SpamAssassin sorts an mbox by date): they are matched by
	// the index header put on each above.
	results := make([]spamResult, len(raws))
	done := make([]bool, len(raws))
	seen := 0
	for _, part := range regexp.MustCompile(`(?m)^From `).Split(string(out), -1) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		head, _, _ := strings.Cut(part, "\n\n")
		// A message scored as spam comes back wrapped, its own header inside.
		idx := spamIndex.FindStringSubmatch(part)
		if idx == nil {
			return nil, fmt.Errorf("a message came back without its %s header", spamIndexHeader)
		}
		i, err := strconv.Atoi(idx[1])
		if err != nil || i < 0 || i >= len(raws) || done[i] {
			return nil, fmt.Errorf("a message came back with a wrong %s: %s", spamIndexHeader, idx[1])
		}
		done[i] = true
		seen++
		hit := spamStatus.FindStringSubmatch(head)
		if hit == nil {
			results[i] = spamResult{err: fmt.Errorf("no X-Spam-Status in its output")}
			continue
		}
		score, err := strconv.ParseFloat(hit[1], 64)
		tests, _, _ := strings.Cut(strings.Join(strings.Fields(hit[2]), " "), " autolearn=")
		results[i] = spamResult{score: score, tests: tests, err: err}
	}
	if seen != len(raws) {
		return nil, fmt.Errorf("spamassassin returned %d messages for %d", seen, len(raws))
	}
	return results, nil
}

// TestE2ESpam sends every kind of email, in both languages, through Postfix as
// preview --raw writes it (dated now), reads each back from Dovecot as
// delivered, and has SpamAssassin score it with its local tests only (-L: no
// network, no DNS blocklists). Every score must be at or below 0.
func TestE2ESpam(t *testing.T) {
	requireServers(t)
	sa, err := exec.LookPath("spamassassin")
	if err != nil {
		msg := "TestE2ESpam needs SpamAssassin: run `sudo e2e/mailservers.sh install`"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " (CI=true: the suite may not be skipped)")
		}
		t.Skip(msg)
	}
	root := moduleRoot(t)
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	srv := startServers(t, root, dir, mailboxes("reader")...)
	box := dialIMAP(t, srv.imap, "reader", password)

	kinds := previewKinds(t, bin)
	sent := 0
	for _, kind := range kinds {
		for _, lang := range []string{"en", "fr"} {
			code, raw, stderr := runBinary(t, exitTimeout, bin, nil, "preview", "--raw", kind, "--lang", lang)
			if code != 0 {
				t.Fatalf("preview --raw %s --lang %s: exit %d: %s", kind, lang, code, stderr)
			}
			msg := redate([]byte(raw), time.Now())
			if err := sendRaw(srv.smtp, program, "reader@"+domain, msg); err != nil {
				t.Fatalf("%s.%s through Postfix: %v", kind, lang, err)
			}
			sent++
		}
	}
	// The control: GTUBE, which every SpamAssassin scores as spam, proves that
	// the scores below come from a working filter.
	gtube := "From: <" + program + ">\r\nTo: <reader@" + domain + ">\r\nSubject: control\r\nDate: " +
		time.Now().Format(time.RFC1123Z) + "\r\nMessage-ID: <gtube." + strconv.FormatInt(time.Now().UnixNano(), 10) +
		"@example.test>\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n"
	if err := sendRaw(srv.smtp, program, "reader@"+domain, []byte(gtube)); err != nil {
		t.Fatalf("the control through Postfix: %v", err)
	}
	sent++
	ms := box.waitMessages(t, "INBOX", fmt.Sprintf("%d messages", sent), func(ms []*message) bool { return len(ms) >= sent })
	raws := make([][]byte, len(ms))
	for i, m := range ms {
		raws[i] = m.raw
	}
	// Two runs at once, each over half the messages: scoring takes about a second
	// a message, and the machine has two cores.
	half := len(raws) / 2
	var scores []spamResult
	var errs [2]error
	var parts [2][]spamResult
	var wg sync.WaitGroup
	for k, chunk := range [2][][]byte{raws[:half], raws[half:]} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[k], errs[k] = spamScores(sa, chunk)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	scores = append(parts[0], parts[1]...)
	control := false
	for i, m := range ms {
		r := scores[i]
		if r.err != nil {
			t.Fatalf("spamassassin on %s: %v", m, r.err)
		}
		if m.subject == "control" {
			control = r.score >= 5
			t.Logf("%-60s %5.1f", "control (GTUBE)", r.score)
			continue
		}
		what := fmt.Sprintf("%s (%s)", m.kind(), m.subject)
		t.Logf("%-60s %5.1f %s", what, r.score, r.tests)
		if r.score > maxSpamScore {
			t.Errorf("%s scores %.1f, want at most %.1f: %s", what, r.score, maxSpamScore, r.tests)
		}
	}
	if !control {
		t.Error("SpamAssassin did not score the GTUBE control as spam: the scores above prove nothing")
	}
	if !t.Failed() {
		fmt.Println("E2E-SPAM: ran")
	}
}

// previewKinds lists the kinds preview knows, from its usage.
func previewKinds(t *testing.T, bin string) []string {
	t.Helper()
	_, _, stderr := runBinary(t, exitTimeout, bin, nil, "preview", "no-such-kind")
	_, list, ok := strings.Cut(stderr, "Kinds:")
	if !ok {
		t.Fatalf("preview listed no kinds: %s", stderr)
	}
	kinds := strings.Fields(list)
	if len(kinds) < 10 {
		t.Fatalf("preview listed only %v", kinds)
	}
	return kinds
}

// redate puts date in a message's Date header: preview's fixed date would look
// stale to a spam filter.
func redate(raw []byte, date time.Time) []byte {
	re := regexp.MustCompile(`(?m)^Date: [^\r\n]*`)
	return re.ReplaceAll(raw, []byte("Date: "+date.Format(time.RFC1123Z)))
}

// sendRaw sends raw through Postfix at addr, with its own deadline.
func sendRaw(addr, from, to string, raw []byte) error {
	conn, err := net.DialTimeout("tcp", addr, dialTimeout)
	if err != nil {
		return fmt.Errorf("smtp %s: %w", addr, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(smtpDeadline))
	c, err := smtp.NewClient(conn, "127.0.0.1")
	if err != nil {
		return err
	}
	if err := c.Hello("mentormail.example.test"); err != nil {
		return err
	}
	if err := c.Mail(from); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	wc, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := wc.Write(raw); err != nil {
		return err
	}
	if err := wc.Close(); err != nil {
		return err
	}
	return c.Quit()
}
