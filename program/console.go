package program

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// What the committee's web console asks of the program beyond the review list:
// a question in full, answering it (the same relay email as an answer by reply),
// and a member's sign-in link through the outbox.

// MaxAnswerRunes bounds an answer typed in the console.
const MaxAnswerRunes = 10000

// ErrQuestionAnswered is returned when answering a question that is not open.
var ErrQuestionAnswered = errors.New("program: the question is answered already")

// QuestionDetail is one question with its text, for the committee that answers it.
type QuestionDetail struct {
	QuestionStatus
	Text string
	// Language is the asker's, which the relayed answer is introduced in.
	Language string
}

// ShowQuestion returns a question with its text; times in loc.
func ShowQuestion(s Transactor, id int64, at time.Time, loc *time.Location) (*QuestionDetail, error) {
	var d QuestionDetail
	err := s.Tx(func(tx *store.Tx) error {
		q, text, err := tx.QuestionByID(id)
		if err != nil {
			return err
		}
		pt, err := tx.ParticipantByID(q.ParticipantID)
		if err != nil {
			return err
		}
		d = QuestionDetail{QuestionStatus: QuestionStatus{ID: q.ID, Asker: pt.Name, State: q.State, AskedAt: q.CreatedAt.In(loc),
			Days: max(0, daysBetween(q.CreatedAt.In(loc), at.In(loc))), AnsweredBy: q.AnsweredBy, AnsweredAt: q.AnsweredAt},
			Text: text, Language: pt.Language}
		if q.PairID != nil {
			d.Pair = pairKey(*q.PairID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// AnswerQuestion answers an open question as the committee member by (their
// address) and relays the answer to the participant: the same email, threaded
// the same way, as a committee member's reply to the forwarded question.
func (p *Program) AnswerQuestion(id int64, by, answer string) error {
	by, err := checkBy(by)
	if err != nil {
		return err
	}
	answer = strings.TrimSpace(strings.ReplaceAll(answer, "\r\n", "\n"))
	switch {
	case answer == "":
		return errors.New("program: the answer is empty")
	case utf8.RuneCountInString(answer) > MaxAnswerRunes:
		return fmt.Errorf("program: the answer is longer than %d characters", MaxAnswerRunes)
	}
	err = p.store.Tx(func(tx *store.Tx) error {
		q, text, err := tx.QuestionByID(id)
		if err != nil {
			return err
		}
		if q.State != store.QuestionOpen {
			return ErrQuestionAnswered
		}
		pt, err := tx.ParticipantByID(q.ParticipantID)
		if err != nil {
			return err
		}
		// A question reopened by a follow-up has a later updated_at: a new key.
		key := fmt.Sprintf("qcon:%d:%d", q.ID, q.UpdatedAt.UnixNano())
		return p.relayAnswer(tx, q, text, pt, by, answer, key, func(string) error { return nil })
	})
	if err != nil {
		return err
	}
	p.log.Info("question answered from the console", "question", id)
	p.notify()
	return nil
}

// SendSignInLink puts a committee member's sign-in link to the console in the
// outbox, in lang, due now. key makes it idempotent (a hash of the token, never
// the token itself).
func (p *Program) SendSignInLink(to, lang, link string, ttl time.Duration, key string) error {
	err := p.store.Tx(func(tx *store.Tx) error {
		_, err := p.enqueue(tx, outMail{key: "signin:" + key, kind: templates.KindConsoleSignIn, lang: lang, to: to,
			due: p.now(), data: templates.ConsoleSignIn{Link: link, Minutes: int(ttl / time.Minute), Address: to,
				At: p.now().In(p.opts.Location)}})
		return err
	})
	if err != nil {
		return err
	}
	p.notify()
	return nil
}

// Location returns the program's time zone.
func (p *Program) Location() *time.Location { return p.opts.Location }

// RetentionDays returns how long raw inbound messages are kept.
func (p *Program) RetentionDays() int { return p.opts.RetentionDays }

// CommitteeMembers returns the addresses allowed to answer questions, and so to
// sign in to the console.
func (p *Program) CommitteeMembers() []string {
	return append([]string(nil), p.opts.CommitteeMembers...)
}

// Now returns the program's clock's time.
func (p *Program) Now() time.Time { return p.now() }

// Topics returns the topic catalogue, which a cohort's import checks interests against.
func (p *Program) Topics() *topics.Catalogue { return p.topics }

// Store returns the program's store.
func (p *Program) Store() *store.Store { return p.opts.Store }
