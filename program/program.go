// Package program holds the mentorship program's rules: the session calendar, what
// a reply means for a pair, the committee relay, and the mail each of these causes.
package program

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/mentormail/mentormail/invite"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// Options configures a Program. Store, Templates, Tokens and Address are required.
type Options struct {
	// Store is the database. The program's rules use it through the Store
	// interface; Program.Store hands it on to the console.
	Store     *store.Store
	Templates *templates.Set
	Topics    *topics.Catalogue // nil: the built-in catalogue
	Tokens    *mailer.Tokens
	// Address is the program's mailbox; replies come back to Address+token.
	Address mailer.Address
	// FromName is the display name on outgoing mail.
	FromName string
	// CommitteeAddress is the committee's shared inbox; CommitteeMembers the
	// addresses allowed to answer questions (default: CommitteeAddress).
	CommitteeAddress string
	CommitteeMembers []string
	// CommitteeLanguage is the language of the committee's mail: "en" (default) or "fr".
	CommitteeLanguage string
	// SendHour is the local hour (0-23) scheduled mail goes out at; 0 is midnight.
	SendHour int
	// Location is the program's time zone, for committee mail and participants without one.
	Location *time.Location
	// DailyAnswerCap limits automatic answers (receipts, error replies) per participant per day.
	DailyAnswerCap int
	// PlainReplyTo puts the bare program address in Reply-To, for a mail server
	// that does not deliver plus tags; the token then rides only in the Message-ID.
	PlainReplyTo bool
	// RetentionDays is how long raw inbound messages are kept (default 30); see Purge.
	RetentionDays int
	// PrepDays is how many days before a planned meeting the mentee gets the
	// preparation prompt (prep.go); 0 sends none.
	PrepDays int
	// NoLetters turns the participation letter off (letter.go): "letter" is
	// then an ordinary reply, and the wrap-up does not offer it.
	NoLetters bool
	// NoHealthDigest stops the committee's weekly health digest (tests of the calendar alone).
	NoHealthDigest bool
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
	// ParseBudget is how long one inbound message's parse may take (default
	// DefaultParseBudget); past it the message is quarantined as unreadable.
	ParseBudget time.Duration
	// Notify, when set, is called after a commit that put mail in the outbox, so
	// the sender can wake at once. It must not block.
	Notify func()
}

// Program applies the program's rules over the store.
type Program struct {
	opts   Options
	store  Store // opts.Store, through what the program needs of it
	tpl    *templates.Set
	topics *topics.Catalogue
	log    *slog.Logger
	slots  parseSlots // the parses running (see parse.go)
	// parseFn replaces parser.Parse in this package's tests of the budget.
	parseFn       func([]byte, parser.Options) (*parser.Reply, error)
	reinterpretFn func(*parser.Reply, parser.Options)
}

