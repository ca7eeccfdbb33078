// Package templates renders the program's emails, English and French, from embedded
// templates parsed once at start-up.
package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"strings"
	texttemplate "text/template"

	"github.com/mentormail/mentormail/topics"
)

//go:embed mail
var files embed.FS

// Kind names a kind of email. Its string value is stable: outbox rows store it.
type Kind string

// The kinds of email.
const (
	KindIntroduction    Kind = "introduction"
	KindGoalsPrompt     Kind = "goals_prompt"
	KindCheckin         Kind = "checkin"
	KindConfidentiality Kind = "confidentiality"
	KindNudge           Kind = "nudge"
	KindDigest          Kind = "digest"
	KindMidSession      Kind = "midsession"
	KindWrapup          Kind = "wrapup"
	KindReceiptMeeting  Kind = "receipt_meeting"
	KindReceiptGoals    Kind = "receipt_goals"
	KindReceiptCommand  Kind = "receipt_command"
	KindNotUnderstood   Kind = "not_understood"
	KindHelp            Kind = "help"
	KindIdentityNotice  Kind = "identity_notice"
	KindQuestionForward Kind = "question_forward"
	KindQuestionAnswer  Kind = "question_answer"
	KindCommitteeAlert  Kind = "committee_alert"
	KindHealthDigest    Kind = "health_digest"
	// KindConsentOffer offers to pass a reply that reports a problem to the committee.
	KindConsentOffer Kind = "consent_offer"
	// KindReceiptConsent answers a participant's yes or no to passing a message on.
	KindReceiptConsent Kind = "receipt_consent"
	// KindConfirmLeave asks a participant who asked to leave to confirm by a one-word reply.
	KindConfirmLeave Kind = "confirm_leave"
	// KindGoalChanged tells a participant that their partner changed one of their goals.
	KindGoalChanged Kind = "goal_changed"
	// KindQuestionReceived tells a participant the committee has their question.
	KindQuestionReceived Kind = "question_received"
	// KindConsoleSignIn carries a committee member's single-use link to the web console.
	KindConsoleSignIn Kind = "console_sign_in"
	// KindMeetingInvite is the calendar invitation to a planned meeting, its
	// update or its cancellation; its "event" template is the calendar entry's title.
	KindMeetingInvite Kind = "meeting_invite"
	// KindMeetingHappened asks whether a planned meeting took place, once its time has passed.
	KindMeetingHappened Kind = "meeting_happened"
	// KindMeetingPrep asks the mentee, before a planned meeting, what they would like to cover.
	KindMeetingPrep Kind = "meeting_prep"
	// KindMeetingAgenda passes the mentee's answer to the mentor as the agenda.
	KindMeetingAgenda Kind = "meeting_agenda"
	// KindParticipationLetter carries the participation letter as a PDF, made
	// from its "document" template, or says when it will be ready.
	KindParticipationLetter Kind = "participation_letter"
)

// kindInfo is what the package knows of a kind: its data type and its audience.
type kindInfo struct {
	kind      Kind
	data      reflect.Type
	committee bool
}

func info[T any](k Kind, committee bool) kindInfo {
	return kindInfo{kind: k, data: reflect.TypeFor[T](), committee: committee}
}

var kinds = []kindInfo{
	info[Introduction](KindIntroduction, false),
	info[GoalsPrompt](KindGoalsPrompt, false),
	info[Checkin](KindCheckin, false),
	info[Confidentiality](KindConfidentiality, false),
	info[Nudge](KindNudge, false),
	info[Digest](KindDigest, false),
	info[MidSession](KindMidSession, false),
	info[Wrapup](KindWrapup, false),
	info[MeetingReceipt](KindReceiptMeeting, false),
	info[GoalsReceipt](KindReceiptGoals, false),
	info[CommandReceipt](KindReceiptCommand, false),
	info[NotUnderstood](KindNotUnderstood, false),
	info[Help](KindHelp, false),
	info[IdentityNotice](KindIdentityNotice, false),
	info[QuestionForward](KindQuestionForward, true),
	info[QuestionAnswer](KindQuestionAnswer, false),
	info[CommitteeAlert](KindCommitteeAlert, true),
	info[HealthDigest](KindHealthDigest, true),
	info[ConsentOffer](KindConsentOffer, false),
	info[ConsentReceipt](KindReceiptConsent, false),
	info[ConfirmLeave](KindConfirmLeave, false),
	info[GoalChanged](KindGoalChanged, false),
	info[QuestionReceived](KindQuestionReceived, false),
	info[ConsoleSignIn](KindConsoleSignIn, true),
	info[MeetingInvite](KindMeetingInvite, false),
	info[MeetingHappened](KindMeetingHappened, false),
	info[MeetingPrep](KindMeetingPrep, false),
	info[MeetingAgenda](KindMeetingAgenda, false),
	info[ParticipationLetter](KindParticipationLetter, false),
}

