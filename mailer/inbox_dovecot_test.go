package mailer

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// TestInboxDovecot runs the inbox against a real Dovecot when MENTORMAIL_E2E_IMAP
// names one (host:port, plaintext LOGIN), such as the one e2e/mailservers.sh
// starts with a user program:secret (MENTORMAIL_E2E_IMAP_USER and
// MENTORMAIL_E2E_IMAP_PASSWORD override). Dovecot sets \Recent, offers IDLE,
// MOVE and UIDPLUS, and wakes IDLE on its own schedule.
func TestInboxDovecot(t *testing.T) {
	addr := os.Getenv("MENTORMAIL_E2E_IMAP")
	if addr == "" {
		t.Skip("MENTORMAIL_E2E_IMAP is not set")
	}
	user, pass := envOr("MENTORMAIL_E2E_IMAP_USER", "program"), envOr("MENTORMAIL_E2E_IMAP_PASSWORD", "secret")
	admin, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if err := admin.Login(user, pass).Wait(); err != nil {
		t.Fatal(err)
	}
	count := func(mailbox string) int {
		data, err := admin.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			return 0 // not made yet
		}
		return int(*data.NumMessages)
	}
	appendMsg := func(raw []byte) {
		cmd := admin.Append("INBOX", int64(len(raw)), nil)
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	if n := count("INBOX"); n != 0 {
		t.Fatalf("INBOX holds %d messages already; use a fresh mail directory", n)
	}
	processed0, quarantine0 := count("Processed"), count("Quarantine")
	run := time.Now().UnixNano()
	const maxSize = 4000
	for i := range 20 {
		appendMsg(testMessage(fmt.Sprintf("d%d.%d@example.test", run, i), "log"))
	}
	big := append(testMessage(fmt.Sprintf("big.%d@example.test", run), "log"), bytes.Repeat([]byte("x\r\n"), 2*maxSize)...)
	appendMsg(big)

	st := openStore(t)
	_, lg := newLogSink(t, slog.LevelDebug)
	h := &recorder{st: st}
	in := testInbox(t, addr, h, st, lg, func(o *InboxOptions) {
		o.Username, o.Password, o.MaxSize = user, pass, maxSize
	})
	runInbox(t, in)
	eventually(t, 10*time.Second, "the first 21 messages handled", func() bool {
		_, created, _ := h.stats()
		return created == 21 && count("INBOX") == 0
	})
	time.Sleep(200 * time.Millisecond) // idling by now
	at := time.Now()
	for i := range 5 {
		appendMsg(testMessage(fmt.Sprintf("late%d.%d@example.test", run, i), "log"))
	}
	eventually(t, 10*time.Second, "five more handled while idling", func() bool {
		_, created, _ := h.stats()
		return created == 26 && count("INBOX") == 0
	})
	t.Logf("Dovecot: IDLE woke and five new messages were moved in %v", time.Since(at).Round(time.Millisecond))
	if d, q := count("Processed")-processed0, count("Quarantine")-quarantine0; d != 25 || q != 1 {
		t.Errorf("Processed +%d, Quarantine +%d; want +25, +1", d, q)
	}
	if calls, _, replays := h.stats(); calls != 26 || replays != 0 {
		t.Errorf("%d handler calls, %d replays; want 26, 0", calls, replays)
	}
}

func envOr(name, def string) string {
	if v := strings.TrimSpace(os.Getenv(name)); v != "" {
		return v
	}
	return def
}
