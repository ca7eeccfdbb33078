package parser

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/parser/classify"
	regexp "github.com/mentormail/mentormail/parser/internal/rx"
	"github.com/mentormail/mentormail/parser/replytext"
)

// forwardSubjectRE marks a forward by its subject (Fwd:, Fw:, TR: in French
// Outlook, WG: in German): the quoted message below is then kept as forwarded
// text instead of dropped.
var forwardSubjectRE = regexp.MustCompile(`(?i)^\s*(re:\s*)?(fwd?|tr|wg|rv|enc)\s*:`)

// classifier classifies messages with the phrases of the word tables (words.go).
var classifier = classify.New(phrasesRe)

// ErrEmpty is returned by Parse when the input holds nothing that can be read.
var ErrEmpty = errors.New("parser: empty message")

// Parse reads one raw message (or, with opts.TextBody, a bare UTF-8 text body) and
// returns what its sender meant. A malformed message still gives a Reply with what
// could be read; an error is returned only when nothing can be read. Parse never
// panics: a panic inside is recovered and returned as an error.
func Parse(raw []byte, opts Options) (r *Reply, err error) {
	defer func() {
		if p := recover(); p != nil {
			r = nil
			err = fmt.Errorf("parser: panic while parsing: %v\n%s", p, debug.Stack())
		}
	}()
	if len(raw) > maxMessageBytes {
		return nil, unreadable("%d bytes is over the limit of %d", len(raw), maxMessageBytes)
	}
	var m *message
	if opts.TextBody {
		m = &message{Text: string(raw)}
	} else {
		if len(bytes.TrimSpace(raw)) == 0 {
			return nil, ErrEmpty
		}
		m, err = readMessage(raw)
		if err != nil {
			return nil, fmt.Errorf("parser: read message: %w", err)
		}
	}
	return parseMessage(m, opts), nil
}

// parseMessage fills a Reply from a read message: envelope, reply text, class,
// language, and then what the text says.
func parseMessage(m *message, opts Options) *Reply {
	r := &Reply{
		Class:    ClassReply,
		Goals:    []Goal{},
		Commands: []Command{},
		Warnings: []string{},
		Notices:  []Notice{},
	}
	if m.Header != nil {
		r.Envelope = envelopeOf(m)
	}
	fwd := forwardSubjectRE.MatchString(r.Envelope.Subject)
	// The splitter reads at most maxTextBytes of text: a reply cut there, with
	// no end found above the cut, is marked truncated.
	var tr replytext.Reply
	var cut bool
	text, textCut := clipText(m.Text, maxTextBytes)
	if text = cleanText(text); strings.TrimSpace(text) != "" {
		cut = textCut
		tr = replytext.Split(text, fwd)
	} else if strings.TrimSpace(m.HTML) != "" {
		html, htmlCut := clipText(m.HTML, maxHTMLBytes)
		text, textCut = clipText(replytext.FromHTML(cleanText(html)), maxTextBytes)
		cut = htmlCut || textCut
		tr = replytext.Split(text, fwd)
	}
	r.ReplyText, r.Forwarded, r.answersQuote = tr.Text, tr.Forwarded, tr.AnswersQuote
	r.truncated = cut && tr.ToEnd
	c := classifier.Classify(&classify.Message{Message: m, From: r.Envelope.From, Subject: r.Envelope.Subject,
		Recipients: r.Envelope.Recipients, References: r.Envelope.References, ReplyText: r.ReplyText})
	r.Class, r.Bounce, r.guessed = c.Class, c.Bounce, c.Guessed
	if m.Root != nil {
		r.CalendarReply = classify.CalendarObject(m.Root)
	}
	r.Language = detectLanguage(r.ReplyText)

	interpret(r, opts)
	return r
}

// Reinterpret reads the reply's text again under other options, typically the
// sender's own time zone once the program knows who wrote: relative dates move,
// nothing else is read again. Meetings, goals, commands, question and warnings are
// replaced.
func Reinterpret(r *Reply, opts Options) {
	r.Meeting, r.Meetings, r.Goals, r.Commands, r.Question, r.Warnings, r.Notices = nil, nil, nil, nil, nil, nil, nil
	r.Concern, r.MaybeQuestion = false, nil
	interpret(r, opts)
}

// interpret reads what the reply text says, relative to the message's date in the
// sender's time zone.
func interpret(r *Reply, opts Options) {
	loc := opts.TZ
	if loc == nil {
		loc = time.UTC
	}
	ref := r.Envelope.Date
	if ref.IsZero() {
		ref = opts.At
	}
	if ref.IsZero() {
		ref = time.Now()
	}
	if r.Class == ClassReply || r.guessed {
		// Mail that headers mark as a machine's is not read for meaning: it logs
		// nothing (below), and reading a long bounce or newsletter costs time.
		extract(r, opts, ref.In(loc))
	}
	if r.truncated && r.Class == ClassReply {
		r.Warnings = append(r.Warnings, fmt.Sprintf("The message is longer than %d KB; only its first %d KB were read.", maxTextBytes>>10, maxTextBytes>>10))
		r.Notices = append(r.Notices, Notice{Code: NoticeTruncated})
	}
	// Out-of-office words without headers to back them are a guess: a person who
	// writes a command, a meeting, a goal or a question is never taken for a
	// machine ("I'm away until January 10th, please pause my emails").
	person := len(r.Commands) > 0 && !r.busyOnly || len(r.Goals) > 0 || r.Question != nil || r.Concern || heardMeeting(r.Meetings)
	switch {
	case r.guessed && person:
		r.Class, r.guessed = ClassReply, false
	case r.Class == ClassReply && !person && !r.answersQuote && classifier.IsOutOfOffice(r.ReplyText):
		// A text written above "On ... wrote:" and the quoted email is a person's:
		// vacation responders do not quote what they answer.
		r.Class, r.guessed = ClassAutoReply, true
	}
	if r.Class != ClassReply {
		// A machine's text logs nothing and asks nothing ("Unsubscribe" at the foot of
		// a newsletter is no request); an out-of-office's "I'm away until ..." is its
		// return date.
		r.Meeting, r.Meetings, r.Goals, r.Commands, r.Question, r.MaybeQuestion = nil, []Meeting{}, []Goal{}, []Command{}, nil, nil
		r.Warnings, r.Notices, r.Concern = []string{}, []Notice{}, false
	}
	r.Planned = nil
	if r.Class == ClassReply {
		r.Planned = readPlan(r.ReplyText, r.Language, ref.In(loc))
	}
	r.ReturnDate = ""
	if r.Class == ClassAutoReply {
		r.ReturnDate = returnDate(r.ReplyText, ref.In(loc))
	}
	if r.Goals == nil {
		r.Goals = []Goal{}
	}
	if r.Commands == nil {
		r.Commands = []Command{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	if r.Notices == nil {
		r.Notices = []Notice{}
	}
}

// heardMeeting reports a meeting that says something: a day, a length or a way of
// meeting.
func heardMeeting(ms []Meeting) bool {
	for _, m := range ms {
		if m.Date != "" || m.Minutes != 0 || m.Mode != "" {
			return true
		}
	}
	return false
}

// clipText returns s cut to at most n bytes, at the end of a line when there is
// one in its second half, and whether it was cut.
func clipText(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	cut := n
	if i := strings.LastIndexByte(s[:n], '\n'); i >= n/2 {
		cut = i + 1
	}
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut-- // not inside a character
	}
	return s[:cut], true
}
