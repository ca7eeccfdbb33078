package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"unicode"

	"github.com/jhillyerd/enmime/v2"
	"github.com/jhillyerd/enmime/v2/mediatype"
)

// The limits of what Parse reads. A message past a structural limit is
// unreadable (Parse's error wraps ErrUnreadable) and is never handed to enmime;
// text past a size limit is cut and the rest not read (see NoticeTruncated).
//
// Why a pre-scan: enmime v2.3.0 reads nested multiparts through one boundary
// reader per level, each wrapping its parent's; when inner levels are left
// unclosed, every read at their end is repeated at each level, so the time
// doubles with each level of nesting (depth 18 takes 0.16 s, 25 about 35 s, 40
// never ends). scanMIME walks the raw message once, the way those boundary
// readers will split it, and counts what would be nested before enmime runs.
const (
	// maxMessageBytes bounds the raw message. The inbox fetches at most 10 MiB
	// by default (mailer.DefaultMaxSize); this is the parser's own ceiling, well
	// above it, for `mentormail parse` and a raised MaxSize.
	maxMessageBytes = 64 << 20

	// maxMIMEDepth bounds the multipart nesting (the top-level multipart counts
	// one). Postfix's mime_nesting_limit and Dovecot's
	// mail_max_nested_mime_parts are 100, but their parsers are linear; enmime's
	// cost doubles with each unclosed level, and 12 levels cost a few
	// milliseconds at worst. Real replies nest 2 to 4 levels (mixed, alternative,
	// related).
	maxMIMEDepth = 12

	// maxMIMEParts bounds the number of MIME parts, all levels together. A reply
	// with its text, HTML and a few pictures has under 20; Dovecot stops at 10000
	// parts for a whole mailbox server, a reply service needs far fewer.
	maxMIMEParts = 200

	// maxBoundaries bounds the distinct multipart boundaries declared.
	maxBoundaries = 50

	// maxBoundaryBytes bounds one boundary string. RFC 2046 §5.1.1 allows 70
	// characters; Dovecot accepts 80. enmime peeks at most 4096 bytes for one.
	maxBoundaryBytes = 200

	// maxHeaderBytes bounds one header block: the message's, or a part's.
	// Postfix's header_size_limit is 102400 bytes.
	maxHeaderBytes = 102400

	// maxHeaderLineBytes bounds one physical line of a header block. Exim's MIME
	// parser takes lines of up to 32 KiB; RFC 5322 §2.1.1 asks for 998.
	maxHeaderLineBytes = 32 << 10

	// maxTextBytes bounds the body text (plain, or HTML once rendered) that the
	// reply splitter reads: the reply a person writes is never this long, and
	// its quoted history below need not be read to its end. The extractors then
	// read at most maxReadBytes of the reply.
	maxTextBytes = 256 << 10

	// maxPartTextBytes bounds the decoded text taken from text/plain parts, all
	// together, before it is cleaned and cut to maxTextBytes: twice that, for
	// the line ends and white space cleaning removes.
	maxPartTextBytes = 2 * maxTextBytes

	// maxHTMLBytes bounds the HTML read when a reply has no text part: Outlook's
	// markup around a reply and its quoted thread stays well under it.
	maxHTMLBytes = 2 << 20

	// maxGuessBytes bounds the message whose text is read again, with its
	// charset guessed, when it does not decode as declared: the guess reads the
	// whole message twice more, and enmime's detection is slow on large parts.
	maxGuessBytes = 4 << 20

	// maxDecodedBytes bounds the content enmime decodes, all parts together.
	// Transfer decoding only shrinks (base64, quoted-printable) and a charset
	// conversion to UTF-8 at most triples, so a message within maxMessageBytes
	// stays within it; the check keeps that true by construction.
	maxDecodedBytes = 3 * maxMessageBytes
)

// mimeLevel is one open multipart, as enmime's boundary reader for it sees the
// lines: its delimiter prefix ("--" and the boundary) and whether a part of it
// has begun (before that, its preamble is searched for a first delimiter).
type mimeLevel struct {
	dash, final []byte
	inPart      bool
}

// mimeScan is the state of scanMIME.
type mimeScan struct {
	stack      []mimeLevel
	parts      int
	boundaries map[string]bool
	// header collects a part's header block while one is being read.
	header   []byte
	inHeader bool
	// depth is the deepest nesting seen.
	depth int
}

