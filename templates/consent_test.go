package templates

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenConsentVariants renders the variants of the review list's emails that
// the samples do not show: the not-understood answer to a reported problem, a
// message passed on to the committee with consent, and each consent outcome.
func TestGoldenConsentVariants(t *testing.T) {
	s := newSet(t)
	type variant struct {
		name string
		kind Kind
		data func(lang string) any
	}
	variants := []variant{
		{"concern", KindNotUnderstood, func(lang string) any {
			nu := Sample(KindNotUnderstood, lang).(NotUnderstood)
			nu.Concern = true
			return nu
		}},
		{"asked", KindNotUnderstood, func(lang string) any {
			nu := Sample(KindNotUnderstood, lang).(NotUnderstood)
			nu.Asked = map[string]string{"en": "Does the program give a certificate for the hours?", "fr": "Le programme remet-il une attestation des heures?"}[lang]
			return nu
		}},
		{"asked", KindConsentOffer, func(lang string) any {
			o := Sample(KindConsentOffer, lang).(ConsentOffer)
			o.Asked = map[string]string{"en": "Is there a limit to how often we can meet?", "fr": "Y a-t-il une limite au nombre de rencontres?"}[lang]
			return o
		}},
		{"passed", KindQuestionForward, func(lang string) any {
			q := Sample(KindQuestionForward, lang).(QuestionForward)
			q.Passed, q.Question = true, "Honnêtement, ça ne se passe pas très bien. Marcus a annulé deux fois."
			return q
		}},
	}
	for _, o := range []ConsentOutcome{ConsentAlready, ConsentDeclined, ConsentExpired, ConsentGone} {
		variants = append(variants, variant{string(o), KindReceiptConsent, func(lang string) any {
			r := Sample(KindReceiptConsent, lang).(ConsentReceipt)
			r.Outcome = o
			return r
		}})
	}
	for _, v := range variants {
		for _, lang := range Languages {
			t.Run(string(v.kind)+"."+v.name+"."+lang, func(t *testing.T) {
				r, err := s.Render(v.kind, lang, v.data(lang))
				if err != nil {
					t.Fatal(err)
				}
				if strings.TrimSpace(r.Subject) == "" || !strings.Contains(r.Text, "\n-- \n") {
					t.Errorf("subject %q, text without footer:\n%s", r.Subject, r.Text)
				}
				base := filepath.Join("testdata", "golden", string(v.kind)+"."+v.name+"."+lang)
				golden(t, base+".txt", "Subject: "+r.Subject+"\n\n"+r.Text)
				golden(t, base+".html", r.HTML)
			})
		}
	}
}

// The offer to pass a message on names the one word that accepts it, in the
// reader's language, and how long it stands.
func TestConsentOfferNamesTheWord(t *testing.T) {
	s := newSet(t)
	for _, kind := range []Kind{KindNotUnderstood, KindConsentOffer} {
		for lang, word := range map[string]string{"en": `"yes"`, "fr": "«\u00a0oui\u00a0»"} {
			r, err := s.Render(kind, lang, Sample(kind, lang))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, word) || !strings.Contains(r.Text, "14") {
				t.Errorf("%s.%s does not offer %s within 14 days:\n%s", kind, lang, word, r.Text)
			}
		}
	}
}
