package templates

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// maxTextLine is the longest line of a plain-text part, footers included, in
// characters: readers that do not wrap show 78 columns.
const maxTextLine = 77

// TestPlainTextLinesShort renders every kind in both languages, for each role
// where the data has one, and fails on a text line of more than maxTextLine
// characters that is not a single word (a long link cannot be broken).
func TestPlainTextLinesShort(t *testing.T) {
	s := newSet(t)
	for _, kind := range Kinds() {
		for _, lang := range Languages {
			for _, role := range []Role{RoleMentee, RoleMentor} {
				data := withRole(Sample(kind, lang), role)
				r, err := s.Render(kind, lang, data)
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(r.Text, "\n") {
					if utf8.RuneCountInString(l) > maxTextLine && strings.Contains(strings.TrimSpace(l), " ") {
						t.Errorf("%s.%s (%s): a line of %d characters: %q", kind, lang, role, utf8.RuneCountInString(l), l)
					}
				}
			}
		}
	}
}

// withRole returns a copy of data with its Role field, if it has one, set to role.
func withRole(data any, role Role) any {
	v := reflect.New(reflect.TypeOf(data)).Elem()
	v.Set(reflect.ValueOf(data))
	if f := v.FieldByName("Role"); f.IsValid() && f.CanSet() {
		f.Set(reflect.ValueOf(role))
	}
	return v.Interface()
}
