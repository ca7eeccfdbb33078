package mailer

import (
	"strings"
	"testing"
)

func TestTokenRoundTrip(t *testing.T) {
	tk, err := NewTokens([]byte("0123456789abcdef0123"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{1, 42, 1 << 20, 1<<40 + 7} {
		tok := tk.Make(id)
		if tok != strings.ToLower(tok) || strings.ContainsAny(tok, "=+/") {
			t.Errorf("token %q is not lower-case unpadded base32", tok)
		}
		got, err := tk.Verify(tok)
		if err != nil || got != id {
			t.Errorf("Verify(Make(%d)) = %d, %v", id, got, err)
		}
	}
}

func TestTokenRejectsForgeries(t *testing.T) {
	tk, _ := NewTokens([]byte("0123456789abcdef0123"))
	other, _ := NewTokens([]byte("another secret of 20b"))
	tok := tk.Make(42)
	flipped := []byte(tok)
	if flipped[0] == 'a' {
		flipped[0] = 'b'
	} else {
		flipped[0] = 'a'
	}
	for name, bad := range map[string]string{
		"other secret": other.Make(42),
		"altered":      string(flipped),
		"truncated":    tok[:len(tok)-2],
		"empty":        "",
		"not base32":   "hello-world!",
		"id only":      strings.ToLower(b32.EncodeToString([]byte{42})),
	} {
		if id, err := tk.Verify(bad); err == nil {
			t.Errorf("%s: Verify(%q) accepted, id %d", name, bad, id)
		}
	}
	if _, err := NewTokens([]byte("short")); err == nil {
		t.Error("NewTokens accepted a short secret")
	}
}

func TestTokenCandidates(t *testing.T) {
	a, err := ParseAddress("Mentorship@Example.org")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.ReplyTo("abc"); got != "mentorship+abc@example.org" {
		t.Errorf("ReplyTo = %q", got)
	}
	if got := a.MessageID("abc", "receipt_meeting"); got != "abc.receipt-meeting@example.org" {
		t.Errorf("MessageID = %q", got)
	}
	got := a.TokenCandidates(
		[]string{"Mentorship+TokA@example.org", "someone+x@other.org", "mentorship@example.org"},
		[]string{"<old.checkin@example.org>", "<unrelated@gmail.com>", "<new.receipt@example.org>"})
	want := []string{"toka", "new", "old"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("TokenCandidates = %v, want %v", got, want)
	}
	for _, bad := range []string{"", "noat", "a+b@c", "@x", "x@"} {
		if _, err := ParseAddress(bad); err == nil {
			t.Errorf("ParseAddress(%q) accepted", bad)
		}
	}
}
