package roster

import (
	"errors"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/store"
)

// Each bad file is rejected as a whole, and the error names the file, the line
// and the column.
func TestBadRowsImportNothing(t *testing.T) {
	const header = "email,name,role,language,time_zone,province,interests,alternate_emails\n"
	const ana = "ana@example.org,Ana Souza,mentor,en,America/Vancouver,BC,interviews,\n"
	const bo = "bo@example.org,Bo Chen,mentee,en,America/Edmonton,AB,,\n"
	const pairHeader = "mentor_email,mentee_email,start_date\n"
	for _, tc := range []struct {
		name, participants, pairs, want string
	}{
		{"unknown role", header + strings.Replace(ana, "mentor", "mentro", 1), "",
			`participants.csv: line 2, column C (role): unknown role "mentro"`},
		{"ambiguous French role", header + strings.Replace(ana, "mentor", "mentore", 1), "",
			`participants.csv: line 2, column C (role): role "mentore" is ambiguous`},
		{"invalid address", header + strings.Replace(ana, "ana@example.org", "ana@example", 1), "",
			`participants.csv: line 2, column A (email): "ana@example" is not an email address`},
		{"invalid alternate", header + ana + strings.Replace(bo, "AB,,", "AB,,bo at home", 1), "",
			`participants.csv: line 3, column H (alternate_emails): "bo" is not an email address`},
		{"missing required field", header + ana + strings.Replace(bo, "Bo Chen", "", 1), "",
			`participants.csv: line 3, column B (name): name is required`},
		{"missing zone and province", header + strings.Replace(ana, "America/Vancouver,BC", ",", 1), "",
			`participants.csv: line 2, column E (time_zone): time_zone is required`},
		{"unknown language", header + strings.Replace(ana, ",en,", ",de,", 1), "",
			`participants.csv: line 2, column D (language): unknown language "de"; use en or fr`},
		{"unknown time zone", header + strings.Replace(ana, "America/Vancouver", "America/Atlantis", 1), "",
			`participants.csv: line 2, column E (time_zone): unknown time zone "America/Atlantis"`},
		{"unknown topic", header + strings.Replace(ana, "interviews", "interviews;knitting;21", 1), "",
			`participants.csv: line 2, column G (interests): unknown topic "knitting", "21"`},
		{"duplicate participant", header + ana + bo + strings.Replace(ana, "Ana Souza", "Ana S.", 1), "",
			`participants.csv: line 4, column A (email): duplicate participant: ana@example.org is listed twice (line 2)`},
		{"duplicate participant, other case", header + ana + strings.Replace(ana, "ana@", "ANA@", 1), "",
			`participants.csv: line 3, column A (email): duplicate participant: ana@example.org is listed twice (line 2)`},
		{"alternate is another's address", header + ana + strings.Replace(bo, "AB,,", "AB,,ana@example.org", 1), "",
			`participants.csv: line 3, column H (alternate_emails): duplicate participant: alternate address ana@example.org is also the address of ana@example.org (line 2)`},
		{"address is another's alternate", header + strings.Replace(ana, "interviews,", "interviews,bo@example.org", 1) + bo, "",
			`participants.csv: line 3, column A (email): duplicate participant: bo@example.org is already an alternate address of ana@example.org (line 2)`},
		{"malformed CSV: bare quote", header + ana + strings.Replace(bo, "Bo Chen", `Bo "B" Chen`, 1), "",
			`participants.csv: line 3: malformed CSV: bare " in non-quoted-field`},
		{"malformed CSV: unclosed quote", header + ana + strings.Replace(bo, "Bo Chen", `"Bo Chen`, 1) + ana, "",
			`participants.csv: line 3: malformed CSV: extraneous or missing " in quoted-field`},
		{"header without a required column", "email,name,language\nana@example.org,Ana,en\n", "",
			`participants.csv: line 1: the header has no "role" column`},
		{"extra fields", header + strings.TrimSuffix(ana, "\n") + ",surprise\n", "",
			`participants.csv: line 2: 9 fields but the header has 8 columns`},
		{"pair names an unknown address", header + ana + bo, pairHeader + "ana@example.org,zed@example.org,\n",
			`pairs.csv: line 2, column B (mentee_email): zed@example.org is not in the participants file nor in the database`},
		{"pair with an invalid address", header + ana + bo, pairHeader + "ana@example.org,bo@,\n",
			`pairs.csv: line 2, column B (mentee_email): "bo@" is not an email address`},
		{"pair missing a field", header + ana + bo, pairHeader + ",bo@example.org,\n",
			`pairs.csv: line 2, column A (mentor_email): mentor_email is required`},
		{"paired with themself", header + ana + bo, pairHeader + "ana@example.org,ana@example.org,\n",
			`pairs.csv: line 2, column B (mentee_email): ana@example.org cannot be paired with themself`},
		{"role mismatch", header + ana + bo, pairHeader + "bo@example.org,ana@example.org,\n",
			`pairs.csv: line 2, column A (mentor_email): role mismatch: bo@example.org is a mentee, not a mentor`},
		{"duplicate pair", header + ana + bo, pairHeader + "ana@example.org,bo@example.org,\nana@example.org,bo@example.org,2026-09-20\n",
			`pairs.csv: line 3, column B (mentee_email): duplicate pair: ana@example.org and bo@example.org are already paired on line 2`},
		{"mentee with two mentors", header + ana + bo + strings.Replace(ana, "ana@", "al@", 1),
			pairHeader + "ana@example.org,bo@example.org,\nal@example.org,bo@example.org,\n",
			`pairs.csv: line 3, column B (mentee_email): bo@example.org is already the mentee of ana@example.org on line 2`},
		{"start date before the cohort", header + ana + bo, pairHeader + "ana@example.org,bo@example.org,2026-09-01\n",
			`pairs.csv: line 2, column C (start_date): 2026-09-01 is before the cohort starts (2026-09-14)`},
		{"start date after the session", header + ana + bo, pairHeader + "ana@example.org,bo@example.org,2026-11-13\n",
			`pairs.csv: line 2, column C (start_date): 2026-11-13 is after the session ends (2026-11-12)`},
		{"start date malformed", header + ana + bo, pairHeader + "ana@example.org,bo@example.org,20/09/2026\n",
			`pairs.csv: line 2, column C (start_date): "20/09/2026" is not a date written YYYY-MM-DD`},
		{"malformed pairs CSV", header + ana + bo, pairHeader + "ana@example.org,\"bo@example.org,\n",
			`pairs.csv: line 2: malformed CSV`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t)
			pf, qf := files(tc.participants, tc.pairs)
			sum, err := Import(s, opts, pf, qf)
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("Import = %v, %v; want Errors", sum, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("errors:\n%v\nwant one containing:\n%s", err, tc.want)
			}
			if n := len(must[[]store.Participant](t)(s.AllParticipants())) + len(must[[]store.Cohort](t)(s.ConsoleCohorts())) + len(must[[]store.Pair](t)(s.AllPairs())); n != 0 {
				t.Errorf("%d rows written", n)
			}
		})
	}
}

