package bench

// The setting every workload shares: a configuration, a store in a temporary
// directory, the program over it, and a cohort inserted in bulk.

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// domain is the benchmark's mail domain.
const domain = "example.test"

// mailboxPassword is the program mailbox's password on devmail.
const mailboxPassword = "bench"

// insertBatch is how many rows one bulk INSERT carries in set-up.
const insertBatch = 400

// env is one workload's program: configuration, store, program, templates.
type env struct {
	cfg    *config.Config
	store  *store.Store
	prog   *program.Program
	tpl    *templates.Set
	cat    *topics.Catalogue
	tokens *mailer.Tokens
	addr   mailer.Address
	now    time.Time // the simulated clock: fixed during a workload
	rng    *mrand.Rand
}

// pgURL is Options.Postgres for the run in progress; schemas drop what it made.
var (
	pgURL   string
	schemas []func() error
)

// newSchema makes a new schema in the PostgreSQL database at pgURL and returns
// its URL; dropSchemas drops every one at the end of the run.
func newSchema(prefix string) (string, error) {
	u, drop, err := store.NewSchema(pgURL, prefix)
	if err != nil {
		return "", fmt.Errorf("bench: %w", err)
	}
	schemas = append(schemas, drop)
	return u, nil
}

func dropSchemas() {
	for _, drop := range schemas {
		drop()
	}
	schemas, pgURL = nil, ""
}

