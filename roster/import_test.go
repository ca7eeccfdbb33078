package roster

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "m.db"), Key: bytes.Repeat([]byte{3}, store.KeySize)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

const goodParticipants = `email,name,role,language,time_zone,province,interests,alternate_emails
ana@example.org,Ana Souza,mentor,en,America/Vancouver,BC,interviews;3,ana@home.example.net
bo@example.org,Bo Chen,mentee,en,,AB,"job_applications, diversity",
chloe@example.org,Chloé Tremblay,mentor,fr,QC,QC,,
dev@example.org,Dev Patel,mentoré,fr,America/Halifax,NS,20,dev.p@example.net;dev2@example.net
`

const goodPairs = `mentor_email,mentee_email,start_date
ana@example.org,bo@example.org,
chloe@example.org,DEV.P@example.net,2026-09-20
`

var opts = Options{Cohort: "2026-fall", Start: "2026-09-14", Days: 60}

// files names the two contents; an empty one is left out of the import.
func files(participants, pairs string) (pf, qf File) {
	if participants != "" {
		pf = File{Name: "participants.csv", Data: []byte(participants)}
	}
	if pairs != "" {
		qf = File{Name: "pairs.csv", Data: []byte(pairs)}
	}
	return pf, qf
}

func mustImport(t *testing.T, s *store.Store, o Options, participants, pairs string) *Summary {
	t.Helper()
	pf, qf := files(participants, pairs)
	sum, err := Import(s, o, pf, qf)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	return sum
}

// must returns v, failing t on err.
func must[T any](t *testing.T) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// participants returns every participant, by email.
func participants(t *testing.T, s *store.Store) []store.Participant {
	t.Helper()
	ps := must[[]store.Participant](t)(s.AllParticipants())
	sort.Slice(ps, func(i, j int) bool { return ps[i].Email < ps[j].Email })
	return ps
}

func TestImportGood(t *testing.T) {
	s := openStore(t)
	sum := mustImport(t, s, opts, goodParticipants, goodPairs)
	if got := sum.String(); !strings.Contains(got, "participants: 4 added, 0 updated, 0 unchanged") ||
		!strings.Contains(got, "pairs: 2 added, 0 updated, 0 unchanged") || !strings.Contains(got, "cohort 2026-fall (added)") {
		t.Errorf("summary:\n%s", got)
	}
	ps := participants(t, s)
	if len(ps) != 4 {
		t.Fatalf("%d participants", len(ps))
	}
	ana, bo, chloe, dev := ps[0], ps[1], ps[2], ps[3]
	if ana.Interests != "interviews,career_goals" || ana.TimeZone != "America/Vancouver" || ana.Role != store.RoleMentor || ana.CohortID == nil {
		t.Errorf("ana: %+v", ana)
	}
	if bo.TimeZone != "America/Edmonton" || bo.Interests != "job_applications,diversity" || bo.Province != "AB" {
		t.Errorf("bo (zone from province): %+v", bo)
	}
	if chloe.Name != "Chloé Tremblay" || chloe.TimeZone != "America/Toronto" || chloe.Language != "fr" {
		t.Errorf("chloe: %+v", chloe)
	}
	if dev.Role != store.RoleMentee || dev.Interests != "change_management" {
		t.Errorf("dev: %+v", dev)
	}
	pairs := must[[]store.Pair](t)(s.AllPairs())
	if len(pairs) != 2 || pairs[0].StartDate != "2026-09-14" || pairs[1].StartDate != "2026-09-20" ||
		pairs[1].MentorID != chloe.ID || pairs[1].MenteeID != dev.ID || pairs[0].Status != store.PairActive {
		t.Errorf("pairs: %+v", pairs)
	}
	if n := must[int64](t)(s.CountAddresses()); n != 3 {
		t.Errorf("%d alternate addresses, want 3", n)
	}
}

func TestReimportChangesNothing(t *testing.T) {
	s := openStore(t)
	mustImport(t, s, opts, goodParticipants, goodPairs)
	before := must[[]store.Participant](t)(s.AllParticipants())
	sum := mustImport(t, s, opts, goodParticipants, goodPairs)
	want := "cohort 2026-fall (unchanged): starts 2026-09-14, 60 days\nparticipants: 0 added, 0 updated, 4 unchanged\npairs: 0 added, 0 updated, 2 unchanged\n"
	if got := sum.String(); got != want {
		t.Errorf("summary:\n%s\nwant:\n%s", got, want)
	}
	after := must[[]store.Participant](t)(s.AllParticipants())
	for i := range before {
		if !before[i].UpdatedAt.Equal(after[i].UpdatedAt) {
			t.Errorf("%s was touched", after[i].Email)
		}
	}
}

func TestChangedRowUpdates(t *testing.T) {
	s := openStore(t)
	mustImport(t, s, opts, goodParticipants, goodPairs)
	changed := strings.Replace(goodParticipants, "Bo Chen,mentee,en,,AB", "Bo Chen,mentee,fr,,AB", 1)
	changed = strings.Replace(changed, "dev.p@example.net;dev2@example.net", "dev.p@example.net", 1)
	pairs := strings.Replace(goodPairs, "2026-09-20", "2026-09-27", 1)
	sum := mustImport(t, s, opts, changed, pairs)
	if sum.Participants != (Counts{Updated: 2, Unchanged: 2}) || sum.Pairs != (Counts{Updated: 1, Unchanged: 1}) {
		t.Errorf("summary:\n%s", sum)
	}
	bo := must[*store.Participant](t)(s.ParticipantByEmail("bo@example.org"))
	if bo.Language != "fr" {
		t.Errorf("bo's language = %q", bo.Language)
	}
	if n := must[int64](t)(s.CountAddresses()); n != 2 {
		t.Errorf("%d alternate addresses, want 2", n)
	}
}

