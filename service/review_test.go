package service_test

import (
	"strings"
	"testing"

	"github.com/mentormail/mentormail/program"
)

// TestReviewListAndConsent, through the real inbox (IMAP) and sender (SMTP): a
// reply the program cannot read is listed for the committee by who, when and
// why; the committee's mailbox has no trace of its words until the writer answers
// the not-understood email with one word, "yes"; then the committee has them as
// a question it answers from its shared inbox, and the answer reaches the writer.
// A stranger's message is quarantined and listed too.
func TestReviewListAndConsent(t *testing.T) {
	w := newWorld(t, 0)
	const sentinel = "MAGNOLIA-2718"
	aisha := "Aisha Rahman <aisha@example.test>"
	w.send(aisha, nil, "How it is going", "Honestly it's not going well. Marcus cancelled twice and I don't know what to do. "+sentinel)
	w.send("Stranger <stranger@example.test>", nil, "Hello", "Can I join the program?")
	w.settle()

	loc := w.svc.Config.Location()
	items, err := program.ListReview(w.svc.Store, false, loc)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Who != "Aisha Rahman" || items[0].Reason != "not_understood" ||
		items[1].Who != "stranger@example.test" || items[1].Why != "quarantined: unknown sender" {
		t.Fatalf("review list = %+v", items)
	}
	committeeHas := func(s string) bool {
		for _, e := range w.envelopes("committee", "INBOX") {
			if strings.Contains(e.GetHeader("Subject")+e.Text+e.HTML, s) {
				return true
			}
		}
		return false
	}
	if committeeHas(sentinel) {
		t.Fatal("the committee's mailbox has the message's words before any consent")
	}
	nu := w.latest("aisha", "not_understood")
	if !strings.Contains(nu.Text, `reply "yes"`) {
		t.Fatalf("the not-understood answer does not offer the one-word reply:\n%s", nu.Text)
	}

	w.send(aisha, nu, "", "Yes")
	w.settle()
	if !committeeHas(sentinel) {
		t.Fatal("after her yes, the committee's mailbox lacks the message's words")
	}
	if rc := w.latest("aisha", "receipt_consent"); !strings.Contains(rc.Text, "passed your message") {
		t.Errorf("consent receipt:\n%s", rc.Text)
	}
	items, _ = program.ListReview(w.svc.Store, false, loc)
	if items[0].Consent != "given" || items[0].QuestionID == nil {
		t.Errorf("item after consent = %+v", items[0])
	}
	fwds := w.ofKind("committee", "INBOX", "question_forward")
	if len(fwds) != 1 {
		t.Fatalf("%d forwards in the committee's inbox, want 1", len(fwds))
	}
	w.send("Chair <chair@example.test>", fwds[0], "", "We are sorry to hear it. May we call you on Thursday?")
	w.settle()
	if ans := w.latest("aisha", "question_answer"); !strings.Contains(ans.Text, "May we call you on Thursday?") {
		t.Errorf("the committee's answer did not reach her:\n%s", ans.Text)
	}
	if n := w.count("program", "INBOX"); n != 0 {
		t.Errorf("%d messages left in the program's INBOX", n)
	}
}