// Kinds returns every kind, in a stable order.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	for i, k := range kinds {
		out[i] = k.kind
	}
	return out
}

// ForCommittee reports whether a kind is sent to the committee rather than a participant.
func (k Kind) ForCommittee() bool {
	for _, ki := range kinds {
		if ki.kind == k {
			return ki.committee
		}
	}
	return false
}

// Languages are the languages every kind is written in; the first is the fallback.
var Languages = []string{"en", "fr"}

// Options configures a Set. The zero value gives the defaults.
type Options struct {
	// ProgramName and ProgramNameFR name the program in footers.
	ProgramName   string
	ProgramNameFR string
	// ProgramAddress is the program's mailbox, named where a reply would not
	// reach it (the introduction). Default "mentorship@example.org".
	ProgramAddress string
	// CommitteeName and CommitteeNameFR sign participant emails.
	CommitteeName   string
	CommitteeNameFR string
	// Topics is the catalogue the help email lists. Nil means the built-in one.
	Topics *topics.Catalogue
}

func (o Options) withDefaults() Options {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&o.ProgramName, "Mentorship Program for Visible Minority Librarians")
	def(&o.ProgramNameFR, "Programme de mentorat pour bibliothécaires de minorités visibles")
	def(&o.ProgramAddress, "mentorship@example.org")
	def(&o.CommitteeName, "The Mentorship Committee")
	def(&o.CommitteeNameFR, "Le comité de mentorat")
	if o.Topics == nil {
		o.Topics = topics.Default()
	}
	return o
}

// Rendered is one email ready for the mailer: a subject and two alternatives.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
	// Event is the title of the calendar entry of a kind that defines an
	// "event" template (KindMeetingInvite), or "".
	Event string
	// Document is the text of the file a kind attaches, from its "document"
	// template (KindParticipationLetter): blocks separated by blank lines.
	Document string
}

// entry holds the parsed templates of one kind in one language.
type entry struct {
	info kindInfo
	text *texttemplate.Template
	html *htmltemplate.Template
}

type key struct {
	kind Kind
	lang string
}

// Set holds every kind's templates, parsed once. It is safe for concurrent use.
type Set struct {
	entries map[key]entry
}

// New parses every template. A template that does not parse is an error here, at
// start-up, never at send time.
func New(opts Options) (*Set, error) {
	opts = opts.withDefaults()
	s := &Set{entries: make(map[key]entry)}
	for _, lang := range Languages {
		fm := funcs(lang, opts)
		for _, ki := range kinds {
			e, err := parseKind(ki, lang, fm)
			if err != nil {
				return nil, fmt.Errorf("templates: %s.%s: %w", ki.kind, lang, err)
			}
			s.entries[key{ki.kind, lang}] = e
		}
	}
	return s, nil
}

func parseKind(ki kindInfo, lang string, fm map[string]any) (entry, error) {
	dir := "mail/" + lang + "/"
	layout := "participant"
	if ki.committee {
		layout = "committee"
	}
	t, err := texttemplate.New(layout+".txt").Funcs(fm).
		ParseFS(files, dir+layout+".txt", dir+"common.txt", dir+string(ki.kind)+".txt")
	if err != nil {
		return entry{}, err
	}
	for _, name := range []string{"subject", "body"} {
		if t.Lookup(name) == nil {
			return entry{}, fmt.Errorf("no %q template", name)
		}
	}
	h, err := htmltemplate.New(layout+".html").Funcs(fm).
		ParseFS(files, dir+layout+".html", dir+"common.html", dir+string(ki.kind)+".html")
	if err != nil {
		return entry{}, err
	}
	if h.Lookup("body") == nil {
		return entry{}, errors.New(`no "body" html template`)
	}
	return entry{info: ki, text: t, html: h}, nil
}

