package roster

import (
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones are checked the same way on every host

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/topics"
)

// NormalizeAddress trims an address, drops a "mailto:" prefix and angle
// brackets, and lower-cases it.
func NormalizeAddress(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "mailto:")
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">"))
}

// checkAddress returns the normalised address, or why it is not one.
func checkAddress(s string) (string, error) {
	a := NormalizeAddress(s)
	p, err := mail.ParseAddress(a)
	at := strings.LastIndexByte(a, '@')
	if err != nil || p.Address != a || at < 1 || !strings.Contains(a[at+1:], ".") || strings.HasSuffix(a, ".") {
		return "", fmt.Errorf("%q is not an email address", strings.TrimSpace(s))
	}
	return a, nil
}

// fold lower-cases s and composes the accents a Mac may write decomposed.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer("e\u0301", "é", "e\u0300", "è").Replace(s)
}

// parseRole accepts mentor and mentee, and the French mentor, mentoré, mentorée.
func parseRole(s string) (string, error) {
	switch fold(s) {
	case "mentor", "mentor(e)", "mentor·e":
		return store.RoleMentor, nil
	case "mentee", "mentoré", "mentorée", "mentoré(e)", "mentoree", "mentoré·e":
		return store.RoleMentee, nil
	case "mentore":
		return "", fmt.Errorf("role %q is ambiguous (mentore is a mentor, mentorée a mentee); write mentor or mentoré", s)
	}
	return "", fmt.Errorf("unknown role %q; use mentor or mentee (mentor or mentoré in French)", s)
}

// parseLanguage accepts en and fr, and the languages' names in English and French.
func parseLanguage(s string) (string, error) {
	switch fold(s) {
	case "en", "eng", "english", "anglais":
		return "en", nil
	case "fr", "fra", "fre", "french", "français", "francais":
		return "fr", nil
	}
	return "", fmt.Errorf("unknown language %q; use en or fr", s)
}

// provinces maps Canada's province and territory codes, and their English and
// French names, to the code.
var provinces = map[string]string{
	"bc": "BC", "british columbia": "BC", "colombie-britannique": "BC",
	"ab": "AB", "alberta": "AB",
	"sk": "SK", "saskatchewan": "SK",
	"mb": "MB", "manitoba": "MB",
	"on": "ON", "ontario": "ON",
	"qc": "QC", "pq": "QC", "quebec": "QC", "québec": "QC",
	"nb": "NB", "new brunswick": "NB", "nouveau-brunswick": "NB",
	"ns": "NS", "nova scotia": "NS", "nouvelle-écosse": "NS",
	"pe": "PE", "pei": "PE", "prince edward island": "PE", "île-du-prince-édouard": "PE",
	"nl": "NL", "newfoundland and labrador": "NL", "terre-neuve-et-labrador": "NL",
	"yt": "YT", "yukon": "YT",
	"nt": "NT", "northwest territories": "NT", "territoires du nord-ouest": "NT",
	"nu": "NU", "nunavut": "NU",
}

// provinceZones is each province's or territory's main time zone. Where a
// province spans zones (north-western Ontario, eastern British Columbia,
// Labrador, Nunavut), the time_zone column says which.
var provinceZones = map[string]string{
	"BC": "America/Vancouver", "AB": "America/Edmonton", "SK": "America/Regina", "MB": "America/Winnipeg",
	"ON": "America/Toronto", "QC": "America/Toronto", "NB": "America/Moncton", "NS": "America/Halifax",
	"PE": "America/Halifax", "NL": "America/St_Johns", "YT": "America/Whitehorse", "NT": "America/Edmonton",
	"NU": "America/Iqaluit",
}

// regionZones maps the names Canadians give their zones to an IANA zone.
var regionZones = map[string]string{
	"pacific": "America/Vancouver", "pacifique": "America/Vancouver",
	"mountain": "America/Edmonton", "rocheuses": "America/Edmonton",
	"central": "America/Winnipeg", "centre": "America/Winnipeg",
	"eastern": "America/Toronto", "est": "America/Toronto",
	"atlantic": "America/Halifax", "atlantique": "America/Halifax",
	"newfoundland": "America/St_Johns", "terre-neuve": "America/St_Johns",
}

// normalizeProvince returns a province's two-letter code when s names one, else s.
func normalizeProvince(s string) string {
	if code, ok := provinces[fold(strings.ReplaceAll(s, ".", ""))]; ok {
		return code
	}
	return s
}

// parseZone accepts an IANA zone (America/Vancouver), a province or territory
// code or name (BC, Québec), or a zone's common name (Pacific, Atlantic).
func parseZone(s string) (string, error) {
	if code, ok := provinces[fold(s)]; ok {
		return provinceZones[code], nil
	}
	if z, ok := regionZones[fold(s)]; ok {
		return z, nil
	}
	if strings.Contains(s, "/") {
		if _, err := time.LoadLocation(s); err == nil {
			return s, nil
		}
		// Zone names are case-sensitive; forgive "america/vancouver".
		for _, z := range provinceZones {
			if strings.EqualFold(z, s) {
				return z, nil
			}
		}
	}
	if s == "UTC" {
		return s, nil
	}
	return "", fmt.Errorf("unknown time zone %q; use an IANA zone such as America/Vancouver, or a province code such as BC", s)
}

// parseInterests reads topic keys or catalogue numbers separated by ; or , and
// returns the keys, comma-separated, in the order given, without repeats.
func parseInterests(s string, cat *topics.Catalogue) (string, error) {
	var keys, bad []string
	seen := map[string]bool{}
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		tok = strings.TrimSpace(tok)
		if tok == "" {
			continue
		}
		var t topics.Topic
		var ok bool
		if n, err := strconv.Atoi(tok); err == nil {
			t, ok = cat.ByNumber(n)
		} else {
			t, ok = cat.ByKey(strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(tok)))
		}
		if !ok {
			bad = append(bad, strconv.Quote(tok))
			continue
		}
		if !seen[t.Key] {
			seen[t.Key] = true
			keys = append(keys, t.Key)
		}
	}
	if len(bad) > 0 {
		return "", fmt.Errorf("unknown topic %s; use topic keys such as %s, or numbers 1 to %d", strings.Join(bad, ", "),
			cat.All()[0].Key, len(cat.All()))
	}
	return strings.Join(keys, ","), nil
}

// parseURL accepts an http or https address; "linkedin.com/in/x" gets https://.
func parseURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	full := s
	if !strings.Contains(s, "://") {
		full = "https://" + s
	}
	u, err := url.Parse(full)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || !strings.Contains(u.Host, ".") || strings.ContainsAny(s, " \t\r\n") {
		return "", fmt.Errorf("%q is not a web address", s)
	}
	return u.String(), nil
}

// DateLayout is the layout of every date in the files and flags: YYYY-MM-DD.
const DateLayout = "2006-01-02"

func parseDate(s string) (time.Time, error) {
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date written YYYY-MM-DD", s)
	}
	return d, nil
}
