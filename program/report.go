package program

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mentormail/mentormail/store"
)

// The committee's report on a cohort. It carries dates, counts, topic keys and
// states only (DESIGN.md, Privacy): never notes, reply text, goal titles, question
// text or survey comments, and it is built from store queries that do not read a
// sealed column. The CLI's report, the weekly health digest and the demo all use
// these figures.

// The flags a pair can carry in the report.
const (
	FlagLapsing   = "lapsing"   // no meeting for lapseDays or more
	FlagPaused    = "paused"    // a partner has paused their mail
	FlagBouncing  = "bouncing"  // mail to a partner bounced, or was stopped
	FlagWithdrawn = "withdrawn" // a partner left the program
	// FlagAway: an out-of-office reply gave a return date still to come; the
	// partner's nudges and the pair's lapse alerts wait for it.
	FlagAway = "away"
)

// lapseDays is how long without a meeting makes a pair lapsing: the day the
// calendar nudges it.
const lapseDays = nudgeAfterDays

// Report is the committee's report on one cohort at one day.
type Report struct {
	Cohort string `json:"cohort"`
	// Start and End bound the cohort's session (YYYY-MM-DD); Days is its length.
	Start string `json:"start"`
	End   string `json:"end"`
	Days  int    `json:"days"`
	// At is the report's day (YYYY-MM-DD, in the program's time zone); Day is how
	// many days of the session have passed by then.
	At  string `json:"at"`
	Day int    `json:"day"`
	// Pairs are the cohort's pairs, by id.
	Pairs  []PairReport  `json:"pairs"`
	Totals ReportTotals  `json:"totals"`
	Survey SurveySummary `json:"survey"`
	// OpenQuestions are the questions not answered yet, oldest first, without their text.
	OpenQuestions []QuestionAge `json:"open_questions"`
}

// PairReport is one pair's figures.
type PairReport struct {
	// Pair is the pair's key, "pair12".
	Pair   string `json:"pair"`
	Mentor string `json:"mentor"`
	Mentee string `json:"mentee"`
	Status string `json:"status"`
	Start  string `json:"start"`
	// Meetings counts the distinct days a meeting was logged on (undone ones
	// excluded); Target is the twice-a-month expectation for the days elapsed.
	Meetings int  `json:"meetings"`
	Target   int  `json:"target"`
	OnTarget bool `json:"on_target"`
	// LastMeeting is "" when none was logged; DaysSince counts from it, or from
	// the pair's start.
	LastMeeting   string   `json:"last_meeting"`
	DaysSince     int      `json:"days_since"`
	GoalsSet      int      `json:"goals_set"`
	GoalsDone     int      `json:"goals_done"`
	Topics        []string `json:"topics"`
	OpenQuestions int      `json:"open_questions"`
	Flags         []string `json:"flags"`
	// EndReason is why the committee ended the pair early ("" otherwise).
	EndReason string `json:"end_reason,omitempty"`
	// Undated counts meetings reported without a day (not in Meetings until
	// their day is given).
	Undated int `json:"undated_meetings"`
	// AwayUntil is the latest return date (YYYY-MM-DD) an out-of-office reply of
	// either partner gave, while it is still to come; "" otherwise.
	AwayUntil string `json:"away_until,omitempty"`
}

// ReportTotals are a cohort's totals.
type ReportTotals struct {
	Pairs    int `json:"pairs"`
	Meetings int `json:"meetings"`
	Target   int `json:"target"`
	OnTarget int `json:"on_target"`
	// OnTargetShare is OnTarget / Pairs, from 0 to 1.
	OnTargetShare float64 `json:"on_target_share"`
	GoalsSet      int     `json:"goals_set"`
	GoalsDone     int     `json:"goals_done"`
	Lapsing       int     `json:"lapsing"`
	Paused        int     `json:"paused"`
	Bouncing      int     `json:"bouncing"`
	Withdrawn     int     `json:"withdrawn"`
	OpenQuestions int     `json:"open_questions"`
}

// SurveySummary sums up the cohort's survey ratings. Ratings are reported for the
// cohort only: a pair's rating would say who gave it.
type SurveySummary struct {
	Count   int     `json:"count"`
	Average float64 `json:"average"`
	// Distribution counts each rating: index 0 is rating 1, index 4 rating 5.
	Distribution [5]int `json:"distribution"`
}

// QuestionAge is an open question: who asked, from which pair, and how long ago.
type QuestionAge struct {
	Asker   string    `json:"asker"`
	Pair    string    `json:"pair"`
	AskedAt time.Time `json:"asked_at"`
	Days    int       `json:"days"`
}

// pairKey is how reports name a pair.
func pairKey(id int64) string { return fmt.Sprintf("pair%d", id) }

