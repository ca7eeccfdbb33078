package templates

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func newSet(t *testing.T) *Set {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGolden renders every kind's sample in every language and compares it with
// testdata/golden/<kind>.<lang>.txt (subject and text) and .html.
func TestGolden(t *testing.T) {
	s := newSet(t)
	for _, kind := range Kinds() {
		for _, lang := range Languages {
			t.Run(string(kind)+"."+lang, func(t *testing.T) {
				r, err := s.Render(kind, lang, Sample(kind, lang))
				if err != nil {
					t.Fatal(err)
				}
				base := filepath.Join("testdata", "golden", string(kind)+"."+lang)
				golden(t, base+".txt", "Subject: "+r.Subject+"\n\n"+r.Text)
				golden(t, base+".html", r.HTML)
			})
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./templates -update)", err)
	}
	if string(want) != got {
		_ = os.WriteFile(path+".got", []byte(got), 0o644)
		t.Errorf("%s differs from the golden file; see %s.got", path, path)
	}
}

func TestEveryKindHasBothLanguagesAndASample(t *testing.T) {
	s := newSet(t)
	seen := map[Kind]bool{}
	for _, kind := range Kinds() {
		if seen[kind] {
			t.Errorf("kind %q listed twice", kind)
		}
		seen[kind] = true
		for _, lang := range Languages {
			if _, ok := s.entries[key{kind, lang}]; !ok {
				t.Errorf("%s has no %s templates", kind, lang)
			}
			for _, ext := range []string{".txt", ".html"} {
				if _, err := files.Open("mail/" + lang + "/" + string(kind) + ext); err != nil {
					t.Errorf("%s.%s: %v", kind, lang, err)
				}
			}
			if Sample(kind, lang) == nil {
				t.Errorf("%s has no %s sample", kind, lang)
			}
		}
	}
	if len(seen) != 31 {
		t.Errorf("%d kinds, want 31", len(seen))
	}
}

// TestFooters checks every email ends with the program's footer, and that committee
// emails get the committee's.
func TestFooters(t *testing.T) {
	s := newSet(t)
	for _, kind := range Kinds() {
		for _, lang := range Languages {
			r, err := s.Render(kind, lang, Sample(kind, lang))
			if err != nil {
				t.Fatal(err)
			}
			i := strings.LastIndex(r.Text, "\n-- \n")
			if i < 0 || strings.Count(r.Text[i:], "\n") > 4 {
				t.Errorf("%s.%s: no short footer at the end", kind, lang)
				continue
			}
			footer := r.Text[i:]
			committee := strings.Contains(footer, "mentormail --help")
			if committee != kind.ForCommittee() {
				t.Errorf("%s.%s: footer %q is for the wrong audience", kind, lang, footer)
			}
			switch {
			case kind == KindIntroduction:
				// Its replies go to the partner: the footer gives the program's
				// address, never "reply help", which would reach the partner.
				if !strings.Contains(footer, "mentorship@example.org") || strings.Contains(footer, "aide") || strings.Contains(footer, "help") {
					t.Errorf("%s.%s: footer %q should give the program's address, not help by reply", kind, lang, footer)
				}
			case !kind.ForCommittee() && !strings.Contains(footer, map[string]string{"en": `"help"`, "fr": "«\u00a0aide\u00a0»"}[lang]):
				t.Errorf("%s.%s: footer %q does not say how to get help", kind, lang, footer)
			}
		}
	}
}

func TestHeaderInjectionRejected(t *testing.T) {
	s := newSet(t)
	for _, bad := range []string{"Aïcha\r\nBcc: everyone@example.org", "Aïcha\nBcc: x", "Aïcha\rX"} {
		c := Sample(KindCheckin, "en").(Checkin)
		c.PartnerName = bad
		if _, err := s.Render(KindCheckin, "en", c); !errors.Is(err, ErrHeader) {
			t.Errorf("checkin with partner %q: err = %v, want ErrHeader", bad, err)
		}
		q := Sample(KindQuestionForward, "fr").(QuestionForward)
		q.AskerName = bad
		if _, err := s.Render(KindQuestionForward, "fr", &q); !errors.Is(err, ErrHeader) {
			t.Errorf("question_forward with asker %q: err = %v, want ErrHeader", bad, err)
		}
		if err := CheckHeader(bad); !errors.Is(err, ErrHeader) {
			t.Errorf("CheckHeader(%q) = %v", bad, err)
		}
	}
	// Line breaks in the body are fine: a question may have several lines.
	q := Sample(KindQuestionForward, "en").(QuestionForward)
	q.Question = "first line\nsecond line"
	if _, err := s.Render(KindQuestionForward, "en", q); err != nil {
		t.Errorf("multi-line question: %v", err)
	}
	if err := CheckHeader("Check-in 2: how was it?"); err != nil {
		t.Errorf("CheckHeader rejected a plain subject: %v", err)
	}
}

func TestHTMLEscapesData(t *testing.T) {
	s := newSet(t)
	in := Sample(KindIntroduction, "en").(Introduction)
	in.Name = "<script>alert(1)</script>"
	in.Partner.Name = `Aïcha "<b>" Diallo`
	in.Partner.CVURL = "javascript:alert(1)"
	r, err := s.Render(KindIntroduction, "en", in)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<b>", "javascript:"} {
		if strings.Contains(r.HTML, bad) {
			t.Errorf("HTML contains %q unescaped", bad)
		}
	}
	if !strings.Contains(r.HTML, "&lt;script&gt;") {
		t.Error("HTML does not show the escaped name")
	}
	if !strings.Contains(r.Text, "<script>") {
		t.Error("text alternative should carry the name as is")
	}
}

