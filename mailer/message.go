package mailer

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// The message is written here rather than by go-mail: go-mail v0.8.1 folds a
// header before its first word when that word is long (an RFC 2047 encoded word
// always is), giving "Subject:" CRLF " =?UTF-8?..." which some readers show with
// a leading space, and it picks a random MIME boundary, so the same row would
// not make the same bytes twice. go-mail's SMTP client still carries it.

// Limits of the header block (RFC 5322 section 2.1.1, RFC 2047 section 2).
const (
	// foldAt is the line length a header is folded to where it can be.
	foldAt = 78
	// maxEncodedWord is the longest RFC 2047 encoded word.
	maxEncodedWord = 75
	// encodedWordFrame is the length of "=?UTF-8?Q?" and "?=".
	encodedWordFrame = len("=?UTF-8?Q?") + len("?=")
)

// rawMessage is a whole message as it goes on the wire, CRLF line ends.
type rawMessage []byte

// WriteTo writes the message to w.
func (m rawMessage) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m)
	return int64(n), err
}

// headerWriter writes header fields, folded after their first token.
type headerWriter struct{ b bytes.Buffer }

// field writes name: tokens separated by single spaces, folding between tokens
// where the line would pass foldAt. The first token always stays on the name's
// line (RFC 5322 section 3.2.2 allows folding only where white space is, and a
// fold right after the colon is read by some clients as a leading space).
func (h *headerWriter) field(name string, tokens ...string) {
	h.b.WriteString(name)
	h.b.WriteString(":")
	line := len(name) + 1
	for i, t := range tokens {
		if i > 0 && line+1+len(t) > foldAt {
			h.b.WriteString("\r\n")
			line = 0
		}
		h.b.WriteString(" ")
		h.b.WriteString(t)
		line += 1 + len(t)
	}
	h.b.WriteString("\r\n")
}

// text writes an unstructured field (Subject): its words as they are while they
// are printable ASCII, then RFC 2047 encoded words, the first sized to fit its line.
func (h *headerWriter) text(name, value string) {
	words := strings.Split(value, " ")
	// The leading words that are plain ASCII stay as they are ("Re: Question"),
	// the rest is encoded, spaces and all.
	i, line := 0, len(name)+1
	for i < len(words) && plainASCII(words[i]) {
		line += 1 + len(words[i])
		i++
	}
	if i == len(words) {
		h.field(name, words...)
		return
	}
	first := foldAt - line - 1
	if first < minFirstWord {
		first = maxEncodedWord // field folds it onto a line of its own
	}
	h.field(name, append(words[:i:i], encodeWords(strings.Join(words[i:], " "), first)...)...)
}

// minFirstWord is the shortest first encoded word worth keeping on a line.
const minFirstWord = 24

// addresses writes an address field: each display name as words or encoded
// words, then the address in angle brackets, commas between addresses.
func (h *headerWriter) addresses(name string, addrs ...*netmail.Address) {
	var tokens []string
	for i, a := range addrs {
		first := len(tokens) == 0
		switch {
		case a.Name == "":
		case plainASCII(a.Name) && atomText(a.Name):
			tokens = append(tokens, strings.Split(a.Name, " ")...)
		case plainASCII(a.Name):
			// A quoted string is one token: never folded inside.
			q := (&netmail.Address{Name: a.Name, Address: "x@y"}).String()
			tokens = append(tokens, q[:strings.LastIndexByte(q, ' ')])
		default:
			budget := maxEncodedWord
			if first {
				budget = foldAt - len(name) - 2
			}
			tokens = append(tokens, encodeWords(a.Name, budget)...)
		}
		t := "<" + a.Address + ">"
		if i < len(addrs)-1 {
			t += ","
		}
		tokens = append(tokens, t)
	}
	h.field(name, tokens...)
}

// plainASCII reports whether s is printable ASCII and holds nothing a reader
// could take for an encoded word.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return !strings.Contains(s, "=?")
}

// atomText reports whether a display name is words of atext (RFC 5322 section
// 3.2.3) separated by single spaces, so it needs no quotes.
func atomText(s string) bool {
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0) {
				return false
			}
		}
	}
	return true
}

// encodeWords encodes s as RFC 2047 "Q" encoded words in UTF-8, none longer than
// maxEncodedWord and the first no longer than first, never splitting a
// character. The letters, digits and "!*+-/" stand for themselves and a space is
// "_", which is safe in a Subject and in a display name alike (RFC 2047 section 5).
func encodeWords(s string, first int) []string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	budget := min(first, maxEncodedWord) - encodedWordFrame
	var words []string
	var cur strings.Builder
	flush := func() {
		words = append(words, "=?UTF-8?Q?"+cur.String()+"?=")
		cur.Reset()
		budget = maxEncodedWord - encodedWordFrame
	}
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		var piece string
		switch {
		case r == ' ':
			piece = "_"
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!*+-/", r)):
			piece = string(r)
		default:
			n := utf8.EncodeRune(buf[:], r)
			var p strings.Builder
			for _, c := range buf[:n] {
				p.WriteString("=" + strings.ToUpper(hex.EncodeToString([]byte{c})))
			}
			piece = p.String()
		}
		if cur.Len() > 0 && cur.Len()+len(piece) > budget {
			flush()
		}
		cur.WriteString(piece)
	}
	if cur.Len() > 0 || len(words) == 0 {
		flush()
	}
	return words
}

