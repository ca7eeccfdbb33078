package mailer

import (
	"fmt"
	netmail "net/mail"
	"regexp"
	"strings"
	"time"
)

// Headers every message carries so that auto-responders stay quiet (RFC 3834
// section 5; X-Auto-Response-Suppress is Exchange's equivalent).
const (
	headerAutoSubmitted = "Auto-Submitted"
	autoSubmitted       = "auto-generated"
	suppressAll         = "All"
)

// refuse is a permanent, local refusal of a row: it never reaches the server.
func refuse(format string, args ...any) *SendError {
	return &SendError{Permanent: true, Msg: fmt.Sprintf(format, args...)}
}

// checkHeader refuses a header value from data that could end the header early
// and inject others (RFC 5322 section 2.2: a field body has no bare CR or LF).
func checkHeader(id int64, name, v string) *SendError {
	if strings.ContainsAny(v, "\r\n") {
		return refuse("outbox row %d: the %s header contains CR or LF", id, name)
	}
	return nil
}

// checkMsgID refuses a message id (RFC 5322 section 3.6.4, kept without brackets)
// that is empty or holds brackets, spaces or line breaks.
func checkMsgID(id int64, name, v string) *SendError {
	if err := checkHeader(id, name, v); err != nil {
		return err
	}
	if v == "" || strings.ContainsAny(v, "<> \t") || !strings.Contains(v, "@") {
		return refuse("outbox row %d: the %s header %q is not a message id", id, name, v)
	}
	return nil
}

func parseAddr(id int64, name, v string) (*netmail.Address, *SendError) {
	if err := checkHeader(id, name, v); err != nil {
		return nil, err
	}
	a, err := netmail.ParseAddress(v)
	if err != nil {
		return nil, refuse("outbox row %d: the %s address is not valid: %v", id, name, err)
	}
	return a, nil
}

// buildMessage makes the message for o, dated at date, and its envelope. Every
// header value that comes from data is checked first; a bad one refuses the row.
// The Message-ID and Date are set here, so go-mail does not make its own.
func buildMessage(o Outgoing, date time.Time) (rawMessage, envelope, error) {
	from, serr := parseAddr(o.ID, "From", o.From)
	if serr != nil {
		return nil, envelope{}, serr
	}
	to, serr := parseAddr(o.ID, "To", o.To)
	if serr != nil {
		return nil, envelope{}, serr
	}
	replyTo := make([]*netmail.Address, 0, len(o.ReplyTo))
	for _, r := range o.ReplyTo {
		a, serr := parseAddr(o.ID, "Reply-To", r)
		if serr != nil {
			return nil, envelope{}, serr
		}
		replyTo = append(replyTo, a)
	}
	if serr := checkMsgID(o.ID, "Message-ID", o.MessageID); serr != nil {
		return nil, envelope{}, serr
	}
	// Threading ids come from messages we received. One with CR or LF is an
	// injection and refuses the row; one that is merely not a message id
	// ("<noatsign>", a trailing comment) is dropped: the message still goes,
	// unthreaded, rather than failing for good.
	inReplyTo := ""
	if o.InReplyTo != "" {
		if serr := checkHeader(o.ID, "In-Reply-To", o.InReplyTo); serr != nil {
			return nil, envelope{}, serr
		}
		inReplyTo = NormalizeMessageID("<" + o.InReplyTo + ">")
	}
	refs := make([]string, 0, len(o.References))
	for _, r := range o.References {
		if serr := checkHeader(o.ID, "References", r); serr != nil {
			return nil, envelope{}, serr
		}
		if r = NormalizeMessageID("<" + r + ">"); r != "" {
			refs = append(refs, r)
		}
	}
	if serr := checkHeader(o.ID, "Subject", o.Subject); serr != nil {
		return nil, envelope{}, serr
	}
	if serr := checkHeader(o.ID, "List-Unsubscribe", o.ListUnsubscribe); serr != nil {
		return nil, envelope{}, serr
	}

	if len(o.Attachment) > 0 && (!attachTypeRe.MatchString(o.AttachmentType) || !attachNameRe.MatchString(o.AttachmentName)) {
		return nil, envelope{}, refuse("outbox row %d: the attachment %q of type %q cannot be written", o.ID, o.AttachmentName, o.AttachmentType)
	}
	if o.Calendar != "" && !icalMethodRe.MatchString(o.CalendarMethod) {
		return nil, envelope{}, refuse("outbox row %d: the calendar method %q is not an iTIP method", o.ID, o.CalendarMethod)
	}
	m := writeMessage(headers{from: from, to: to, replyTo: replyTo, messageID: o.MessageID, inReplyTo: inReplyTo,
		references: refs, subject: o.Subject, unsubscribe: o.ListUnsubscribe, date: date,
		calendar: o.Calendar, calendarMethod: o.CalendarMethod,
		attachment: o.Attachment, attachmentName: o.AttachmentName, attachmentType: o.AttachmentType}, o.Text, o.HTML)
	return m, envelope{from: "<" + from.Address + ">", to: "<" + to.Address + ">",
		utf8: needsSMTPUTF8(from.Address, to.Address)}, nil
}

// icalMethodRe is an iTIP method as RFC 5546 section 1.4 names them.
var icalMethodRe = regexp.MustCompile(`^(?:PUBLISH|REQUEST|REPLY|ADD|CANCEL|REFRESH|COUNTER|DECLINECOUNTER)$`)

// An attachment's media type and file name are written as they are: a plain
// type/subtype and a plain file name, nothing to quote or encode.
var (
	attachTypeRe = regexp.MustCompile(`^[a-z]+/[a-z0-9.+-]+$`)
	attachNameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$`)
)
