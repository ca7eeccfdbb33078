package main

import (
	"flag"
	"fmt"
	"io"
	netmail "net/mail"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/invite"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/templates"
)

func init() {
	register("preview", "render an email kind with built-in sample data", runPreview)
}

// runPreview implements `mentormail preview KIND [--lang en|fr] [--html]`.
func runPreview(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("preview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "en", "language: en or fr")
	html := fs.Bool("html", false, "print the HTML alternative instead of the text")
	raw := fs.Bool("raw", false, "print the whole message as it would be sent (RFC 5322), with a fixed Date and Message-ID")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: mentormail preview KIND [--lang en|fr] [--html | --raw]")
		fmt.Fprintln(fs.Output(), "\nRenders KIND with built-in sample data: the subject, then the text (or HTML).")
		fs.PrintDefaults()
		listKinds(fs.Output())
	}
	// Accept the kind before or after the flags.
	var kind string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		kind, args = args[0], args[1:]
	}
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
	}
	// Flags may come before and after the kind: parse, take the kind, parse the rest.
	var extra []string
	for {
		if err := parseQuiet(fs, args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		if kind == "" {
			kind = fs.Arg(0)
		} else {
			extra = append(extra, fs.Arg(0))
		}
		args = fs.Args()[1:]
	}
	if kind == "" || len(extra) > 0 {
		fmt.Fprintln(stderr, "mentormail preview: give exactly one KIND")
		listKinds(stderr)
		return 2
	}
	if *lang != "en" && *lang != "fr" {
		fmt.Fprintf(stderr, "mentormail preview: --lang must be en or fr, not %q\n", *lang)
		return 2
	}
	data := templates.Sample(templates.Kind(kind), *lang)
	if data == nil {
		fmt.Fprintf(stderr, "mentormail preview: unknown kind %q\n", kind)
		listKinds(stderr)
		return 2
	}
	cfg := config.Default()
	set, err := templates.New(templates.Options{ProgramName: cfg.Program.Name, ProgramNameFR: cfg.Program.NameIn("fr")})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail preview:", err)
		return 1
	}
	r, err := set.Render(templates.Kind(kind), *lang, data)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail preview:", err)
		return 1
	}
	if *raw {
		o := rawSample(cfg, templates.Kind(kind), *lang, r)
		if inv, ok := data.(templates.MeetingInvite); ok {
			// The invitation's calendar part, as the program writes it.
			ev := invite.Event{UID: "preview0uid@example.org",
				Stamp: previewDate, Start: inv.Start, AllDay: inv.AllDay, Minutes: inv.Minutes, Summary: r.Event,
				Organizer: invite.Person{Name: cfg.Program.NameIn(*lang), Email: cfg.Program.Address},
				Attendees: []invite.Person{{Name: "Marcus Bell", Email: "marcus@example.net"}, {Name: "Aïcha Benali", Email: "aicha@example.net"}}}
			if o.Calendar, err = invite.Write(invite.MethodRequest, ev); err != nil {
				fmt.Fprintln(stderr, "mentormail preview:", err)
				return 1
			}
			o.CalendarMethod = invite.MethodRequest
		}
		if _, ok := data.(templates.ParticipationLetter); ok {
			// The letter's PDF, as the program lays it out.
			if o.Attachment, err = program.LetterPDF(r, cfg.Program.NameIn(*lang), previewDate); err != nil {
				fmt.Fprintln(stderr, "mentormail preview:", err)
				return 1
			}
			o.AttachmentName, o.AttachmentType = "participation-letter.pdf", "application/pdf"
		}
		msg, err := mailer.Compose(o, previewDate)
		if err != nil {
			fmt.Fprintln(stderr, "mentormail preview:", err)
			return 1
		}
		_, _ = stdout.Write(msg)
		return 0
	}
	body := r.Text
	if *html {
		body = r.HTML
	}
	fmt.Fprintf(stdout, "Subject: %s\n\n%s", r.Subject, body)
	return 0
}

func listKinds(w io.Writer) {
	fmt.Fprintln(w, "\nKinds:")
	for _, k := range templates.Kinds() {
		fmt.Fprintln(w, "  "+string(k))
	}
}

// What preview --raw fixes, so that its output can be a golden file.
var (
	previewDate  = time.Date(2025, 10, 23, 13, 0, 0, 0, time.FixedZone("EDT", -4*3600))
	previewToken = "preview0token0"
	// previewThread is the participant's message a threaded kind answers: its
	// Message-ID, its own References, and its subject in each language.
	previewThread = struct {
		id      string
		refs    []string
		subject map[string]string
	}{
		id:   "reply-2@mail.example.net",
		refs: []string{"question-1@mail.example.net", "preview0token1.question-answer@example.org"},
		subject: map[string]string{
			"en": "Re: Re: Question: can we extend our session by two weeks?",
			"fr": "RE : Re: Question : pouvons-nous prolonger notre séance d'évaluation de deux semaines ?",
		},
	}
)

// rawSample is the outgoing message for a rendered sample, as the program would
// queue it: From in the language's name, Reply-To with a token (the partner,
// for the introduction), List-Unsubscribe to a participant, and a threaded
// kind's subject and References chain.
func rawSample(cfg *config.Config, kind templates.Kind, lang string, r templates.Rendered) mailer.Outgoing {
	addr, _ := mailer.ParseAddress(cfg.Program.Address)
	from := (&netmail.Address{Name: cfg.Program.NameIn(lang), Address: cfg.Program.Address}).String()
	o := mailer.Outgoing{Kind: string(kind), From: from, MessageID: addr.MessageID(previewToken, string(kind)),
		Subject: r.Subject, Text: r.Text, HTML: r.HTML}
	if kind.ForCommittee() {
		o.To = cfg.Program.CommitteeAddress
		o.ReplyTo = []string{addr.ReplyTo(previewToken)}
		return o
	}
	o.To = map[string]string{"en": "Marcus Bell <marcus@example.net>", "fr": "Aïcha Benali <aicha@example.net>"}[lang]
	o.ReplyTo = []string{addr.ReplyTo(previewToken)}
	if kind == templates.KindIntroduction {
		o.ReplyTo = []string{map[string]string{"en": "Aïcha Benali <aicha@example.net>", "fr": "Marcus Bell <marcus@example.net>"}[lang]}
	}
	o.ListUnsubscribe = "mailto:" + addr.ReplyTo(previewToken) + "?subject=unsubscribe"
	if program.Threaded(kind) {
		o.InReplyTo = previewThread.id
		o.References = program.ThreadReferences(previewThread.refs, previewThread.id)
		o.Subject = program.ReplySubject(previewThread.subject[lang])
	}
	return o
}
