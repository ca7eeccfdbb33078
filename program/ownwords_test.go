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
