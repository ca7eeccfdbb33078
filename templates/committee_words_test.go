package templates

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestCommitteeMailInWords renders every committee kind in both languages
// (every alert reason, and review lines with notice codes) and fails on what a
// person should not have to decode: ISO dates, pair keys, snake_case codes,
// folder names, and times in UTC rather than the program's zone.
func TestCommitteeMailInWords(t *testing.T) {
	s := newSet(t)
	raw := map[string]*regexp.Regexp{
		"an ISO date":         regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`),
		"a pair key":          regexp.MustCompile(`\bpair\d+\b`),
		"a code":              regexp.MustCompile(`\b[a-z]+_[a-z_]+\b`),
		"a time in UTC":       regexp.MustCompile(`\bUTC\b`),
		"a folder's own name": regexp.MustCompile(`\b(Quarantine|Processed|INBOX)\b`),
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	var data []any
	for _, kind := range Kinds() {
		if kind.ForCommittee() {
			data = append(data, Sample(kind, "en"))
		}
	}
	h := sampleHealth()
	h.Review = append(h.Review, ReviewLine{ID: 11, At: time.Date(2025, 11, 10, 8, 0, 0, 0, sampleZone),
		Reason: ReviewPartly, Detail: "date_vague, conflict, some_new_code"})
	data = append(data, h)
	for _, r := range []AlertReason{AlertLapsing, AlertDeliveryFailed, AlertQuarantined, AlertParticipantLeft,
		AlertPermanentBounce, AlertSignInLost} {
		data = append(data, CommitteeAlert{Reason: r, Participant: "Aïcha Diallo", PartnerName: "Marcus Chen",
			Address: "aicha@example.org", Kind: KindCheckin, Days: 24, At: time.Date(2025, 11, 16, 9, 0, 0, 0, sampleZone)})
	}
	for _, d := range data {
		kind := kindOf(d)
		for _, lang := range Languages {
			r, err := s.Render(kind, lang, d)
			if err != nil {
				t.Fatal(err)
			}
			for part, text := range map[string]string{"subject": r.Subject, "text": r.Text, "html": tags.ReplaceAllString(r.HTML, " ")} {
				for what, re := range raw {
					if m := re.FindString(text); m != "" && !strings.Contains(m, "mentormail") {
						t.Errorf("%s.%s %s shows %s: %q", kind, lang, part, what, m)
					}
				}
			}
		}
	}
	// The sample's times are in the program's zone, and say so.
	r, err := s.Render(KindHealthDigest, "fr", sampleHealth())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "6 novembre, 14 h 12 (HNE)") {
		t.Errorf("the French review line does not give a French day and time in the program's zone:\n%s", r.Text)
	}
}

// TestHealthDigestKeepsWholeNames: long names are never cut in the digest's
// text part or its HTML, whatever the column widths.
func TestHealthDigestKeepsWholeNames(t *testing.T) {
	s := newSet(t)
	h := sampleHealth()
	long := []string{"Dominique-Marie Tremblay-Nguyen de la Fontaine", "Oluwaseun Adebayo-Okonkwo Fitzgerald-Smith"}
	h.Pairs[0].MentorName, h.Pairs[0].MenteeName = long[0], long[1]
	h.OpenQuestions[0].Asker = long[1]
	h.Review[0].Who = long[0]
	for _, lang := range Languages {
		r, err := s.Render(KindHealthDigest, lang, h)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range long {
			if got := strings.Count(strings.Join(strings.Fields(r.Text), " "), n); got < 2 {
				t.Errorf("health_digest.%s text shows %q %d times, want it whole in each place:\n%s", lang, n, got, r.Text)
			}
			if !strings.Contains(r.HTML, n) {
				t.Errorf("health_digest.%s HTML does not show %q whole", lang, n)
			}
		}
		if strings.Contains(r.Text, "…") || strings.Contains(r.HTML, "…") {
			t.Errorf("health_digest.%s cuts something short with an ellipsis", lang)
		}
	}
}
