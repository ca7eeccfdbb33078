package replytext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// HTML-only replies are turned into text with the quoting made explicit: text in
// a <blockquote> comes out as "> " lines, and where a client marks the start of
// the quoted message with an element (Outlook's divRplyFwdMsg, Outlook for Mac's
// OLK_SRC_BODY_SECTION, new Outlook's reference container) a cutMarker line is
// written. The text is then read like any plain-text body. The tokenizer streams,
// so deep nesting costs no recursion and the whole pass is linear.

// openElem is an element on the stack of open elements.
type openElem struct {
	tag                atom.Atom
	name               string
	quote, hidden, pre bool
	bq                 bool // a blockquote, counted for lastQuote
	// gap says the element is a paragraph with a margin under it, shown as a
	// blank line before the next text.
	gap bool
	// mark is the output length when the element opened, to tell empty paragraphs.
	mark int
}

// htmlRenderer writes text lines from an HTML token stream.
type htmlRenderer struct {
	b          strings.Builder
	line       strings.Builder
	lineQuoted bool
	stack      []openElem
	open       map[string]int // open element names, to ignore stray end tags fast
	// overflow counts the elements opened past MaxHTMLDepth: they are not kept,
	// and the next end tags close them first.
	overflow int
	quote    int // blockquote depth
	hidden   int // depth of elements whose text is not shown
	pre      int
	space    bool // a space is pending before the next word
	// gap is a blank line pending before the next text, after a paragraph;
	// blank and quoted say what the last line written was.
	gap, blank, quoted bool
	// lastQuote is the number of the last top-level <blockquote>; quotes counts
	// the top-level ones seen so far.
	lastQuote, quotes int
	bqDepth           int
}

// lastBlockquote counts the top-level <blockquote> elements of a document and
// returns the number of the last one (1-based, 0 when there is none). The last
// one is taken as the quoted message, even without type="cite"; earlier ones
// are indentation. It is a first, cheap pass of the tokenizer.
func lastBlockquote(s string) int {
	z := html.NewTokenizer(strings.NewReader(s))
	depth, n := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "blockquote" {
				if depth == 0 {
					n++
				}
				depth++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "blockquote" && depth > 0 {
				depth--
			}
		}
	}
}

// FromHTML renders an HTML document as text lines, for Split: a cited or last
// top-level blockquote as "> " lines, the element where a client starts the
// quoted message (Outlook's divRplyFwdMsg...) as a cut marker, hidden text and
// client signature blocks dropped.
func FromHTML(s string) string {
	r := &htmlRenderer{open: map[string]int{}, lastQuote: lastBlockquote(s)}
	z := html.NewTokenizer(strings.NewReader(s))
	z.SetMaxBuf(0)
	attrs := map[string]string{} // one map for every tag: start does not keep it
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.endLine()
			return r.b.String()
		case html.TextToken:
			if r.hidden == 0 {
				r.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			clear(attrs)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if len(attrs) < 16 {
					attrs[string(k)] = string(v)
				}
			}
			r.start(string(name), attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		}
	}
}

// blockTags break lines before and after them.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Tr: true, atom.Table: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Center: true, atom.Address: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Body: true, atom.Html: true, atom.Tbody: true, atom.Form: true,
}

// voidTags have no end tag.
var voidTags = map[atom.Atom]bool{
	atom.Br: true, atom.Hr: true, atom.Img: true, atom.Meta: true, atom.Link: true, atom.Input: true,
	atom.Wbr: true, atom.Col: true, atom.Area: true, atom.Base: true, atom.Source: true, atom.Embed: true,
	atom.Param: true, atom.Track: true,
}

// hiddenTags hold no visible text.
var hiddenTags = map[atom.Atom]bool{
	atom.Head: true, atom.Style: true, atom.Script: true, atom.Title: true, atom.Template: true,
	atom.Noscript: false, atom.Object: true, atom.Svg: true, atom.Math: true,
}

// cutIDs are the ids and classes clients put on the element that starts the
// quoted message.
func isCutElement(attrs map[string]string) bool {
	id := strings.ToLower(attrs["id"])
	switch {
	case strings.HasPrefix(id, "divrplyfwdmsg"), strings.HasPrefix(id, "x_divrplyfwdmsg"),
		id == "olk_src_body_section", id == "mail-editor-reference-message-container",
		strings.HasSuffix(id, "_divrplyfwdmsg"):
		return true
	}
	return false
}

// isQuoteElement reports elements whose content is quoted history.
func isQuoteElement(tag atom.Atom, attrs map[string]string) bool {
	// A cited blockquote (Apple Mail, Thunderbird) is quoted for sure; the last
	// top-level one is too (see lastBlockquote); others are quoted history when an
	// attribution comes before or inside them, which the text pass sees.
	return tag == atom.Blockquote && strings.EqualFold(strings.TrimSpace(attrs["type"]), "cite")
}

