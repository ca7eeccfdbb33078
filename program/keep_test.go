package program

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
)

// TestStoredMailDropsAttachments: a reply with a 3 MB attachment is applied in
// full, and what is kept (sealed) is its header and text parts, with the
// attachment's header marked dropped: a few kilobytes, which still reads as the
// same reply.
func TestStoredMailDropsAttachments(t *testing.T) {
	f := newInboundFixture(t)
	pdf := bytes.Repeat([]byte("%PDF-1.7 not really a pdf, just bytes\n"), 3<<20/38)
	enc := base64.StdEncoding.EncodeToString(pdf)
	var att strings.Builder
	for len(enc) > 76 {
		att.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	att.WriteString(enc + "\r\n")
	text := "We met yesterday by video for an hour. Topics: 7\r\n\r\nMy updated CV is attached.\r\n"
	body := "--b1\r\nContent-Type: multipart/alternative; boundary=b2\r\n\r\n" +
		"--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
		"--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>We met yesterday by video for an hour. Topics: 7</p><p>My updated CV is attached.</p>\r\n--b2--\r\n" +
		"--b1\r\nContent-Type: application/pdf; name=\"cv.pdf\"\r\nContent-Disposition: attachment; filename=\"cv.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		att.String() + "--b1--\r\n"
	raw := msg("grace@example.org", f.replyTo("checkin:p1:c1:mentor"), "Re: check-in", "")
	raw = bytes.Replace(raw, []byte("Content-Type: text/plain; charset=utf-8"), []byte("Content-Type: multipart/mixed; boundary=b1"), 1)
	raw = append(raw, body...)
	f.deliver(raw)

	if n := f.countMeetings(store.MeetingQuery{}); n != 1 {
		t.Fatalf("%d meetings logged from the reply, want 1", n)
	}
	in := *must(f.s.LastInbound(store.InboundQuery{}))(t)
	kept, err := f.s.Open(in.RawSealed)
	mustDo(t, err)
	if len(kept) > 8<<10 || in.Size != len(raw) {
		t.Errorf("kept %d bytes of a %d-byte message (size recorded %d); want a few kilobytes", len(kept), len(raw), in.Size)
	}
	for _, want := range []string{"Subject: Re: check-in", "Message-ID: <", "We met yesterday", "<p>We met yesterday",
		`filename="cv.pdf"`, droppedHeader + ": "} {
		if !strings.Contains(kept, want) {
			t.Errorf("the kept message lacks %q:\n%s", want, kept)
		}
	}
	if strings.Contains(kept, "JVBERi0x") { // "%PDF-1" in base64
		t.Error("the attachment's content was kept")
	}
	// What is kept reads as the same reply (reprocessing, export).
	a, err := parser.Parse(raw, parser.Options{})
	mustDo(t, err)
	b, err := parser.Parse([]byte(kept), parser.Options{})
	mustDo(t, err)
	if a.ReplyText != b.ReplyText || b.ReplyText == "" {
		t.Errorf("the kept message reads as %q, the original as %q", b.ReplyText, a.ReplyText)
	}
}

func TestKeptMessageBounds(t *testing.T) {
	plain := []byte("From: a@example.org\r\nSubject: hi\r\n\r\nHello\r\n")
	if got := keptMessage(plain); !bytes.Equal(got, plain) {
		t.Errorf("a plain text message changed: %q", got)
	}
	broken := append([]byte("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n"),
		bytes.Repeat([]byte("no closing boundary "), maxKeptUnparsed/10)...)
	if got := keptMessage(broken); len(got) > maxKeptUnparsed {
		t.Errorf("an unterminated multipart kept %d bytes, want at most %d", len(got), maxKeptUnparsed)
	}
}