// scanMIME checks the structure of a raw message against the limits above, in
// one pass over its lines, before enmime reads it. It follows enmime's rules:
// a part's header ends at its first empty line and is read by enmime's own
// header and media type parsers; a part whose Content-Type has a boundary
// parameter and is neither text/plain nor text/html is a multipart; a line
// starting with an open multipart's "--boundary" and then white space or "--"
// ends the current part of the outermost such multipart (and every level
// inside it); before its first part, a multipart's preamble line counts as a
// delimiter when the boundary appears anywhere in it. The error wraps
// ErrUnreadable.
func scanMIME(raw []byte) error {
	_, err := scanMIMEDepth(raw)
	return err
}

// scanMIMEDepth is scanMIME, and also returns the deepest nesting it counted.
func scanMIMEDepth(raw []byte) (int, error) {
	if len(raw) > maxMessageBytes {
		return 0, unreadable("%d bytes is over the limit of %d", len(raw), maxMessageBytes)
	}
	s := &mimeScan{boundaries: map[string]bool{}}
	// The message's own header block.
	end, err := headerEnd(raw)
	if err != nil {
		return 0, err
	}
	boundary, multi := contentBoundary(raw[:end], true)
	if !multi {
		return 0, nil
	}
	if err := s.push(boundary); err != nil {
		return 0, err
	}
	rest := raw[end:]
	for len(rest) > 0 && len(s.stack) > 0 {
		line := rest
		nl := bytes.IndexByte(rest, '\n')
		if nl >= 0 {
			line, rest = rest[:nl+1], rest[nl+1:]
		} else {
			rest = nil
		}
		if err := s.line(line, nl >= 0); err != nil {
			return 0, err
		}
	}
	if s.inHeader && len(s.stack) > 0 {
		// enmime reads a header cut short by the end as it is.
		if err := s.endHeader(); err != nil {
			return 0, err
		}
	}
	return s.depth, nil
}

// unreadable is an error wrapping ErrUnreadable.
func unreadable(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnreadable, fmt.Sprintf(format, args...))
}

// headerEnd returns where the header block at the start of b ends (after its
// empty line, or at the end of b), within the header limits.
func headerEnd(b []byte) (int, error) {
	i := 0
	for i < len(b) {
		nl := bytes.IndexByte(b[i:], '\n')
		next := len(b)
		if nl >= 0 {
			next = i + nl + 1
		}
		line := b[i:next]
		if len(line) > maxHeaderLineBytes {
			return 0, unreadable("a header line of %d bytes is over the limit of %d", len(line), maxHeaderLineBytes)
		}
		if next > maxHeaderBytes {
			return 0, unreadable("a header block is over the limit of %d bytes", maxHeaderBytes)
		}
		i = next
		if isBlankLine(line) {
			break
		}
	}
	return i, nil
}

// isBlankLine reports a line that ends a header block: empty once its line
// end ("\n" or "\r\n") is taken off.
func isBlankLine(line []byte) bool {
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	return len(line) == 0
}

// contentBoundary reads a header block as enmime does and returns the boundary
// of its Content-Type and whether enmime will read the part as a multipart: the
// message itself when its type is multipart/*, a part when it has a boundary
// and is not text/plain or text/html.
func contentBoundary(block []byte, root bool) (string, bool) {
	h, err := enmime.ReadHeader(bufio.NewReader(bytes.NewReader(block)), discardErrors{})
	if err != nil && h == nil {
		return "", false
	}
	ctype := h.Get("Content-Type")
	if ctype == "" {
		return "", false
	}
	mtype, params, _, err := mediatype.Parse(ctype)
	if err != nil {
		return "", false
	}
	b := params["boundary"]
	if root {
		return b, len(mtype) >= len("multipart/") && mtype[:len("multipart/")] == "multipart/"
	}
	return b, b != "" && mtype != "text/plain" && mtype != "text/html"
}

// discardErrors is an enmime.ErrorCollector that keeps nothing: the scan only
// needs the structure.
type discardErrors struct{}

func (discardErrors) AddError(string, string, ...any)   {}
func (discardErrors) AddWarning(string, string, ...any) {}

// push opens a multipart level.
func (s *mimeScan) push(boundary string) error {
	if len(boundary) > maxBoundaryBytes {
		return unreadable("a boundary of %d bytes is over the limit of %d", len(boundary), maxBoundaryBytes)
	}
	if len(s.stack) >= maxMIMEDepth {
		return unreadable("multiparts nested deeper than %d levels", maxMIMEDepth)
	}
	if !s.boundaries[boundary] {
		if len(s.boundaries) >= maxBoundaries {
			return unreadable("more than %d multipart boundaries", maxBoundaries)
		}
		s.boundaries[boundary] = true
	}
	s.stack = append(s.stack, mimeLevel{dash: []byte("--" + boundary), final: []byte("--" + boundary + "--")})
	s.depth = max(s.depth, len(s.stack))
	return nil
}

