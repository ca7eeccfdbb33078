package parser

import "testing"

// TestTypoFix: mistyped date and length words are read as the words meant, by edit
// distance; real words near them, and short words, are left alone.
func TestTypoFix(t *testing.T) {
	for w, want := range map[string]string{
		"yesterady": "yesterday", "ystrday": "yesterday", "tusday": "tuesday", "wendsay": "wednesday",
		"thrusday": "thursday", "mecredi": "mercredi", "hiier": "hier", "vendredie": "vendredi", "novmber": "november",
		"mintues": "minutes", "minuets": "",
		// Left alone: real words, short words, words of no table.
		"about": "", "domain": "", "hire": "", "her": "", "march": "", "marche": "", "weekends": "", "mondays": "",
		"heureux": "", "demande": "", "library": "", "meeting": "", "wedding": "",
	} {
		if got := typoFix(w); got != want {
			t.Errorf("typoFix(%q) = %q, want %q", w, got, want)
		}
	}
	// The folded text changes; the text as written does not.
	tx := fixTypos(newText("Met yesterady, 1h"))
	if tx.norm != "met yesterday, 1h" || tx.orig != "Met yesterady, 1h" || tx.span(4, 13) != "yesterady" {
		t.Errorf("fixTypos: norm %q orig %q span %q", tx.norm, tx.orig, tx.span(4, 13))
	}
}
