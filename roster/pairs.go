package roster

import (
	"time"
)

// Pair columns.
const (
	colMentor = "mentor_email"
	colMentee = "mentee_email"
	colStart  = "start_date"
)

// pairSchema is pairs.csv.
var pairSchema = schema{
	columns:  []string{colMentor, colMentee, colStart},
	required: []string{colMentor, colMentee},
	aliases: map[string]string{
		"mentor": colMentor, "courriel_mentor": colMentor, "mentor_courriel": colMentor,
		"mentee": colMentee, "mentore": colMentee, "courriel_mentore": colMentee, "mentore_courriel": colMentee,
		"start": colStart, "date": colStart, "date_de_debut": colStart, "debut": colStart,
	},
}

// pairRow is one valid row of pairs.csv, before its people are looked up.
type pairRow struct {
	t      *table
	r      row
	mentor string // normalised addresses
	mentee string
	start  string // YYYY-MM-DD, "" for the cohort's start

	mentorM, menteeM *member // set by checkPairs
}

// readPairs checks every row of pairs.csv on its own. The start date must fall
// within the session [cohortStart, cohortStart+days).
func readPairs(file string, data []byte, cohortStart time.Time, days int) ([]*pairRow, []string, Errors) {
	t, warnings, errs := readTable(file, data, pairSchema)
	if t == nil || len(errs) > 0 && len(t.cols) == 0 {
		return nil, warnings, errs
	}
	end := cohortStart.AddDate(0, 0, days)
	var out []*pairRow
	for _, r := range t.rows {
		pr := &pairRow{t: t, r: r}
		n := len(errs)
		for col, dst := range map[string]*string{colMentor: &pr.mentor, colMentee: &pr.mentee} {
			v := t.get(r, col)
			if v == "" {
				errs = append(errs, t.errAt(r, col, "%s is required", col))
				continue
			}
			a, err := checkAddress(v)
			if err != nil {
				errs = append(errs, t.errAt(r, col, "%v", err))
			}
			*dst = a
		}
		if v := t.get(r, colStart); v != "" {
			d, err := parseDate(v)
			switch {
			case err != nil:
				errs = append(errs, t.errAt(r, colStart, "%v", err))
			case d.Before(cohortStart):
				errs = append(errs, t.errAt(r, colStart, "%s is before the cohort starts (%s)", v, cohortStart.Format(DateLayout)))
			case !d.Before(end):
				errs = append(errs, t.errAt(r, colStart, "%s is after the session ends (%s)", v, end.AddDate(0, 0, -1).Format(DateLayout)))
			default:
				pr.start = d.Format(DateLayout)
			}
		}
		if len(errs) == n {
			out = append(out, pr)
		}
	}
	return out, warnings, errs
}