// BuildReport computes the report on a cohort (the latest one when cohort is "")
// at the day of at in loc. It reads only the store; the CLI uses it without a
// whole Program.
func BuildReport(s ReportReader, cohort string, at time.Time, loc *time.Location) (*Report, error) {
	c, err := s.ReportCohort(cohort)
	if err != nil {
		return nil, err
	}
	d, err := s.ReportData(c.ID)
	if err != nil {
		return nil, err
	}
	return buildReport(d, at, loc), nil
}

// Report computes the report on a cohort (the latest one when cohort is "") at
// the day of at in the program's time zone.
func (p *Program) Report(cohort string, at time.Time) (*Report, error) {
	return BuildReport(p.store, cohort, at, p.opts.Location)
}

// buildReport computes the figures from what the store read.
func buildReport(d *store.ReportData, at time.Time, loc *time.Location) *Report {
	at = at.In(loc)
	atDay := at.Format(time.DateOnly)
	start, _ := time.Parse(time.DateOnly, d.Cohort.StartDate)
	r := &Report{Cohort: d.Cohort.Name, Start: d.Cohort.StartDate, Days: d.Cohort.Days,
		End: start.AddDate(0, 0, d.Cohort.Days).Format(time.DateOnly), At: atDay,
		Day: min(max(0, daysBetween(start, at)), d.Cohort.Days), Pairs: []PairReport{}, OpenQuestions: []QuestionAge{}}

	meetings := map[int64][]store.Meeting{}
	for _, m := range d.Meetings {
		if m.Date <= atDay {
			meetings[m.PairID] = append(meetings[m.PairID], m)
		}
	}
	goals := map[int64][]store.Goal{}
	for _, g := range d.Goals {
		goals[g.PairID] = append(goals[g.PairID], g)
	}
	open := map[int64]int{}
	for _, q := range d.Questions {
		if q.State != store.QuestionOpen || q.CreatedAt.After(at) || q.PairID == nil {
			continue
		}
		open[*q.PairID]++
		r.OpenQuestions = append(r.OpenQuestions, QuestionAge{Asker: q.AskerName, Pair: pairKey(*q.PairID),
			AskedAt: q.CreatedAt.In(loc), Days: daysBetween(q.CreatedAt.In(loc), at)})
	}
	for i := range d.Pairs {
		pr := pairReport(&d.Pairs[i], meetings, goals, d.Introduced[d.Pairs[i].Pair.ID], at, loc)
		pr.OpenQuestions = open[d.Pairs[i].Pair.ID]
		r.Pairs = append(r.Pairs, pr)
		r.Totals.add(pr)
	}
	if r.Totals.Pairs > 0 {
		r.Totals.OnTargetShare = float64(r.Totals.OnTarget) / float64(r.Totals.Pairs)
	}
	sum := 0
	for _, v := range d.Ratings {
		if v >= 1 && v <= 5 {
			r.Survey.Count++
			r.Survey.Distribution[v-1]++
			sum += v
		}
	}
	if r.Survey.Count > 0 {
		r.Survey.Average = float64(sum) / float64(r.Survey.Count)
	}
	return r
}

func (t *ReportTotals) add(pr PairReport) {
	t.Pairs++
	t.Meetings += pr.Meetings
	t.Target += pr.Target
	if pr.OnTarget {
		t.OnTarget++
	}
	t.GoalsSet += pr.GoalsSet
	t.GoalsDone += pr.GoalsDone
	t.OpenQuestions += pr.OpenQuestions
	for _, f := range pr.Flags {
		switch f {
		case FlagLapsing:
			t.Lapsing++
		case FlagPaused:
			t.Paused++
		case FlagBouncing:
			t.Bouncing++
		case FlagWithdrawn:
			t.Withdrawn++
		}
	}
}