// Lang returns the language an email is written in for lang: "fr" for any French
// tag ("fr", "fr-CA", "FR_ca"), "en" for anything else.
func Lang(lang string) string {
	l := strings.ToLower(lang)
	if l == "fr" || strings.HasPrefix(l, "fr-") || strings.HasPrefix(l, "fr_") {
		return "fr"
	}
	return "en"
}

// page is what the layouts see: the subject for the HTML title, and the kind's data.
type page struct {
	Subject string
	Lang    string
	Data    any
	// PartnerReplies is set for the introduction, whose replies go to the
	// partner: its footer says how to reach the program instead of "reply help".
	PartnerReplies bool
}

// Render renders kind in lang (unknown languages fall back to English) with data,
// which must be the kind's data struct or a pointer to it. A subject that would
// carry CR or LF is an error.
func (s *Set) Render(kind Kind, lang string, data any) (Rendered, error) {
	lang = Lang(lang)
	e, ok := s.entries[key{kind, lang}]
	if !ok {
		return Rendered{}, fmt.Errorf("templates: unknown kind %q", kind)
	}
	if err := checkData(e.info, data); err != nil {
		return Rendered{}, err
	}
	var b bytes.Buffer
	if err := e.text.ExecuteTemplate(&b, "subject", data); err != nil {
		return Rendered{}, fmt.Errorf("templates: %s.%s subject: %w", kind, lang, err)
	}
	subject := strings.TrimSpace(b.String())
	if err := CheckHeader(subject); err != nil {
		return Rendered{}, fmt.Errorf("templates: %s.%s subject: %w", kind, lang, err)
	}
	p := page{Subject: subject, Lang: lang, Data: data, PartnerReplies: kind == KindIntroduction}
	b.Reset()
	if err := e.text.Execute(&b, p); err != nil {
		return Rendered{}, fmt.Errorf("templates: %s.%s text: %w", kind, lang, err)
	}
	text := tidy(b.String())
	b.Reset()
	if err := e.html.Execute(&b, p); err != nil {
		return Rendered{}, fmt.Errorf("templates: %s.%s html: %w", kind, lang, err)
	}
	out := Rendered{Subject: subject, Text: text, HTML: b.String()}
	if e.text.Lookup("event") != nil {
		b.Reset()
		if err := e.text.ExecuteTemplate(&b, "event", data); err != nil {
			return Rendered{}, fmt.Errorf("templates: %s.%s event: %w", kind, lang, err)
		}
		out.Event = strings.Join(strings.Fields(b.String()), " ")
	}
	if e.text.Lookup("document") != nil {
		b.Reset()
		if err := e.text.ExecuteTemplate(&b, "document", data); err != nil {
			return Rendered{}, fmt.Errorf("templates: %s.%s document: %w", kind, lang, err)
		}
		out.Document = tidy(b.String())
	}
	return out, nil
}

func checkData(ki kindInfo, data any) error {
	t := reflect.TypeOf(data)
	if t != nil && t.Kind() == reflect.Pointer && !reflect.ValueOf(data).IsNil() {
		t = t.Elem()
	}
	if t != ki.data {
		return fmt.Errorf("templates: %s: data is %v, want %v", ki.kind, t, ki.data)
	}
	return nil
}

// ErrHeader is returned for a header value that would break out of its header.
var ErrHeader = errors.New("header value contains a line break or NUL")

// CheckHeader returns an error wrapping ErrHeader if s contains CR, LF or NUL, which
// would let data inject headers. Callers check every data-derived header value with it.
func CheckHeader(s string) error {
	if i := strings.IndexAny(s, "\r\n\x00"); i >= 0 {
		return fmt.Errorf("templates: %q at byte %d: %w", s[i], i, ErrHeader)
	}
	return nil
}

// tidy trims trailing blanks from each line, keeps at most one blank line in a row,
// and ends the text with one newline. The signature separator "-- " is kept as is.
func tidy(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	blank := true // drops leading blank lines
	for _, l := range lines {
		if l != "-- " {
			l = strings.TrimRight(l, " \t")
		}
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
