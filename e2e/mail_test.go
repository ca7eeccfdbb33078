package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/smtp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	gomessage "github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// Timing of the waits. Every wait is bounded, and polls rather than sleeps.
const (
	waitTimeout  = 30 * time.Second       // for something that must happen
	pollEvery    = 200 * time.Millisecond // how often a wait looks again
	quietPeriod  = 4 * time.Second        // for something that must not happen
	dialTimeout  = 5 * time.Second        // TCP connect to Dovecot or Postfix
	smtpDeadline = 15 * time.Second       // one whole SMTP transaction
)

// message is a message read from a Dovecot mailbox, with what the checks look at.
type message struct {
	uid           imap.UID
	raw           []byte
	from          string // address only, lower case
	fromName      string
	to            []string
	replyTo       []string // addresses only, lower case
	subject       string   // decoded
	messageID     string   // without brackets
	inReplyTo     string
	references    []string // without brackets, in order
	autoSubmitted string
	mediaType     string // of the whole message, e.g. multipart/alternative
	text, html    string // the decoded text/plain and text/html parts
}

// kind is the message kind mentormail writes in its Message-ID
// (<token.kind@domain>, with dashes), or "".
func (m *message) kind() string {
	left, _, _ := strings.Cut(m.messageID, "@")
	_, kind, _ := strings.Cut(left, ".")
	return kind
}

// replyToken returns the token of the program's tagged Reply-To address
// (local+TOKEN@domain), or "".
func (m *message) replyToken(program string) string {
	local, domain, _ := strings.Cut(program, "@")
	for _, r := range m.replyTo {
		l, d, _ := strings.Cut(r, "@")
		if base, tag, ok := strings.Cut(l, "+"); ok && base == local && d == domain {
			return tag
		}
	}
	return ""
}

func (m *message) String() string {
	return fmt.Sprintf("uid %d %q from %s, kind %q, Message-ID <%s>", m.uid, m.subject, m.from, m.kind(), m.messageID)
}

// describe lists messages one per line, for failure messages.
func describe(ms []*message) string {
	if len(ms) == 0 {
		return "(no messages)"
	}
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n\t%s", m)
	}
	return b.String()
}

