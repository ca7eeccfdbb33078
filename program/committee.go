package program

import (
	"fmt"
	"slices"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// askCommittee records a participant's question (or a follow-up to an answer) and
// forwards it to the committee's shared inbox with who asks and where the pair
// stands, never with the pair's notes. Reply-To carries a token for the question,
// so any committee member's answer finds its way back.
func (p *Program) askCommittee(tx *store.Tx, in *store.Inbound, pt *store.Participant, v *store.PairView, target *store.Outbox, text string, r *parser.Reply) error {
	now := p.now()
	var q *store.Question
	if target != nil && target.Kind == string(templates.KindQuestionAnswer) && target.QuestionID != nil {
		prev, _, err := tx.QuestionByID(*target.QuestionID)
		if err != nil {
			return err
		}
		// The next answer threads under this follow-up, the thread's latest message.
		fields := map[string]any{"state": store.QuestionOpen, "updated_at": now}
		if id := r.Envelope.MessageID; id != "" {
			fields["message_id"] = id
		}
		if err := tx.UpdateQuestion(prev.ID, fields); err != nil {
			return err
		}
		q = prev
	} else {
		q = &store.Question{ParticipantID: pt.ID, InboundID: &in.ID, State: store.QuestionOpen,
			MessageID: r.Envelope.MessageID, CreatedAt: now, UpdatedAt: now}
		if v != nil {
			q.PairID = &v.Pair.ID
		}
		if err := tx.AddQuestion(q, text); err != nil {
			return err
		}
	}
	return p.forwardQuestion(tx, q, in.ID, pt, v, templates.QuestionForward{Question: text})
}

// forwardQuestion sends question q to the committee's shared inbox, with who asks
// and where the pair stands (never the pair's notes). fw carries the text and how
// it came; AskedAt defaults to now. Reply-To carries a token for the question, so
// any committee member's answer finds its way back.
func (p *Program) forwardQuestion(tx *store.Tx, q *store.Question, inboundID int64, pt *store.Participant, v *store.PairView, fw templates.QuestionForward) error {
	now := p.now()
	fw.AskerName, fw.AskerRole, fw.Language = pt.Name, role(pt), pt.Language
	if fw.AskedAt.IsZero() {
		fw.AskedAt = now.In(p.opts.Location)
	}
	if v != nil {
		fw.PartnerName = v.Partner(pt.ID).Name
		fw.Cohort = v.Cohort.Name
		if start, err := time.Parse(time.DateOnly, v.Pair.StartDate); err == nil {
			fw.DaysIntoSession = max(0, daysBetween(start, now.In(p.location(pt))))
		}
		days, err := tx.MeetingDays(v.Pair.ID)
		if err != nil {
			return err
		}
		fw.MeetingsLogged = days
	}
	_, err := p.enqueue(tx, outMail{key: fmt.Sprintf("qfwd:%d:%d", q.ID, inboundID), kind: templates.KindQuestionForward,
		lang: p.opts.CommitteeLanguage, to: p.opts.CommitteeAddress, questionID: q.ID, due: now, data: fw})
	return err
}

// applyCommitteeAnswer relays a committee member's reply to a forwarded question
// back to the participant, threaded under their question, and marks it answered.
// A reply from outside the committee is quarantined.
func (p *Program) applyCommitteeAnswer(tx *store.Tx, d mailer.Delivery, in *store.Inbound, r *parser.Reply, fwd *store.Outbox) (mailer.Disposition, error) {
	in.OutboxID = &fwd.ID
	if !slices.Contains(p.opts.CommitteeMembers, in.FromAddr) && in.FromAddr != p.opts.CommitteeAddress {
		return mailer.Quarantine, p.quarantine(tx, in, d.Raw, "answer to a question from outside the committee")
	}
	if fwd.QuestionID == nil {
		in.Reason = "committee reply to a question since erased"
		_, err := tx.InsertInbound(in, d.Raw)
		return mailer.Processed, err
	}
	q, text, err := tx.QuestionByID(*fwd.QuestionID)
	if err != nil {
		return 0, err
	}
	pt, err := tx.ParticipantByID(q.ParticipantID)
	if err != nil {
		return 0, err
	}
	in.Reason = "committee answer"
	if made, err := tx.InsertInbound(in, d.Raw); err != nil || !made {
		return mailer.Processed, err
	}
	return mailer.Processed, p.relayAnswer(tx, q, text, pt, in.FromAddr, r.ReplyText, fmt.Sprintf("qans:%d", in.ID), func(reason string) error {
		return tx.UpdateInbound(in.ID, map[string]any{"reason": reason})
	})
}

// relayAnswer marks question q answered by a committee member and relays the
// answer to the participant pt, threaded under their question, under the outbox
// key. Answers by reply (applyCommitteeAnswer) and from the console
// (AnswerQuestion) both pass here, so they send the same email. left is told
// when the participant has left and nothing is sent.
func (p *Program) relayAnswer(tx *store.Tx, q *store.Question, question string, pt *store.Participant, by, answer, key string, left func(reason string) error) error {
	now := p.now()
	if err := tx.UpdateQuestion(q.ID, map[string]any{"state": store.QuestionAnswered, "answered_by": by,
		"answered_at": now, "updated_at": now}); err != nil {
		return err
	}
	if pt.Status == store.StatusWithdrawn {
		// They asked for no more mail when they left: the question is answered on
		// record, and nothing is sent.
		return left("committee answer; the participant has left")
	}
	var pairID int64
	if q.PairID != nil {
		pairID = *q.PairID
	}
	m := outMail{key: key, kind: templates.KindQuestionAnswer, lang: pt.Language, to: pt.Email,
		participant: pt, pairID: pairID, questionID: q.ID, due: now,
		data: templates.QuestionAnswer{Name: firstName(pt), Question: question, Answer: answer, AskedAt: q.CreatedAt.In(p.location(pt))}}
	if id := mailer.NormalizeMessageID("<" + q.MessageID + ">"); id != "" {
		m.inReplyTo, m.references = id, []string{id}
	}
	_, err := p.enqueue(tx, m)
	return err
}
