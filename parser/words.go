package parser

import (
	"strings"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// The words each language uses for what the parser looks for live in tables, one file
// per language (words_en.go, words_fr.go, words_other.go for the few other languages of
// machine mail), each a map from a meaning to its phrases. A phrase is folded text
// (lower case, no accents, plain apostrophes) and may hold small RE2 fragments
// ("(?:emails|reminders)"); the matchers join the lists of every language into one
// expression, so a language is added by adding a table.

// wordTables are the tables of every language.
var wordTables = []map[string][]string{wordsEN, wordsFR, wordsOther}

// phrasesOf returns the phrases of a meaning, in every language.
func phrasesOf(name string) []string {
	var all []string
	for _, t := range wordTables {
		all = append(all, t[name]...)
	}
	if len(all) == 0 {
		panic("parser: no phrases for " + name)
	}
	return all
}

// phrasesRe compiles the phrases of a meaning into pre(?:p1|p2|...)post.
func phrasesRe(name, pre, post string) *regexp.Regexp {
	return regexp.MustCompile(pre + `(?:` + strings.Join(phrasesOf(name), "|") + `)` + post)
}
