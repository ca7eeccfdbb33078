package parser

import (
	"bytes"
	"fmt"
	"mime"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/parser/internal/mailmsg"
	regexp "github.com/mentormail/mentormail/parser/internal/rx"
	"github.com/mentormail/mentormail/parser/replytext"
)

// message is what Parse reads from the wire before any interpretation
// (mailmsg.Message: the raw headers, the MIME tree, the chosen text and HTML bodies).
type message = mailmsg.Message

// The MIME parsers are configured once: malformed parts are skipped and corrupt
// base64 text is kept, so that a damaged message still gives what can be read.
// mimeParser trusts a part's declared charset, as nearly every client states it
// rightly; guessingParser also guesses it from the bytes (enmime's detection, most
// of its cost), for the message whose text does not decode as declared.
var (
	mimeParser     = enmime.NewParser(mimeOptions(true)...)
	guessingParser = enmime.NewParser(mimeOptions(false)...)
)

func mimeOptions(trustCharset bool) []enmime.Option {
	return []enmime.Option{
		enmime.SkipMalformedParts(true),
		enmime.SetReadPartErrorPolicy(enmime.AllowCorruptTextPartErrorPolicy),
		enmime.MaxStoredPartErrors(20),
		enmime.DisableCharacterDetection(trustCharset),
	}
}

// readMessage reads a whole message with enmime, once scanMIME has found its
// structure within the limits (an error wrapping ErrUnreadable otherwise). When
// enmime gives up, the message is split at its first blank line and read
// leniently instead.
func readMessage(raw []byte) (*message, error) {
	if err := scanMIME(raw); err != nil {
		return nil, err
	}
	root, err := mimeParser.ReadParts(bytes.NewReader(raw))
	if err != nil || root == nil {
		return readLenient(raw)
	}
	if err := checkTree(root); err != nil {
		return nil, err
	}
	m := &message{Header: root.Header, Root: root}
	m.Text, m.HTML = bodies(root)
	if len(raw) <= maxGuessBytes && (!decodedWell(m.Text) || !decodedWell(m.HTML)) {
		// The declared charset was wrong: guess it from the bytes, and failing that
		// read what was declared UTF-8 as Windows-1252, the usual mislabel (a
		// superset of Latin-1). Each is kept only if it decodes cleanly.
		for _, try := range []func() (*enmime.Part, error){
			func() (*enmime.Part, error) { return guessingParser.ReadParts(bytes.NewReader(raw)) },
			func() (*enmime.Part, error) {
				return mimeParser.ReadParts(bytes.NewReader(utf8Label.ReplaceAll(raw, []byte("charset=windows-1252"))))
			},
		} {
			root, err := try()
			if err != nil || root == nil {
				continue
			}
			alt := &message{Header: root.Header, Root: root}
			alt.Text, alt.HTML = bodies(root)
			if decodedWell(alt.Text) && decodedWell(alt.HTML) {
				return alt, nil
			}
		}
	}
	return m, nil
}

// utf8Label finds a UTF-8 charset parameter.
var utf8Label = regexp.MustCompile(`(?i)charset\s*=\s*"?utf-?8"?`)

// decodedWell reports whether text came out of its charset as valid UTF-8 with no
// replacement characters.
func decodedWell(text string) bool {
	return utf8.ValidString(text) && !strings.ContainsRune(text, utf8.RuneError)
}

