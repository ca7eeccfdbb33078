package program

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"mime"
	"net/mail"
	"net/smtp"
	"strings"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
)

// mailWorld is the program on a real mail system (devmail): the inbox reads the
// program's mailbox over IMAP from go-imap's in-process server, the sender
// delivers the outbox over SMTP to go-smtp's server, and participants read
// their INBOX and reply over SMTP, as a mail client would.
type mailWorld struct {
	t     *testing.T
	s     *store.Store
	p     *Program
	clock *fakeClock
	mx    *devmail.System
	snd   *mailer.Sender
	inbox *mailer.Inbox
	pair  store.Pair
	seq   int
}

// newMailWorld starts Grace (mentor, English, Vancouver) and Amélie (mentee,
// French, Halifax), paired on 2026-09-07, on day 14 with their first check-ins
// delivered.
func newMailWorld(t *testing.T) *mailWorld {
	t.Helper()
	s := openStore(t, tempDB(t))
	clock := &fakeClock{}
	cohort := store.Cohort{Name: "Fall 2026", StartDate: "2026-09-07", Days: 60, CreatedAt: time.Now()}
	pair := addPair(t, s, &cohort, grace, amelie, "2026-09-07")
	clock.Set(time.Date(2026, 9, 21, 16, 0, 0, 0, time.UTC))
	mx, err := devmail.Start(devmail.Options{Domain: "example.org", Now: clock.Now,
		Users: map[string]string{"mentorship": "x", "committee": "x", "grace": "x", "amelie": "x"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mx.Close() })
	p := newProgram(t, s, clock)
	snd, err := mailer.NewSender(mailer.SenderOptions{Addr: mx.SMTPAddr(), TLS: mailer.TLSNone,
		Queue: NewOutboxQueue(s, "Mentorship <mentorship@example.org>"), Clock: clock.Now, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	inbox, err := mailer.NewInbox(mailer.InboxOptions{Addr: mx.IMAPAddr(), Username: "mentorship", Password: "x",
		TLS: mailer.TLSNone, Handler: p, Cursors: s, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	w := &mailWorld{t: t, s: s, p: p, clock: clock, mx: mx, snd: snd, inbox: inbox, pair: pair}
	w.settle()
	return w
}

// settle runs the calendar, the inbox and the sender until nothing moves.
func (w *mailWorld) settle() {
	w.t.Helper()
	ctx := context.Background()
	for range 6 {
		if _, err := w.p.Tick(ctx); err != nil {
			w.t.Fatal(err)
		}
		if err := w.inbox.RunOnce(ctx); err != nil {
			w.t.Fatal(err)
		}
		n, err := w.snd.RunOnce(ctx)
		if err != nil {
			w.t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

// mails returns what a user received of a kind (by its Message-ID), oldest first.
func (w *mailWorld) mails(user, kind string) []*enmime.Envelope {
	w.t.Helper()
	msgs, err := w.mx.Mailbox(user, "INBOX")
	if err != nil {
		w.t.Fatal(err)
	}
	var out []*enmime.Envelope
	for _, m := range msgs {
		env, err := enmime.ReadEnvelope(bytes.NewReader(m.Raw))
		if err != nil {
			w.t.Fatal(err)
		}
		if strings.Contains(env.GetHeader("Message-Id"), "."+strings.ReplaceAll(kind, "_", "-")+"@") {
			out = append(out, env)
		}
	}
	return out
}

// latest returns the newest mail of a kind a user received; the test fails if none.
func (w *mailWorld) latest(user, kind string) *enmime.Envelope {
	w.t.Helper()
	ms := w.mails(user, kind)
	if len(ms) == 0 {
		w.t.Fatalf("%s received no %s", user, kind)
	}
	return ms[len(ms)-1]
}

// reply sends, from user, a reply to env (to its Reply-To, threaded), or with
// env nil a fresh message to the program, dated by the clock, over SMTP.
func (w *mailWorld) reply(user string, env *enmime.Envelope, subject, body string) {
	w.t.Helper()
	w.seq++
	from := user + "@example.org"
	to := "mentorship@example.org"
	var h strings.Builder
	if env != nil {
		if rt := env.GetHeader("Reply-To"); rt != "" {
			to = rt
		}
		subject = "Re: " + env.GetHeader("Subject")
		fmt.Fprintf(&h, "In-Reply-To: %s\r\nReferences: %s\r\n", env.GetHeader("Message-Id"), env.GetHeader("Message-Id"))
	}
	fmt.Fprintf(&h, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <w%d.%d@client.example>\r\n",
		from, to, mime.QEncoding.Encode("utf-8", subject), w.clock.Now().Format(time.RFC1123Z), w.seq, time.Now().UnixNano())
	h.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	h.WriteString(strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
	var rcpts []string
	for _, a := range strings.Split(to, ",") {
		pa, err := mail.ParseAddress(strings.TrimSpace(a))
		if err != nil {
			w.t.Fatal(err)
		}
		rcpts = append(rcpts, pa.Address)
	}
	if err := smtp.SendMail(w.mx.SMTPAddr(), nil, from, rcpts, []byte(h.String())); err != nil {
		w.t.Fatal(err)
	}
	w.settle()
}

func (w *mailWorld) participant(email string) store.Participant {
	w.t.Helper()
	pt := *must(w.s.ParticipantByEmail(email))(w.t)
	return pt
}

// constructed applies a parse built by hand, as the program does after
// identifying the sender (the parser of this branch may not yet produce it):
// an inbound row for it, then the rule and its effects, in one transaction.
func constructed(t *testing.T, s *store.Store, p *Program, email string, target *store.Outbox, r *parser.Reply) {
	t.Helper()
	msgSeq++
	if r.Envelope.Date.IsZero() {
		r.Envelope.Date = p.now()
	}
	r.Envelope.From = email
	mustDo(t, s.Tx(func(tx *store.Tx) error {
		pt, err := tx.ParticipantByAddress(email)
		if err != nil {
			return err
		}
		in := p.inboundRow(mailer.Delivery{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(msgSeq)},
			fmt.Sprintf("constructed:%d:%d", msgSeq, time.Now().UnixNano()), email, string(r.Class))
		in.ParticipantID = &pt.ID
		if target != nil {
			in.OutboxID = &target.ID
		}
		if _, err := tx.InsertInbound(in, []byte("constructed")); err != nil {
			return err
		}
		return p.applyReply(tx, in, pt, target, r)
	}))
}

// reply builds a parse of a reply: text and what it carries.
func reply(text string, cmds ...parser.Command) *parser.Reply {
	return &parser.Reply{Class: parser.ClassReply, ReplyText: text, Commands: cmds, Goals: []parser.Goal{}, Warnings: []string{}}
}
