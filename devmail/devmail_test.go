package devmail

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	netsmtp "net/smtp"
	"net/textproto"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"
)

// testTimeout bounds every wait in these tests: a network exchange, an IDLE
// wake-up, the end of the servers' goroutines.
const testTimeout = 10 * time.Second

var testUsers = map[string]string{
	"program":   "program-pw",
	"ana":       "ana-pw",
	"committee": "committee-pw",
}

// startSystem starts a system for example.test with testUsers; edit may
// change the options first. Close runs at the end of the test.
func startSystem(t *testing.T, edit func(*Options)) *System {
	t.Helper()
	opts := Options{Domain: "example.test", Users: testUsers}
	if edit != nil {
		edit(&opts)
	}
	s, err := Start(opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func testMessage(from, to, subject string) []byte {
	return []byte("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + subject + "@sender.test>\r\n\r\nHello from " + subject + ".\r\n")
}

// sendSMTP sends one message with net/smtp, as any client would.
func sendSMTP(t *testing.T, s *System, auth netsmtp.Auth, from string, to []string, raw []byte) error {
	t.Helper()
	conn, err := net.DialTimeout("tcp", s.SMTPAddr(), testTimeout)
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	conn.SetDeadline(time.Now().Add(testTimeout))
	c, err := netsmtp.NewClient(conn, "127.0.0.1")
	if err != nil {
		t.Fatalf("smtp greeting: %v", err)
	}
	defer c.Close()
	if err := c.Hello("client.test"); err != nil {
		return err
	}
	if auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	if err := c.Mail(from); err != nil {
		return err
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(raw); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// dialIMAP logs in over IMAP; the connection is cut after testTimeout
// whatever happens (imapclient overrides per-call deadlines).
func dialIMAP(t *testing.T, s *System, user, password string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	conn, err := net.DialTimeout("tcp", s.IMAPAddr(), testTimeout)
	if err != nil {
		t.Fatalf("dial imap: %v", err)
	}
	cut := time.AfterFunc(testTimeout, func() { conn.Close() })
	c := imapclient.New(conn, opts)
	t.Cleanup(func() {
		cut.Stop()
		c.Close()
	})
	if err := c.Login(user, password).Wait(); err != nil {
		t.Fatalf("imap login %q: %v", user, err)
	}
	return c
}

// fetchAll selects mailbox and fetches every message's UID, flags and body.
func fetchAll(t *testing.T, c *imapclient.Client, mailbox string) []*imapclient.FetchMessageBuffer {
	t.Helper()
	sel, err := c.Select(mailbox, nil).Wait()
	if err != nil {
		t.Fatalf("select %s: %v", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	msgs, err := c.Fetch(imap.SeqSetNum(seqRange(sel.NumMessages)...), &imap.FetchOptions{
		UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	}).Collect()
	if err != nil {
		t.Fatalf("fetch %s: %v", mailbox, err)
	}
	return msgs
}

func seqRange(n uint32) []uint32 {
	var l []uint32
	for i := uint32(1); i <= n; i++ {
		l = append(l, i)
	}
	return l
}

func bodyOf(m *imapclient.FetchMessageBuffer) []byte {
	if len(m.BodySection) == 0 {
		return nil
	}
	return m.BodySection[0].Bytes
}

func TestSMTPDeliveryReadOverIMAP(t *testing.T) {
	s := startSystem(t, nil)
	raw := testMessage("mentee@elsewhere.test", "program@example.test", "first")
	to := []string{"program+abc@example.test", "ana@example.test"}
	if err := sendSMTP(t, s, nil, "mentee@elsewhere.test", to, raw); err != nil {
		t.Fatalf("send: %v", err)
	}

	for _, tc := range []struct{ login, password, deliveredTo string }{
		{"program", "program-pw", "program+abc@example.test"},
		{"ana@example.test", "ana-pw", "ana@example.test"},
	} {
		c := dialIMAP(t, s, tc.login, tc.password, nil)
		msgs := fetchAll(t, c, "INBOX")
		if len(msgs) != 1 {
			t.Fatalf("%s: %d messages in INBOX, want 1", tc.login, len(msgs))
		}
		want := "Return-Path: <mentee@elsewhere.test>\r\nDelivered-To: " + tc.deliveredTo + "\r\n" + string(raw)
		if got := string(bodyOf(msgs[0])); got != want {
			t.Errorf("%s: stored message\n%q\nwant\n%q", tc.login, got, want)
		}
		if msgs[0].UID != 1 {
			t.Errorf("%s: UID %d, want 1", tc.login, msgs[0].UID)
		}
	}

	got, err := s.Mailbox("program", "INBOX")
	if err != nil {
		t.Fatalf("Mailbox: %v", err)
	}
	if len(got) != 1 || !bytes.HasSuffix(got[0].Raw, raw) || got[0].UID != 1 {
		t.Fatalf("Mailbox(program, INBOX) = %+v", got)
	}
	if empty, err := s.Mailbox("committee", "INBOX"); err != nil || len(empty) != 0 {
		t.Errorf("Mailbox(committee, INBOX) = %v, %v; want no messages", empty, err)
	}
}

// smtpCode returns the reply code and text net/smtp saw, or fails.
func smtpCode(t *testing.T, err error) (int, string) {
	t.Helper()
	var tpErr *textproto.Error
	if !errors.As(err, &tpErr) {
		t.Fatalf("error %v (%T), want an SMTP reply", err, err)
	}
	return tpErr.Code, tpErr.Msg
}

func TestRcptRefused(t *testing.T) {
	s := startSystem(t, nil)
	raw := testMessage("x@elsewhere.test", "nobody@example.test", "refused")
	for _, tc := range []struct {
		rcpt     string
		code     int
		enhanced string
	}{
		{"nobody@example.test", 550, "5.1.1"},
		{"nobody+tag@example.test", 550, "5.1.1"},
		{"ana@other.test", 550, "5.7.1"},
		{"ana@example.test.evil.test", 550, "5.7.1"},
	} {
		err := sendSMTP(t, s, nil, "x@elsewhere.test", []string{tc.rcpt}, raw)
		code, msg := smtpCode(t, err)
		if code != tc.code || !strings.HasPrefix(msg, tc.enhanced) {
			t.Errorf("RCPT TO:<%s>: %d %s, want %d %s", tc.rcpt, code, msg, tc.code, tc.enhanced)
		}
	}
	if msgs, err := s.Mailbox("ana", "INBOX"); err != nil || len(msgs) != 0 {
		t.Errorf("ana's INBOX: %d messages, %v; want none", len(msgs), err)
	}
}

func TestDeliverFollowsSMTPRules(t *testing.T) {
	s := startSystem(t, func(o *Options) { o.MaxMessageBytes = 1024 })
	raw := testMessage("x@elsewhere.test", "ana@example.test", "inject")
	for _, tc := range []struct {
		to   []string
		code int
		enh  smtp.EnhancedCode
	}{
		{[]string{"ana@example.test", "nobody@example.test"}, 550, smtp.EnhancedCode{5, 1, 1}},
		{[]string{"ana@other.test"}, 550, smtp.EnhancedCode{5, 7, 1}},
		{[]string{"ana"}, 553, smtp.EnhancedCode{5, 1, 3}},
	} {
		var smtpErr *smtp.SMTPError
		err := s.Deliver("x@elsewhere.test", tc.to, raw)
		if !errors.As(err, &smtpErr) || smtpErr.Code != tc.code || smtpErr.EnhancedCode != tc.enh {
			t.Errorf("Deliver to %v: %v, want %d %v", tc.to, err, tc.code, tc.enh)
		}
	}
	var smtpErr *smtp.SMTPError
	err := s.Deliver("x@elsewhere.test", []string{"ana@example.test"}, bytes.Repeat([]byte("x"), 2000))
	if !errors.As(err, &smtpErr) || smtpErr.Code != 552 {
		t.Errorf("Deliver of 2000 bytes with a 1024 limit: %v, want 552", err)
	}
	if msgs, err := s.Mailbox("ana", "INBOX"); err != nil || len(msgs) != 0 {
		t.Errorf("ana's INBOX after refusals: %d messages, %v; want none (all or nothing)", len(msgs), err)
	}

	lf := []byte("From: x@elsewhere.test\nSubject: lf\n\nbare LF\n")
	if err := s.Deliver("x@elsewhere.test", []string{"Ana+Tok@Example.Test"}, lf); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	msgs, err := s.Mailbox("ana", "INBOX")
	if err != nil || len(msgs) != 1 {
		t.Fatalf("Mailbox: %d messages, %v; want 1", len(msgs), err)
	}
	want := "Return-Path: <x@elsewhere.test>\r\nDelivered-To: Ana+Tok@Example.Test\r\n" +
		"From: x@elsewhere.test\r\nSubject: lf\r\n\r\nbare LF\r\n"
	if string(msgs[0].Raw) != want {
		t.Errorf("stored %q, want %q", msgs[0].Raw, want)
	}
}

func TestSMTPSizeLimit(t *testing.T) {
	s := startSystem(t, func(o *Options) { o.MaxMessageBytes = 1024 })
	big := append(testMessage("x@elsewhere.test", "ana@example.test", "big"),
		bytes.Repeat([]byte("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n"), 40)...)
	code, msg := smtpCode(t, sendSMTP(t, s, nil, "x@elsewhere.test", []string{"ana@example.test"}, big))
	if code != 552 || !strings.HasPrefix(msg, "5.3.4") {
		t.Errorf("oversized DATA: %d %s, want 552 5.3.4", code, msg)
	}
	small := testMessage("x@elsewhere.test", "ana@example.test", "small")
	if err := sendSMTP(t, s, nil, "x@elsewhere.test", []string{"ana@example.test"}, small); err != nil {
		t.Errorf("small message after a refused one: %v", err)
	}
}

func TestIdleWokenBySMTPDelivery(t *testing.T) {
	s := startSystem(t, nil)
	exists := make(chan uint32, 8)
	c := dialIMAP(t, s, "program", "program-pw", &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case exists <- *d.NumMessages:
					default:
					}
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}

	raw := testMessage("mentor@elsewhere.test", "program@example.test", "wake")
	if err := sendSMTP(t, s, nil, "mentor@elsewhere.test", []string{"program+tok@example.test"}, raw); err != nil {
		t.Fatalf("send: %v", err)
	}
	deadline := time.NewTimer(testTimeout)
	defer deadline.Stop()
	for woken := false; !woken; {
		select {
		case n := <-exists:
			woken = n >= 1
		case <-deadline.C:
			t.Fatalf("IDLE client not told of the delivery within %v", testTimeout)
		}
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle close: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle wait: %v", err)
	}
}

func TestLoginNames(t *testing.T) {
	s := startSystem(t, nil)
	for _, name := range []string{"ana", "ana@example.test", "ANA@Example.Test"} {
		c := dialIMAP(t, s, name, "ana-pw", nil)
		if err := c.Logout().Wait(); err != nil {
			t.Errorf("logout %q: %v", name, err)
		}
	}
	for _, tc := range []struct{ name, password string }{
		{"ana", "wrong"}, {"ana@other.test", "ana-pw"}, {"nobody", "ana-pw"}, {"ana+tag", "ana-pw"},
	} {
		conn, err := net.DialTimeout("tcp", s.IMAPAddr(), testTimeout)
		if err != nil {
			t.Fatal(err)
		}
		cut := time.AfterFunc(testTimeout, func() { conn.Close() })
		c := imapclient.New(conn, nil)
		if err := c.Login(tc.name, tc.password).Wait(); err == nil {
			t.Errorf("IMAP LOGIN %q/%q succeeded, want refusal", tc.name, tc.password)
		}
		cut.Stop()
		c.Close()
	}

	// SMTP AUTH PLAIN works with the same names, and is never required.
	raw := testMessage("ana@example.test", "committee@example.test", "auth")
	rcpt := []string{"committee@example.test"}
	for _, name := range []string{"ana", "ana@example.test"} {
		auth := netsmtp.PlainAuth("", name, "ana-pw", "127.0.0.1")
		if err := sendSMTP(t, s, auth, "ana@example.test", rcpt, raw); err != nil {
			t.Errorf("send with AUTH PLAIN as %q: %v", name, err)
		}
	}
	auth := netsmtp.PlainAuth("", "ana", "wrong", "127.0.0.1")
	if code, _ := smtpCode(t, sendSMTP(t, s, auth, "ana@example.test", rcpt, raw)); code != 535 {
		t.Errorf("AUTH with a wrong password: %d, want 535", code)
	}

	if err := s.AddUser("Mentor.One", "pw"); err != nil {
		t.Fatalf("AddUser: %v", err)
	}
	for _, bad := range []string{"", "a@b", "a+b", "a b", ".a"} {
		if err := s.AddUser(bad, "pw"); err == nil {
			t.Errorf("AddUser(%q) succeeded", bad)
		}
	}
	if err := s.AddUser("ana", "again"); err == nil {
		t.Error("AddUser of an existing user succeeded")
	}
	want := []string{"ana", "committee", "mentor.one", "program"}
	if got := s.Users(); !slices.Equal(got, want) {
		t.Errorf("Users() = %v, want %v", got, want)
	}
	dialIMAP(t, s, "mentor.one@example.test", "pw", nil)
}

func TestMoveToCreatedMailbox(t *testing.T) {
	s := startSystem(t, nil)
	for range 2 { // the second call finds it and is fine
		if err := s.CreateMailbox("program", "Processed"); err != nil {
			t.Fatalf("CreateMailbox: %v", err)
		}
	}
	for i := range 2 {
		raw := testMessage("x@elsewhere.test", "program@example.test", fmt.Sprintf("m%d", i))
		if err := s.Deliver("x@elsewhere.test", []string{"program@example.test"}, raw); err != nil {
			t.Fatalf("Deliver: %v", err)
		}
	}
	c := dialIMAP(t, s, "program", "program-pw", nil)
	for _, cp := range []imap.Cap{imap.CapIdle, imap.CapMove, imap.CapUIDPlus} {
		if !c.Caps().Has(cp) {
			t.Errorf("server does not offer %s", cp)
		}
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	moved, err := c.Move(imap.UIDSetNum(1), "Processed").Wait()
	if err != nil {
		t.Fatalf("UID MOVE: %v", err)
	}
	if moved.DestUIDs.String() != "1" {
		t.Errorf("COPYUID destination %v, want 1", moved.DestUIDs)
	}
	inbox, err := s.Mailbox("program", "INBOX")
	if err != nil || len(inbox) != 1 || inbox[0].UID != 2 {
		t.Errorf("INBOX after move: %+v, %v; want UID 2 alone", inbox, err)
	}
	done, err := s.Mailbox("program", "Processed")
	if err != nil || len(done) != 1 || !bytes.Contains(done[0].Raw, []byte("Subject: m0")) {
		t.Errorf("Processed after move: %+v, %v; want m0", done, err)
	}
	if _, err := s.Mailbox("program", "Nope"); err == nil {
		t.Error("Mailbox of a missing mailbox succeeded")
	}
}

func TestOnDeliverSeesEveryMessage(t *testing.T) {
	at := time.Date(2025, 11, 20, 14, 30, 0, 0, time.UTC)
	var (
		mu   sync.Mutex
		seen []Delivered
	)
	s := startSystem(t, func(o *Options) {
		o.Now = func() time.Time { return at }
		o.OnDeliver = func(d Delivered) {
			mu.Lock()
			seen = append(seen, d)
			mu.Unlock()
		}
	})
	const perPath = 5
	var wg sync.WaitGroup
	errs := make(chan error, 2*perPath)
	for i := range perPath {
		wg.Add(2)
		go func() {
			defer wg.Done()
			raw := testMessage("a@elsewhere.test", "program@example.test", fmt.Sprintf("smtp%d", i))
			rcpt := []string{"program+s" + fmt.Sprint(i) + "@example.test", "committee@example.test"}
			errs <- sendSMTP(t, s, nil, "a@elsewhere.test", rcpt, raw)
		}()
		go func() {
			defer wg.Done()
			raw := testMessage("b@elsewhere.test", "ana@example.test", fmt.Sprintf("inject%d", i))
			errs <- s.Deliver("b@elsewhere.test", []string{"ana@example.test"}, raw)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("send: %v", err)
		}
	}

	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 2*perPath {
		t.Fatalf("OnDeliver called %d times, want %d", len(seen), 2*perPath)
	}
	for _, d := range seen {
		if !d.At.Equal(at) || len(d.Raw) == 0 {
			t.Errorf("Delivered %+v: want At %v and the raw message", d, at)
		}
		switch d.From {
		case "a@elsewhere.test":
			if !slices.Equal(d.Users, []string{"program", "committee"}) || len(d.To) != 2 ||
				!strings.HasPrefix(d.To[0], "program+s") {
				t.Errorf("SMTP delivery: To %v Users %v", d.To, d.Users)
			}
		case "b@elsewhere.test":
			if !slices.Equal(d.Users, []string{"ana"}) {
				t.Errorf("injected delivery: Users %v", d.Users)
			}
		default:
			t.Errorf("unexpected sender %q", d.From)
		}
	}
	msgs, err := s.Mailbox("committee", "INBOX")
	if err != nil || len(msgs) != perPath {
		t.Errorf("committee INBOX: %d messages, %v; want %d", len(msgs), err, perPath)
	}
}
