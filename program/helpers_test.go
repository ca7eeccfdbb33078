package program

import (
	"bytes"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
	"github.com/mentormail/mentormail/templates"
)

var testKey = bytes.Repeat([]byte{9}, store.KeySize)

// fakeClock is a settable clock shared by program instances in a test.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(store.Options{Path: storetest.Path(t, path), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newProgram returns a Program over the store at path with the test settings.
func newProgram(t *testing.T, s *store.Store, clock *fakeClock) *Program {
	t.Helper()
	tpl, err := templates.New(templates.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := mailer.NewTokens([]byte("test secret, twenty bytes or more"))
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := mailer.ParseAddress("mentorship@example.org")
	p, err := New(Options{Store: s, Templates: tpl, Tokens: tok, Address: addr, FromName: "Mentorship",
		CommitteeAddress: "committee@example.org", CommitteeMembers: []string{"committee@example.org", "chair@example.org"},
		SendHour: 9, Location: mustLoc(t, "America/Toronto"), Clock: clock.Now, NoHealthDigest: true, ParseBudget: testParseBudget})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func tempDB(t *testing.T) string { return filepath.Join(t.TempDir(), "m.db") }

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// must returns what a store query returned, failing the test on its error:
// must(s.Outboxes(q))(t).
func must[T any](v T, err error) func(t *testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		mustDo(t, err)
		return v
	}
}

// one returns the first row a store query returned, failing the test on its
// error or when it returned none.
func one[T any](rows []T, err error) func(t *testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		mustDo(t, err)
		if len(rows) == 0 {
			t.Fatal("no row")
		}
		return rows[0]
	}
}

// updateParticipant sets fields of the participant with the email, as a reply
// or the committee would.
func updateParticipant(t *testing.T, s *store.Store, email string, fields map[string]any) {
	t.Helper()
	p := must(s.ParticipantByEmail(email))(t)
	mustDo(t, s.Tx(func(tx *store.Tx) error { return tx.UpdateParticipant(p.ID, fields) }))
}

type person struct {
	email, name, role, lang, tz, interests string
}

// addPair inserts a cohort (if new), both partners and their pair, starting on start.
func addPair(t *testing.T, s *store.Store, cohort *store.Cohort, mentor, mentee person, start string) store.Pair {
	t.Helper()
	if cohort.ID == 0 {
		mustDo(t, s.InsertRow(cohort))
	}
	mk := func(p person) store.Participant {
		pt := store.Participant{CohortID: &cohort.ID, Email: p.email, Name: p.name, Role: p.role, Language: p.lang,
			TimeZone: p.tz, Interests: p.interests, Status: store.StatusActive, Background: "Background of " + p.name}
		mustDo(t, s.InsertRow(&pt))
		return pt
	}
	a, b := mk(mentor), mk(mentee)
	pair := store.Pair{CohortID: cohort.ID, MentorID: a.ID, MenteeID: b.ID, StartDate: start, Status: store.PairActive}
	mustDo(t, s.InsertRow(&pair))
	return pair
}

// leave asks to leave the program from addr and confirms with a one-word "yes"
// to the confirmation email, as a participant would.
func (f *inboundFixture) leave(addr string) {
	f.t.Helper()
	f.deliver(msg(addr, "mentorship@example.org", "stop", "stop"))
	o := must(f.s.LastOutbox(store.OutboxQuery{ToAddr: addr, Kinds: []string{"confirm_leave"}}))(f.t)
	f.deliver(msg(addr, "mentorship+"+f.p.opts.Tokens.Make(o.ID)+"@example.org", "Re: confirm", "yes"))
}

func mailerDelivery(uid uint32) mailer.Delivery {
	return mailer.Delivery{Mailbox: "INBOX", UIDValidity: 7, UID: uid}
}
