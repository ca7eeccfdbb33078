package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// find returns the message of kind among ms, or fails the test.
func find(t *testing.T, ms []*message, kind string) *message {
	t.Helper()
	i := slices.IndexFunc(ms, byKind(kind))
	if i < 0 {
		t.Fatalf("no %s message among:%s", kind, describe(ms))
	}
	return ms[i]
}

// replyAddress is the program's tagged Reply-To address of m, which carries
// m's reply token.
func replyAddress(t *testing.T, m *message) string {
	t.Helper()
	tok := m.replyToken(program)
	if tok == "" {
		t.Fatalf("%s: Reply-To %v has no %s tagged address", m, m.replyTo, program)
	}
	local, d, _ := strings.Cut(program, "@")
	return local + "+" + tok + "@" + d
}

// checkProgramMail checks what every message from the program carries.
func checkProgramMail(t *testing.T, p participant, m *message) {
	t.Helper()
	if m.from != program || m.fromName != "Mentorship Program" {
		t.Errorf("%s: From %q <%s>, want \"Mentorship Program\" <%s>", m, m.fromName, m.from, program)
	}
	if !slices.Equal(m.to, []string{p.addr()}) {
		t.Errorf("%s: To %v, want %s", m, m.to, p.addr())
	}
	if m.autoSubmitted != "auto-generated" {
		t.Errorf("%s: Auto-Submitted %q, want auto-generated", m, m.autoSubmitted)
	}
	if m.mediaType != "multipart/alternative" || strings.TrimSpace(m.text) == "" || strings.TrimSpace(m.html) == "" {
		t.Errorf("%s: %s with text %d bytes and HTML %d bytes, want multipart/alternative with both",
			m, m.mediaType, len(m.text), len(m.html))
	}
	if !strings.HasPrefix(strings.TrimSpace(plain(m.text)), p.greeting()) {
		t.Errorf("%s: text does not start with %q (language %s):\n%s", m, p.greeting(), p.lang, m.text)
	}
	if m.kind() != "introduction" && m.replyToken(program) == "" {
		t.Errorf("%s: Reply-To %v has no tagged program address", m, m.replyTo)
	}
}

// checkIntroduction checks an introduction: Reply-To is the two partners only,
// and it presents the partner in the recipient's language.
func checkIntroduction(t *testing.T, p participant, m *message) {
	t.Helper()
	partner := byUser(p.partner)
	if want := []string{partner.addr()}; !slices.Equal(m.replyTo, want) {
		t.Errorf("%s: Reply-To %v, want the partner alone %v", m, m.replyTo, want)
	}
	if !strings.Contains(m.text, program) || strings.Contains(m.text, `Reply "help"`) || strings.Contains(m.text, "aide\u00a0»") {
		t.Errorf("%s: the introduction should name the program's address and not offer \"help\" by reply:\n%s", m, m.text)
	}
	subject := "Meet " + partner.name + ", your " + partner.role
	if p.lang == "fr" {
		subject = "Voici " + partner.name + ", votre partenaire de mentorat"
	}
	if !strings.HasPrefix(plain(m.subject), subject) {
		t.Errorf("%s: subject %q, want it to start %q", m, m.subject, subject)
	}
	if !strings.Contains(m.text, partner.name) || !strings.Contains(m.html, partner.name) {
		t.Errorf("%s: the text or HTML does not name the partner %s", m, partner.name)
	}
}

// checkDigest checks a mentor's digest.
func checkDigest(t *testing.T, p participant, m *message) {
	t.Helper()
	partner := byUser(p.partner)
	subject := "Your mentoring digest: you and " + partner.first()
	if p.lang == "fr" {
		subject = "Votre bilan de mentorat : " + partner.first() + " et vous"
	}
	if plain(m.subject) != subject {
		t.Errorf("%s: subject %q, want %q", m, m.subject, subject)
	}
}

// plain turns the no-break spaces of French typography ("Sujets\u00a0:") into
// spaces, so the checks can be written with plain ones.
func plain(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

var frenchMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// frenchDay writes t's day and month as French mail does: "23 octobre", "1er mai".
func frenchDay(t time.Time) string {
	d := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + frenchMonths[t.Month()-1]
}

// quote quotes text as a mail client does when replying.
func quote(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString("> " + strings.TrimRight(l, "\r") + "\n")
	}
	return b.String()
}