// readLenient splits raw at the first empty line and reads the headers with
// net/textproto, ignoring malformed lines. The body is taken as text.
func readLenient(raw []byte) (*message, error) {
	s := strings.ReplaceAll(string(raw), "\r\n", "\n")
	head, body, found := strings.Cut(s, "\n\n")
	if !found {
		head, body = s, ""
	}
	h := textproto.MIMEHeader{}
	var key string
	for _, line := range strings.Split(head, "\n") {
		if line == "" {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && key != "" {
			vs := h[key]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(k, " \t") || k == "" {
			continue
		}
		key = textproto.CanonicalMIMEHeaderKey(k)
		h[key] = append(h[key], strings.TrimSpace(v))
	}
	if len(h) == 0 {
		// Not a message at all: read the whole input as a text body.
		if !utf8.ValidString(s) && len(strings.TrimSpace(s)) == 0 {
			return nil, fmt.Errorf("no headers and no text")
		}
		return &message{Text: s}, nil
	}
	return &message{Header: h, Text: body}, nil
}

// bodies picks the text and HTML bodies out of the MIME tree: the inline
// text/plain and text/html parts, outside attached messages and reports. Several
// inline text parts (Apple Mail around inline images) are joined.
func bodies(root *enmime.Part) (text, html string) {
	var texts []string
	textBytes := 0 // what texts hold: at most maxPartTextBytes is taken in all
	var walk func(p *enmime.Part, depth int)
	walk = func(p *enmime.Part, depth int) {
		if p == nil || depth > 50 {
			return
		}
		ct := strings.ToLower(p.ContentType)
		if p.Disposition == "attachment" {
			return
		}
		switch {
		case ct == "message/rfc822", ct == "message/delivery-status",
			ct == "text/rfc822-headers", ct == "message/global":
			return
		case ct == "text/plain" || (ct == "" && p.FirstChild == nil):
			if (p.FileName == "" || p.Disposition == "inline") && textBytes < maxPartTextBytes {
				t := plainContent(p)
				textBytes += len(t)
				texts = append(texts, t)
			}
		case ct == "text/html":
			if html == "" {
				html = string(headOf(p.Content, maxHTMLBytes+utf8.UTFMax)) // longer than clipText keeps
			}
		}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
			// In an alternative, the first text part found is enough.
			if ct == "multipart/alternative" && len(texts) > 0 && html != "" {
				break
			}
		}
	}
	walk(root, 0)
	text = strings.Join(texts, "\n")
	return string(headOf([]byte(text), maxPartTextBytes)), html
}

// headOf returns at most the first n bytes of b, not cutting a UTF-8 character.
func headOf(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

// envelopeOf reads the identity claims of the message.
func envelopeOf(m *message) Envelope {
	var e Envelope
	if from := mailmsg.Addresses(m.Header.Get("From")); len(from) > 0 {
		e.From, e.FromName = from[0].Address, from[0].Name
	}
	seen := map[string]bool{}
	for _, key := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		for _, v := range m.Header.Values(key) {
			for _, a := range mailmsg.Addresses(v) {
				if !seen[a.Address] {
					seen[a.Address] = true
					e.Recipients = append(e.Recipients, a.Address)
				}
			}
		}
	}
	e.Subject = mailmsg.OneLine(m.Get("Subject"))
	if ids := mailmsg.MessageIDs(m.Header.Get("Message-Id")); len(ids) > 0 {
		e.MessageID = ids[0]
	}
	refSeen := map[string]bool{}
	for _, key := range []string{"In-Reply-To", "References"} {
		for _, id := range mailmsg.MessageIDs(m.Header.Get(key)) {
			if !refSeen[id] {
				refSeen[id] = true
				e.References = append(e.References, id)
			}
		}
	}
	e.Date = parseDate(m.Header.Get("Date"))
	return e
}

// dateLayouts are tried after net/mail for dates that clients get wrong.
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Mon Jan 2 15:04:05 2006",
	"Mon, 02 Jan 06 15:04:05 -0700",
	time.RFC3339,
}

// parseDate reads a Date header; the zero time means no usable date.
func parseDate(v string) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t
	}
	v = strings.Join(strings.Fields(v), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t
		}
	}
	return time.Time{}
}

// plainContent is a text/plain part's text, unflowed when it is format=flowed.
func plainContent(p *enmime.Part) string {
	params := p.ContentTypeParams
	if params == nil && p.Header != nil {
		// enmime leaves the parameters of a single-part message unset.
		_, params, _ = mime.ParseMediaType(p.Header.Get("Content-Type"))
	}
	content := string(headOf(p.Content, maxPartTextBytes))
	if !strings.EqualFold(params["format"], "flowed") {
		return content
	}
	return replytext.Unflow(content, strings.EqualFold(params["delsp"], "yes"))
}

// cleanText makes a body safe to scan: valid UTF-8, LF line ends, no BOM, no NUL,
// non-breaking spaces as spaces.
func cleanText(s string) string {
	if s == "" {
		return ""
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.ContainsAny(s, "\r\x00\u00a0\u202f\u200b") {
		s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "", "\u00a0", " ", "\u202f", " ", "\u200b", "").Replace(s)
	}
	return s
}
