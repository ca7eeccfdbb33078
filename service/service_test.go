package service_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/mail"
	"net/smtp"
	"strings"
	"testing"
	"time"

	"github.com/jhillyerd/enmime/v2"
	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
)

// world is the real service on devmail: the IMAP inbox, the SMTP sender and the
// program, with the demo cohort starting today.
type world struct {
	t    *testing.T
	mail *devmail.System
	svc  *service.Service
	seq  int
	// now, when set, dates the messages send writes (the service's test clock).
	now func() time.Time
}

func newWorld(t *testing.T, maxBytes int64) *world {
	t.Helper()
	return newWorldWith(t, maxBytes, service.Options{})
}

func newWorldWith(t *testing.T, maxBytes int64, o service.Options) *world {
	t.Helper()
	users, err := demo.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	users["chair"] = demo.Password
	m, err := devmail.Start(devmail.Options{Domain: demo.Domain, Users: users})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	cfg, err := demo.Config(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store.Path = storetest.Path(t, cfg.Store.Path)
	cfg.Program.SendHour = 0
	cfg.Program.CommitteeMembers = []string{"committee@" + demo.Domain, "chair@" + demo.Domain}
	if maxBytes > 0 {
		cfg.Program.MaxMessageBytes = maxBytes
	}
	svc, err := service.New(cfg, cfg.Logger(io.Discard), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	start := time.Now().In(cfg.Location()).AddDate(0, 0, -1).Format(time.DateOnly)
	if _, err := demo.ImportCohort(svc.Store, start); err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, mail: m, svc: svc}
	w.settle()
	return w
}

// settle runs the calendar, the inbox and the sender until nothing moves.
func (w *world) settle() {
	w.t.Helper()
	ctx := context.Background()
	for range 5 {
		if _, err := w.svc.Program.Tick(ctx); err != nil {
			w.t.Fatal(err)
		}
		if err := w.svc.Inbox.RunOnce(ctx); err != nil {
			w.t.Fatal(err)
		}
		n, err := w.svc.Sender.RunOnce(ctx)
		if err != nil {
			w.t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

// envelopes reads a user's mailbox.
func (w *world) envelopes(user, mailbox string) []*enmime.Envelope {
	w.t.Helper()
	msgs, err := w.mail.Mailbox(user, mailbox)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []*enmime.Envelope
	for _, m := range msgs {
		env, err := enmime.ReadEnvelope(bytes.NewReader(m.Raw))
		if err != nil { // a malformed message, kept as it came
			env, _ = enmime.ReadEnvelope(strings.NewReader("Subject: (unreadable)\r\n\r\n"))
		}
		out = append(out, env)
	}
	return out
}

// latest returns the newest message of a kind (from its Message-ID) in a user's INBOX.
func (w *world) latest(user, kind string) *enmime.Envelope {
	w.t.Helper()
	envs := w.envelopes(user, "INBOX")
	for i := len(envs) - 1; i >= 0; i-- {
		if strings.Contains(envs[i].GetHeader("Message-Id"), "."+strings.ReplaceAll(kind, "_", "-")+"@") {
			return envs[i]
		}
	}
	w.t.Fatalf("%s has no %s in INBOX", user, kind)
	return nil
}

func (w *world) count(user, mailbox string) int { return len(w.envelopes(user, mailbox)) }

// ofKind returns the messages of a kind (from their Message-IDs) in a user's mailbox.
func (w *world) ofKind(user, mailbox, kind string) []*enmime.Envelope {
	var out []*enmime.Envelope
	for _, e := range w.envelopes(user, mailbox) {
		if strings.Contains(e.GetHeader("Message-Id"), "."+strings.ReplaceAll(kind, "_", "-")+"@") {
			out = append(out, e)
		}
	}
	return out
}

// send writes a message through SMTP as a mail client would. inReplyTo, when not
// nil, makes it a reply to that message (To its Reply-To, threaded).
func (w *world) send(from string, inReplyTo *enmime.Envelope, subject, body string, extra ...string) string {
	w.t.Helper()
	w.seq++
	to := "program@" + demo.Domain
	id := fmt.Sprintf("<t%d.%d@client.test>", w.seq, time.Now().UnixNano())
	var h strings.Builder
	if inReplyTo != nil {
		if rt := inReplyTo.GetHeader("Reply-To"); rt != "" {
			to = rt
		}
		subject = "Re: " + inReplyTo.GetHeader("Subject")
		ref := inReplyTo.GetHeader("Message-Id")
		fmt.Fprintf(&h, "In-Reply-To: %s\r\nReferences: %s\r\n", ref, ref)
		body += "\n\nOn a weekday, the program wrote:\n" + quote(inReplyTo.Text)
	}
	fmt.Fprintf(&h, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n", from, to, subject,
		w.dateNow().Format(time.RFC1123Z), id)
	for _, x := range extra {
		h.WriteString(x + "\r\n")
	}
	h.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	h.WriteString(strings.ReplaceAll(body, "\n", "\r\n"))
	w.sendRaw(from, to, []byte(h.String()))
	return strings.Trim(id, "<>")
}

func (w *world) sendRaw(from, to string, raw []byte) {
	w.t.Helper()
	fa, err := mail.ParseAddress(from)
	if err != nil {
		w.t.Fatal(err)
	}
	var rcpts []string
	for _, a := range strings.Split(to, ",") {
		pa, err := mail.ParseAddress(strings.TrimSpace(a))
		if err != nil {
			w.t.Fatal(err)
		}
		rcpts = append(rcpts, pa.Address)
	}
	if err := smtp.SendMail(w.mail.SMTPAddr(), nil, fa.Address, rcpts, raw); err != nil {
		w.t.Fatal(err)
	}
}

func quote(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

func (w *world) question(id int64) store.Question {
	q, err := w.svc.Store.Question(id)
	if err != nil {
		w.t.Fatal(err)
	}
	return *q
}

// TestCommitteeRelay: a participant asks, the committee's inbox receives the
// question with context and without the pair's notes, a member answers, the answer
// comes back threaded; "thanks" does not reopen it, a follow-up does, and a
// stranger's reply to the forward is quarantined.
func TestCommitteeRelay(t *testing.T) {
	w := newWorld(t, 0)
	const sentinel = "ZEBRA-NOTE-7731"
	aisha := "Aisha Rahman <aisha@example.test>"
	w.send(aisha, w.latest("aisha", "goals_prompt"), "", "We met on Zoom yesterday for an hour.\nNotes: "+sentinel+" we rehearsed my interview answers")
	asked := w.send(aisha, nil, "Question for the committee", "Question: may my mentor write me a reference letter?")
	w.settle()

	fwds := w.ofKind("committee", "INBOX", "question_forward")
	if len(fwds) != 1 {
		t.Fatalf("committee inbox holds %d forwards, want one", len(fwds))
	}
	fwd := fwds[0]
	for _, want := range []string{"may my mentor write me a reference letter?", "Aisha Rahman", "Marcus", "Demo fall 2026"} {
		if !strings.Contains(fwd.Text, want) {
			t.Errorf("the forward lacks %q:\n%s", want, fwd.Text)
		}
	}
	if strings.Contains(fwd.Text+fwd.HTML, sentinel) {
		t.Error("the forward carries the pair's meeting notes")
	}
	if !strings.Contains(fwd.GetHeader("Reply-To"), "program+") {
		t.Errorf("the forward's Reply-To is %q, want a tagged program address", fwd.GetHeader("Reply-To"))
	}

	w.send("Chair <chair@example.test>", fwd, "", "Yes, as long as they are comfortable with it. Ask them early.")
	w.settle()
	ans := w.latest("aisha", "question_answer")
	if !strings.Contains(ans.Text, "as long as they are comfortable with it") {
		t.Errorf("the relayed answer lacks the committee's words:\n%s", ans.Text)
	}
	if strings.Contains(ans.Text, "reply to this email to answer") || strings.Contains(ans.Text, "> ") && strings.Contains(ans.Text, "Demo fall 2026") {
		t.Errorf("the relayed answer carries the forward's quoted history:\n%s", ans.Text)
	}
	if got := strings.Trim(ans.GetHeader("In-Reply-To"), "<>"); got != asked {
		t.Errorf("answer In-Reply-To %q, want her question's %q", got, asked)
	}
	var q store.Question
	if qs, err := w.svc.Store.QuestionsIn(store.QuestionAnswered); err == nil && len(qs) > 0 {
		q = qs[0]
	}
	if q.ID == 0 || q.AnsweredBy != "chair@example.test" {
		t.Fatalf("question = %+v, want answered by the chair", q)
	}

	w.send(aisha, ans, "", "Thank you so much!")
	w.settle()
	if got := w.question(q.ID).State; got != store.QuestionAnswered {
		t.Errorf("a thank-you reopened the question: %s", got)
	}
	if n := len(w.ofKind("committee", "INBOX", "question_forward")); n != 1 {
		t.Errorf("a thank-you reached the committee: %d forwards", n)
	}

	w.send(aisha, ans, "", "Thanks! And may the letter mention our meetings?")
	w.settle()
	if got := w.question(q.ID).State; got != store.QuestionOpen {
		t.Errorf("a follow-up left the question %s, want open", got)
	}
	if n := len(w.ofKind("committee", "INBOX", "question_forward")); n != 2 {
		t.Errorf("committee inbox holds %d forwards after the follow-up, want 2", n)
	}

	before := w.count("program", "Quarantine")
	w.send("Someone <someone@elsewhere.org>", fwd, "", "I can answer that: no.")
	w.settle()
	if n := w.count("program", "Quarantine"); n != before+1 {
		t.Errorf("a stranger's answer was not quarantined (%d → %d)", before, n)
	}
	if got := w.question(q.ID).State; got != store.QuestionOpen {
		t.Errorf("a stranger's answer changed the question to %s", got)
	}
	if n := w.count("aisha", "INBOX"); n != len(w.envelopes("aisha", "INBOX")) || strings.Contains(w.latest("aisha", "question_answer").Text, "no.") {
		t.Error("a stranger's answer was relayed")
	}
	if n := w.count("program", "INBOX"); n != 0 {
		t.Errorf("%d messages left in the program's INBOX", n)
	}
}

// TestInboundFolders sends the kinds of mail DESIGN.md names through the real
// inbox and checks where each ends and who, if anyone, is answered.
func TestInboundFolders(t *testing.T) {
	w := newWorld(t, 64<<10)
	ctx := context.Background()
	checkin := w.latest("aisha", "goals_prompt")
	marcusPrompt := w.latest("marcus", "goals_prompt")
	aisha, marcus := "Aisha Rahman <aisha@example.test>", "Marcus Chen <marcus@example.test>"
	inboxBefore := map[string]int{}
	for _, u := range []string{"aisha", "marcus", "committee"} {
		inboxBefore[u] = w.count(u, "INBOX")
	}
	// Never answered, moved to Processed.
	w.send(aisha, checkin, "", "I am away until Monday.", "Auto-Submitted: auto-replied")
	w.send(marcus, nil, "Out of Office: travelling", "I am out of the office until Monday with no access to email.")
	w.send(marcus, nil, "Réponse automatique : absent du bureau", "Je suis absent du bureau jusqu'au lundi 7 décembre.")
	w.send(aisha, nil, "Library news", "This week in libraries.", "List-Id: <news.example.org>", "Precedence: list")
	w.sendRaw("MAILER-DAEMON@example.test", "program@example.test", []byte("From: MAILER-DAEMON@example.test\r\n"+
		"To: program@example.test\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@example.test>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"+
		"Reporting-MTA: dns; example.test\r\n\r\nFinal-Recipient: rfc822; rohan@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"))
	// Quarantined, never answered.
	w.send("Mallory <mallory@example.test>", checkin, "", "We met yesterday for an hour.")
	w.send(marcus, checkin, "", "We met yesterday for an hour.") // Aisha's token from Marcus
	w.send("Stranger <stranger@example.test>", nil, "Hello", "Can I join the program?")
	w.send(aisha, nil, "Big", "We met yesterday.\n"+strings.Repeat("padding line for an oversized message\n", 3000))
	w.sendRaw("aisha@example.test", "program@example.test", []byte("From: aisha@example.test\r\nTo: program@example.test\r\n"+
		"Subject: broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"\r\n\r\n\x00\x01"))
	// A normal reply, to show mail still flows.
	w.send(marcus, marcusPrompt, "", "We met by phone yesterday for 30 minutes.")
	w.settle()
	_ = ctx

	processed, quarantined := w.envelopes("program", "Processed"), w.envelopes("program", "Quarantine")
	subjects := func(envs []*enmime.Envelope) []string {
		var s []string
		for _, e := range envs {
			s = append(s, e.GetHeader("Subject"))
		}
		return s
	}
	t.Logf("processed: %q", subjects(processed))
	t.Logf("quarantined: %q", subjects(quarantined))
	if len(quarantined) != 5 {
		t.Errorf("%d quarantined, want 5 (spoofed, another's token, unknown, oversized, malformed)", len(quarantined))
	}
	if len(processed) != 6 {
		t.Errorf("%d processed, want 6 (auto-reply, two out-of-office, list, bounce, the real reply)", len(processed))
	}
	if n := w.count("program", "INBOX"); n != 0 {
		t.Errorf("%d left in INBOX", n)
	}
	// Aisha is told once that her link was used by someone else (Mallory's
	// message); Marcus gets his receipt and a notice that he used Aisha's link
	// does not go to him. Nobody else is answered.
	got := map[string][]string{}
	for u, n := range inboxBefore {
		for _, e := range w.envelopes(u, "INBOX")[n:] {
			id := e.GetHeader("Message-Id")
			got[u] = append(got[u], id[strings.Index(id, ".")+1:strings.Index(id, "@")])
		}
	}
	want := map[string]string{"aisha": "identity-notice,identity-notice", "marcus": "receipt-meeting", "committee": "committee-alert"}
	for u, kinds := range want {
		if strings.Join(got[u], ",") != kinds {
			t.Errorf("%s was sent %v, want %s", u, got[u], kinds)
		}
	}
	for _, u := range []string{"mallory", "stranger"} {
		if _, err := w.mail.Mailbox(u, "INBOX"); err == nil {
			t.Errorf("%s has a mailbox: the test is wrong", u)
		}
	}
	rohan, err := w.svc.Store.ParticipantByEmail("rohan@example.test")
	if err != nil {
		t.Fatal(err)
	}
	if rohan.BounceCount != 1 || !rohan.MailStopped {
		t.Errorf("rohan bounce count %d stopped %v after a 5.1.1 bounce; want 1, true", rohan.BounceCount, rohan.MailStopped)
	}
}

// TestShutdownDuringBurst stops the running service in the middle of a burst of
// replies, as SIGTERM does, starts it again on the same database, and checks that
// every reply was applied exactly once and every receipt sent.
func TestShutdownDuringBurst(t *testing.T) {
	w := newWorld(t, 0)
	people := []string{"aisha", "marcus", "thi", "aminata", "grace", "rohan", "jf", "mei"}
	const n = 240
	for i := range n {
		who := people[i%len(people)]
		raw := fmt.Sprintf("From: %s@example.test\r\nTo: program@example.test\r\nSubject: log %d\r\n"+
			"Message-ID: <burst%d@client.test>\r\nDate: %s\r\n\r\nWe met yesterday for %d minutes.\r\n",
			who, i, i, time.Now().Format(time.RFC1123Z), 20+i%40)
		if err := w.mail.Deliver(who+"@example.test", []string{"program@example.test"}, []byte(raw)); err != nil {
			t.Fatal(err)
		}
	}
	applied := func() int64 {
		c, _ := w.svc.Store.CountInbounds(store.InboundQuery{})
		return c
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.svc.Run(ctx); close(done) }()
	deadline := time.Now().Add(30 * time.Second)
	for applied() < n/4 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel() // SIGTERM
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the service did not stop within 30 s of its context ending")
	}
	stoppedAt := applied()
	if stoppedAt == n {
		t.Log("the burst finished before the stop; the restart has nothing to do")
	}

	// A new service on the same database and mailbox.
	cfg := w.svc.Config
	w.svc.Close()
	svc, err := service.New(cfg, cfg.Logger(io.Discard), service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	w.svc = svc
	for range 20 {
		w.settle()
		if w.count("program", "INBOX") == 0 {
			break
		}
	}
	w.settle()
	if got := applied(); got != n {
		t.Errorf("%d replies recorded, want %d (stopped at %d)", got, n, stoppedAt)
	}
	meetings, _ := svc.Store.CountMeetings(store.MeetingQuery{})
	unsent, _ := svc.Store.CountOutbox(store.OutboxQuery{NotState: store.OutboxSent})
	if meetings != n {
		t.Errorf("%d meetings logged, want exactly %d", meetings, n)
	}
	if unsent != 0 {
		t.Errorf("%d outbox rows not sent after the restart", unsent)
	}
	if got := w.count("program", "Processed") + w.count("program", "Quarantine"); got != n {
		t.Errorf("%d messages moved out of INBOX, want %d", got, n)
	}
	if left := w.count("program", "INBOX"); left != 0 {
		t.Errorf("%d messages left in INBOX", left)
	}
}

func (w *world) dateNow() time.Time {
	if w.now != nil {
		return w.now()
	}
	return time.Now()
}