// line reads one line of a multipart body; full says it ends with "\n".
func (s *mimeScan) line(line []byte, full bool) error {
	// The outermost level whose part this line ends: enmime's readers are
	// nested, so the outer ones see each line first.
	for i, l := range s.stack {
		if !l.inPart || !startsBoundary(line, l.dash) {
			continue
		}
		if s.inHeader {
			// A header cut short by a boundary: enmime reads it as it is, and
			// a multipart it declares is opened, empty, before it closes.
			if err := s.endHeader(); err != nil {
				return err
			}
		}
		s.stack = s.stack[:i+1]
		return s.boundaryLine(line, full)
	}
	top := &s.stack[len(s.stack)-1]
	if !top.inPart {
		// The preamble: enmime's Next skips blank lines and takes the first
		// line that holds the boundary.
		if len(line) > 0 && (line[0] == '\r' || line[0] == '\n') {
			return nil
		}
		return s.boundaryLine(line, full)
	}
	if !s.inHeader {
		return nil // a part's content, or an epilogue
	}
	if len(line) > maxHeaderLineBytes {
		return unreadable("a header line of %d bytes is over the limit of %d", len(line), maxHeaderLineBytes)
	}
	if len(s.header)+len(line) > maxHeaderBytes {
		return unreadable("a part's header block is over the limit of %d bytes", maxHeaderBytes)
	}
	s.header = append(s.header, line...)
	if !isBlankLine(line) && full {
		return nil
	}
	return s.endHeader()
}

// endHeader reads the part header collected and opens the multipart it
// declares, if any.
func (s *mimeScan) endHeader() error {
	s.inHeader = false
	if boundary, multi := contentBoundary(s.header, false); multi {
		return s.push(boundary)
	}
	return nil
}

// boundaryLine is a line that enmime's Next reads for the innermost level:
// its terminator closes the level, its delimiter starts a part.
func (s *mimeScan) boundaryLine(line []byte, full bool) error {
	top := &s.stack[len(s.stack)-1]
	switch {
	case bytes.Contains(line, top.final):
		s.stack = s.stack[:len(s.stack)-1]
		// What follows is the closed level's epilogue, part of its parent's
		// current part.
	case full && isDelimiter(line, top.dash):
		top.inPart = true
		s.parts++
		if s.parts > maxMIMEParts {
			return unreadable("more than %d MIME parts", maxMIMEParts)
		}
		s.inHeader, s.header = true, s.header[:0]
	}
	return nil
}

// startsBoundary reports a line that enmime's boundary reader stops at: it
// starts with dash ("--boundary") followed by white space or "--".
func startsBoundary(line, dash []byte) bool {
	if !bytes.HasPrefix(line, dash) {
		return false
	}
	rest := line[len(dash):]
	return len(rest) > 0 && (unicode.IsSpace(rune(rest[0])) || bytes.HasPrefix(rest, []byte("--")))
}

// isDelimiter is enmime's test on a whole line: the first occurrence of dash is
// followed by white space.
func isDelimiter(line, dash []byte) bool {
	i := bytes.Index(line, dash)
	if i < 0 {
		return false
	}
	rest := line[i+len(dash):]
	return len(rest) > 0 && unicode.IsSpace(rune(rest[0]))
}

// checkTree checks enmime's tree against the limits: the structure scanMIME
// let through (the tree cannot be deeper than what scanMIME counted unless the
// two disagree on a boundary) and the decoded size.
func checkTree(root *enmime.Part) error {
	depth, parts, size := treeShape(root)
	switch {
	case depth > maxMIMEDepth:
		return unreadable("parts nested %d deep, over the limit of %d", depth, maxMIMEDepth)
	case parts > maxMIMEParts:
		return unreadable("%d MIME parts, over the limit of %d", parts, maxMIMEParts)
	case size > maxDecodedBytes:
		return unreadable("%d bytes decoded, over the limit of %d", size, maxDecodedBytes)
	}
	return nil
}

// treeShape returns the depth (the root is 0), the number of parts and the
// decoded size of an enmime tree.
func treeShape(root *enmime.Part) (depth, parts, size int) {
	type item struct {
		p *enmime.Part
		d int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth = max(depth, it.d)
		size += len(it.p.Content)
		for c := it.p.FirstChild; c != nil; c = c.NextSibling {
			parts++
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return depth, parts, size
}