func TestHTMLHasNoExternalResources(t *testing.T) {
	s := newSet(t)
	for _, kind := range Kinds() {
		for _, lang := range Languages {
			r, err := s.Render(kind, lang, Sample(kind, lang))
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"<img", "<link", "<script", "src=", "@import", "url("} {
				if strings.Contains(r.HTML, bad) {
					t.Errorf("%s.%s: HTML contains %q", kind, lang, bad)
				}
			}
			if !strings.Contains(r.HTML, `<html lang="`+lang+`">`) {
				t.Errorf("%s.%s: HTML does not declare its language", kind, lang)
			}
		}
	}
}

// TestRoleAndZeroVariants renders the other role and zero data for every kind, so
// branches the samples do not take still execute.
func TestRoleAndZeroVariants(t *testing.T) {
	s := newSet(t)
	for _, lang := range Languages {
		for _, role := range []Role{RoleMentor, RoleMentee} {
			for _, d := range []any{
				Introduction{Name: "A", Role: role, Partner: Profile{Name: "B", Role: RoleMentor}},
				GoalsPrompt{Name: "A", Role: role, PartnerName: "B"},
				Checkin{Name: "A", Role: role, PartnerName: "B", Cycle: 1},
				Confidentiality{Name: "A", Role: role, PartnerName: "B", MidSession: true},
				Nudge{Name: "A", Role: role, PartnerName: "B", DaysSince: 20},
				MidSession{Name: "A", Role: role, PartnerName: "B"},
				Wrapup{Name: "A", Role: role, PartnerName: "B"},
				Help{Name: "A", Role: role},
			} {
				kind := kindOf(d)
				if _, err := s.Render(kind, lang, d); err != nil {
					t.Errorf("%s.%s %s: %v", kind, lang, role, err)
				}
			}
		}
		for _, d := range []any{Digest{Name: "A", PartnerName: "B"}, MeetingReceipt{Name: "A"},
			GoalsReceipt{Name: "A"}, NotUnderstood{Name: "A"}, IdentityNotice{Name: "A"},
			QuestionForward{AskerName: "A"}, QuestionAnswer{Name: "A", Answer: "yes"}, HealthDigest{}} {
			if _, err := s.Render(kindOf(d), lang, d); err != nil {
				t.Errorf("%s.%s zero: %v", kindOf(d), lang, err)
			}
		}
		for _, c := range []Command{CommandPause, CommandResume, CommandUndo, CommandStop, CommandRating, "other"} {
			if _, err := s.Render(KindReceiptCommand, lang, CommandReceipt{Name: "A", Command: c, Rating: 4, Done: "x"}); err != nil {
				t.Errorf("receipt_command %s.%s: %v", c, lang, err)
			}
		}
		for _, r := range []AlertReason{AlertLapsing, AlertDeliveryFailed, AlertQuarantined, AlertParticipantLeft, AlertPermanentBounce, AlertSignInLost} {
			a := CommitteeAlert{Reason: r, Participant: "A", PartnerName: "B", Address: "a@example.org",
				Kind: KindCheckin, Details: "550 5.1.1 no such user"}
			if _, err := s.Render(KindCommitteeAlert, lang, a); err != nil {
				t.Errorf("committee_alert %s.%s: %v", r, lang, err)
			}
		}
	}
}

func kindOf(d any) Kind {
	for _, ki := range kinds {
		if checkData(ki, d) == nil {
			return ki.kind
		}
	}
	return ""
}

func TestRenderErrors(t *testing.T) {
	s := newSet(t)
	if _, err := s.Render("nope", "en", nil); err == nil {
		t.Error("unknown kind rendered")
	}
	if _, err := s.Render(KindCheckin, "en", Nudge{}); err == nil {
		t.Error("wrong data type rendered")
	}
	r, err := s.Render(KindHelp, "de", Help{Name: "A"})
	if err != nil || !strings.HasPrefix(r.Text, "Hi A,") {
		t.Errorf("unknown language did not fall back to English: %q, %v", r.Text, err)
	}
	r, err = s.Render(KindHelp, "fr-CA", Help{Name: "A"})
	if err != nil || !strings.HasPrefix(r.Text, "Bonjour A,") {
		t.Errorf("fr-CA did not render French: %q, %v", r.Text, err)
	}
}
