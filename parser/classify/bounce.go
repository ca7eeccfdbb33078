package classify

import (
	"mime"
	"net/textproto"
	"strings"

	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/parser/internal/mailmsg"
	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// This file reads delivery reports: RFC 3464 multipart/report notifications and
// the plain-text ones that qmail, old Exim, Yahoo and old Exchange still send.
// Everything here is linear in the size of the message.

// The report types of RFC 6522 that classify tells apart.
const (
	reportDelivery    = "delivery-status"
	reportDisposition = "disposition-notification"
)

// maxParts bounds the parts walked in one message; enmime has parsed them all
// already, this only keeps a hostile tree from costing more than its size.
const maxParts = 500

// walkParts calls fn on every part of the MIME tree, depth first, stopping when
// fn returns false. enmime does not parse inside attached messages
// (message/rfc822), so a forwarded message's parts are never visited.
func walkParts(root *enmime.Part, fn func(p *enmime.Part) bool) {
	stack := []*enmime.Part{root}
	for n := 0; len(stack) > 0 && n < maxParts; n++ {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p == nil {
			continue
		}
		if !fn(p) {
			return
		}
		var kids []*enmime.Part
		for c := p.FirstChild; c != nil && len(kids) < maxParts; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
}

// reportType returns the type of a top-level multipart/report (RFC 6522):
// "delivery-status", "disposition-notification", another type, or "" when the
// message is not a report. Only the top level counts: a report forwarded by a
// person, attached or inline, does not make the person's message a report.
func reportType(m *Message) string {
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || !strings.EqualFold(mt, "multipart/report") {
		return ""
	}
	if t := strings.ToLower(strings.TrimSpace(params["report-type"])); t != "" {
		if t == "global-delivery-status" {
			return reportDelivery
		}
		return t
	}
	// No report-type: the parts say what it is.
	if m.Root != nil {
		for c := m.Root.FirstChild; c != nil; c = c.NextSibling {
			switch strings.ToLower(c.ContentType) {
			case "message/delivery-status", "message/global-delivery-status":
				return reportDelivery
			case "message/disposition-notification", "message/global-disposition-notification":
				return reportDisposition
			}
		}
	}
	return "report"
}

// statusPart returns the machine-readable delivery-status part among the
// top-level parts of the message, or nil. Parts deeper down belong to an
// attachment, not to this message.
func statusPart(root *enmime.Part) *enmime.Part {
	if root == nil {
		return nil
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		switch strings.ToLower(c.ContentType) {
		case "message/delivery-status", "message/global-delivery-status":
			return c
		}
	}
	return nil
}

// deliveryReport describes a delivery-status notification (RFC 3464). success
// is true when every recipient it reports was delivered, relayed or expanded: a
// success notice, not a bounce.
func deliveryReport(m *Message) (b *Bounce, success bool) {
	ds := statusPart(m.Root)
	if ds == nil {
		// A report without its status part: the text is all there is.
		b = plainBounce(m)
		if b.Status == "" {
			b.Permanent = true
		}
		return b, false
	}
	b = &Bounce{}
	groups := dsnFields(string(ds.Content))
	var chosen textproto.MIMEHeader
	rank := 0 // failed 3, delayed 2, other 1
	for i, f := range groups {
		if i == 0 && f.Get("Final-Recipient") == "" && f.Get("Original-Recipient") == "" && f.Get("Action") == "" {
			continue // the per-message group
		}
		k := 1
		switch action(f) {
		case "failed":
			k = 3
		case "delayed":
			k = 2
		}
		if k > rank {
			chosen, rank = f, k
		}
	}
	if chosen != nil {
		act := action(chosen)
		if rank == 1 && (act == "delivered" || act == "relayed" || act == "expanded") {
			return nil, true
		}
		b.Recipient = dsnAddress(chosen.Get("Final-Recipient"))
		if b.Recipient == "" {
			b.Recipient = dsnAddress(chosen.Get("Original-Recipient"))
		}
		if fs := strings.Fields(chosen.Get("Status")); len(fs) > 0 && statusCodeRE.MatchString(fs[0]) {
			b.Status = fs[0]
		} else if s := findStatus(chosen.Get("Diagnostic-Code")); s != "" {
			b.Status = s
		}
		switch {
		case act == "delayed":
			b.Permanent = false
		case b.Status != "":
			b.Permanent = b.Status[0] == '5'
		default:
			b.Permanent = act == "failed"
		}
	}
	if b.Recipient == "" {
		before, _ := splitCopy(m.Text)
		b.Recipient = bodyRecipient(m, before)
	}
	b.OriginalMessageID = originalMessageID(m, groups)
	return b, false
}

func action(f textproto.MIMEHeader) string {
	a, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(f.Get("Action"))), " ")
	return a
}

