package classify

import (
	"bytes"
	"strings"

	"github.com/jhillyerd/enmime/v2"
)

// Answers to calendar invitations: when a partner accepts, declines or
// tentatively accepts an invitation in Gmail, Outlook or Apple Calendar, their
// client mails the organizer (the program) an iTIP REPLY (RFC 5546 section
// 3.2.3), a text/calendar part with method=REPLY, usually beside a line of text
// ("Marcus has accepted this invitation"). classify makes such a message an
// automatic reply (calendarReply), never answered; here the object itself is
// kept for the program, which reads it.

// maxCalendarBytes is the largest calendar part kept.
const maxCalendarBytes = 64 << 10

// CalendarObject returns the content of the first text/calendar (or
// application/ics) part of the message whose method, in its Content-Type or in
// its METHOD line, is REPLY; "" when there is none.
func CalendarObject(root *enmime.Part) string {
	var found string
	var walk func(p *enmime.Part, depth int)
	walk = func(p *enmime.Part, depth int) {
		if p == nil || depth > 50 || found != "" {
			return
		}
		ct := strings.ToLower(p.ContentType)
		if ct == "text/calendar" || ct == "application/ics" {
			method := strings.ToUpper(p.ContentTypeParams["method"])
			body := p.Content
			if len(body) <= maxCalendarBytes && (method == "REPLY" || method == "" && isReplyObject(body)) {
				found = string(body)
				return
			}
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return found
}

// isReplyObject reports whether an iCalendar object says METHOD:REPLY.
func isReplyObject(b []byte) bool {
	for line := range bytes.SplitSeq(b, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if bytes.EqualFold(line, []byte("METHOD:REPLY")) {
			return true
		}
		if bytes.HasPrefix(bytes.ToUpper(line), []byte("BEGIN:VEVENT")) {
			return false
		}
	}
	return false
}
