package mailer

import "strings"

// maxMessageIDLen bounds a message id taken from a message we received; RFC
// 5322 sets no limit, and real ones are well under 200 characters.
const maxMessageIDLen = 250

// NormalizeMessageID returns the message id a header value carries, without its
// angle brackets, or "" when it carries none that can be sent back in
// In-Reply-To or References (RFC 5322 section 3.6.4: "<" id-left "@" id-right
// ">"). It takes the first bracketed id, so a trailing comment goes
// ("<a@b> (gateway)" is "a@b"); an id without "@" ("<noatsign-caseF>"), or with
// spaces, brackets or line breaks inside, is dropped.
func NormalizeMessageID(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		j := strings.IndexByte(v[i+1:], '>')
		if j < 0 {
			return ""
		}
		v = v[i+1 : i+1+j]
	} else if f := strings.Fields(v); len(f) > 0 {
		v = f[0] // bare, as some clients write it; a comment after it goes
	}
	left, right, ok := strings.Cut(v, "@")
	if !ok || left == "" || right == "" || len(v) > maxMessageIDLen ||
		strings.ContainsAny(v, "<>()\" \t\r\n,;") || strings.Contains(right, "@") {
		return ""
	}
	return v
}