// isDropElement reports elements whose content is not part of the reply at all:
// hidden text and client signature blocks.
func isDropElement(tag atom.Atom, attrs map[string]string) bool {
	if hiddenTags[tag] {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	class := " " + strings.ToLower(attrs["class"]) + " "
	return strings.Contains(class, " gmail_signature ") || strings.Contains(class, " moz-signature ")
}

func (r *htmlRenderer) start(name string, attrs map[string]string, selfClosing bool) {
	tag := atom.Lookup([]byte(name))
	if r.hidden > 0 {
		if !voidTags[tag] && !selfClosing {
			r.push(openElem{tag: tag, name: name, hidden: true})
		}
		return
	}
	switch tag {
	case atom.Br:
		if r.line.Len() == 0 {
			r.writeLine("")
		}
		r.endLine()
		return
	case atom.Hr:
		r.endLine()
		r.writeLine("________________________________")
		return
	case atom.Td, atom.Th:
		r.space = true
	}
	if isCutElement(attrs) {
		r.endLine()
		r.writeLine(cutMarker)
	}
	if blockTags[tag] {
		r.endLine()
	}
	if voidTags[tag] || selfClosing {
		return
	}
	e := openElem{tag: tag, name: name}
	e.hidden = isDropElement(tag, attrs)
	e.quote = isQuoteElement(tag, attrs)
	if tag == atom.Blockquote {
		if r.bqDepth == 0 {
			r.quotes++
			e.quote = e.quote || r.quotes == r.lastQuote
		}
		r.bqDepth++
		e.bq = true
	}
	e.pre = tag == atom.Pre
	e.gap = tag == atom.P && hasMargin(attrs)
	e.mark = r.b.Len() + r.line.Len()
	r.push(e)
}

func (r *htmlRenderer) push(e openElem) {
	if len(r.stack) >= MaxHTMLDepth {
		r.overflow++ // a nesting no reply has: its text is still shown
		if e.bq {
			r.bqDepth--
		}
		return
	}
	r.stack = append(r.stack, e)
	r.open[e.name]++
	if e.hidden {
		r.hidden++
	}
	if e.quote {
		if r.quote == 0 {
			r.endLine()
		}
		r.quote++
	}
	if e.pre {
		r.pre++
	}
}

func (r *htmlRenderer) end(name string) {
	if r.overflow > 0 {
		r.overflow--
		return
	}
	if r.open[name] == 0 {
		return // a stray end tag
	}
	for len(r.stack) > 0 {
		e := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		r.open[e.name]--
		if e.hidden {
			r.hidden--
		}
		if e.pre {
			r.pre--
		}
		if e.bq {
			r.bqDepth--
		}
		if blockTags[e.tag] && r.hidden == 0 {
			if e.tag == atom.P && r.b.Len()+r.line.Len() == e.mark {
				r.writeLine("") // an empty paragraph is a blank line
			}
			r.endLine()
			if e.gap && r.b.Len() > e.mark {
				r.gap = true
			}
		}
		if e.quote {
			r.endLine()
			r.quote--
		}
		if e.name == name {
			return
		}
	}
}

// text writes a text node: white space runs fold to one space outside <pre>.
func (r *htmlRenderer) text(s string) {
	if r.pre > 0 {
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				r.endLine()
			}
			r.word(part)
		}
		return
	}
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		r.space = true
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		if i > 0 {
			r.space = true
		}
		r.word(f)
	}
	if len(fields) > 0 && isSpace(s[len(s)-1]) {
		r.space = true
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

func (r *htmlRenderer) word(w string) {
	if r.line.Len() == 0 {
		if r.gap && r.b.Len() > 0 && !r.blank {
			// A paragraph's margin; inside a quote it stays quoted.
			if r.quote > 0 && r.quoted {
				r.b.WriteString(">\n")
			} else {
				r.b.WriteString("\n")
			}
			r.blank = true
		}
		r.gap = false
		r.lineQuoted = r.quote > 0
		r.space = false
	} else if r.space {
		r.line.WriteByte(' ')
	}
	r.space = false
	r.line.WriteString(w)
}

// endLine finishes the current line, if any.
func (r *htmlRenderer) endLine() {
	r.space = false
	if r.line.Len() == 0 {
		return
	}
	if r.lineQuoted {
		r.b.WriteString("> ")
	}
	r.b.WriteString(r.line.String())
	r.b.WriteByte('\n')
	r.line.Reset()
	r.blank, r.quoted = false, r.lineQuoted
}

func (r *htmlRenderer) writeLine(s string) {
	if r.quote > 0 && s != "" {
		r.b.WriteString("> ")
	}
	r.b.WriteString(s)
	r.b.WriteByte('\n')
	r.blank, r.quoted = s == "", r.quote > 0
}

// hasMargin reports a paragraph shown with a margin under it: not Outlook's
// MsoNormal nor one styled with no bottom margin, which clients use for lines.
func hasMargin(attrs map[string]string) bool {
	if strings.Contains(strings.ToLower(attrs["class"]), "msonormal") {
		return false
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	return !strings.Contains(style, "margin-bottom:0") && !zeroMarginRE.MatchString(style)
}

// zeroMarginRE is a "margin" shorthand of zero all round.
var zeroMarginRE = regexp.MustCompile(`(^|;)margin:0(px|pt|cm|in|em)?(;|$)`)