// headers is what writeMessage puts in the header block; values are checked.
type headers struct {
	from, to    *netmail.Address
	replyTo     []*netmail.Address
	messageID   string // without angle brackets
	inReplyTo   string
	references  []string
	subject     string
	unsubscribe string // a List-Unsubscribe URI, or ""
	date        time.Time
	// calendar is an iCalendar object sent as the last alternative, with its
	// iTIP method; "" for none.
	calendar, calendarMethod string
	// attachment is a file sent after the alternatives, in a multipart/mixed.
	attachment                     []byte
	attachmentName, attachmentType string
}

// writeMessage writes the whole message: the header, then a text/plain part, or
// a multipart/alternative of text and HTML, both quoted-printable UTF-8. The
// boundary comes from the Message-ID, so the same row gives the same bytes.
func writeMessage(hd headers, text, html string) rawMessage {
	var h headerWriter
	h.field("Date", hd.date.Format(time.RFC1123Z))
	h.addresses("From", hd.from)
	h.addresses("To", hd.to)
	if len(hd.replyTo) > 0 {
		h.addresses("Reply-To", hd.replyTo...)
	}
	h.field("Message-ID", "<"+hd.messageID+">")
	if hd.inReplyTo != "" {
		h.field("In-Reply-To", "<"+hd.inReplyTo+">")
	}
	if len(hd.references) > 0 {
		refs := make([]string, len(hd.references))
		for i, r := range hd.references {
			refs[i] = "<" + r + ">"
		}
		h.field("References", refs...)
	}
	h.text("Subject", hd.subject)
	h.field(string(headerAutoSubmitted), autoSubmitted)
	h.field("X-Auto-Response-Suppress", suppressAll)
	if hd.unsubscribe != "" {
		// RFC 2369 section 3.2.
		h.field("List-Unsubscribe", "<"+hd.unsubscribe+">")
	}
	h.field("MIME-Version", "1.0")
	b := &h.b
	if html == "" {
		writePart(b, "text/plain", text)
		return rawMessage(b.Bytes())
	}
	sum := sha256.Sum256([]byte(hd.messageID))
	boundary := "=_mm_" + hex.EncodeToString(sum[:12])
	mixed := "=_mx_" + hex.EncodeToString(sum[12:24])
	if len(hd.attachment) > 0 {
		b.WriteString("Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n\r\n")
		b.WriteString("--" + mixed + "\r\n")
	}
	b.WriteString("Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n")
	for _, p := range []struct{ typ, body string }{{"text/plain", text}, {"text/html", html}} {
		b.WriteString("--" + boundary + "\r\n")
		writePart(b, p.typ, p.body)
		b.WriteString("\r\n")
	}
	if hd.calendar != "" {
		// The invitation is the last, preferred alternative: Outlook, Gmail and
		// Apple Mail show it as an invite and keep text and HTML for the rest
		// (RFC 6047 section 2.4; the method parameter must match the object's
		// METHOD, RFC 5546 section 1.4).
		b.WriteString("--" + boundary + "\r\n")
		writeCalendarPart(b, hd.calendarMethod, hd.calendar)
		b.WriteString("\r\n")
	}
	b.WriteString("--" + boundary + "--\r\n")
	if len(hd.attachment) > 0 {
		b.WriteString("\r\n--" + mixed + "\r\n")
		b.WriteString("Content-Type: " + hd.attachmentType + "; name=\"" + hd.attachmentName + "\"\r\n")
		b.WriteString("Content-Disposition: attachment; filename=\"" + hd.attachmentName + "\"\r\n")
		writeBase64(b, hd.attachment)
		b.WriteString("--" + mixed + "--\r\n")
	}
	return rawMessage(b.Bytes())
}

// writePart writes a part's header and its body, quoted-printable, CRLF line ends.
func writePart(b *bytes.Buffer, typ, body string) {
	b.WriteString("Content-Type: " + typ + "; charset=UTF-8\r\n")
	b.WriteString("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
	w := quotedprintable.NewWriter(b)
	_, _ = w.Write([]byte(body)) // writes to a bytes.Buffer do not fail
	_ = w.Close()
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
}

// writeCalendarPart writes an iCalendar object as a text/calendar part, base64
// in lines of 76 (RFC 2045 section 6.8): its own lines are CRLF-folded at 75
// octets already, and base64 keeps every reader from touching them.
func writeCalendarPart(b *bytes.Buffer, method, ics string) {
	b.WriteString("Content-Type: text/calendar; method=" + method + "; charset=UTF-8\r\n")
	writeBase64(b, []byte(ics))
}

// writeBase64 writes the transfer-encoding header, a blank line and data in
// base64 lines of 76 (RFC 2045 section 6.8).
func writeBase64(b *bytes.Buffer, data []byte) {
	b.WriteString("Content-Transfer-Encoding: base64\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
}

// needsSMTPUTF8 reports whether an envelope address is not ASCII, the only case
// where the message needs the SMTPUTF8 extension (RFC 6531): every header this
// package writes is ASCII otherwise.
func needsSMTPUTF8(addrs ...string) bool {
	for _, a := range addrs {
		for i := 0; i < len(a); i++ {
			if a[i] >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

// Compose returns the message o would be sent as, dated at date, exactly as the
// sender writes it (CRLF line ends), or the reason the sender would refuse it.
func Compose(o Outgoing, date time.Time) ([]byte, error) {
	m, _, err := buildMessage(o, date)
	if err != nil {
		return nil, err
	}
	return m, nil
}
