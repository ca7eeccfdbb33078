package program

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"sort"
	"strings"
)

// What is kept of an inbound message once it has been applied (README, Privacy):
// the header as it came, and the text parts (plain and HTML) as they came,
// sealed; every other part keeps its header, so the record says what was
// attached, but loses its content. The parser, reprocessing and an export need
// no more.

// Limits of the walk over a message's parts.
const (
	// maxKeepDepth is how deeply nested multiparts are walked; deeper ones are dropped.
	maxKeepDepth = 8
	// maxKeepParts is how many parts are walked; the rest are dropped.
	maxKeepParts = 200
	// maxKeptUnparsed is how much of a body that does not parse as MIME is kept.
	maxKeptUnparsed = 256 << 10
)

// droppedHeader marks a part whose content was dropped, with its size.
const droppedHeader = "X-Mentormail-Dropped"

// keptMessage returns raw without its attachments' contents.
func keptMessage(raw []byte) []byte {
	parts := 0
	return keepEntity(raw, 0, &parts)
}

// keepEntity is keptMessage for a message nested depth levels down.
func keepEntity(raw []byte, depth int, parts *int) []byte {
	head, body, sep := splitHeader(raw)
	if sep == "" {
		return raw // no body at all
	}
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(append(head[:len(head):len(head)], sep...)))).ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return truncate(raw)
	}
	var out bytes.Buffer
	out.Write(head)
	out.WriteString(sep)
	if err := keepBody(&out, h, body, depth, parts); err != nil {
		return truncate(raw)
	}
	return out.Bytes()
}

// keepBody writes the body of an entity whose header is h.
func keepBody(out *bytes.Buffer, h textproto.MIMEHeader, body []byte, depth int, parts *int) error {
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if h.Get("Content-Type") == "" || err != nil {
		mt = "text/plain" // RFC 2045 section 5.2
	}
	attached := strings.HasPrefix(strings.ToLower(h.Get("Content-Disposition")), "attachment")
	switch {
	case strings.HasPrefix(mt, "multipart/") && params["boundary"] != "" && depth < maxKeepDepth:
		return keepMultipart(out, params["boundary"], body, depth, parts)
	case mt == "message/rfc822" && depth < maxKeepDepth:
		// A forwarded message: its own text is kept, its attachments are not.
		out.Write(keepEntity(body, depth+1, parts))
		return nil
	case (mt == "text/plain" || mt == "text/html") && !attached,
		mt == "message/delivery-status", mt == "text/rfc822-headers":
		out.Write(body)
		return nil
	}
	return nil // dropped: the caller wrote the header
}

// keepMultipart writes a multipart body: each part's header, and its content
// when keepBody keeps it.
func keepMultipart(out *bytes.Buffer, boundary string, body []byte, depth int, parts *int) error {
	r := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		p, err := r.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		*parts++
		content, err := io.ReadAll(p)
		if err != nil {
			return err
		}
		h := p.Header
		var inner bytes.Buffer
		if *parts <= maxKeepParts {
			if err := keepBody(&inner, h, content, depth+1, parts); err != nil {
				return err
			}
		}
		if inner.Len() == 0 && len(content) > 0 {
			h = cloneHeader(h)
			h.Set(droppedHeader, fmt.Sprintf("%d bytes", len(content)))
		}
		out.WriteString("--" + boundary + "\r\n")
		writeMIMEHeader(out, h)
		out.WriteString("\r\n")
		out.Write(inner.Bytes())
		out.WriteString("\r\n")
	}
	out.WriteString("--" + boundary + "--\r\n")
	return nil
}

func cloneHeader(h textproto.MIMEHeader) textproto.MIMEHeader {
	c := make(textproto.MIMEHeader, len(h)+1)
	for k, v := range h {
		c[k] = append([]string(nil), v...)
	}
	return c
}

// writeMIMEHeader writes a part's header, fields in name order.
func writeMIMEHeader(out *bytes.Buffer, h textproto.MIMEHeader) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			out.WriteString(k + ": " + v + "\r\n")
		}
	}
}

// splitHeader splits raw at its first blank line: the header with its last line
// end, the separator ("\r\n" or "\n"), and the body.
func splitHeader(raw []byte) (head []byte, body []byte, sep string) {
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		return raw[:i+2], raw[i+4:], "\r\n"
	}
	if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		return raw[:i+1], raw[i+2:], "\n"
	}
	return raw, nil, ""
}

// truncate keeps the start of a message that does not parse.
func truncate(raw []byte) []byte {
	if len(raw) <= maxKeptUnparsed {
		return raw
	}
	return raw[:maxKeptUnparsed]
}
