// Package parser turns one raw email into what its sender meant (its class, who it
// claims to be from, the reply text without quotes or signature, and the meetings,
// goal updates, commands and question it carries), purely: no database, no network.
package parser

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/mentormail/mentormail/parser/classify"
	"github.com/mentormail/mentormail/topics"
)

// ErrUnreadable is wrapped by Parse's error when a message is past one of the
// parser's structural limits (MIME depth, part count, header size) or cannot be
// decoded at all. Such a message will never read better: quarantine it at once,
// without retrying.
var ErrUnreadable = errors.New("parser: unreadable message")

// Class says what kind of message this is. Only ClassReply is ever answered.
type Class = classify.Class

// The classes of DESIGN.md.
const (
	ClassReply     = classify.ClassReply
	ClassAutoReply = classify.ClassAutoReply
	ClassBounce    = classify.ClassBounce
	ClassBulk      = classify.ClassBulk
)

// Options carries what a parse needs beyond the message.
type Options struct {
	// Topics is the catalogue that topic numbers and words map to. Nil means the built-in one.
	Topics *topics.Catalogue
	// At is the reference time for relative dates when the message has no Date header.
	// Zero means time.Now().
	At time.Time
	// TZ is the sender's time zone; relative dates resolve in it. Nil means UTC.
	TZ *time.Location
	// TextBody says the input is a bare text body, not a whole message.
	TextBody bool
	// Prompt is the kind of program email the message answers (one of the Prompt
	// constants), when the program knows it from the reply's token; "" for a fresh
	// message. A one-word "yes" means something only under a confirmation prompt.
	Prompt string
}

// The program emails a reply may answer, as Options.Prompt and `parse --prompt`
// name them (the templates' kinds).
const (
	PromptNone            = ""
	PromptGoals           = "goals_prompt"
	PromptCheckin         = "checkin"
	PromptMidsession      = "midsession"
	PromptWrapup          = "wrapup"
	PromptNudge           = "nudge"
	PromptIntroduction    = "introduction"
	PromptDigest          = "digest"
	PromptConfidentiality = "confidentiality"
	// PromptConfirm is a request to confirm a consequential step (leaving the
	// program) by a one-word reply.
	PromptConfirm = "confirm"
	// PromptConsent offers to pass a message the program did not understand (or a
	// reported problem) to the committee, by a one-word reply.
	PromptConsent = "consent"
	// PromptReceipt is any receipt or answer the program sent.
	PromptReceipt = "receipt"
)

// Reply is everything understood from one message. Its JSON form is the contract of
// `mentormail parse --json` (DESIGN.md); fields may be added, never renamed.
type Reply struct {
	Class     Class    `json:"class"`
	Language  string   `json:"language"`
	ReplyText string   `json:"reply_text"`
	Forwarded string   `json:"forwarded"`
	Meeting   *Meeting `json:"meeting"`
	// Meetings holds every meeting the reply reports, in the order written; Meeting
	// is the first of them (or nil when there is none).
	Meetings []Meeting `json:"meetings"`
	Goals    []Goal    `json:"goals"`
	Commands []Command `json:"commands"`
	Question *string   `json:"question"`
	Warnings []string  `json:"warnings"`
	// Notices are the warnings in a form the program can say in the participant's
	// language: one per warning, in the same order, each with a code and the words
	// it is about.
	Notices []Notice `json:"notices"`
	// Concern is set when the sender asks for help with, or reports a problem in,
	// their pairing ("it's not going well", "ça ne se passe pas bien"): the program
	// offers to pass the message to the committee.
	Concern bool `json:"concern,omitempty"`
	// MaybeQuestion holds the sentences that ask something and may be meant for
	// the committee, though nothing in them says so ("Is there a limit to how
	// often we meet?" in a reply that is otherwise a meeting log), when the reply
	// has no plain question: the program asks the sender before passing them on.
	MaybeQuestion *string `json:"maybe_question,omitempty"`
	// ReturnDate is the day an automatic out-of-office reply says its sender is back.
	ReturnDate Day `json:"return_date,omitempty"`

	// Envelope is who the message claims to be from and what it answers.
	Envelope Envelope `json:"envelope"`
	// Bounce is set for delivery-status notifications.
	Bounce *Bounce `json:"bounce,omitempty"`

	// truncated: the body was longer than the parser reads and the reply text
	// runs to the cut (NoticeTruncated).
	truncated bool
	// guessed: the class auto_reply came from the words of the subject or text, not
	// from headers; what a person wrote overrides it.
	guessed bool
	// busyOnly: the only commands are pauses read from "I'm away until ...".
	busyOnly bool
	// answersQuote: the text answers above an attribution and a ">" quote ("On ...
	// wrote:"), as people's clients write and vacation responders do not.
	answersQuote bool

	// Planned is a meeting the reply plans ahead, moves or cancels (next.go).
	Planned *Plan `json:"planned,omitempty"`
	// CalendarReply is the iCalendar object of an answer to a calendar
	// invitation (iTIP METHOD:REPLY) the message carries, for the program to
	// read (classify.CalendarObject); such a message is never answered.
	CalendarReply string `json:"calendar_reply,omitempty"`
}

