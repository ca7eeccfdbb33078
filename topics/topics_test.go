package topics

import "testing"

func TestDefaultCatalogue(t *testing.T) {
	c := Default()
	if got := len(c.All()); got != 20 {
		t.Fatalf("built-in catalogue has %d topics, the guide lists 20", got)
	}
	first, _ := c.ByNumber(1)
	last, _ := c.ByNumber(20)
	if first.Key != "career_path" || last.Key != "change_management" {
		t.Errorf("catalogue order drifted from the guide: first %q, last %q", first.Key, last.Key)
	}
	iv, ok := c.ByKey("interviews")
	if !ok || iv.Number != 7 || iv.Label("fr") == iv.Label("en") {
		t.Errorf("interviews = %+v, %v; want number 7 with distinct labels", iv, ok)
	}
	if _, ok := c.ByNumber(21); ok {
		t.Error("ByNumber(21) found a topic")
	}
}

func TestParseRejects(t *testing.T) {
	for name, in := range map[string]string{
		"empty":     `[]`,
		"bad key":   `[{"key":"Bad Key","en":"a","fr":"b"}]`,
		"no french": `[{"key":"a","en":"a"}]`,
		"duplicate": `[{"key":"a","en":"a","fr":"a"},{"key":"a","en":"b","fr":"b"}]`,
		"not json":  `{`,
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%s: Parse accepted %s", name, in)
		}
	}
}
