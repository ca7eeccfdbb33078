package mailer

import (
	"strings"
	"testing"
)

func TestNormalizeMessageID(t *testing.T) {
	for in, want := range map[string]string{
		"<a@b.example>":                    "a@b.example",
		"  <a@b.example>  ":                "a@b.example",
		"<a@b.example> (added by gateway)": "a@b.example",
		"a@b.example (comment)":            "a@b.example",
		"<noatsign-caseF>":                 "",
		"<@b.example>":                     "",
		"<a@>":                             "",
		"<a b@c>":                          "",
		"<a@b@c>":                          "",
		"<a@b":                             "",
		"":                                 "",
		"<" + strings.Repeat("x", maxMessageIDLen) + "@b>": "",
	} {
		if got := NormalizeMessageID(in); got != want {
			t.Errorf("NormalizeMessageID(%q) = %q, want %q", in, got, want)
		}
	}
}
