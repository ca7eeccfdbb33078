// The tests that feed the inbox a message enmime spins on come last (this file
// sorts after the others): until the parser refuses such messages at once, each
// leaves a parse running in the background for the rest of the test binary.

package service_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

// TestOddMessageIDsStillGetReceipts: replies whose Message-ID is not one
// (no "@") or carries a comment after it are answered like any other: the
// receipt goes out, threaded where the id can be read, unthreaded where not.
func TestOddMessageIDsStillGetReceipts(t *testing.T) {
	w := newWorld(t, 0)
	before := len(w.ofKind("marcus", "INBOX", "receipt_meeting"))
	for i, id := range []string{"<noatsign-caseF>", "<odd1@client.test> (added by a gateway)", "plain2@client.test"} {
		raw := fmt.Sprintf("From: Marcus Chen <marcus@example.test>\r\nTo: program@example.test\r\nSubject: log %d\r\n"+
			"Date: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"+
			"We met by phone yesterday for %d minutes.\r\n", i, time.Now().Format(time.RFC1123Z), id, 20+i)
		w.sendRaw("marcus@example.test", "program@example.test", []byte(raw))
	}
	w.settle()
	got := w.ofKind("marcus", "INBOX", "receipt_meeting")[before:]
	if len(got) != 3 {
		t.Fatalf("Marcus got %d receipts for 3 logs with odd Message-IDs, want 3", len(got))
	}
	var irt []string
	for _, e := range got {
		irt = append(irt, e.GetHeader("In-Reply-To"))
	}
	if strings.Join(irt, ",") != ",<odd1@client.test>,<plain2@client.test>" {
		t.Errorf("In-Reply-To of the receipts: %q", irt)
	}
	failed, _ := w.svc.Store.CountOutbox(store.OutboxQuery{State: store.OutboxFailed})
	if failed != 0 {
		t.Errorf("%d outbox rows failed", failed)
	}
}

// nestedMultipart is a message whose multipart/mixed parts are nested depth
// deep and never closed: a few KB that made enmime's boundary reader take time
// doubling with each level (issue 12).
func nestedMultipart(from string, depth int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: program@example.test\r\nSubject: nested\r\nDate: %s\r\n"+
		"Message-ID: <nested%d@client.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n",
		from, time.Now().Format(time.RFC1123Z), depth)
	for i := range depth {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\npreamble %d\r\n", i, i+1, i)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\nWe met yesterday for an hour.\r\n", depth)
	return []byte(b.String())
}

// TestNestedMultipartQuarantined feeds the inbox (go-imap's server in process) a
// nested multipart of depth 40 and then a valid reply: the first is quarantined
// as unreadable at its first try, the reply is processed, and the committee is
// told once. The parse budget is short here so the test is quick; the parser's
// own limits (parser.ErrUnreadable) stop this message before the budget does
// once they are in.
func TestNestedMultipartQuarantined(t *testing.T) {
	w := newWorldWith(t, 0, service.Options{ParseBudget: 3 * time.Second})
	marcusPrompt := w.latest("marcus", "goals_prompt")
	alertsBefore := len(w.ofKind("committee", "INBOX", "committee_alert"))
	receiptsBefore := len(w.ofKind("marcus", "INBOX", "receipt_meeting"))

	w.sendRaw("aisha@example.test", "program@example.test", nestedMultipart("Aisha Rahman <aisha@example.test>", 40))
	w.send("Marcus Chen <marcus@example.test>", marcusPrompt, "", "We met by phone yesterday for 30 minutes.")
	w.settle()
	w.settle() // a second pass changes nothing

	// The mailboxes are read raw: the test's enmime would spin on the bomb too.
	for folder, want := range map[string][]string{"INBOX": nil, "Quarantine": {"nested"}, "Processed": {"Re: "}} {
		msgs, err := w.mail.Mailbox("program", folder)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != len(want) {
			t.Errorf("%d messages in %s, want %d", len(msgs), folder, len(want))
			continue
		}
		for i, m := range msgs {
			if !strings.Contains(string(m.Raw), "\r\nSubject: "+want[i]) {
				t.Errorf("%s holds a message that is not the %q one", folder, want[i])
			}
		}
	}
	in, err := w.svc.Store.LastInbound(store.InboundQuery{Outcome: store.InboundQuarantined})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Reason, "unreadable") {
		t.Errorf("quarantined because %q, want unreadable", in.Reason)
	}
	failures, _ := w.svc.Store.CountInboundFailures()
	if failures != 0 {
		t.Errorf("%d failure counts recorded: the message was retried instead of quarantined at once", failures)
	}
	if got := len(w.ofKind("marcus", "INBOX", "receipt_meeting")) - receiptsBefore; got != 1 {
		t.Errorf("Marcus got %d meeting receipts, want 1: the reply after the bomb was not processed", got)
	}
	if got := len(w.ofKind("committee", "INBOX", "committee_alert")) - alertsBefore; got != 1 {
		t.Errorf("the committee got %d alerts, want 1", got)
	}
}

// TestShutdownIsPrompt: the service is stopped while the inbox is parsing a
// message that would take forever, with a parse budget far longer than the
// shutdown grace: Run still returns within the grace, the message is left in
// the mailbox for the next start and is not counted as one of its tries. (Once
// the parser's own limits refuse such a message at once, it is quarantined
// before the stop instead; the stop is prompt either way.)
func TestShutdownIsPrompt(t *testing.T) {
	w := newWorldWith(t, 0, service.Options{ParseBudget: time.Hour, ShutdownGrace: 2 * time.Second})
	w.sendRaw("aisha@example.test", "program@example.test", nestedMultipart("Aisha Rahman <aisha@example.test>", 40))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.svc.Run(ctx); close(done) }()
	time.Sleep(500 * time.Millisecond) // the inbox is in the parse by now
	cancel()                           // SIGTERM
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("the service did not stop after its context ended")
	}
	inbox, err := w.mail.Mailbox("program", "INBOX")
	if err != nil {
		t.Fatal(err)
	}
	quarantined, _ := w.mail.Mailbox("program", "Quarantine")
	if len(inbox)+len(quarantined) != 1 {
		t.Errorf("%d messages in INBOX and %d in Quarantine after the stop, want the one being parsed in either", len(inbox), len(quarantined))
	}
	failures, _ := w.svc.Store.CountInboundFailures()
	if failures != 0 {
		t.Errorf("the stop counted %d failures against the message", failures)
	}
}
