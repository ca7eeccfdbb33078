package devmail

import (
	"bufio"
	"errors"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"
)

// serverFrames are stack frames of the servers' goroutines; none may remain
// once Close returns.
var serverFrames = []string{
	"imapserver.(*Server).Serve",
	"imapserver.(*Conn).serve",
	"go-smtp.(*Server).Serve",
	"go-smtp.(*Server).handleConn",
}

// serverGoroutines returns the stacks of live server goroutines.
func serverGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var live []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		for _, f := range serverFrames {
			if strings.Contains(g, f) {
				live = append(live, g)
				break
			}
		}
	}
	return live
}

func TestCloseStopsEverything(t *testing.T) {
	s, err := Start(Options{Users: map[string]string{"ana": "ana-pw"}})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if s.Domain() != DefaultDomain {
		t.Errorf("Domain() = %q, want %q", s.Domain(), DefaultDomain)
	}
	imapAddr, smtpAddr := s.IMAPAddr(), s.SMTPAddr()

	// Connections left open, one of them logged in and idling.
	c := dialIMAP(t, s, "ana", "ana-pw", nil)
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}
	smtpConn, err := net.DialTimeout("tcp", smtpAddr, testTimeout)
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	defer smtpConn.Close()
	smtpConn.SetDeadline(time.Now().Add(testTimeout))
	r := bufio.NewReader(smtpConn)
	if greeting, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(greeting, "220 ") {
		t.Fatalf("smtp greeting %q, %v", greeting, err)
	}

	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	for _, addr := range []string{imapAddr, smtpAddr} {
		if conn, err := net.DialTimeout("tcp", addr, testTimeout); err == nil {
			conn.Close()
			t.Errorf("%s still accepts connections after Close", addr)
		}
	}
	if _, err := r.ReadString('\n'); err == nil {
		t.Error("open SMTP connection not cut by Close")
	}
	select {
	case <-c.Closed():
	case <-time.After(testTimeout):
		t.Error("open IMAP connection not cut by Close")
	}
	idle.Close()

	// Close has waited for the connection goroutines to release their
	// sessions; allow the few instructions after that, within a deadline.
	deadline := time.Now().Add(testTimeout)
	for live := serverGoroutines(); len(live) > 0; live = serverGoroutines() {
		if time.Now().After(deadline) {
			t.Fatalf("server goroutines left after Close:\n%s", strings.Join(live, "\n\n"))
		}
		runtime.Gosched()
	}

	if err := s.Deliver("x@elsewhere.test", []string{"ana@example.test"}, []byte("Subject: x\r\n\r\nx\r\n")); !errors.Is(err, ErrClosed) {
		t.Errorf("Deliver after Close: %v, want ErrClosed", err)
	}
	if _, err := s.Mailbox("ana", "INBOX"); !errors.Is(err, ErrClosed) {
		t.Errorf("Mailbox after Close: %v, want ErrClosed", err)
	}
}

func TestStartRefusesBadOptions(t *testing.T) {
	for name, opts := range map[string]Options{
		"non-loopback IMAP": {IMAPAddr: "0.0.0.0:0"},
		"non-loopback SMTP": {SMTPAddr: "0.0.0.0:0"},
		"bad domain":        {Domain: "exa mple.test"},
		"bad user":          {Users: map[string]string{"a@b": "pw"}},
		"no password":       {Users: map[string]string{"ana": ""}},
	} {
		if s, err := Start(opts); err == nil {
			s.Close()
			t.Errorf("%s: Start succeeded", name)
		} else if !strings.HasPrefix(err.Error(), "devmail: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
}