func pairReport(v *store.PairView, meetings map[int64][]store.Meeting, goals map[int64][]store.Goal, introduced, at time.Time, loc *time.Location) PairReport {
	pr := PairReport{Pair: pairKey(v.Pair.ID), Mentor: v.Mentor.Name, Mentee: v.Mentee.Name, Status: v.Pair.Status,
		Start: v.Pair.StartDate, Topics: []string{}, Flags: []string{}, EndReason: v.Pair.EndReason}
	start, _ := time.Parse(time.DateOnly, v.Pair.StartDate)
	elapsed := min(max(0, daysBetween(start, at)), v.Cohort.Days)
	days := map[string]bool{}
	for _, m := range meetings[v.Pair.ID] {
		if m.Date == "" {
			pr.Undated++
			continue
		}
		days[m.Date] = true
		if m.Date > pr.LastMeeting {
			pr.LastMeeting = m.Date
		}
		for _, k := range store.SplitKeys(m.Topics) {
			if !slices.Contains(pr.Topics, k) {
				pr.Topics = append(pr.Topics, k)
			}
		}
	}
	pr.Meetings, pr.Target = len(days), target(elapsed)
	pr.OnTarget = pr.Meetings >= pr.Target
	since := start
	if last, err := time.Parse(time.DateOnly, pr.LastMeeting); err == nil && last.After(since) {
		since = last
	}
	pr.DaysSince = max(0, daysBetween(since, at))
	for _, g := range goals[v.Pair.ID] {
		pr.GoalsSet++
		if g.Status == "done" {
			pr.GoalsDone++
		}
	}

	// Lapsing counts, like the calendar's nudge, from the latest of the last
	// meeting, the pair's start, its introduction (a pair imported late) and the
	// end of either partner's pause, and only while the session runs.
	ref, paused, bouncing, withdrawn := since, false, false, false
	if !introduced.IsZero() {
		i := introduced.In(loc)
		if d := time.Date(i.Year(), i.Month(), i.Day(), 0, 0, 0, 0, time.UTC); d.After(ref) {
			ref = d
		}
	}
	for _, pt := range []*store.Participant{&v.Mentor, &v.Mentee} {
		if pt.PausedUntil != nil {
			if pt.PausedUntil.After(at) {
				paused = true
			}
			u := pt.PausedUntil.In(loc)
			if d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC); d.After(ref) {
				ref = d
			}
		}
		// A forgotten participant's mail is stopped because they are gone, not
		// because it bounced.
		bouncing = bouncing || !store.IsForgotten(pt) && (pt.BounceCount > 0 || pt.MailStopped)
		if pt.AwayUntil != nil && pt.AwayUntil.After(at) {
			zone := loc // the return day is the day in the person's own zone
			if z, err := time.LoadLocation(pt.TimeZone); err == nil && pt.TimeZone != "" {
				zone = z
			}
			if d := localDay(*pt.AwayUntil, zone); d > pr.AwayUntil {
				pr.AwayUntil = d
			}
		}
		withdrawn = withdrawn || pt.Status == store.StatusWithdrawn
	}
	running := v.Pair.Status == store.PairActive && daysBetween(start, at) < v.Cohort.Days
	if running && !paused && !withdrawn && daysBetween(ref, at) >= lapseDays {
		pr.Flags = append(pr.Flags, FlagLapsing)
	}
	if v.Pair.PausedUntil != nil && v.Pair.PausedUntil.After(at) && v.Pair.Status == store.PairActive {
		paused = true
	}
	if paused {
		pr.Flags = append(pr.Flags, FlagPaused)
	}
	if bouncing {
		pr.Flags = append(pr.Flags, FlagBouncing)
	}
	if withdrawn {
		pr.Flags = append(pr.Flags, FlagWithdrawn)
	}
	if pr.AwayUntil != "" {
		pr.Flags = append(pr.Flags, FlagAway+":"+pr.AwayUntil)
	}
	return pr
}

// Report formats.
const (
	FormatTable = "table"
	FormatCSV   = "csv"
	FormatJSON  = "json"
)

// Write writes the report in a format: FormatTable, FormatCSV or FormatJSON.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case FormatTable, "":
		return r.WriteTable(w)
	case FormatCSV:
		return r.WriteCSV(w)
	case FormatJSON:
		return r.WriteJSON(w)
	}
	return fmt.Errorf("program: unknown report format %q (table, csv or json)", format)
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// csvHeader are the CSV columns: one row per pair, then a "total" row.
var csvHeader = []string{"cohort", "pair", "mentor", "mentee", "status", "start", "meetings", "target", "on_target",
	"last_meeting", "days_since", "goals_set", "goals_done", "topics", "open_questions", "flags"}