// Envelope holds the identity claims of a message, taken from its headers.
type Envelope struct {
	// From is the sender's address, lower-cased, without display name.
	From     string `json:"from"`
	FromName string `json:"from_name,omitempty"`
	// Recipients are the addresses in To, Cc, Delivered-To and X-Original-To, lower-cased.
	Recipients []string `json:"recipients,omitempty"`
	Subject    string   `json:"subject,omitempty"`
	MessageID  string   `json:"message_id,omitempty"`
	// References holds In-Reply-To and References message ids, without angle brackets.
	References []string  `json:"references,omitempty"`
	Date       time.Time `json:"date,omitzero"`
}

// Bounce describes a delivery-status notification (RFC 3464).
type Bounce = classify.Bounce

// Day is a calendar date as "YYYY-MM-DD"; empty is JSON null.
type Day string

// MarshalJSON writes null for the empty day.
func (d Day) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// Time returns the day at midnight in loc.
func (d Day) Time(loc *time.Location) (time.Time, error) {
	return time.ParseInLocation(time.DateOnly, string(d), loc)
}

// DayOf returns the calendar day of t.
func DayOf(t time.Time) Day { return Day(t.Format(time.DateOnly)) }

// Meeting is a meeting the reply logs.
type Meeting struct {
	Date        Day        `json:"date"`
	Minutes     Minutes    `json:"minutes"`
	Mode        Mode       `json:"mode"`
	Topics      []TopicRef `json:"topics"`
	Notes       string     `json:"notes"`
	NextMeeting Day        `json:"next_meeting"`
}

// Minutes is a meeting's length; zero is JSON null.
type Minutes int

// MarshalJSON writes null for zero.
func (m Minutes) MarshalJSON() ([]byte, error) {
	if m == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(int(m))
}

// Mode is how a pair met: video, phone, in_person, email or chat; empty is JSON null.
type Mode string

// The meeting modes.
const (
	ModeVideo    Mode = "video"
	ModePhone    Mode = "phone"
	ModeInPerson Mode = "in_person"
	ModeEmail    Mode = "email"
	ModeChat     Mode = "chat"
)

// MarshalJSON writes null for the empty mode.
func (m Mode) MarshalJSON() ([]byte, error) {
	if m == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(m))
}

// TopicRef names a catalogue topic.
type TopicRef struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// Goal is a new goal or an update to one. Ref is the goal's number as the sender gave it, or "".
type Goal struct {
	Ref     string `json:"ref"`
	Title   string `json:"title"`
	Horizon string `json:"horizon"` // "short", "long" or ""
	Status  string `json:"status"`  // "new", "in_progress", "done", "dropped" or ""
	Note    string `json:"note"`
}

// Command is an instruction to the program.
type Command struct {
	Name  string `json:"name"` // one of the Cmd constants
	Until Day    `json:"until"`
	Value *int   `json:"value"`
}

// The command names.
const (
	CmdHelp   = "help"
	CmdPause  = "pause"
	CmdResume = "resume"
	CmdUndo   = "undo"
	// CmdStop is a clear request to leave the program; the program acts on it only
	// after a confirmation. "Stop sending me X" is never CmdStop.
	CmdStop   = "stop"
	CmdRating = "rating"
	// CmdFewerReminders asks for fewer reminders, staying in the program.
	CmdFewerReminders = "fewer_reminders"
	// CmdDigestOff turns the mentor's digest off; CmdDigestOn turns it back on.
	CmdDigestOff = "digest_off"
	CmdDigestOn  = "digest_on"
	// CmdConfirm and CmdDecline are a one-word yes or no under PromptConfirm or
	// PromptConsent ("yes", "oui", "confirm", "no", "non").
	CmdConfirm = "confirm"
	CmdDecline = "decline"
)

// Notice is one warning, as a code the program words in the participant's language
// and the words it concerns.
type Notice struct {
	Code  string `json:"code"`
	Quote string `json:"quote,omitempty"`
}

// The notice codes.
const (
	// NoticeMeetingUndated: a meeting was reported without a day.
	NoticeMeetingUndated = "meeting_undated"
	// NoticeDateVague: a date that does not name a day ("early in the month").
	NoticeDateVague = "date_vague"
	// NoticeDateAmbiguous: a date that could be two days (03/04).
	NoticeDateAmbiguous = "date_ambiguous"
	// NoticeDateUnreadable: words that look like a date but do not read as one.
	NoticeDateUnreadable = "date_unreadable"
	// NoticeDateFuture: a meeting date after the message was sent.
	NoticeDateFuture = "date_future"
	// NoticeDatePast: a pause or next-meeting date before the message was sent.
	NoticeDatePast = "date_past"
	// NoticeConflict: two dates, lengths or ways of meeting for one meeting.
	NoticeConflict = "conflict"
	// NoticeLengthUnreadable: a meeting length that does not read.
	NoticeLengthUnreadable = "length_unreadable"
	// NoticeGoalUnclear: a goal update that does not say which goal or what changed.
	NoticeGoalUnclear = "goal_unclear"
	// NoticeRatingInvalid: a survey rating that is not a whole number from 1 to 5.
	NoticeRatingInvalid = "rating_invalid"
	// NoticeTruncated: the reply was longer than the parser reads.
	NoticeTruncated = "truncated"
	// NoticeOther: any other warning; its text is in Warnings.
	NoticeOther = "other"
)
