package parser

import (
	"strings"
	"unicode"
)

// langSample bounds how much of the reply is read to guess its language.
const langSample = 4000

// Stop words that are frequent in one language and rare in the other. Words that
// both share ("a", "on", "ne" in names) are left out.
var (
	enWords = setOf("the", "and", "is", "are", "was", "we", "you", "i", "it", "to", "of", "for", "in",
		"with", "that", "this", "have", "had", "my", "our", "be", "will", "at",
		"met", "meeting", "goal", "thanks", "thank", "yesterday", "week", "hi", "hello", "about",
		"would", "can", "not", "but", "your", "from", "what", "how", "were", "did", "just",
		"please", "thanks", "yes", "length", "topics", "hour", "hours", "until", "till", "today", "tomorrow", "back",
		"done", "sent", "so", "far", "by", "phone", "call", "great", "next", "she", "he", "they", "her", "his", "them",
		"me", "an", "as", "if", "or", "up", "our", "very", "really", "been", "has", "all", "good", "meet", "talked",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
		"june", "july", "august", "october", "december", "applications", "progress", "still", "working", "about")
	frWords = setOf("le", "la", "les", "et", "est", "nous", "vous", "je", "j", "il", "elle", "de",
		"des", "du", "un", "une", "pour", "avec", "que", "qui", "ce", "cette", "mon", "ma", "mes",
		"notre", "nos", "sur", "dans", "au", "aux", "avons", "ai", "été", "sera", "pas", "hier",
		"rencontre", "objectif", "merci", "bonjour", "semaine", "mais", "ou", "votre", "c", "d",
		"l", "n", "qu", "s", "y", "en", "très", "aussi",
		"oui", "svp", "durée", "duree", "sujets", "jusqu", "heure", "heures", "courriels", "courriel", "hier", "aujourd",
		"demain", "bonne", "vidéo", "téléphone", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"janvier", "février", "fevrier", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre",
		"décembre", "decembre", "atteint", "fait", "encore", "chez", "sont", "suis", "ont", "était", "etait", "candidatures",
		"envoyé", "envoye", "reprendre", "toujours", "vues", "parlé", "parle", "rencontré", "rencontre", "objectifs")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// detectLanguage guesses "en" or "fr" from a reply by counting stop words in its
// first langSample bytes; "" when there is too little to go on or no clear winner.
func detectLanguage(text string) string {
	if len(text) > langSample {
		text = text[:langSample]
	}
	var en, fr int
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		if enWords[w] {
			en++
		}
		if frWords[w] {
			fr++
		}
	}
	for _, r := range text {
		switch r {
		case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'î', 'ô', 'û', 'œ', 'É', 'À':
			fr++
		}
	}
	switch {
	case en+fr == 0:
		return ""
	case fr == 0:
		return "en" // "Thanks!", "resume please"
	case en == 0:
		return "fr"
	case en+fr < 2:
		return ""
	case en > fr*3/2 || (en > fr && en-fr >= 2):
		return "en"
	case fr > en*3/2 || (fr > en && fr-en >= 2):
		return "fr"
	}
	return ""
}
