package roster

import (
	"testing"

	"github.com/mentormail/mentormail/topics"
)

// Reading a participants file never panics, and every error it reports has a
// file and a reason.
func FuzzReadParticipants(f *testing.F) {
	f.Add([]byte(goodParticipants))
	f.Add([]byte("\ufeffEmail;Name;Role;Language;Time Zone\r\na@example.org;Zoé;mentorée;fr;QC\r\n"))
	f.Add([]byte("email,name\n\"a,b\n"))
	f.Add([]byte{0xFF, 0xFE, 'e', 0, ',', 0})
	f.Add([]byte("email,name,role,language,time_zone,interests\nx@example.org,X,mentor,en,BC,\"1;99;a b\"\n"))
	cat := topics.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, _, errs := readParticipants("p.csv", data, cat)
		for _, e := range errs {
			if e.File != "p.csv" || e.Reason == "" {
				t.Fatalf("bad error %#v", e)
			}
		}
	})
}
