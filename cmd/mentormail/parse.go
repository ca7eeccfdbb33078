package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mentormail/mentormail/parser"
)

// defaultTZ is the program's time zone when --tz is not given.
const defaultTZ = "America/Toronto"

// maxParseInput bounds what `parse` reads, like the inbound size limit.
const maxParseInput = 10 << 20

func init() {
	register("parse", "show what the parser understands in one message", runParse)
}

// promptKinds are the values of --prompt: the program emails a reply may answer.
var promptKinds = []string{parser.PromptGoals, parser.PromptCheckin, parser.PromptMidsession, parser.PromptWrapup,
	parser.PromptNudge, parser.PromptIntroduction, parser.PromptDigest, parser.PromptConfidentiality,
	parser.PromptConfirm, parser.PromptConsent, parser.PromptReceipt}

// runParse is `mentormail parse [--json] [--text-body] [--at RFC3339] [--tz ZONE] [--prompt KIND] FILE|-`.
func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parse", "[--json] [--text-body] [--at RFC3339] [--tz ZONE] [--prompt KIND] FILE|-",
		"Shows what the parser understands in one message, without a database. With --prompt, a\n"+
			"short answer means what that email asked (\"4\" under the wrap-up survey is a rating,\n"+
			"\"yes\" under a confirmation confirms), as serve reads it.", stderr)
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	textBody := fs.Bool("text-body", false, "read a bare text body instead of a whole message")
	at := fs.String("at", "", "reference time (RFC 3339) when the message has no Date")
	tz := fs.String("tz", defaultTZ, "the sender's time zone")
	prompt := fs.String("prompt", "", "the program email the reply answers, as serve knows it from the reply's token: "+strings.Join(promptKinds, ", "))
	if helpAsked(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	if err := parseQuiet(fs, args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "mentormail parse: want exactly one FILE (or - for standard input)")
		return 2
	}
	if *prompt != "" && !slices.Contains(promptKinds, *prompt) {
		fmt.Fprintf(stderr, "mentormail parse: unknown --prompt %q; want one of %s\n", *prompt, strings.Join(promptKinds, ", "))
		return 2
	}
	opts := parser.Options{TextBody: *textBody, Prompt: *prompt}
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		fmt.Fprintf(stderr, "mentormail parse: bad --tz %q: %v\n", *tz, err)
		return 2
	}
	opts.TZ = loc
	if *at != "" {
		if opts.At, err = time.Parse(time.RFC3339, *at); err != nil {
			fmt.Fprintf(stderr, "mentormail parse: bad --at %q: want RFC 3339, like 2024-11-12T10:00:00-05:00\n", *at)
			return 2
		}
	}
	raw, err := readInput(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "mentormail parse: %v\n", err)
		return 1
	}
	r, err := parser.Parse(raw, opts)
	if err != nil {
		fmt.Fprintf(stderr, "mentormail parse: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(stderr, "mentormail parse: %v\n", err)
			return 1
		}
		return 0
	}
	describe(stdout, r)
	return 0
}

// readInput reads FILE, or standard input for "-", up to maxParseInput bytes.
func readInput(name string) ([]byte, error) {
	var f io.Reader = os.Stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer file.Close()
		f = file
	}
	raw, err := io.ReadAll(io.LimitReader(f, maxParseInput+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(raw) > maxParseInput {
		return nil, fmt.Errorf("%s is larger than %d bytes", name, maxParseInput)
	}
	return raw, nil
}

// describe prints a short human-readable account of a parsed reply.
func describe(w io.Writer, r *parser.Reply) {
	e := r.Envelope
	fmt.Fprintf(w, "class:     %s\n", r.Class)
	if e.From != "" {
		fmt.Fprintf(w, "from:      %s\n", e.From)
	}
	if e.Subject != "" {
		fmt.Fprintf(w, "subject:   %s\n", e.Subject)
	}
	if b := r.Bounce; b != nil {
		fmt.Fprintf(w, "bounce:    %s status %s permanent=%v\n", b.Recipient, b.Status, b.Permanent)
	}
	lang := r.Language
	if lang == "" {
		lang = "(unknown)"
	}
	fmt.Fprintf(w, "language:  %s\n", lang)
	fmt.Fprintf(w, "reply:     %s\n", excerpt(r.ReplyText, 300))
	if r.Forwarded != "" {
		fmt.Fprintf(w, "forwarded: %s\n", excerpt(r.Forwarded, 120))
	}
	meetings := r.Meetings
	if len(meetings) == 0 && r.Meeting != nil {
		meetings = []parser.Meeting{*r.Meeting}
	}
	for _, m := range meetings {
		fmt.Fprintf(w, "meeting:   date %s, %s, %s\n", orNone(string(m.Date)), minutes(int(m.Minutes)), orNone(string(m.Mode)))
		for _, t := range m.Topics {
			fmt.Fprintf(w, "  topic:   %s (%s)\n", t.Label, t.Key)
		}
		if m.NextMeeting != "" {
			fmt.Fprintf(w, "  next:    %s\n", m.NextMeeting)
		}
		if m.Notes != "" {
			fmt.Fprintf(w, "  notes:   %s\n", excerpt(m.Notes, 120))
		}
	}
	if len(meetings) == 0 {
		fmt.Fprintln(w, "meeting:   none")
	}
	for _, g := range r.Goals {
		fmt.Fprintf(w, "goal:      ref %s %q horizon %s status %s %s\n", orNone(g.Ref), g.Title, orNone(g.Horizon), orNone(g.Status), g.Note)
	}
	for _, c := range r.Commands {
		s := c.Name
		if c.Until != "" {
			s += " until " + string(c.Until)
		}
		if c.Value != nil {
			s += fmt.Sprintf(" %d", *c.Value)
		}
		fmt.Fprintf(w, "command:   %s\n", s)
	}
	if r.Question != nil {
		fmt.Fprintf(w, "question:  %s\n", excerpt(*r.Question, 200))
	}
	if r.Concern {
		fmt.Fprintln(w, "concern:   the sender asks for help with their pairing")
	}
	if r.MaybeQuestion != nil {
		fmt.Fprintf(w, "asks:      %s (perhaps for the committee: its writer is asked)\n", excerpt(*r.MaybeQuestion, 200))
	}
	if r.ReturnDate != "" {
		fmt.Fprintf(w, "back on:   %s\n", r.ReturnDate)
	}
	for i, warn := range r.Warnings {
		code := ""
		if i < len(r.Notices) {
			code = " [" + r.Notices[i].Code + "]"
		}
		fmt.Fprintf(w, "warning:   %s%s\n", warn, code)
	}
}

// excerpt shows text on one line, cut to about n runes.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(empty)"
	}
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func minutes(m int) string {
	if m == 0 {
		return "length -"
	}
	return fmt.Sprintf("%d min", m)
}
