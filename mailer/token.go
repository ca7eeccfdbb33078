// Package mailer is mentormail's wire to the mail system: the IMAP inbox it reads
// replies from, the SMTP sender that delivers the outbox, and the reply tokens that
// tie a reply to the message it answers.
package mailer

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// tokenMACLen is how many bytes of the HMAC a token keeps: 80 bits, far beyond guessing
// by mail, while the token stays short enough for a plus tag.
const tokenMACLen = 10

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// Tokens makes and checks reply tokens: base32 (lower case, no padding) of an outbox
// row id followed by a truncated HMAC-SHA256 of it under the program secret.
// A forged or altered token is rejected without a database lookup.
type Tokens struct{ secret []byte }

// NewTokens returns a token maker for the program secret, which must be at least 16 bytes.
func NewTokens(secret []byte) (*Tokens, error) {
	if len(secret) < 16 {
		return nil, errors.New("mailer: the token secret must be at least 16 bytes")
	}
	return &Tokens{secret: append([]byte(nil), secret...)}, nil
}

func (t *Tokens) mac(id []byte) []byte {
	m := hmac.New(sha256.New, t.secret)
	m.Write([]byte("mentormail-token-v1"))
	m.Write(id)
	return m.Sum(nil)[:tokenMACLen]
}

// Make returns the token for an outbox row id.
func (t *Tokens) Make(id int64) string {
	buf := binary.AppendUvarint(nil, uint64(id))
	buf = append(buf, t.mac(buf)...)
	return strings.ToLower(b32.EncodeToString(buf))
}

// ErrBadToken means a token is malformed or its MAC does not verify.
var ErrBadToken = errors.New("mailer: invalid reply token")

// Verify returns the outbox row id a token was made for.
func (t *Tokens) Verify(token string) (int64, error) {
	raw, err := b32.DecodeString(strings.ToUpper(token))
	if err != nil || len(raw) <= tokenMACLen {
		return 0, ErrBadToken
	}
	body, mac := raw[:len(raw)-tokenMACLen], raw[len(raw)-tokenMACLen:]
	id, n := binary.Uvarint(body)
	if n != len(body) || id == 0 || id > 1<<62 {
		return 0, ErrBadToken
	}
	if !hmac.Equal(mac, t.mac(body)) {
		return 0, ErrBadToken
	}
	return int64(id), nil
}

// Address is the program's address, split for plus tags: local@domain.
type Address struct {
	Local  string
	Domain string
}

// ParseAddress splits a program address such as "mentorship@example.org".
func ParseAddress(s string) (Address, error) {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || strings.ContainsAny(s, " \t\r\n<>+") {
		return Address{}, fmt.Errorf("mailer: %q is not a plain address", s)
	}
	return Address{Local: strings.ToLower(s[:at]), Domain: strings.ToLower(s[at+1:])}, nil
}

// String returns local@domain.
func (a Address) String() string { return a.Local + "@" + a.Domain }

// ReplyTo returns the plus-tagged address a reply to token comes back to.
func (a Address) ReplyTo(token string) string { return a.Local + "+" + token + "@" + a.Domain }

// MessageID returns the Message-ID (without angle brackets) for a message of kind
// carrying token, so the token comes back in In-Reply-To or References when a
// server drops the plus tag.
func (a Address) MessageID(token, kind string) string {
	return token + "." + strings.ReplaceAll(kind, "_", "-") + "@" + a.Domain
}

// TokenCandidates returns the tokens a reply may carry: plus tags of recipients at
// the program address, then the first label of Message-IDs in the program's domain
// (newest reference first). The caller verifies each.
func (a Address) TokenCandidates(recipients, references []string) []string {
	var out []string
	for _, r := range recipients {
		r = strings.ToLower(strings.TrimSpace(r))
		local, domain, ok := strings.Cut(r, "@")
		if !ok || domain != a.Domain {
			continue
		}
		if base, tag, ok := strings.Cut(local, "+"); ok && base == a.Local && tag != "" {
			out = append(out, tag)
		}
	}
	for i := len(references) - 1; i >= 0; i-- {
		id := strings.ToLower(strings.Trim(references[i], "<> "))
		left, domain, ok := strings.Cut(id, "@")
		if !ok || domain != a.Domain {
			continue
		}
		if tok, _, ok := strings.Cut(left, "."); ok && tok != "" {
			out = append(out, tok)
		}
	}
	return out
}