// WriteCSV writes one row per pair and a last row, pair "total", with the cohort's
// totals (its on_target column is the number of pairs on target). Survey figures
// are in the table and JSON formats only.
func (r *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	itoa := strconv.Itoa
	for _, p := range r.Pairs {
		cw.Write([]string{r.Cohort, p.Pair, p.Mentor, p.Mentee, p.Status, p.Start, itoa(p.Meetings), itoa(p.Target),
			strconv.FormatBool(p.OnTarget), p.LastMeeting, itoa(p.DaysSince), itoa(p.GoalsSet), itoa(p.GoalsDone),
			strings.Join(p.Topics, " "), itoa(p.OpenQuestions), strings.Join(p.Flags, " ")})
	}
	t := r.Totals
	cw.Write([]string{r.Cohort, "total", "", "", "", r.Start, itoa(t.Meetings), itoa(t.Target), itoa(t.OnTarget), "", "",
		itoa(t.GoalsSet), itoa(t.GoalsDone), "", itoa(t.OpenQuestions), ""})
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the report as aligned text for a terminal or a plain-text email.
func (r *Report) WriteTable(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Cohort %s: %s to %s, day %d of %d (report of %s)\n\n", r.Cohort, r.Start, r.End, r.Day, r.Days, r.At)
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PAIR\tMENTOR\tMENTEE\tMEETINGS\tLAST\tDAYS\tGOALS\tQUESTIONS\tFLAGS\tTOPICS")
	for _, p := range r.Pairs {
		last := p.LastMeeting
		if last == "" {
			last = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%d\t%d/%d\t%d\t%s\t%s\n", p.Pair, p.Mentor, p.Mentee, p.Meetings, p.Target,
			last, p.DaysSince, p.GoalsDone, p.GoalsSet, p.OpenQuestions, dash(strings.Join(tableFlags(p), ",")), dash(strings.Join(p.Topics, ",")))
	}
	tw.Flush()
	t := r.Totals
	fmt.Fprintf(b, "\nMEETINGS: logged/expected by now (distinct days). GOALS: done/set.\n\n")
	fmt.Fprintf(b, "Pairs: %d, %d on target (%.0f%%)\n", t.Pairs, t.OnTarget, 100*t.OnTargetShare)
	fmt.Fprintf(b, "Meetings: %d of %d expected\n", t.Meetings, t.Target)
	fmt.Fprintf(b, "Goals: %d done of %d set\n", t.GoalsDone, t.GoalsSet)
	fmt.Fprintf(b, "Flags: %d lapsing, %d paused, %d bouncing, %d withdrawn\n", t.Lapsing, t.Paused, t.Bouncing, t.Withdrawn)
	s := r.Survey
	if s.Count == 0 {
		fmt.Fprintf(b, "Survey: no ratings yet\n")
	} else {
		fmt.Fprintf(b, "Survey: %d rating(s), average %.1f (1:%d 2:%d 3:%d 4:%d 5:%d)\n", s.Count, s.Average, s.Distribution[0], s.Distribution[1], s.Distribution[2], s.Distribution[3], s.Distribution[4])
	}
	fmt.Fprintf(b, "Open questions: %d\n", len(r.OpenQuestions))
	for _, q := range r.OpenQuestions {
		fmt.Fprintf(b, "  %s  %s (%s), %d %s\n", q.AskedAt.Format(time.DateOnly), q.Asker, q.Pair, q.Days, dayWord(q.Days))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// tableFlags are a pair's flags as the table shows them, with a pair the
// committee ended early marked "ended:REASON".
func tableFlags(p PairReport) []string {
	if p.EndReason == "" {
		return p.Flags
	}
	return append(slices.Clone(p.Flags), "ended:"+p.EndReason)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dayWord(n int) string {
	if n == 1 {
		return "day"
	}
	return "days"
}

// QuestionStatus is a question as the committee's list shows it: who asked, from
// which pair, how long ago, where it stands. Its text is not here: the committee
// has it in the forwarded email, and a terminal listing should not carry it.
type QuestionStatus struct {
	ID         int64      `json:"id"`
	Asker      string     `json:"asker"`
	Pair       string     `json:"pair"`
	State      string     `json:"state"`
	AskedAt    time.Time  `json:"asked_at"`
	Days       int        `json:"days"`
	AnsweredBy string     `json:"answered_by"`
	AnsweredAt *time.Time `json:"answered_at"`
}

// ListQuestions lists participants' questions, oldest first, with their age in
// days at at in loc; openOnly keeps those not answered yet.
func ListQuestions(s QuestionLister, openOnly bool, at time.Time, loc *time.Location) ([]QuestionStatus, error) {
	rows, err := s.Questions(openOnly)
	if err != nil {
		return nil, err
	}
	out := make([]QuestionStatus, 0, len(rows))
	for _, q := range rows {
		qs := QuestionStatus{ID: q.ID, Asker: q.AskerName, State: q.State, AskedAt: q.CreatedAt.In(loc),
			Days: max(0, daysBetween(q.CreatedAt.In(loc), at.In(loc))), AnsweredBy: q.AnsweredBy, AnsweredAt: q.AnsweredAt}
		if q.PairID != nil {
			qs.Pair = pairKey(*q.PairID)
		}
		out = append(out, qs)
	}
	return out, nil
}

// WriteQuestions writes the list as aligned text.
func WriteQuestions(w io.Writer, qs []QuestionStatus) error {
	if len(qs) == 0 {
		_, err := io.WriteString(w, "No questions.\n")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tASKED\tDAYS\tASKER\tPAIR\tSTATE\tANSWERED BY")
	for _, q := range qs {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", q.ID, q.AskedAt.Format(time.DateOnly), q.Days, q.Asker,
			dash(q.Pair), q.State, dash(q.AnsweredBy))
	}
	return tw.Flush()
}
