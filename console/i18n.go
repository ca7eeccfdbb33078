package console

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
)

// The console's words live in locales/<lang>.json, one flat object per
// language: a key's value is a string, or for a count an object with "one"
// and "other". French uses "one" for 0 and 1, English for 1 only. Values are
// fmt formats: %d, %s in order. A test checks both files have the same keys.

//go:embed locales/*.json
var localeFiles embed.FS

// languages the console speaks; the first is the fallback.
var languages = []string{"en", "fr"}

// entry is a string, or plural forms.
type entry struct {
	One, Other string
}

func (e *entry) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		e.One, e.Other = s, s
		return nil
	}
	var p struct{ One, Other string }
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	e.One, e.Other = p.One, p.Other
	return nil
}

// catalog holds every language's entries, read once at start-up.
type catalog map[string]map[string]entry

func loadCatalog() (catalog, error) {
	c := catalog{}
	for _, l := range languages {
		b, err := localeFiles.ReadFile("locales/" + l + ".json")
		if err != nil {
			return nil, fmt.Errorf("console: %w", err)
		}
		m := map[string]entry{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("console: locales/%s.json: %w", l, err)
		}
		c[l] = m
	}
	return c, nil
}

// Locale translates into one language. It is a value in page data, so
// templates shared by every request never hold a language.
type Locale struct {
	Lang string
	c    catalog
}

// T translates key with args; a missing key shows itself, so it is seen.
func (l Locale) T(key string, args ...any) string {
	e, ok := l.c[l.Lang][key]
	if !ok {
		if e, ok = l.c["en"][key]; !ok {
			return key
		}
	}
	if len(args) == 0 {
		return e.Other
	}
	return fmt.Sprintf(e.Other, args...)
}

// N translates a count: the one or other form of key, formatted with n.
func (l Locale) N(key string, n int) string {
	e, ok := l.c[l.Lang][key]
	if !ok {
		e, ok = l.c["en"][key]
		if !ok {
			return key
		}
	}
	f := e.Other
	if n == 1 || (l.Lang == "fr" && n == 0) {
		f = e.One
	}
	if strings.Contains(f, "%") {
		return fmt.Sprintf(f, n)
	}
	return f
}

// Has reports whether key is translated.
func (l Locale) Has(key string) bool {
	_, ok := l.c[l.Lang][key]
	return ok
}
