package program

import (
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// TestOwnWordsCarryTheirLang: in the English digest to Grace, the meeting
// notes Amélie logged and Amélie's goal are marked as French, so a screen
// reader reads them in French.
func TestOwnWordsCarryTheirLang(t *testing.T) {
	s := openStore(t, tempDB(t))
	p := newProgram(t, s, &fakeClock{})
	v := &store.PairView{Mentor: store.Participant{ID: 1, Name: "Grace Okafor", Language: "en"},
		Mentee: store.Participant{ID: 2, Name: "Amélie Roy", Language: "fr"}}
	m := p.meetingSummary(store.MeetingView{Meeting: store.Meeting{LoggedByID: 2, Date: "2026-09-15", Minutes: 45},
		Notes: "Révision de mon CV."}, v)
	g := goalSummary(store.GoalView{Goal: store.Goal{OwnerID: 2, Number: 1}, Title: "Obtenir un poste permanent"}, v, 1)
	tpl, err := templates.New(templates.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := tpl.Render(templates.KindDigest, "en", templates.Digest{Name: "Grace", PartnerName: "Amélie",
		Meetings: []templates.MeetingSummary{m}, Goals: []templates.GoalSummary{g}, SessionEnd: time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`lang="fr" style="white-space:pre-wrap;">Révision de mon CV.`, `<span lang="fr">Obtenir un poste permanent</span>`} {
		if !strings.Contains(r.HTML, want) {
			t.Errorf("the digest lacks %s:\n%s", want, r.HTML)
		}
	}
}

// TestIntroductionRepliesGoToThePartner: each partner's introduction has the
// other partner alone as its Reply-To (never the program, never its reader),
// and says so with the program's address for everything else.
func TestIntroductionRepliesGoToThePartner(t *testing.T) {
	f := newInboundFixture(t)
	for _, c := range []struct{ to, partner, says string }{
		{grace.email, amelie.email, "a reply to it goes to Amélie Nguyen alone, not to us"},
		{amelie.email, grace.email, "une réponse à ce courriel ira à Grace Lee seulement, pas à nous"},
	} {
		o := one(f.s.Outboxes(store.OutboxQuery{Kinds: []string{string(templates.KindIntroduction)}, ToAddr: c.to}))(t)
		if o.ReplyTo != c.partner {
			t.Errorf("the introduction to %s has Reply-To %q, want the partner %s alone", c.to, o.ReplyTo, c.partner)
		}
		m, err := f.s.OpenMessage(&o)
		if err != nil {
			t.Fatal(err)
		}
		if text := strings.Join(strings.Fields(m.Text), " "); !strings.Contains(text, c.says) || !strings.Contains(m.Text, "mentorship@example.org") {
			t.Errorf("the introduction to %s does not say where replies go and how to reach the program:\n%s", c.to, m.Text)
		}
	}
}

// TestCommitteeTimesInProgramZone: an alert's time is given in the program's
// zone (Toronto here), never in UTC.
func TestCommitteeTimesInProgramZone(t *testing.T) {
	f := newInboundFixture(t) // the clock says 16:00 UTC on September 21, 2026
	mustDo(t, f.p.SignInLost("mentorship@example.org", "invalid_grant"))
	o, _ := f.lastRow(string(templates.KindCommitteeAlert), "committee@example.org")
	m, err := f.s.OpenMessage(&o)
	mustDo(t, err)
	if !strings.Contains(m.Text, "September 21, 2026, 12:00 p.m. EDT") || strings.Contains(m.Text+m.HTML, "UTC") {
		t.Errorf("the alert does not give its time in the program's zone:\n%s", m.Text)
	}
}
