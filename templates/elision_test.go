package templates

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestElisionBeforeVowelNames renders every kind in both languages with names
// that start with a vowel sound wherever a name goes; French mail must elide
// ("d'Émilie", "qu'Olivier"), never "de Émilie" or "que Olivier".
func TestElisionBeforeVowelNames(t *testing.T) {
	s := newSet(t)
	names := []string{"Émilie", "Olivier", "Hélène", "Yves"}
	wrong := regexp.MustCompile(`(?i)\b(de|que|le|la|ce|jusque|lorsque|puisque)[\s\x{a0}]+(` + strings.Join(names, "|") + `)\b`)
	for _, kind := range Kinds() {
		for _, lang := range Languages {
			data := Sample(kind, lang)
			v := reflect.New(reflect.TypeOf(data)).Elem()
			v.Set(reflect.ValueOf(data))
			n := 0
			renameAll(v, names, &n)
			r, err := s.Render(kind, lang, v.Interface())
			if err != nil {
				t.Fatal(err)
			}
			if lang != "fr" {
				continue
			}
			for part, text := range map[string]string{"subject": r.Subject, "text": r.Text, "html": r.HTML} {
				text = strings.ReplaceAll(text, "\n", " ")
				for _, m := range wrong.FindAllString(text, -1) {
					t.Errorf("%s.fr %s: %q is not elided", kind, part, m)
				}
			}
		}
	}
	for name, want := range map[string]string{"Émilie": "d'Émilie", "Marcus": "de Marcus", "Yves": "d'Yves",
		"Yasmine": "de Yasmine", "Hélène": "d'Hélène", "": "de "} {
		if got := elide("de", name); got != want {
			t.Errorf("elide(de, %q) = %q, want %q", name, got, want)
		}
	}
}

// renameAll sets every string field that holds a person's name (a field named
// Name, or ending in Name, or Participant) to one of names, in turn.
func renameAll(v reflect.Value, names []string, n *int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f, sf := v.Field(i), v.Type().Field(i)
			if !sf.IsExported() {
				continue
			}
			if f.Kind() == reflect.String && f.String() != "" &&
				(strings.HasSuffix(sf.Name, "Name") || sf.Name == "Participant") {
				f.SetString(names[*n%len(names)])
				*n++
				continue
			}
			renameAll(f, names, n)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			renameAll(v.Index(i), names, n)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			renameAll(v.Elem(), names, n)
		}
	}
}