// dsnFields splits the body of a message/delivery-status part into its field
// groups: the per-message group, then one per recipient.
func dsnFields(body string) []textproto.MIMEHeader {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var out []textproto.MIMEHeader
	for _, block := range strings.Split(body, "\n\n") {
		if strings.TrimSpace(block) == "" {
			continue
		}
		if h := readFields(block); len(h) > 0 {
			out = append(out, h)
		}
	}
	return out
}

// readFields reads "Name: value" lines with folded continuations, leniently: a
// line that is neither is skipped, where net/textproto would stop.
func readFields(block string) textproto.MIMEHeader {
	h := textproto.MIMEHeader{}
	var key string
	for _, line := range strings.Split(block, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(h) > 0 {
				break
			}
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && key != "" {
			vs := h[key]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || k == "" || strings.ContainsAny(k, " \t") {
			key = ""
			continue
		}
		key = textproto.CanonicalMIMEHeaderKey(k)
		h[key] = append(h[key], strings.TrimSpace(v))
	}
	return h
}

// dsnAddress takes the address out of "rfc822; someone@example.org".
func dsnAddress(v string) string {
	if _, a, ok := strings.Cut(v, ";"); ok {
		v = a
	}
	v = strings.TrimSpace(v)
	if a := mailmsg.AddrRE.FindString(v); a != "" {
		return strings.ToLower(a)
	}
	return strings.ToLower(strings.Trim(v, "<>"))
}

// originalMessageID finds the Message-ID of the message that bounced: in the
// attached message or headers (message/rfc822, text/rfc822-headers), in the
// copy a plain-text report quotes, in the report's own X-Original-Message-ID
// (Gmail), and last in the report's In-Reply-To or References, which a report
// can only take from the message it reports on.
func originalMessageID(m *Message, groups []textproto.MIMEHeader) string {
	if m.Root != nil {
		var id string
		walkParts(m.Root, func(p *enmime.Part) bool {
			switch strings.ToLower(p.ContentType) {
			case "message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers":
				id = headerMessageID(string(p.Content))
				return id == ""
			}
			return true
		})
		if id != "" {
			return id
		}
	}
	if _, cp := splitCopy(m.Text); cp != "" {
		if id := headerMessageID(cp); id != "" {
			return id
		}
	}
	for _, g := range groups {
		if ids := mailmsg.MessageIDs(g.Get("X-Original-Message-Id")); len(ids) > 0 {
			return ids[0]
		}
	}
	if ids := mailmsg.MessageIDs(m.Header.Get("In-Reply-To")); len(ids) > 0 {
		return ids[0]
	}
	if ids := mailmsg.MessageIDs(m.Header.Get("References")); len(ids) > 0 {
		return ids[len(ids)-1]
	}
	return ""
}

// headerMessageID reads the Message-ID from the header block at the start of s
// (after any blank lines).
func headerMessageID(s string) string {
	s = strings.TrimLeft(s, "\r\n \t")
	// Only the header block is read: an attached original may be large.
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "\r\n\r\n"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if ids := mailmsg.MessageIDs(readFields(s).Get("Message-Id")); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// copyMarkerRE finds the line after which a plain-text report quotes the
// message it returns (Exim, qmail and Yahoo, Sendmail, Exchange in French).
var copyMarkerRE = regexp.MustCompile(`(?im)^[ \t]*-*[ \t]*(this is a copy of the message|below this line is a copy of the message|(original|unsent|returned) message follows|original message headers|en-t[êe]tes du message d'origine|copie du message)[^\n]*\n`)

// splitCopy cuts a plain-text report at its copy marker: the report's own
// words, and the quoted message ("" when there is none).
func splitCopy(text string) (before, cp string) {
	if loc := copyMarkerRE.FindStringIndex(text); loc != nil {
		return text[:loc[0]], text[loc[1]:]
	}
	return text, ""
}

var (
	// statusCodeRE is an RFC 3463 status code.
	statusCodeRE = regexp.MustCompile(`^[245]\.\d{1,3}\.\d{1,3}$`)
	statusRE     = regexp.MustCompile(`[245]\.\d{1,3}\.\d{1,3}`)
	// smtpErrRE is a permanent SMTP reply code ("550 ", "550-", "554:").
	smtpErrRE = regexp.MustCompile(`(?:^|[^\d.])5[0-5]\d[ \-:]`)
	// tempRE and permRE are what reports say when they give no code.
	tempRE = regexp.MustCompile(`(?i)(has not yet been delivered|not been delivered yet|message delayed|delivery (is )?delayed|will (continue to )?(retry|try again)|will be retried|still trying|temporar(y|ily)|pas encore été (remis|distribué)|nouvelle tentative)`)
	permRE = regexp.MustCompile(`(?i)(permanent (error|failure|fatal)|given up|gave up|could not be delivered|couldn't be delivered|unable to deliver|wasn't able to deliver|delivery has failed|failed permanently|n'a pas pu être (remis|distribué)|impossible d'atteindre|échec de (la )?(remise|livraison))`)
	// rcptLineRE is a line naming a failed recipient: "<someone@example.org>:"
	// (qmail, Yahoo, Postfix's text).
	rcptLineRE = regexp.MustCompile(`(?m)^[ \t]*<([^<>@\s]+@[^<>\s]+)>:`)
)

// findStatus returns the first status code in s that stands alone: not part of
// an IP address or a version number such as 2.4.10.1.
func findStatus(s string) string {
	for _, loc := range statusRE.FindAllStringIndex(s, 50) {
		if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '.') {
			continue
		}
		if loc[1] < len(s) && (isDigit(s[loc[1]]) || (s[loc[1]] == '.' && loc[1]+1 < len(s) && isDigit(s[loc[1]+1]))) {
			continue
		}
		return s[loc[0]:loc[1]]
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// maxReportText is how much of a plain-text report is read for its recipient
// and status; the words that matter come first.
const maxReportText = 20000

// plainBounce describes a bounce that has no delivery-status part (qmail, old
// Exim, Yahoo, old Exchange), from X-Failed-Recipients and the report's words
// before the copy of the returned message.
func plainBounce(m *Message) *Bounce {
	if ds := statusPart(m.Root); ds != nil {
		// A report sent without multipart/report around its status part.
		if b, _ := deliveryReport(m); b != nil {
			return b
		}
	}
	before, _ := splitCopy(m.Text)
	if len(before) > maxReportText {
		before = before[:maxReportText]
	}
	b := &Bounce{Recipient: bodyRecipient(m, before), Status: findStatus(before)}
	switch {
	case b.Status != "":
		b.Permanent = b.Status[0] == '5'
	case tempRE.MatchString(before):
		b.Permanent = false
	default:
		b.Permanent = permRE.MatchString(before) || smtpErrRE.MatchString(before)
	}
	b.OriginalMessageID = originalMessageID(m, nil)
	return b
}

// bodyRecipient finds the failed address: X-Failed-Recipients, a "<address>:"
// line, or the first address in the report's words that is neither the mail
// system's nor the program's.
func bodyRecipient(m *Message, before string) string {
	if a := mailmsg.Addresses(m.Header.Get("X-Failed-Recipients")); len(a) > 0 {
		return a[0].Address
	}
	if s := rcptLineRE.FindStringSubmatch(before); s != nil {
		return strings.ToLower(s[1])
	}
	skip := map[string]bool{m.From: true}
	for _, a := range m.Recipients {
		skip[a] = true
	}
	for _, a := range mailmsg.AddrRE.FindAllString(before, 20) {
		a = strings.ToLower(strings.TrimRight(a, ".:;,>)"))
		if !skip[a] && !isDaemon(a) {
			return a
		}
	}
	return ""
}
