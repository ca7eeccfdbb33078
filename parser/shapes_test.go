package parser

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
)

// The shapes of hostile or merely large messages, built at any size, for the
// limit tests, the fuzz seeds and the linearity benchmark.

// nestedMessage is a multipart/mixed message whose parts nest levels deep
// (the top-level multipart is level 1), with a text part at the bottom. When
// closed is false, no multipart is ever closed: enmime's boundary readers then
// take time doubling with each level.
func nestedMessage(levels int, closed bool) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nTo: b@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i-1, i)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe met for 45 minutes.\r\n", levels-1)
	if closed {
		for i := levels - 1; i >= 0; i-- {
			fmt.Fprintf(&b, "--b%d--\r\n", i)
		}
	}
	return b.Bytes()
}

// longLineMessage is a text message whose body is one line of about n bytes,
// dense with lengths, times and ranges for the length finder.
func longLineMessage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nSubject: long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	for b.Len() < n {
		b.WriteString("we met 45 min in 2 h at 10:30 from 2 to 3 pm ")
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// base64Message is a text message whose body, base64-encoded in 76-byte lines,
// is about n bytes on the wire: a reply line repeated.
func base64Message(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := "We met on Tuesday for 45 minutes and talked about my goals.\n"
	text := strings.Repeat(line, n*3/4/len(line)+1)
	enc := base64.StdEncoding.EncodeToString([]byte(text))
	for i := 0; i < len(enc); i += 76 {
		b.WriteString(enc[i:min(i+76, len(enc))])
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// divBombMessage is an HTML message of about n bytes: a word, then <div>
// elements opened and never closed.
func divBombMessage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nSubject: html\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>We met for 45 minutes.</p>")
	for b.Len() < n {
		b.WriteString("<div>")
	}
	return b.Bytes()
}

// partsMessage is a multipart/mixed message with n text parts.
func partsMessage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nSubject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "--p\r\nContent-Type: text/plain\r\n\r\npart %d\r\n", i)
	}
	b.WriteString("--p--\r\n")
	return b.Bytes()
}

// boundariesMessage is a multipart/mixed message whose parts are n-1
// multiparts side by side, each with its own boundary and one text part: n
// distinct boundaries in all.
func boundariesMessage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.org\r\nSubject: boundaries\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"top\"\r\n\r\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "--top\r\nContent-Type: multipart/alternative; boundary=\"alt%d\"\r\n\r\n--alt%d\r\nContent-Type: text/plain\r\n\r\npart %d\r\n--alt%d--\r\n", i, i, i, i)
	}
	b.WriteString("--top--\r\n")
	return b.Bytes()
}

// boundaryLengthMessage is a multipart message whose boundary is n bytes long.
func boundaryLengthMessage(n int) []byte {
	bd := strings.Repeat("x", n)
	return []byte("From: a@example.org\r\nSubject: boundary\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + bd +
		"\"\r\n\r\n--" + bd + "\r\nContent-Type: text/plain\r\n\r\nWe met.\r\n--" + bd + "--\r\n")
}

// headerBlockMessage is a text message whose header block (its blank line
// included) is exactly n bytes, in lines of at most 1000 bytes; part says the
// block is a MIME part's, not the message's.
func headerBlockMessage(n int, part bool) []byte {
	var b bytes.Buffer
	head := "From: a@example.org\r\nSubject: headers\r\nContent-Type: text/plain\r\n"
	if part {
		b.WriteString("From: a@example.org\r\nSubject: headers\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"h\"\r\n\r\n--h\r\n")
		head = "Content-Type: text/plain\r\n"
	}
	start := b.Len()
	b.WriteString(head)
	pad := func(l int) { b.WriteString("X-Pad: " + strings.Repeat("p", l-len("X-Pad: \r\n")) + "\r\n") }
	left := n - len(head) - 2
	for ; left > 2000; left -= 1000 {
		pad(1000)
	}
	if left > 1000 {
		pad(left / 2)
		left -= left / 2
	}
	pad(left)
	b.WriteString("\r\n")
	if got := b.Len() - start; got != n {
		panic(fmt.Sprintf("header block of %d bytes, want %d", got, n))
	}
	b.WriteString("We met for 45 minutes.\r\n")
	if part {
		b.WriteString("--h--\r\n")
	}
	return b.Bytes()
}

// headerLineMessage is a text message with one header line of exactly n
// bytes, its CRLF included.
func headerLineMessage(n int) []byte {
	return []byte("From: a@example.org\r\nX-Long: " + strings.Repeat("l", n-len("X-Long: \r\n")) +
		"\r\nContent-Type: text/plain\r\n\r\nWe met for 45 minutes.\r\n")
}
