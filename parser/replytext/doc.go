// Package replytext finds what a person wrote in a reply's body: it cuts the
// quoted history, attribution lines, signatures, land acknowledgements, legal
// disclaimers and client footers, and keeps a forwarded message apart.
//
// It is the parser's first concern (package parser runs it, then classifies the
// message, then reads what the text says); it knows nothing of MIME, headers or
// the program. Its API:
//
//   - Split reads a plain-text body and returns a Reply;
//   - FromHTML renders an HTML body as text lines for Split, quotes marked;
//   - Unflow undoes format=flowed (RFC 3676) before Split;
//   - IsRule reports a line of punctuation only.
//
// Every pass is linear in the size of its input: line by line, with RE2
// patterns over one line or a window of at most splitWindow lines, and an HTML
// stack bounded by MaxHTMLDepth.
package replytext

// MaxHTMLDepth bounds the stack of open HTML elements FromHTML keeps;
// elements opened deeper are counted, not kept.
const MaxHTMLDepth = 256
