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
	"testing"
	"time"
)

// spamTimeout bounds one SpamAssassin run over one message.
const spamTimeout = 60 * time.Second

// maxSpamScore is the highest score a program email may get.
const maxSpamScore = 0.0

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
	ms := box.waitMessages(t, "INBOX", fmt.Sprintf("%d messages", sent), func(ms []*message) bool { return len(ms) >= sent })
	status := regexp.MustCompile(`(?m)^X-Spam-Status: (\w+), score=(-?[0-9.]+)[^\n]*(?:\n[ \t][^\n]*)*`)
	for _, m := range ms {
		ctx, cancel := context.WithTimeout(context.Background(), spamTimeout)
		cmd := exec.CommandContext(ctx, sa, "-L", "-t")
		cmd.Stdin = bytes.NewReader(m.raw)
		out, err := cmd.Output()
		cancel()
		if err != nil {
			t.Fatalf("spamassassin on %s: %v", m, err)
		}
		head, _, _ := bytes.Cut(out, []byte("\n\n"))
		hit := status.FindSubmatch(head)
		if hit == nil {
			t.Fatalf("spamassassin wrote no X-Spam-Status for %s", m)
		}
		score, _ := strconv.ParseFloat(string(hit[2]), 64)
		what := fmt.Sprintf("%s (%s)", m.kind(), m.subject)
		t.Logf("%-60s %5.1f", what, score)
		if score > maxSpamScore {
			t.Errorf("%s scores %.1f, want at most %.1f:\n%s", what, score, maxSpamScore, strings.Join(strings.Fields(string(hit[0])), " "))
		}
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

