package demo

import (
	"bytes"
	"fmt"
	"mime"
	"net/mail"
	"net/smtp"
	"strings"
	"time"

	"github.com/jhillyerd/enmime/v2"
)

// step is one message a participant (or the committee) writes on a given day.
type step struct {
	from string // local part of the writer
	// inReplyTo is the kind of program mail answered; empty writes a new message
	// to the program's address.
	inReplyTo string
	subject   string // for a new message
	body      string
	headers   []string // extra headers, e.g. an auto-reply's
}

var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre"}

// script is the session's replies by day. The people write the way people do:
// free text and the check-in's form, English and French, a pause, a question for
// the committee, an out-of-office, and one reply nobody could parse.
func (s *Sim) script() map[int][]step {
	en := func(d int) string { return s.start.AddDate(0, 0, d).Format("January 2") }
	fr := func(d int) string {
		t := s.start.AddDate(0, 0, d)
		return fmt.Sprintf("%d %s", t.Day(), monthsFR[t.Month()-1])
	}
	return map[int][]step{
		1: {
			{from: "aisha", inReplyTo: "goals_prompt", body: "Short term: polish my CV and cover letter for the posting at the central library.\nLong term: run a branch of my own within five years."},
			{from: "thi", inReplyTo: "goals_prompt", body: "Court terme : me préparer aux entrevues pour un poste en archives.\nLong terme : obtenir un poste permanent."},
		},
		3:  {{from: "marcus", inReplyTo: "goals_prompt", body: "Aisha and I met on Zoom yesterday for about an hour and talked about interview tips and her cover letter. We'll meet again next Thursday."}},
		6:  {{from: "thi", inReplyTo: "goals_prompt", body: "On s'est parlé au téléphone hier, environ 30 minutes. On a surtout parlé de réseautage et des congrès de l'automne."}},
		8:  {{from: "rohan", subject: "Busy stretch", body: "Hi! Our team is migrating the catalogue this month.\n\npause until " + en(19) + "\n\nThanks,\nRohan"}},
		10: {{from: "thi", subject: "Question pour le comité", body: "Question : est-ce que je peux inviter ma mentore à une activité de mon association étudiante?"}},
		11: {{from: "committee", inReplyTo: "question_forward", body: "Bonjour Thi,\n\nOui, tout à fait : c'est une belle façon de faire du réseautage ensemble. Pensez simplement à lui en parler d'avance.\n\nBonne continuation!"}},
		12: {{from: "thi", inReplyTo: "question_answer", body: "Merci beaucoup !"}},
		14: {{from: "grace", inReplyTo: "checkin", subject: "Out of Office", body: "I am out of the office until " + en(21) + " with limited access to email.",
			headers: []string{"Auto-Submitted: auto-replied", "X-Autoreply: yes"}}},
		15: {{from: "aisha", inReplyTo: "checkin", body: "Date: " + en(14) + "\nLength: 45 min\nHow: video\nTopics: 7, 8\nNotes: we did a mock interview for the branch posting"}},
		16: {{from: "marcus", inReplyTo: "checkin", body: "Our schedules are chaos this month, but we will figure something out soon."}},
		17: {{from: "aminata", inReplyTo: "checkin", body: "Bonjour,\n\nNous nous sommes rencontrées en personne mardi dernier pendant une heure et demie. Sujets : 5, 18\n\nAminata"}},
		23: {{from: "grace", inReplyTo: "checkin", body: "Rohan and I talked by phone yesterday for 40 minutes about time management and his contract renewal."}},
		29: {{from: "aisha", inReplyTo: "checkin", body: "Goal 1: done, I sent the application on Monday.\n\nWe also met on Google Meet on " + en(27) + " for an hour to plan the interview."}},
		31: {{from: "thi", inReplyTo: "checkin", body: "Date : " + fr(30) + "\nDurée : 1h\nMode : vidéo\nSujets : 14, 18\nNotes : on a préparé ma première conférence"}},
		44: {{from: "marcus", inReplyTo: "checkin", body: "We met for coffee on " + en(43) + ", about an hour, mostly about management and her first week in the new job!"}},
		45: {{from: "rohan", inReplyTo: "checkin", body: "Met Grace on Teams two days ago, half an hour. Topics: 17"}},
		61: {
			{from: "aisha", inReplyTo: "wrapup", body: "Rating: 5\n\nThe pairing was the most useful part of my year. Thank you!"},
			{from: "thi", inReplyTo: "wrapup", body: "Évaluation : 4\n\nTrès utile, j'aurais aimé une session un peu plus longue."},
		},
	}
}