// Pairs may name people imported earlier, by their primary or alternate address.
func TestPairsFromTheDatabase(t *testing.T) {
	s := openStore(t)
	mustImport(t, s, opts, goodParticipants, "")
	sum := mustImport(t, s, opts, "", "mentor_email,mentee_email\nANA@example.org,bo@example.org\nchloe@example.org,dev2@example.net\n")
	if sum.Pairs != (Counts{Added: 2}) || sum.Participants != (Counts{}) {
		t.Errorf("summary:\n%s", sum)
	}
	pf, qf := files("", "mentor_email,mentee_email\nana@example.org,dev@example.org\n")
	_, err := Import(s, opts, pf, qf)
	if err == nil || !strings.Contains(err.Error(), "dev@example.org already has another mentor in cohort 2026-fall") {
		t.Errorf("err = %v", err)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	s := openStore(t)
	o := opts
	o.DryRun = true
	sum := mustImport(t, s, o, goodParticipants, goodPairs)
	if sum.Participants.Added != 4 || !strings.HasPrefix(sum.String(), "dry run") {
		t.Errorf("summary:\n%s", sum)
	}
	if n := len(must[[]store.Participant](t)(s.AllParticipants())) + len(must[[]store.Cohort](t)(s.ConsoleCohorts())); n != 0 {
		t.Errorf("a dry run wrote %d rows", n)
	}
}

func TestEncodingsAndDelimiters(t *testing.T) {
	// Excel in a French locale: BOM, semicolons, CRLF, headers in another case.
	excel := "\ufeffEmail;Name;Role;Language;Time Zone;Interests\r\n" +
		"zoe@example.org;Zoé Côté;Mentor;FR;America/Toronto;\"diversity;technology\"\r\n" +
		"yan@example.org;Yan Lefèvre;mentorée;fr;atlantic;\r\n;;;;;\r\n"
	s := openStore(t)
	sum := mustImport(t, s, opts, excel, "mentor_email\tmentee_email\r\nzoe@example.org\tyan@example.org\r\n")
	if sum.Participants.Added != 2 || sum.Pairs.Added != 1 {
		t.Fatalf("summary:\n%s", sum)
	}
	zoe := must[*store.Participant](t)(s.ParticipantByEmail("zoe@example.org"))
	yan := must[*store.Participant](t)(s.ParticipantByEmail("yan@example.org"))
	if zoe.Name != "Zoé Côté" || zoe.Interests != "diversity,technology" || yan.TimeZone != "America/Halifax" {
		t.Errorf("zoe %+v, yan %+v", zoe, yan)
	}

	// Windows-1252, as "CSV" (not "CSV UTF-8") from an older Excel.
	cp := []byte("email,name,role,language,time_zone\nx@example.org,Fran\xe7ois L\xe9ger,mentor,fr,QC\n")
	s2 := openStore(t)
	sum, err := Import(s2, opts, File{Name: "p.csv", Data: cp}, File{})
	if err != nil {
		t.Fatal(err)
	}
	x := must[[]store.Participant](t)(s2.AllParticipants())[0]
	if x.Name != "François Léger" || len(sum.Warnings) != 1 {
		t.Errorf("name %q, warnings %q", x.Name, sum.Warnings)
	}
}

func TestExamples(t *testing.T) {
	pf, err := ReadFile("../examples/participants.csv")
	if err != nil {
		t.Fatal(err)
	}
	qf, err := ReadFile("../examples/pairs.csv")
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	sum, err := Import(s, opts, pf, qf)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Participants.Added != 12 || sum.Pairs.Added != 6 || len(sum.Warnings) != 0 {
		t.Errorf("summary:\n%s\nwarnings %q", sum, sum.Warnings)
	}
	zones := map[string]bool{}
	ps := must[[]store.Participant](t)(s.AllParticipants())
	for _, p := range ps {
		zones[p.TimeZone] = true
	}
	for _, z := range []string{"America/Vancouver", "America/Regina", "America/Toronto", "America/Halifax"} {
		if !zones[z] {
			t.Errorf("no participant in %s", z)
		}
	}
	if sum, err = Import(s, opts, pf, qf); err != nil || sum.Participants.Unchanged != 12 || sum.Pairs.Unchanged != 6 {
		t.Errorf("re-import: %v\n%s", err, sum)
	}
}

func TestReadFileMissing(t *testing.T) {
	if _, err := ReadFile(filepath.Join(t.TempDir(), "none.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v", err)
	}
}

// The examples in README.md import as they are.
func TestReadmeExamples(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := func(header string) string {
		_, rest, ok := strings.Cut(string(data), "\n"+header+"\n")
		if !ok {
			t.Fatalf("README.md has no example starting %q", header)
		}
		body, _, _ := strings.Cut(rest, "```")
		return header + "\n" + body
	}
	pf, qf := files(block("email,name,role,language,time_zone,province,background,cv_url,linkedin_url,career_goals,interests,alternate_emails"),
		block("mentor_email,mentee_email,start_date"))
	sum, err := Import(openStore(t), opts, pf, qf)
	if err != nil || sum.Participants.Added != 2 || sum.Pairs.Added != 1 {
		t.Errorf("Import = %v, %v", sum, err)
	}
}