// newConfig returns a configuration for a program at domain, its database in dir,
// reading and sending through m when it is not nil.
func newConfig(dir string, m *devmail.System) (*config.Config, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	cfg := config.Default()
	cfg.Program.Name = "Mentorship Program (bench)"
	cfg.Program.Address = "program@" + domain
	cfg.Program.CommitteeAddress = "committee@" + domain
	cfg.Program.CommitteeMembers = []string{cfg.Program.CommitteeAddress}
	secret, key := make([]byte, 32), make([]byte, 32)
	rand.Read(secret)
	rand.Read(key)
	cfg.Program.Secret = hex.EncodeToString(secret)
	cfg.Program.NotesKey = hex.EncodeToString(key)
	cfg.Store.Path = filepath.Join(dir, "mentormail.db")
	if pgURL != "" {
		var err error
		if cfg.Store.Path, err = newSchema("bench"); err != nil {
			return nil, err
		}
	}
	if m != nil {
		cfg.IMAP.Addr, cfg.IMAP.Username, cfg.IMAP.Password, cfg.IMAP.TLS = m.IMAPAddr(), "program", mailboxPassword, config.TLSNone
		cfg.SMTP.Addr, cfg.SMTP.TLS = m.SMTPAddr(), config.TLSNone
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return cfg, nil
}

// newEnv opens a fresh store under cfg and builds the program, its clock fixed at now.
func newEnv(cfg *config.Config, now time.Time, log *slog.Logger) (*env, error) {
	s, err := service.OpenStore(cfg, log)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	e := &env{cfg: cfg, store: s, now: now, rng: mrand.New(mrand.NewPCG(1, 2))}
	fail := func(err error) (*env, error) {
		s.Close()
		return nil, fmt.Errorf("bench: %w", err)
	}
	if e.prog, err = service.NewProgram(cfg, s, log, e.clock, nil); err != nil {
		return fail(err)
	}
	if e.cat, err = topics.Load(cfg.Program.TopicsFile); err != nil {
		return fail(err)
	}
	if e.tpl, err = templates.New(templates.Options{ProgramName: cfg.Program.Name, Topics: e.cat}); err != nil {
		return fail(err)
	}
	if e.tokens, err = mailer.NewTokens(cfg.SecretBytes()); err != nil {
		return fail(err)
	}
	if e.addr, err = mailer.ParseAddress(cfg.Program.Address); err != nil {
		return fail(err)
	}
	return e, nil
}

func (e *env) clock() time.Time { return e.now }

func (e *env) close() { e.store.Close() }

// person is one generated participant.
type person struct {
	first, last, lang, zone, province string
}

var (
	firstEN = []string{"Aisha", "Marcus", "Grace", "Rohan", "Mei", "Daniel", "Priya", "Kwame", "Sofia", "Hassan",
		"Nadia", "Jun", "Amara", "Tariq", "Lena", "Omar", "Chloe", "Ravi", "Zainab", "Ethan"}
	firstFR = []string{"Aminata", "Thi", "Jean-François", "Fatou", "Mathieu", "Nour", "Élise", "Karim", "Chantal",
		"Yasmine", "Luc", "Mariam", "Olivier", "Inès", "Samuel", "Awa"}
	lastNames = []string{"Chen", "Rahman", "Diallo", "Nguyễn", "Okafor", "Singh", "Tremblay", "Haddad", "Kim",
		"Mensah", "Gagnon", "Patel", "Bouchard", "Ali", "Wong", "Côté", "Osei", "Fernandes", "Lavoie", "Sato"}
	zones = []struct{ zone, province string }{
		{"America/Vancouver", "BC"}, {"America/Edmonton", "AB"}, {"America/Regina", "SK"}, {"America/Winnipeg", "MB"},
		{"America/Toronto", "ON"}, {"America/Toronto", "ON"}, {"America/Toronto", "QC"}, {"America/Halifax", "NS"},
		{"America/St_Johns", "NL"},
	}
)

// newPerson draws a participant: seven in ten write in English, the others in
// French (mostly in Quebec), across Canada's time zones.
func (e *env) newPerson() person {
	p := person{last: lastNames[e.rng.IntN(len(lastNames))]}
	if e.rng.IntN(10) < 3 {
		p.lang, p.first = "fr", firstFR[e.rng.IntN(len(firstFR))]
		p.zone, p.province = "America/Toronto", "QC"
		if e.rng.IntN(4) == 0 {
			p.zone, p.province = "America/Moncton", "NB"
		}
		return p
	}
	z := zones[e.rng.IntN(len(zones))]
	p.lang, p.first, p.zone, p.province = "en", firstEN[e.rng.IntN(len(firstEN))], z.zone, z.province
	return p
}

// cohort is a cohort inserted in bulk.
type cohort struct {
	id    int64
	pairs []store.Pair
	// people maps a participant id to its row.
	people map[int64]*store.Participant
}

// addCohort inserts a cohort of n pairs starting on start, with gorm in batches
// (set-up speed, not the roster import's checks). next gives each pair's
// NextTickAt by its index; nil leaves it NULL (due now).
func (e *env) addCohort(name string, n int, start time.Time, next func(i int) *time.Time) (*cohort, error) {
	c := &store.Cohort{Name: name, StartDate: start.Format(time.DateOnly), Days: 60, CreatedAt: e.now}
	if err := e.store.InsertRow(c); err != nil {
		return nil, fmt.Errorf("bench: unable to add cohort: %w", err)
	}
	all := e.cat.All()
	pts := make([]store.Participant, 0, 2*n)
	for i := range 2 * n {
		p := e.newPerson()
		role := store.RoleMentee
		if i%2 == 0 {
			role = store.RoleMentor
		}
		var keys []string
		for k := 0; k < 3; k++ {
			keys = append(keys, all[(i*7+k*5)%len(all)].Key)
		}
		pts = append(pts, store.Participant{
			CohortID: &c.ID, Email: fmt.Sprintf("%s.%s.%s%d@%s", strings.ToLower(asciiName(p.first)), strings.ToLower(asciiName(p.last)), role, i, domain),
			Name: p.first + " " + p.last, Role: role, Language: p.lang, TimeZone: p.zone, Province: p.province,
			Background:  "Librarian at a public library; MLIS, came to Canada eight years ago.",
			CareerGoals: "A permanent position, then a team of my own", Interests: strings.Join(keys, ","),
			Status: store.StatusActive, CreatedAt: e.now, UpdatedAt: e.now,
		})
	}
	if err := e.store.InsertRows(pts); err != nil {
		return nil, fmt.Errorf("bench: unable to add participants: %w", err)
	}
	out := &cohort{id: c.ID, people: make(map[int64]*store.Participant, len(pts))}
	for i := range pts {
		out.people[pts[i].ID] = &pts[i]
	}
	pairs := make([]store.Pair, 0, n)
	for i := range n {
		p := store.Pair{CohortID: c.ID, MentorID: pts[2*i].ID, MenteeID: pts[2*i+1].ID,
			StartDate: c.StartDate, Status: store.PairActive, CreatedAt: e.now}
		if next != nil {
			p.NextTickAt = next(i)
		}
		pairs = append(pairs, p)
	}
	if err := e.store.InsertRows(pairs); err != nil {
		return nil, fmt.Errorf("bench: unable to add pairs: %w", err)
	}
	out.pairs = pairs
	return out, nil
}

// asciiName keeps the letters of a name that fit in an address.
func asciiName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case strings.ContainsRune("éèêÉ", r):
			b.WriteByte('e')
		case r == 'ô':
			b.WriteByte('o')
		case r == 'ễ':
			b.WriteByte('e')
		}
	}
	return b.String()
}

