// Package mailmsg holds a message as the parser reads it from the wire (headers,
// MIME tree, chosen bodies) and the header readers that both package parser
// (the envelope) and package classify (delivery reports) use.
package mailmsg

import (
	"net/mail"
	"net/textproto"
	"strings"

	"github.com/jhillyerd/enmime/v2"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Message is what Parse reads from the wire before any interpretation: the raw
// headers, the MIME tree and the chosen text and HTML bodies.
type Message struct {
	Header textproto.MIMEHeader // nil for a bare text body
	Root   *enmime.Part
	Text   string
	HTML   string
}

// Get returns the decoded value of the header key.
func (m *Message) Get(key string) string {
	if m.Header == nil {
		return ""
	}
	return strings.TrimSpace(enmime.DecodeRFC2047(m.Header.Get(key)))
}

// Has reports whether the header key is present.
func (m *Message) Has(key string) bool {
	_, ok := m.Header[textproto.CanonicalMIMEHeaderKey(key)]
	return ok
}

// AddrRE is anything that looks like an address.
var AddrRE = regexp.MustCompile(`[A-Za-z0-9._%+\-=/!#$&'*?^{|}~]+@[A-Za-z0-9.\-]+`)

// Addresses parses an address list leniently and lower-cases the addresses. When
// the list cannot be parsed, anything that looks like an address is taken.
func Addresses(v string) []*mail.Address {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	list, err := enmime.ParseAddressList(v)
	if err != nil || len(list) == 0 {
		list = nil
		for _, a := range AddrRE.FindAllString(v, 20) {
			list = append(list, &mail.Address{Address: a})
		}
	}
	out := list[:0]
	for _, a := range list {
		if a == nil || !strings.Contains(a.Address, "@") {
			continue
		}
		a.Address = strings.ToLower(strings.TrimSpace(a.Address))
		a.Name = OneLine(a.Name)
		out = append(out, a)
	}
	return out
}

var msgIDRE = regexp.MustCompile(`<([^<>\s]+)>`)

// MessageIDs returns the message ids in a Message-ID, In-Reply-To or References
// value, without angle brackets. Ids without brackets are split on white space.
func MessageIDs(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	var ids []string
	for _, m := range msgIDRE.FindAllStringSubmatch(v, 200) {
		ids = append(ids, m[1])
	}
	if len(ids) == 0 {
		for _, f := range strings.Fields(v) {
			if f = strings.Trim(f, "<>,;"); f != "" {
				ids = append(ids, f)
			}
		}
	}
	return ids
}

// OneLine folds white space runs, so header values print on one line.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
