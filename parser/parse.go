package parser

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"
)

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
	var m *message
	if opts.TextBody {
		m = &message{text: string(raw)}
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
	}
	if m.header != nil {
		r.Envelope = m.envelope()
	}
	text := cleanText(m.text)
	var reply, fwd string
	if strings.TrimSpace(text) != "" {
		reply, fwd = replyFromText(text)
	} else if strings.TrimSpace(m.html) != "" {
		reply, fwd = replyFromHTML(m.html)
	}
	r.ReplyText, r.Forwarded = reply, fwd
	r.Class, r.Bounce = classify(m, r)
	r.Language = detectLanguage(r.ReplyText)

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
	extract(r, opts, ref.In(loc))
	if r.Goals == nil {
		r.Goals = []Goal{}
	}
	if r.Commands == nil {
		r.Commands = []Command{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	return r
}
