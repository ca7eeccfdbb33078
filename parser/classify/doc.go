// Package classify decides what kind of message the parser reads (DESIGN.md,
// "Never answer auto-generated mail"): a person's reply, an automatic answer
// (out-of-office, acknowledgement, read receipt, calendar answer,
// challenge-response), a bounce with what failed, or bulk mail (lists,
// newsletters, notifications). It reads headers, the MIME tree and the reply
// text that package replytext found; it knows nothing of what a reply says
// beyond that.
//
// Its API: New builds a Classifier from the word tables; Classify gives a
// Result; IsOutOfOffice reads a header-less reply's first lines; CalendarReply
// returns a calendar answer's iTIP object. Every pass is linear in the size of
// the message.
package classify

import (
	"github.com/mentormail/mentormail/parser/internal/mailmsg"
	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Class says what kind of message this is. Only ClassReply is ever answered.
type Class string

// The classes of DESIGN.md.
const (
	ClassReply     Class = "reply"
	ClassAutoReply Class = "auto_reply"
	ClassBounce    Class = "bounce"
	ClassBulk      Class = "bulk"
)

// Bounce describes a delivery-status notification (RFC 3464).
type Bounce struct {
	// Recipient is the address that failed, lower-cased.
	Recipient string `json:"recipient"`
	// Permanent is true for 5.x.x status codes.
	Permanent bool   `json:"permanent"`
	Status    string `json:"status,omitempty"`
	// OriginalMessageID is the Message-ID of the message that bounced, when the report carries it.
	OriginalMessageID string `json:"original_message_id,omitempty"`
}

// Message is what classification reads: the message as read from the wire
// (headers, nil for a bare text body; MIME tree; bodies), its envelope's
// claims, and the reply text found in it.
type Message struct {
	*mailmsg.Message
	// From is the sender's address, lower-cased; Subject the decoded subject on one line.
	From, Subject string
	// Recipients are the addresses in To, Cc, Delivered-To and X-Original-To.
	Recipients []string
	// References holds In-Reply-To and References message ids.
	References []string
	// ReplyText is what the person wrote (replytext.Split).
	ReplyText string
}

// Result is a message's class, and for a bounce what failed.
type Result struct {
	Class  Class
	Bounce *Bounce
	// Guessed says ClassAutoReply came from the words of the subject or text,
	// not from headers: a person's words in the reply may override it.
	Guessed bool
}

// Classifier classifies messages with the phrases of the word tables.
type Classifier struct {
	oooSubjectOther *regexp.Regexp // an automatic answer's subject in other languages, on the subject folded by foldAny
	oooBodyOther    *regexp.Regexp // what automatic answers say in their first lines: more English and French forms, other languages
	receipt         *regexp.Regexp // what automatic acknowledgements say
	unsubscribe     *regexp.Regexp // how bulk mail offers to stop
}

// New compiles a Classifier. phrases compiles the phrases of a meaning, in
// every language of the word tables, into pre(?:p1|p2|...)post; the meanings
// read are "oooSubject", "oooBody", "receipt" and "unsubscribeLink".
func New(phrases func(meaning, pre, post string) *regexp.Regexp) *Classifier {
	return &Classifier{
		oooSubjectOther: phrases("oooSubject", `^\s*(?:\[[^\]]{0,40}\]\s*)?(?:`, `)(?:[^\pL\pN]|$)`),
		oooBodyOther:    phrases("oooBody", `\b(?:`, `)\b`),
		receipt:         phrases("receipt", `\b(?:`, `)`),
		unsubscribe:     phrases("unsubscribeLink", `\b(?:`, `)\b`),
	}
}