// sentCheckin is a check-in in the outbox: who it went to and what it said.
type sentCheckin struct {
	id       int64 // the outbox row
	pair     int64
	to       *store.Participant
	partner  *store.Participant
	token    string
	msgID    string
	rendered templates.Rendered
}

// enqueueCheckins renders the first check-in for each partner of the cohort's
// pairs, up to limit, and adds it to the outbox the way the program does
// (Tx.Enqueue, the token's Message-ID and Reply-To), in transactions of
// insertBatch rows.
func (e *env) enqueueCheckins(c *cohort, limit int) ([]sentCheckin, error) {
	var out []sentCheckin
	all := e.cat.All()
	var todo []sentCheckin
	for _, p := range c.pairs {
		for _, who := range []struct{ me, other int64 }{{p.MenteeID, p.MentorID}, {p.MentorID, p.MenteeID}} {
			if len(todo) == limit {
				break
			}
			todo = append(todo, sentCheckin{pair: p.ID, to: c.people[who.me], partner: c.people[who.other]})
		}
	}
	for start := 0; start < len(todo); start += insertBatch {
		batch := todo[start:min(start+insertBatch, len(todo))]
		err := e.store.Tx(func(tx *store.Tx) error {
			for i := range batch {
				sc := &batch[i]
				pt := sc.to
				role := templates.RoleMentee
				if pt.Role == store.RoleMentor {
					role = templates.RoleMentor
				}
				first, _, _ := strings.Cut(pt.Name, " ")
				partner, _, _ := strings.Cut(sc.partner.Name, " ")
				n := int(sc.pair)
				data := templates.Checkin{Name: first, Role: role, PartnerName: partner, Cycle: 1,
					Suggested: []topics.Topic{all[n%len(all)], all[(n+3)%len(all)], all[(n+6)%len(all)]}}
				r, err := e.tpl.Render(templates.KindCheckin, pt.Language, data)
				if err != nil {
					return err
				}
				pairID := sc.pair
				o := &store.Outbox{IdemKey: fmt.Sprintf("checkin:p%d:c1:%s", sc.pair, pt.Role), Kind: string(templates.KindCheckin),
					Lang: templates.Lang(pt.Language), ParticipantID: &pt.ID, PairID: &pairID, ToAddr: pt.Email,
					DueAt: e.now.Add(-time.Hour), CreatedAt: e.now.Add(-time.Hour)}
				if _, err := tx.Enqueue(o, store.Message{Subject: r.Subject, Text: r.Text, HTML: r.HTML}, func(id int64) string {
					o.ReplyTo = e.addr.ReplyTo(e.tokens.Make(id))
					return e.addr.MessageID(e.tokens.Make(id), string(templates.KindCheckin))
				}); err != nil {
					return err
				}
				tok := e.tokens.Make(o.ID)
				sc.id, sc.token, sc.msgID, sc.rendered = o.ID, tok, o.MessageID, r
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("bench: unable to enqueue check-ins: %w", err)
		}
		out = append(out, batch...)
	}
	return out, nil
}
