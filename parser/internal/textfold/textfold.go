// Package textfold folds text for matching, one rune for one rune: the parser's
// extraction (package parser) and classification (package classify) read folded
// text, so that "Réponse automatique" and "reponse automatique" match alike.
package textfold

import "unicode"

// Rune lower-cases r, removes its accent and makes typographic marks plain.
func Rune(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		return 'a'
	case 'ç':
		return 'c'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï', 'í', 'ì':
		return 'i'
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		return 'o'
	case 'ù', 'û', 'ü', 'ú':
		return 'u'
	case 'ÿ', 'ý':
		return 'y'
	case 'ñ':
		return 'n'
	case '’', '‘', 'ʼ', '`', '´', '′':
		return '\''
	case '“', '”', '«', '»', '„':
		return '"'
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u2003', '\t':
		return ' '
	case '–', '—', '‐', '‑', '−':
		return '-'
	case '：':
		return ':'
	case '…':
		return '.'
	}
	return r
}
