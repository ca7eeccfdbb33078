// Package topics holds the catalogue of discussion topics from the program guide:
// stable keys, English and French labels, and the words that name each topic in a reply.
package topics

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
)

//go:embed catalogue.json
var builtin []byte

// Topic is one discussion topic. Number is its 1-based place in the catalogue,
// which is how check-ins list topics and how replies may name them ("topics 3 and 7").
type Topic struct {
	Number   int      `json:"-"`
	Key      string   `json:"key"`
	EN       string   `json:"en"`
	FR       string   `json:"fr"`
	Keywords []string `json:"keywords"`
}

// Label returns the topic's label in lang ("fr" or anything else for English).
func (t Topic) Label(lang string) string {
	if lang == "fr" && t.FR != "" {
		return t.FR
	}
	return t.EN
}

// Catalogue is an ordered, validated list of topics.
type Catalogue struct {
	list  []Topic
	byKey map[string]int
}

var keyRe = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Parse reads a catalogue from its JSON form: an array of {key, en, fr, keywords}.
func Parse(data []byte) (*Catalogue, error) {
	var list []Topic
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("topics: unable to read catalogue: %w", err)
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("topics: the catalogue is empty")
	}
	c := &Catalogue{list: list, byKey: make(map[string]int, len(list))}
	for i := range c.list {
		t := &c.list[i]
		t.Number = i + 1
		switch {
		case !keyRe.MatchString(t.Key):
			return nil, fmt.Errorf("topics: topic %d: key %q must be lower-case letters, digits and underscores", t.Number, t.Key)
		case t.EN == "" || t.FR == "":
			return nil, fmt.Errorf("topics: topic %q needs both an English and a French label", t.Key)
		}
		if _, dup := c.byKey[t.Key]; dup {
			return nil, fmt.Errorf("topics: key %q appears twice", t.Key)
		}
		c.byKey[t.Key] = i
	}
	return c, nil
}

// Default returns the built-in catalogue: the guide's twenty topics in the guide's order.
func Default() *Catalogue {
	c, err := Parse(builtin)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return c
}

// Load reads a catalogue file, or returns the built-in one when path is empty.
func Load(path string) (*Catalogue, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	return Parse(data)
}

// All returns the topics in catalogue order. The slice must not be modified.
func (c *Catalogue) All() []Topic { return c.list }

// ByKey returns the topic with the given key.
func (c *Catalogue) ByKey(key string) (Topic, bool) {
	i, ok := c.byKey[key]
	if !ok {
		return Topic{}, false
	}
	return c.list[i], true
}

// ByNumber returns the topic with the given 1-based number.
func (c *Catalogue) ByNumber(n int) (Topic, bool) {
	if n < 1 || n > len(c.list) {
		return Topic{}, false
	}
	return c.list[n-1], true
}
