// Package parser turns one raw email into what its sender meant (its class, who it
// claims to be from, the reply text without quotes or signature, and the meetings,
// goal updates, commands and question it carries), purely: no database, no network.
package parser

import (
	"encoding/json"
	"time"

	"github.com/mentormail/mentormail/topics"
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
}

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

	// Envelope is who the message claims to be from and what it answers.
	Envelope Envelope `json:"envelope"`
	// Bounce is set for delivery-status notifications.
	Bounce *Bounce `json:"bounce,omitempty"`
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
type Bounce struct {
	// Recipient is the address that failed, lower-cased.
	Recipient string `json:"recipient"`
	// Permanent is true for 5.x.x status codes.
	Permanent bool   `json:"permanent"`
	Status    string `json:"status,omitempty"`
	// OriginalMessageID is the Message-ID of the message that bounced, when the report carries it.
	OriginalMessageID string `json:"original_message_id,omitempty"`
}

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
	Name  string `json:"name"` // help, pause, resume, undo, stop, rating
	Until Day    `json:"until"`
	Value *int   `json:"value"`
}

// The command names.
const (
	CmdHelp   = "help"
	CmdPause  = "pause"
	CmdResume = "resume"
	CmdUndo   = "undo"
	CmdStop   = "stop"
	CmdRating = "rating"
)
