package parser

import (
	"testing"
)

// Replies whose ending looks a little like a signature but is the sender's own
// text: the trimming must keep every line of them.
func TestTrimBatteryKeeps(t *testing.T) {
	cases := map[string]string{
		"postscript after the name":  "We met Monday, 1 hour.\n\nThanks,\nAmina\n\nP.S. We also talked about topic 14.",
		"form after the sign-off":    "Cordialement,\nSophie\n\nObjectif 2 : terminé",
		"sentence after the name":    "Best,\nDaniel\n\nAlso, we met twice this month and will meet again soon.",
		"a name asked for":           "Who should I contact about the conference? My manager suggested:\n\nJane Smith\nHead of Adult Services, Ottawa Public Library",
		"a name and a phone":         "Call me any time this week.\n\nPriya Sharma\n902-555-0134",
		"sign-off only":              "Regards,",
		"thanks and a first name":    "See you on the 6th.\n\nMerci!\nSophie",
		"confidential in a sentence": "Please keep this confidential: I am applying for my manager's job.\n\nKevin",
	}
	for name, body := range cases {
		r, err := Parse([]byte(body), Options{TextBody: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := trimNormal(r.ReplyText); got != body {
			t.Errorf("%s: lost text\n--- got:\n%s\n--- want:\n%s", name, got, body)
		}
	}
}

// The signature blocks the trimming cuts, and what stays.
func TestTrimBatterySignatures(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Met today.\n\nBest regards,\nAisha Rahman\nBranch Head, Parkdale\nToronto Public Library\n416-555-0199", "Met today.\n\nBest regards,\nAisha Rahman"},
		{"On s'est vus hier.\n\nCordialement,\n\nMathieu Gagnon\nBibliothécaire\n514 555-0123", "On s'est vus hier.\n\nCordialement,\n\nMathieu Gagnon"},
		{"Met today.\n\nKevin Nguyen (he/him)\nTeen Services Librarian\n604-555-0142", "Met today."},
		{"Vu hier.\n\n—\nSophie Tremblay\nBibliothécaire\n418 555-0101", "Vu hier.\n\n—\nSophie Tremblay"},
		{"Met today.\n\nBest,\nDaniel Okafor | Systems Librarian | Calgary Public Library", "Met today.\n\nBest,\nDaniel Okafor | Systems Librarian | Calgary Public Library"},
		{"Met today.\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete it.", "Met today."},
	}
	for _, c := range cases {
		r, err := Parse([]byte(c.in), Options{TextBody: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := trimNormal(r.ReplyText); got != c.want {
			t.Errorf("got:\n%s\n--- want:\n%s", got, c.want)
		}
	}
}
