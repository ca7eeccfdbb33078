package program

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/store"
)

// lastRow returns the latest outbox row of a kind to an address, and its subject.
func (f *inboundFixture) lastRow(kind, to string) (store.Outbox, string) {
	f.t.Helper()
	o := *must(f.s.LastOutbox(store.OutboxQuery{Kinds: []string{kind}, ToAddr: to}))(f.t)
	m, err := f.s.OpenMessage(&o)
	mustDo(f.t, err)
	return o, m.Subject
}

// TestAnswersThreadUnderTheConversation follows a question, the committee's
// answer, a follow-up and its answer, and a meeting reply with a receipt: every
// answer to a participant keeps the conversation's subject after "Re: " and
// carries the whole References chain (RFC 5322 section 3.6.4).
func TestAnswersThreadUnderTheConversation(t *testing.T) {
	f := newInboundFixture(t)
	const root = "root.1@client.example"
	q := msg("grace@example.org", "mentorship@example.org", "Question : prolonger la session ?",
		"Question: can we extend the session by two weeks?",
		"References: <"+root+">", "In-Reply-To: <"+root+">")
	qid := msgIDOf(t, q)
	f.deliver(q)
	fwd, _ := f.lastRow("question_forward", "committee@example.org")
	f.deliver(msg("chair@example.org", "mentorship+"+tokenOf(t, f, fwd)+"@example.org", "Re: question",
		"Yes: a two-week extension is fine."))
	ans, subject := f.lastRow("question_answer", grace.email)
	if subject != "Re: Question : prolonger la session ?" {
		t.Errorf("the relayed answer's subject is %q, want the question's after Re:", subject)
	}
	if ans.InReplyTo != qid || ans.References != root+" "+qid {
		t.Errorf("the relayed answer: In-Reply-To %q References %q, want %q and %q", ans.InReplyTo, ans.References, qid, root+" "+qid)
	}

	// Grace follows up, replying to the relayed answer as a client does.
	follow := msg("grace@example.org", "mentorship+"+tokenOf(t, f, ans)+"@example.org", "RE : Re: Question : prolonger la session ?",
		"And may we add a third meeting this month?",
		"In-Reply-To: <"+ans.MessageID+">", "References: <"+root+"> <"+qid+"> <"+ans.MessageID+">")
	fid := msgIDOf(t, follow)
	f.deliver(follow)
	fwd2, _ := f.lastRow("question_forward", "committee@example.org")
	if fwd2.ID == fwd.ID {
		t.Fatal("the follow-up was not forwarded to the committee")
	}
	f.deliver(msg("committee@example.org", "mentorship+"+tokenOf(t, f, fwd2)+"@example.org", "Re: follow-up", "Of course."))
	ans2, subject2 := f.lastRow("question_answer", grace.email)
	if ans2.ID == ans.ID {
		t.Fatal("the second answer was not relayed")
	}
	wantRefs := strings.Join([]string{root, qid, ans.MessageID, fid}, " ")
	if subject2 != subject || ans2.InReplyTo != fid || ans2.References != wantRefs {
		t.Errorf("the second answer: subject %q In-Reply-To %q References %q; want %q, %q, %q",
			subject2, ans2.InReplyTo, ans2.References, subject, fid, wantRefs)
	}

	// A receipt threads the same way under the reply it answers.
	checkin := f.row("checkin:p1:c1:mentee")
	reply := msg("amelie@example.org", f.replyTo("checkin:p1:c1:mentee"), "Re: "+subjectOf(t, f, checkin),
		"We met yesterday by video for an hour.", "In-Reply-To: <"+checkin.MessageID+">", "References: <"+checkin.MessageID+">")
	rid := msgIDOf(t, reply)
	f.deliver(reply)
	rec, rsub := f.lastRow("receipt_meeting", "amelie@example.org")
	if rsub != "Re: "+subjectOf(t, f, checkin) || rec.References != checkin.MessageID+" "+rid {
		t.Errorf("the receipt: subject %q References %q; want the check-in's subject after Re: and %q",
			rsub, rec.References, checkin.MessageID+" "+rid)
	}
}

func TestNormalSubjectAndChain(t *testing.T) {
	for in, want := range map[string]string{
		"Re: RE : Fwd: TR : Question": "Question",
		"Re:Re:  two   spaces":        "two spaces",
		"Réf. : Re[2]: Objectifs":     "Objectifs",
		"Rebuilding my CV":            "Rebuilding my CV",
		"RE\u00a0: Bonjour":           "Bonjour",
		"":                            "",
	} {
		if got := normalSubject(in); got != want {
			t.Errorf("normalSubject(%q) = %q, want %q", in, got, want)
		}
	}
	var long []string
	for i := range maxThreadRefs + 5 {
		long = append(long, fmt.Sprintf("m%d@x", i))
	}
	got := chain(long, "new@x")
	if len(got) != maxThreadRefs || got[0] != "m0@x" || got[len(got)-1] != "new@x" || slices.Contains(got, "m1@x") {
		t.Errorf("a long chain is trimmed to %v; want the root, the latest ids and the new one, %d in all", got, maxThreadRefs)
	}
	if ids := msgIDs("<a@b> junk <no-at> <c d@e> <f@g>"); !slices.Equal(ids, []string{"a@b", "f@g"}) {
		t.Errorf("msgIDs kept %v", ids)
	}
}

func msgIDOf(t *testing.T, raw []byte) string {
	t.Helper()
	h, _ := readHeader(raw)
	return h["message-id"]
}

func tokenOf(t *testing.T, f *inboundFixture, o store.Outbox) string {
	t.Helper()
	return f.p.opts.Tokens.Make(o.ID)
}

func subjectOf(t *testing.T, f *inboundFixture, o store.Outbox) string {
	t.Helper()
	m, err := f.s.OpenMessage(&o)
	mustDo(t, err)
	return m.Subject
}