// Every bad row is reported, one per line, in file and line order.
func TestAllErrorsReported(t *testing.T) {
	participants := "email,name,role,language,time_zone\n" +
		"a@example.org,A,boss,en,QC\n" +
		"b@example.org,B,mentee,xx,QC\n" +
		"c@example,C,mentor,en,Mars/Base\n"
	pairs := "mentor_email,mentee_email\nnobody@example.org,b@example.org\n"
	pf, qf := files(participants, pairs)
	_, err := Import(openStore(t), opts, pf, qf)
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("err = %v", err)
	}
	got := strings.Split(err.Error(), "\n")
	want := []string{
		`participants.csv: line 2, column C (role): unknown role "boss"`,
		`participants.csv: line 3, column D (language): unknown language "xx"`,
		`participants.csv: line 4, column A (email): "c@example" is not an email address`,
		`participants.csv: line 4, column E (time_zone): unknown time zone "Mars/Base"`,
		"pairs.csv: line 2, column A (mentor_email): nobody@example.org is not in the participants file nor in the database",
	}
	if len(got) != len(want) {
		t.Fatalf("%d errors:\n%v", len(got), err)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d:\n got %s\nwant %s...", i, got[i], want[i])
		}
	}
}

// An address the database gives to someone else is not taken over by an import.
func TestAddressOwnedInDatabase(t *testing.T) {
	s := openStore(t)
	mustImport(t, s, opts, goodParticipants, "")
	pf, qf := files("email,name,role,language,time_zone,alternate_emails\nnew@example.org,New,mentee,en,BC,ana@home.example.net\n", "")
	_, err := Import(s, opts, pf, qf)
	want := "participants.csv: line 2, column F (alternate_emails): duplicate participant: ana@home.example.net already belongs to ana@example.org in the database"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// A participant in an active pair cannot change role.
func TestRoleChangeInActivePair(t *testing.T) {
	s := openStore(t)
	mustImport(t, s, opts, goodParticipants, goodPairs)
	changed := strings.Replace(goodParticipants, "Bo Chen,mentee", "Bo Chen,mentor", 1)
	pf, qf := files(changed, "")
	_, err := Import(s, opts, pf, qf)
	want := "participants.csv: line 3, column C (role): role mismatch: bo@example.org is a mentee in 1 active pair(s); the import cannot make them a mentor"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{
		{Cohort: "", Start: "2026-09-14", Days: 60},
		{Cohort: "x", Start: "14/09/2026", Days: 60},
		{Cohort: "x", Start: "2026-09-14", Days: 0},
	} {
		pf, qf := files(goodParticipants, "")
		if _, err := Import(openStore(t), o, pf, qf); err == nil || !strings.HasPrefix(err.Error(), "roster: ") {
			t.Errorf("%+v: err = %v", o, err)
		}
	}
}