// New checks opts and returns a Program.
func New(opts Options) (*Program, error) {
	switch {
	case opts.Store == nil:
		return nil, errors.New("program: no store")
	case opts.Templates == nil:
		return nil, errors.New("program: no templates")
	case opts.Tokens == nil:
		return nil, errors.New("program: no token secret")
	case opts.Address.Local == "":
		return nil, errors.New("program: no program address")
	case opts.CommitteeAddress == "":
		return nil, errors.New("program: no committee address")
	}
	if opts.Topics == nil {
		opts.Topics = topics.Default()
	}
	if opts.SendHour < 0 || opts.SendHour > 23 {
		return nil, fmt.Errorf("program: send hour %d is not an hour of the day", opts.SendHour)
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	switch opts.CommitteeLanguage {
	case "":
		opts.CommitteeLanguage = "en"
	case "en", "fr":
	default:
		return nil, fmt.Errorf("program: committee language %q is not en or fr", opts.CommitteeLanguage)
	}
	if opts.DailyAnswerCap == 0 {
		opts.DailyAnswerCap = 10
	}
	if opts.RetentionDays == 0 {
		opts.RetentionDays = 30
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.ParseBudget <= 0 {
		opts.ParseBudget = DefaultParseBudget
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if len(opts.CommitteeMembers) == 0 {
		opts.CommitteeMembers = []string{opts.CommitteeAddress}
	}
	for i, m := range opts.CommitteeMembers {
		opts.CommitteeMembers[i] = strings.ToLower(strings.TrimSpace(m))
	}
	return &Program{opts: opts, store: opts.Store, tpl: opts.Templates, topics: opts.Topics, log: opts.Logger,
		slots: newParseSlots()}, nil
}

func (p *Program) now() time.Time { return p.opts.Clock().UTC() }

func (p *Program) notify() {
	if p.opts.Notify != nil {
		p.opts.Notify()
	}
}

// location returns a participant's time zone, or the program's when theirs is unknown.
func (p *Program) location(pt *store.Participant) *time.Location {
	if pt != nil && pt.TimeZone != "" {
		if loc, err := time.LoadLocation(pt.TimeZone); err == nil {
			return loc
		}
	}
	return p.opts.Location
}

// outMail is one message for enqueue: who it is for and what it says.
type outMail struct {
	key         string
	kind        templates.Kind
	lang        string
	to          string
	participant *store.Participant // nil for committee mail
	pairID      int64
	questionID  int64
	// replyTo are extra Reply-To addresses; the program's tagged address is added
	// unless replyToOnly is set (the introduction replies to the partners alone).
	replyTo     []string
	replyToOnly bool
	inReplyTo   string
	references  []string
	// answers is the inbound row the mail answers, when it is in hand: its
	// thread is read from it rather than looked up by inReplyTo (threadOf).
	answers *store.Inbound
	due     time.Time
	data    any
	// invite, when set, makes the mail a calendar invitation: its iCalendar
	// object is written with inviteMethod, titled by the kind's "event" template.
	invite       *invite.Event
	inviteMethod string
	// attach, when set, makes the file sent with the mail from the rendered
	// email (the participation letter's PDF from its "document" template).
	attach func(templates.Rendered) (*attachment, error)
}

// attachment is a file an email carries.
type attachment struct {
	name, mediaType string
	data            []byte
}

// enqueue renders m and adds it to the outbox unless its key exists. It reports
// whether a row was made.
func (p *Program) enqueue(tx *store.Tx, m outMail) (bool, error) {
	o := &store.Outbox{
		IdemKey:   m.key,
		Kind:      string(m.kind),
		Lang:      templates.Lang(m.lang),
		ToAddr:    m.to,
		InReplyTo: m.inReplyTo,
		DueAt:     m.due,
		CreatedAt: p.now(),
	}
	if m.participant != nil {
		o.ParticipantID = &m.participant.ID
	}
	if m.pairID != 0 {
		o.PairID = &m.pairID
	}
	if m.questionID != 0 {
		o.QuestionID = &m.questionID
	}
	// Rendered once the key is claimed: a key made before costs no rendering.
	build := func() (store.Message, error) {
		r, err := p.tpl.Render(m.kind, m.lang, m.data)
		if err != nil {
			return store.Message{}, fmt.Errorf("program: unable to render %s: %w", m.kind, err)
		}
		for _, h := range append([]string{m.to, m.inReplyTo}, m.replyTo...) {
			if err := templates.CheckHeader(h); err != nil {
				return store.Message{}, fmt.Errorf("program: %s for %s: %w", m.kind, m.key, err)
			}
		}
		refs, subject, err := p.threadOf(tx, m, r.Subject)
		if err != nil {
			return store.Message{}, err
		}
		if err := templates.CheckHeader(subject); err != nil {
			return store.Message{}, fmt.Errorf("program: %s for %s: %w", m.kind, m.key, err)
		}
		o.References = strings.Join(refs, " ")
		msg := store.Message{Subject: subject, Text: r.Text, HTML: r.HTML}
		if m.invite != nil {
			if r.Event == "" {
				return store.Message{}, errNoEvent
			}
			ev := *m.invite
			ev.Summary = r.Event
			if msg.Calendar, err = invite.Write(m.inviteMethod, ev); err != nil {
				return store.Message{}, fmt.Errorf("program: %s for %s: %w", m.kind, m.key, err)
			}
			o.CalendarMethod = m.inviteMethod
		}
		if m.attach != nil {
			a, err := m.attach(r)
			if err != nil {
				return store.Message{}, fmt.Errorf("program: %s for %s: %w", m.kind, m.key, err)
			}
			msg.Attachment, o.AttachmentName, o.AttachmentType = a.data, a.name, a.mediaType
		}
		return msg, nil
	}
	return tx.EnqueueWith(o, build, func(id int64) string {
		// The token comes from the row's id: it names the row in the Message-ID
		// and, as a plus tag, in the Reply-To.
		tok := p.opts.Tokens.Make(id)
		replyTo := append([]string(nil), m.replyTo...)
		switch {
		case m.replyToOnly:
		case p.opts.PlainReplyTo:
			replyTo = append(replyTo, p.opts.Address.String())
		default:
			replyTo = append(replyTo, p.opts.Address.ReplyTo(tok))
		}
		o.ReplyTo = strings.Join(replyTo, ", ")
		return p.opts.Address.MessageID(tok, string(m.kind))
	})
}

// ListUnsubscribe is the List-Unsubscribe URI (RFC 2369) of the outbox row id: a
// mailto: to the row's reply address with the subject "unsubscribe". What comes
// back is read as an ordinary reply saying "unsubscribe", under the rules for
// asking for less mail: never an immediate removal.
func (p *Program) ListUnsubscribe(id int64) string {
	to := p.opts.Address.ReplyTo(p.opts.Tokens.Make(id))
	if p.opts.PlainReplyTo {
		to = p.opts.Address.String()
	}
	return "mailto:" + to + "?subject=unsubscribe"
}

func role(pt *store.Participant) templates.Role {
	if pt.Role == store.RoleMentor {
		return templates.RoleMentor
	}
	return templates.RoleMentee
}

// firstName is how mail greets a participant. A forgotten participant has no
// name: "" makes the templates say "your partner".
func firstName(pt *store.Participant) string {
	if store.IsForgotten(pt) {
		return ""
	}
	if f, _, ok := strings.Cut(strings.TrimSpace(pt.Name), " "); ok && f != "" {
		return f
	}
	return pt.Name
}

// interests maps a participant's interest keys to catalogue topics.
func (p *Program) interests(pt *store.Participant) []topics.Topic {
	return p.topicList(store.SplitKeys(pt.Interests))
}

func (p *Program) topicList(keys []string) []topics.Topic {
	var out []topics.Topic
	for _, k := range keys {
		if t, ok := p.topics.ByKey(k); ok {
			out = append(out, t)
		}
	}
	return out
}