func parseMessage(uid imap.UID, raw []byte) (*message, error) {
	e, err := gomessage.Read(bytes.NewReader(raw))
	if err != nil && !gomessage.IsUnknownCharset(err) {
		return nil, err
	}
	h := mail.Header{Header: e.Header}
	m := &message{uid: uid, raw: raw, autoSubmitted: h.Get("Auto-Submitted")}
	if from, err := h.AddressList("From"); err == nil && len(from) > 0 {
		m.from, m.fromName = strings.ToLower(from[0].Address), from[0].Name
	}
	for _, f := range []struct {
		key string
		dst *[]string
	}{{"To", &m.to}, {"Reply-To", &m.replyTo}} {
		as, err := h.AddressList(f.key)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.key, err)
		}
		for _, a := range as {
			*f.dst = append(*f.dst, strings.ToLower(a.Address))
		}
	}
	if m.subject, err = h.Subject(); err != nil {
		return nil, fmt.Errorf("subject: %w", err)
	}
	m.messageID, _ = h.MessageID()
	if ids, _ := h.MsgIDList("In-Reply-To"); len(ids) > 0 {
		m.inReplyTo = ids[0]
	}
	m.references, _ = h.MsgIDList("References")
	m.mediaType, _, _ = h.ContentType()
	err = e.Walk(func(_ []int, part *gomessage.Entity, err error) error {
		if err != nil {
			return err
		}
		t, _, _ := part.Header.ContentType()
		if t != "text/plain" && t != "text/html" {
			return nil
		}
		b, err := io.ReadAll(part.Body)
		if err != nil {
			return err
		}
		if t == "text/plain" {
			m.text += string(b)
		} else {
			m.html += string(b)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("body: %w", err)
	}
	return m, nil
}

// imapUser is one user's IMAP session to Dovecot, used read-only (EXAMINE, and
// BODY.PEEK) so the checks change nothing the service sees. imapclient puts its
// own deadline (30 s) on every response.
type imapUser struct {
	name string
	c    *imapclient.Client
}

func dialIMAP(t *testing.T, addr, user, pass string) *imapUser {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, &imapclient.Options{Dialer: &net.Dialer{Timeout: dialTimeout}})
	if err != nil {
		t.Fatalf("IMAP %s: %v", addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, pass).Wait(); err != nil {
		t.Fatalf("IMAP %s: login %s: %v", addr, user, err)
	}
	return &imapUser{name: user, c: c}
}

// list returns every message in mailbox; a mailbox not made yet is empty.
func (u *imapUser) list(mailbox string) ([]*message, error) {
	sel, err := u.c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	var ierr *imap.Error
	if errors.As(err, &ierr) && ierr.Code == imap.ResponseCodeNonExistent {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: select %s: %w", u.name, mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	var all imap.SeqSet
	all.AddRange(1, 0) // 1:*
	body := &imap.FetchItemBodySection{Peek: true}
	bufs, err := u.c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{body}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("%s: fetch %s: %w", u.name, mailbox, err)
	}
	out := make([]*message, 0, len(bufs))
	for _, b := range bufs {
		m, err := parseMessage(b.UID, b.FindBodySection(body))
		if err != nil {
			return nil, fmt.Errorf("%s: %s uid %d: %w", u.name, mailbox, b.UID, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// waitMessages polls mailbox until ok accepts its messages, and returns them.
// On timeout it fails the test with what the mailbox held.
func (u *imapUser) waitMessages(t *testing.T, mailbox, what string, ok func([]*message) bool) []*message {
	t.Helper()
	var ms []*message
	var err error
	deadline := time.Now().Add(waitTimeout)
	for {
		ms, err = u.list(mailbox)
		if err == nil && ok(ms) {
			return ms
		}
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(pollEvery)
	}
	if err != nil {
		t.Fatalf("%s: not within %v: %v", what, waitTimeout, err)
	}
	t.Fatalf("%s: not within %v; %s's %s holds:%s", what, waitTimeout, u.name, mailbox, describe(ms))
	return nil
}

// waitMessage polls mailbox until a message matches, and returns it.
func (u *imapUser) waitMessage(t *testing.T, mailbox, what string, match func(*message) bool) *message {
	t.Helper()
	ms := u.waitMessages(t, mailbox, what, func(ms []*message) bool { return slices.ContainsFunc(ms, match) })
	return ms[slices.IndexFunc(ms, match)]
}

// stayQuiet fails the test if, within quietPeriod, any user's INBOX holds a
// message not among the user's messages in before.
func stayQuiet(t *testing.T, what string, before map[*imapUser][]*message) {
	t.Helper()
	known := map[*imapUser]map[imap.UID]bool{}
	for u, ms := range before {
		known[u] = map[imap.UID]bool{}
		for _, m := range ms {
			known[u][m.uid] = true
		}
	}
	deadline := time.Now().Add(quietPeriod)
	for time.Now().Before(deadline) {
		for u := range before {
			ms, err := u.list("INBOX")
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			for _, m := range ms {
				if !known[u][m.uid] {
					t.Fatalf("%s: %s received %s\n%s", what, u.name, m, m.text)
				}
			}
		}
		time.Sleep(pollEvery)
	}
}

// byMessageID matches the message with this Message-ID.
func byMessageID(id string) func(*message) bool {
	return func(m *message) bool { return m.messageID == id }
}

// byKind matches mentormail's messages of one kind.
func byKind(kind string) func(*message) bool {
	return func(m *message) bool { return m.kind() == kind }
}

// kinds lists the kinds of ms, sorted.
func kinds(ms []*message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.kind())
	}
	slices.Sort(out)
	return out
}

// outgoing is a message a participant (or a stranger) sends to the program.
type outgoing struct {
	from, fromName string
	to             string
	subject        string
	messageID      string   // without brackets
	inReplyTo      string   // without brackets; also the References unless references is set
	references     []string // without brackets
	headers        []string
	body           string
}

// bytes renders the message with CRLF line ends, as a mail client would send it.
func (o outgoing) bytes(date time.Time) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\r\n", args...) }
	from := (&mail.Address{Name: o.fromName, Address: o.from}).String()
	w("From: %s", from)
	w("To: <%s>", o.to)
	w("Subject: %s", mime.QEncoding.Encode("utf-8", o.subject))
	w("Date: %s", date.Format(time.RFC1123Z))
	w("Message-ID: <%s>", o.messageID)
	if o.inReplyTo != "" {
		w("In-Reply-To: <%s>", o.inReplyTo)
		refs := o.references
		if len(refs) == 0 {
			refs = []string{o.inReplyTo}
		}
		w("References: <%s>", strings.Join(refs, "> <"))
	}
	for _, h := range o.headers {
		w("%s", h)
	}
	w("MIME-Version: 1.0")
	w("Content-Type: text/plain; charset=utf-8; format=flowed")
	w("Content-Transfer-Encoding: 8bit")
	w("")
	for _, l := range strings.Split(strings.TrimRight(o.body, "\n"), "\n") {
		w("%s", l)
	}
	return []byte(b.String())
}

// sendSMTP sends o through Postfix at addr, with its own deadline.
func sendSMTP(addr string, o outgoing, date time.Time) error {
	conn, err := net.DialTimeout("tcp", addr, dialTimeout)
	if err != nil {
		return fmt.Errorf("smtp %s: %w", addr, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(smtpDeadline))
	c, err := smtp.NewClient(conn, "127.0.0.1")
	if err != nil {
		return fmt.Errorf("smtp %s: %w", addr, err)
	}
	if err := c.Hello("client.example.test"); err != nil {
		return fmt.Errorf("smtp EHLO: %w", err)
	}
	if err := c.Mail(o.from); err != nil {
		return fmt.Errorf("smtp MAIL FROM:<%s>: %w", o.from, err)
	}
	if err := c.Rcpt(o.to); err != nil {
		return fmt.Errorf("smtp RCPT TO:<%s>: %w", o.to, err)
	}
	wc, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if _, err := wc.Write(o.bytes(date)); err != nil {
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("smtp end of DATA: %w", err)
	}
	return c.Quit()
}
