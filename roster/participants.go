package roster

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/topics"
)

// Participant columns.
const (
	colEmail       = "email"
	colName        = "name"
	colRole        = "role"
	colLanguage    = "language"
	colTimeZone    = "time_zone"
	colProvince    = "province"
	colBackground  = "background"
	colCVURL       = "cv_url"
	colLinkedInURL = "linkedin_url"
	colCareerGoals = "career_goals"
	colInterests   = "interests"
	colAlternates  = "alternate_emails"
)

// participantSchema is participants.csv: required columns, and the other
// spellings a committee's spreadsheet may use (English and French).
var participantSchema = schema{
	columns: []string{colEmail, colName, colRole, colLanguage, colTimeZone, colProvince, colBackground,
		colCVURL, colLinkedInURL, colCareerGoals, colInterests, colAlternates},
	required: []string{colEmail, colName, colRole, colLanguage},
	aliases: map[string]string{
		"e_mail": colEmail, "email_address": colEmail, "courriel": colEmail, "adresse_courriel": colEmail,
		"full_name": colName, "nom": colName,
		"type": colRole,
		"lang": colLanguage, "langue": colLanguage,
		"timezone": colTimeZone, "tz": colTimeZone, "zone": colTimeZone, "fuseau_horaire": colTimeZone,
		"territory": colProvince, "province_territory": colProvince, "province_or_territory": colProvince,
		"bio": colBackground, "parcours": colBackground,
		"cv": colCVURL, "resume": colCVURL, "resume_url": colCVURL,
		"linkedin": colLinkedInURL,
		"goals":    colCareerGoals, "objectifs": colCareerGoals, "objectifs_de_carriere": colCareerGoals,
		"topics": colInterests, "interets": colInterests, "sujets": colInterests,
		"alternates": colAlternates, "alternate_email": colAlternates, "other_emails": colAlternates,
		"autres_courriels": colAlternates,
	},
}

// Field length limits, generous for a spreadsheet cell.
const (
	maxNameLen = 200
	maxTextLen = 5000
)

// person is one valid row of participants.csv.
type person struct {
	t          *table
	r          row
	p          store.Participant // without ids
	alternates []string          // normalised, without the primary
}

// readParticipants checks every row of participants.csv on its own: required
// fields, roles, languages, zones, topics, addresses. Checks that involve
// other rows or the database come later.
//
// rejected holds the addresses of rows with errors, so that pairs naming them
// are not reported a second time as unknown.
func readParticipants(file string, data []byte, cat *topics.Catalogue) (out []*person, rejected map[string]bool, warnings []string, errs Errors) {
	t, warnings, errs := readTable(file, data, participantSchema)
	rejected = map[string]bool{}
	if t == nil || len(errs) > 0 && len(t.cols) == 0 {
		return nil, rejected, warnings, errs
	}
	for _, r := range t.rows {
		p, rowErrs := readPerson(t, r, cat)
		errs = append(errs, rowErrs...)
		if len(rowErrs) == 0 {
			out = append(out, p)
			continue
		}
		rejected[NormalizeAddress(t.get(r, colEmail))] = true
		for _, a := range p.alternates {
			rejected[a] = true
		}
	}
	return out, rejected, warnings, errs
}

func readPerson(t *table, r row, cat *topics.Catalogue) (*person, Errors) {
	var errs Errors
	fail := func(col string, err error) { errs = append(errs, t.errAt(r, col, "%v", err)) }
	required := func(col string) string {
		v := t.get(r, col)
		if v == "" {
			errs = append(errs, t.errAt(r, col, "%s is required", col))
		}
		return v
	}
	ps := &person{t: t, r: r}
	p := &ps.p
	var err error
	if v := required(colEmail); v != "" {
		if p.Email, err = checkAddress(v); err != nil {
			fail(colEmail, err)
		}
	}
	if v := required(colName); v != "" {
		p.Name = strings.Join(strings.Fields(v), " ")
		if utf8.RuneCountInString(p.Name) > maxNameLen {
			fail(colName, fmt.Errorf("the name is longer than %d characters", maxNameLen))
		}
	}
	if v := required(colRole); v != "" {
		if p.Role, err = parseRole(v); err != nil {
			fail(colRole, err)
		}
	}
	if v := required(colLanguage); v != "" {
		if p.Language, err = parseLanguage(v); err != nil {
			fail(colLanguage, err)
		}
	}
	p.Province = normalizeProvince(t.get(r, colProvince))
	if p.Province != "" && provinceZones[p.Province] == "" {
		// Checked even when time_zone is given: the introduction shows it.
		fail(colProvince, fmt.Errorf("unknown province or territory %q; use a code such as BC or QC, or a name such as Québec", p.Province))
	}
	switch zone := t.get(r, colTimeZone); {
	case zone != "":
		if p.TimeZone, err = parseZone(zone); err != nil {
			fail(colTimeZone, err)
		}
	case provinceZones[p.Province] != "":
		p.TimeZone = provinceZones[p.Province]
	case p.Province == "":
		errs = append(errs, t.errAt(r, colTimeZone, "time_zone is required when province is not a Canadian province or territory"))
	}
	for col, dst := range map[string]*string{colBackground: &p.Background, colCareerGoals: &p.CareerGoals} {
		*dst = t.get(r, col)
		if utf8.RuneCountInString(*dst) > maxTextLen {
			fail(col, fmt.Errorf("the text is longer than %d characters", maxTextLen))
		}
	}
	if p.CVURL, err = parseURL(t.get(r, colCVURL)); err != nil {
		fail(colCVURL, err)
	}
	if p.LinkedInURL, err = parseURL(t.get(r, colLinkedInURL)); err != nil {
		fail(colLinkedInURL, err)
	}
	if p.Interests, err = parseInterests(t.get(r, colInterests), cat); err != nil {
		fail(colInterests, err)
	}
	seen := map[string]bool{p.Email: true}
	for _, a := range strings.FieldsFunc(t.get(r, colAlternates), func(r rune) bool { return r == ';' || r == ',' || r == ' ' || r == '\n' }) {
		addr, err := checkAddress(a)
		if err != nil {
			fail(colAlternates, err)
			continue
		}
		if !seen[addr] {
			seen[addr] = true
			ps.alternates = append(ps.alternates, addr)
		}
	}
	return ps, errs
}

// checkDuplicates reports a participant listed twice, or an address (primary or
// alternate) that two rows claim. It returns every address's owner.
func checkDuplicates(people []*person) (map[string]*person, Errors) {
	owner := map[string]*person{}
	var errs Errors
	for _, ps := range people {
		if first, dup := owner[ps.p.Email]; dup {
			what := "is listed twice"
			if first.p.Email != ps.p.Email {
				what = "is already an alternate address of " + first.p.Email
			}
			errs = append(errs, ps.t.errAt(ps.r, colEmail, "duplicate participant: %s %s (line %d)", ps.p.Email, what, first.r.line()))
			continue
		}
		owner[ps.p.Email] = ps
		for _, a := range ps.alternates {
			if first, dup := owner[a]; dup {
				errs = append(errs, ps.t.errAt(ps.r, colAlternates, "duplicate participant: alternate address %s is also the address of %s (line %d)",
					a, first.p.Email, first.r.line()))
				continue
			}
			owner[a] = ps
		}
	}
	return owner, errs
}