// reply sends one step through the SMTP server, as a mail client would.
func (s *Sim) reply(st step) error {
	now := s.clock()
	addr := st.from + "@" + Domain
	name, loc := st.from, time.UTC
	if p, ok := s.people[addr]; ok {
		name = p.Name
		if l, err := time.LoadLocation(p.TimeZone); err == nil {
			loc = l
		}
	} else if st.from == "committee" {
		name = "Mentorship Committee"
	}
	var h bytes.Buffer
	to, subject, quote := "program@"+Domain, st.subject, ""
	var refs string
	if st.inReplyTo != "" {
		orig, err := s.latest(st.from, st.inReplyTo)
		if err != nil {
			return fmt.Errorf("demo: %s answering %s: %w", st.from, st.inReplyTo, err)
		}
		env, err := enmime.ReadEnvelope(bytes.NewReader(orig))
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		if rt := env.GetHeader("Reply-To"); rt != "" {
			to = rt
		}
		refs = env.GetHeader("Message-Id")
		if subject == "" {
			subject = "Re: " + env.GetHeader("Subject")
		} else {
			subject += ": " + env.GetHeader("Subject")
		}
		quote = fmt.Sprintf("\n\nOn %s, %s wrote:\n", env.GetHeader("Date"), env.GetHeader("From")) + quoteLines(env.Text, 12)
	}
	fmt.Fprintf(&h, "From: %s\r\n", (&mail.Address{Name: name, Address: addr}).String())
	fmt.Fprintf(&h, "To: %s\r\n", to)
	fmt.Fprintf(&h, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", subject))
	fmt.Fprintf(&h, "Date: %s\r\n", now.In(loc).Format(time.RFC1123Z))
	fmt.Fprintf(&h, "Message-ID: <%d.%s@mail.%s>\r\n", now.UnixNano(), st.from, Domain)
	if refs != "" {
		fmt.Fprintf(&h, "In-Reply-To: %s\r\nReferences: %s\r\n", refs, refs)
	}
	for _, x := range st.headers {
		h.WriteString(x + "\r\n")
	}
	h.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	h.WriteString(strings.ReplaceAll(st.body+quote, "\n", "\r\n") + "\r\n")
	rcpts := []string{}
	for _, a := range strings.Split(to, ",") {
		if pa, err := mail.ParseAddress(strings.TrimSpace(a)); err == nil {
			rcpts = append(rcpts, pa.Address)
		}
	}
	s.out.wrote(now, name, st.body)
	if err := smtp.SendMail(s.mail.SMTPAddr(), nil, addr, rcpts, h.Bytes()); err != nil {
		return fmt.Errorf("demo: %s writing: %w", st.from, err)
	}
	return nil
}

// latest returns the newest message of a kind in a user's INBOX.
func (s *Sim) latest(user, kind string) ([]byte, error) {
	msgs, err := s.mail.Mailbox(user, "INBOX")
	if err != nil {
		return nil, err
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		if kindOf(header(msgs[i].Raw, "Message-Id")) == kind {
			return msgs[i].Raw, nil
		}
	}
	return nil, errNoMessage
}

func quoteLines(text string, n int) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	for i, l := range lines {
		lines[i] = "> " + strings.TrimRight(l, "\r")
	}
	return strings.Join(lines, "\n")
}

// decodeHeader decodes RFC 2047 words, leaving the value as it is on failure.
func decodeHeader(v string) string {
	d, err := new(mime.WordDecoder).DecodeHeader(v)
	if err != nil {
		return v
	}
	return d
}
