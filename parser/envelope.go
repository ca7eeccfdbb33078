package parser

import (
	"bufio"
	"bytes"

	"github.com/jhillyerd/enmime/v2"
)

// ReadEnvelope reads a raw message's envelope (who wrote it, to whom, what it
// answers, when) from its header block alone, as Parse reads it into
// Reply.Envelope, without reading the body: a small part of Parse's cost. The
// program reads it to look up the sender and the email the message answers
// before parsing, so that Parse runs once with the sender's time zone and the
// email's prompt. A header block past the parser's limits is an error wrapping
// ErrUnreadable, as it is for Parse. Where enmime cannot read the message and
// Parse falls back to its lenient reading, the two envelopes may differ: the
// caller compares them.
func ReadEnvelope(raw []byte) (Envelope, error) {
	end, err := headerEnd(raw)
	if err != nil {
		return Envelope{}, err
	}
	h, err := enmime.ReadHeader(bufio.NewReader(bytes.NewReader(raw[:end])), discardErrors{})
	if err != nil && h == nil {
		return Envelope{}, nil
	}
	return envelopeOf(&message{Header: h}), nil
}

// ClassMayDependOnPrompt reports whether r's class (a reply or an automatic
// answer) may have been decided by what its text says under the options it
// was read with: its headers do not decide it, and its subject or text has the
// words of an automatic answer, which a person's words override. A caller
// that read a message with a prompt (Options.Prompt) reads it again without,
// where this is true, to decide the class as a reading without it does.
func ClassMayDependOnPrompt(r *Reply) bool {
	switch r.Class {
	case ClassAutoReply:
		return r.guessed
	case ClassReply:
		return classifier.MayBeGuessed(r.Envelope.Subject, r.ReplyText)
	}
	return false
}
