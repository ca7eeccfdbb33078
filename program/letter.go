package program

import (
	"strings"
	"time"

	"github.com/mentormail/mentormail/letter"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The participation letter: from a week before the end of the session, a
// participant who replies "letter" (or "lettre", "attestation") gets the
// committee's letter in their language as a PDF, for a professional-development
// record: the program, the session's dates, their role, the pair's meetings and
// hours, the topics covered; never notes. Before then, the answer says when.
// The wrap-up offers it; Options.NoLetters turns it off.

// letterFromDays is how many days before the session's end the letter is ready.
const letterFromDays = 7

// letterRequests are the replies that ask for the letter, folded, without the
// final punctuation, English and French.
var letterRequests = map[string]bool{
	"letter": true, "letter please": true, "participation letter": true, "my letter": true, "the letter": true,
	"lettre": true, "lettre svp": true, "attestation": true, "lettre de participation": true,
	"attestation de participation": true, "ma lettre": true, "mon attestation": true,
}

// isLetterRequest reports whether a reply only asks for the letter.
func isLetterRequest(text string) bool {
	t := strings.Join(strings.Fields(strings.Trim(fold(text), " \t\r\n.!?")), " ")
	return letterRequests[strings.Trim(strings.ReplaceAll(t, ",", ""), ".!?")]
}

// applyLetter answers a request for the participation letter. It reports
// whether the reply was one.
func (p *Program) applyLetter(tx *store.Tx, st *replyState) (bool, error) {
	if p.opts.NoLetters || st.v == nil || !isLetterRequest(st.r.ReplyText) {
		return false, nil
	}
	v, pt := st.v, st.pt
	start, _ := time.Parse(time.DateOnly, v.Pair.StartDate)
	end := start.AddDate(0, 0, v.Cohort.Days)
	from := end.AddDate(0, 0, -letterFromDays)
	loc := p.location(pt)
	now := p.now().In(loc)
	data := templates.ParticipationLetter{Name: firstName(pt), FullName: pt.Name, Role: role(pt),
		SessionStart: start, SessionEnd: end, Issued: now, From: from}
	data.Ready = !now.Before(time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, loc))
	var attach func(templates.Rendered) (*attachment, error)
	if data.Ready {
		f, err := p.facts(tx, v.Pair.ID)
		if err != nil {
			return false, err
		}
		for _, m := range f.meetings {
			if m.Date != "" {
				data.Meetings++
				data.Minutes += m.Minutes
			}
		}
		data.Topics = p.topicList(f.covered)
		name := "participation-letter.pdf"
		if templates.Lang(pt.Language) == "fr" {
			name = "attestation-participation.pdf"
		}
		attach = func(r templates.Rendered) (*attachment, error) {
			pdf, err := letter.PDF(letterOf(r, p.opts.FromName, now))
			if err != nil {
				return nil, err
			}
			return &attachment{name: name, mediaType: "application/pdf", data: pdf}, nil
		}
	}
	if err := p.answerWith(tx, pt, st.in, v.Pair.ID, templates.KindParticipationLetter, "letter", data, attach); err != nil {
		return false, err
	}
	return true, tx.UpdateInbound(st.in.ID, map[string]any{"reason": "letter"})
}

// letterOf lays the rendered "document" template out as a letter: its first
// block is the heading, the second the date line, the last the signature, and
// those between the paragraphs.
func letterOf(r templates.Rendered, author string, at time.Time) letter.Letter {
	var blocks []string
	for _, b := range strings.Split(strings.TrimSpace(r.Document), "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			blocks = append(blocks, b)
		}
	}
	l := letter.Letter{Title: r.Subject, Author: author, At: at}
	if len(blocks) < 3 {
		l.Paragraphs = blocks
		return l
	}
	l.Heading, l.Dateline = blocks[0], blocks[1]
	l.Signature = strings.Split(blocks[len(blocks)-1], "\n")
	for _, b := range blocks[2 : len(blocks)-1] {
		l.Paragraphs = append(l.Paragraphs, strings.Join(strings.Fields(b), " "))
	}
	return l
}

// LetterPDF lays a rendered participation letter out as its PDF (for preview).
func LetterPDF(r templates.Rendered, author string, at time.Time) ([]byte, error) {
	return letter.PDF(letterOf(r, author, at))
}
