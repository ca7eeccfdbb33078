package mailer

import (
	"fmt"
	netmail "net/mail"
	"strings"
	"time"

	mail "github.com/wneessen/go-mail"
)

// Headers every message carries so that auto-responders stay quiet (RFC 3834
// section 5; X-Auto-Response-Suppress is Exchange's equivalent).
const (
	headerAutoSubmitted = mail.Header("Auto-Submitted")
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
func buildMessage(o Outgoing, date time.Time) (*mail.Msg, envelope, error) {
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
			refs = append(refs, "<"+r+">")
		}
	}
	if serr := checkHeader(o.ID, "Subject", o.Subject); serr != nil {
		return nil, envelope{}, serr
	}

	m := mail.NewMsg(mail.WithCharset(mail.CharsetUTF8), mail.WithEncoding(mail.EncodingQP), mail.WithNoDefaultUserAgent())
	m.SetAddrHeaderFromMailAddress(mail.HeaderFrom, from)
	m.SetAddrHeaderFromMailAddress(mail.HeaderTo, to)
	if len(replyTo) > 0 {
		m.SetAddrHeaderFromMailAddress(mail.HeaderReplyTo, replyTo...)
	}
	m.SetMessageIDWithValue(o.MessageID)
	m.SetDateWithValue(date)
	m.Subject(o.Subject)
	if inReplyTo != "" {
		m.SetGenHeader(mail.HeaderInReplyTo, "<"+inReplyTo+">")
	}
	if len(refs) > 0 {
		m.SetGenHeader(mail.HeaderReferences, strings.Join(refs, " "))
	}
	m.SetGenHeader(headerAutoSubmitted, autoSubmitted)
	m.SetGenHeader(mail.HeaderXAutoResponseSuppress, suppressAll)
	m.SetBodyString(mail.TypeTextPlain, o.Text)
	if o.HTML != "" {
		m.AddAlternativeString(mail.TypeTextHTML, o.HTML)
	}
	return m, envelope{from: "<" + from.Address + ">", to: "<" + to.Address + ">"}, nil
}
