package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// checkQuestionThread: ana asks the committee a question, the program
// acknowledges it, the committee answers by replying to the forward, ana
// follows up by replying to the relayed answer, and the committee answers again. Every message the program sends ana in
// answer to her question or her follow-up keeps the question's subject after
// "Re: " and carries the References chain (RFC 5322 section 3.6.4), and Dovecot's
// THREAD=REFERENCES puts them in one thread.
func checkQuestionThread(t *testing.T, smtpAddr string, boxes map[string]*imapUser) {
	ana := byUser("ana")
	stamp := time.Now().UnixNano()
	question := outgoing{
		from: ana.addr(), fromName: ana.name, to: program,
		subject:   "Question : prolonger notre session ?",
		messageID: fmt.Sprintf("e2e-ana-question-%d@client.example.test", stamp),
		body:      "Question : pouvons-nous prolonger la session de deux semaines ?\n\nAna\n",
	}
	if err := sendSMTP(smtpAddr, question, time.Now()); err != nil {
		t.Fatalf("ana's question through Postfix: %v", err)
	}
	// The program acknowledges the question at once, in its thread.
	boxes["ana"].waitMessages(t, "INBOX", "the question's acknowledgement", func(ms []*message) bool {
		return slices.ContainsFunc(ms, func(m *message) bool {
			return m.kind() == "question-received" && m.inReplyTo == question.messageID
		})
	})
	relay := answerAsCommittee(t, smtpAddr, boxes, 1, "Oui, deux semaines de plus, c'est possible.")
	want := "Re: " + question.subject
	if relay.subject != want || relay.inReplyTo != question.messageID ||
		!slices.Equal(relay.references, []string{question.messageID}) {
		t.Errorf("the relayed answer: subject %q, In-Reply-To <%s>, References %v; want %q, <%s>, [%s]",
			relay.subject, relay.inReplyTo, relay.references, want, question.messageID, question.messageID)
	}

	follow := outgoing{
		from: ana.addr(), fromName: ana.name, to: replyAddress(t, relay),
		subject:    "RE: " + relay.subject,
		messageID:  fmt.Sprintf("e2e-ana-followup-%d@client.example.test", stamp),
		inReplyTo:  relay.messageID,
		references: []string{question.messageID, relay.messageID},
		body:       "Merci ! Et pouvons-nous ajouter une troisième rencontre ce mois-ci ?\n\nAna\n",
	}
	if err := sendSMTP(smtpAddr, follow, time.Now()); err != nil {
		t.Fatalf("ana's follow-up through Postfix: %v", err)
	}
	relay2 := answerAsCommittee(t, smtpAddr, boxes, 2, "Bien sûr, ajoutez-la.")
	chain := []string{question.messageID, relay.messageID, follow.messageID}
	if relay2.subject != want || relay2.inReplyTo != follow.messageID || !slices.Equal(relay2.references, chain) {
		t.Errorf("the second answer: subject %q, In-Reply-To <%s>, References %v; want %q, <%s>, %v",
			relay2.subject, relay2.inReplyTo, relay2.references, want, follow.messageID, chain)
	}

	// Whatever else answers the question or the follow-up (an acknowledgement)
	// is in the same thread.
	ms, err := boxes["ana"].list("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	var uids []uint32
	seen := map[string]int{}
	for _, m := range ms {
		if m.inReplyTo != question.messageID && m.inReplyTo != follow.messageID {
			continue
		}
		uids = append(uids, uint32(m.uid))
		seen[m.kind()]++
		if m.subject != want || len(m.references) == 0 || m.references[0] != question.messageID ||
			m.references[len(m.references)-1] != m.inReplyTo {
			t.Errorf("%s: subject %q References %v; want %q, from <%s> to <%s>",
				m, m.subject, m.references, want, question.messageID, m.inReplyTo)
		}
	}
	// The acknowledgement and both answers are there, to be threaded.
	if seen["question-received"] < 1 || seen["question-answer"] != 2 {
		t.Errorf("in ana's INBOX, answering the question or the follow-up: %v; want an acknowledgement and two answers", seen)
	}
	checkOneThread(t, boxes["ana"], uids)
}

// answerAsCommittee waits for the n-th forwarded question in the committee's
// INBOX, answers it as a committee member's client would, and returns the n-th
// relayed answer in ana's INBOX.
func answerAsCommittee(t *testing.T, smtpAddr string, boxes map[string]*imapUser, n int, text string) *message {
	t.Helper()
	fwds := boxes["committee"].waitMessages(t, "INBOX", fmt.Sprintf("forwarded question %d", n), func(ms []*message) bool {
		return len(filter(ms, byKind("question-forward"))) >= n
	})
	fwd := filter(fwds, byKind("question-forward"))[n-1]
	answer := outgoing{
		from: committee, fromName: "Comité", to: replyAddress(t, fwd),
		subject:   "Re: " + fwd.subject,
		messageID: fmt.Sprintf("e2e-committee-%d-%d@client.example.test", n, time.Now().UnixNano()),
		inReplyTo: fwd.messageID,
		body:      text + "\n\nLe comité\n",
	}
	if err := sendSMTP(smtpAddr, answer, time.Now()); err != nil {
		t.Fatalf("the committee's answer through Postfix: %v", err)
	}
	ms := boxes["ana"].waitMessages(t, "INBOX", fmt.Sprintf("relayed answer %d", n), func(ms []*message) bool {
		return len(filter(ms, byKind("question-answer"))) >= n
	})
	return filter(ms, byKind("question-answer"))[n-1]
}

func filter(ms []*message, match func(*message) bool) []*message {
	var out []*message
	for _, m := range ms {
		if match(m) {
			out = append(out, m)
		}
	}
	return out
}

// checkOneThread asks Dovecot to thread the INBOX by references (RFC 5256) and
// fails unless the messages with these UIDs fall in one thread.
func checkOneThread(t *testing.T, u *imapUser, uids []uint32) {
	t.Helper()
	if _, err := u.c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	threads, err := u.c.UIDThread(&imapclient.ThreadOptions{Algorithm: imap.ThreadReferences,
		SearchCriteria: &imap.SearchCriteria{}}).Wait()
	if err != nil {
		t.Fatalf("UID THREAD REFERENCES: %v", err)
	}
	for _, th := range threads {
		members := threadUIDs(th)
		if slices.Contains(members, uids[0]) {
			for _, uid := range uids[1:] {
				if !slices.Contains(members, uid) {
					t.Errorf("Dovecot threads uid %d apart from uid %d: %v", uid, uids[0], describeThreads(threads))
				}
			}
			return
		}
	}
	t.Errorf("uid %d is in no thread: %v", uids[0], describeThreads(threads))
}

func threadUIDs(th imapclient.ThreadData) []uint32 {
	out := append([]uint32(nil), th.Chain...)
	for _, s := range th.SubThreads {
		out = append(out, threadUIDs(s)...)
	}
	return out
}

func describeThreads(ths []imapclient.ThreadData) string {
	var parts []string
	for _, th := range ths {
		parts = append(parts, fmt.Sprint(threadUIDs(th)))
	}
	return strings.Join(parts, " ")
}
