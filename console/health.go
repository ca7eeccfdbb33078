package console

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

// Pair states on the health page.
const (
	stateOnTrack = "ontrack"
	stateLapsing = "lapsing"
	statePaused  = "paused"
	stateEnded   = "ended"
)

var pairStates = []string{stateOnTrack, stateLapsing, statePaused, stateEnded}

// pairState sums up a pair's flags as one state.
func pairState(pr program.PairReport) string {
	switch {
	case pr.Status == store.PairEnded || slices.Contains(pr.Flags, program.FlagWithdrawn):
		return stateEnded
	case slices.Contains(pr.Flags, program.FlagPaused):
		return statePaused
	case slices.Contains(pr.Flags, program.FlagLapsing):
		return stateLapsing
	}
	return stateOnTrack
}

type stateCount struct {
	State string
	N     int
}

// weekStates is how many pairs were in each state at the end of a week.
type weekStates struct {
	Week   int
	States []stateCount
}

type weekCount struct {
	Week int // 1-based week of the session
	N    int
}

type cohortHealth struct {
	ID     int64
	Report *program.Report
	States []stateCount
	Weeks  []weekCount
	// History is the pairs by state at the end of each week so far.
	History []weekStates
	// PromptsSent and PromptsAnswered give the response rate.
	PromptsSent, PromptsAnswered int
	Rate                         float64
	WeeksChart, StatesChart      chart
	HistoryChart                 chart
}

type healthData struct {
	Cohorts       []cohortHealth
	ReviewOpen    int
	OpenQuestions int
}

func (s *Server) healthPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.health(visitOf(r).lang)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "health", "health.title", d)
}

func (s *Server) health(lang string) (*healthData, error) {
	l := Locale{Lang: lang, c: s.pages.cat}
	now, loc := s.now(), s.prog.Location()
	cohorts, err := s.store.ConsoleCohorts()
	if err != nil {
		return nil, err
	}
	d := &healthData{}
	if d.ReviewOpen, err = s.store.CountOpenReviews(); err != nil {
		return nil, err
	}
	qs, err := program.ListQuestions(s.store, true, now, loc)
	if err != nil {
		return nil, err
	}
	d.OpenQuestions = len(qs)
	for _, c := range cohorts {
		rep, err := program.BuildReport(s.store, c.Name, now, loc)
		if err != nil {
			return nil, err
		}
		ch := cohortHealth{ID: c.ID, Report: rep}
		counts := map[string]int{}
		for _, pr := range rep.Pairs {
			counts[pairState(pr)]++
		}
		for _, st := range pairStates {
			ch.States = append(ch.States, stateCount{State: st, N: counts[st]})
		}
		rd, err := s.store.ReportData(c.ID)
		if err != nil {
			return nil, err
		}
		ch.Weeks = meetingsPerWeek(c, rd.Meetings, now.In(loc))
		if ch.PromptsSent, ch.PromptsAnswered, err = s.store.ResponseRate(c.ID); err != nil {
			return nil, err
		}
		if ch.PromptsSent > 0 {
			ch.Rate = float64(ch.PromptsAnswered) / float64(ch.PromptsSent)
		}
		id := strconv.FormatInt(c.ID, 10)
		ch.WeeksChart = weeksChart(l, id, c.Name, ch.Weeks)
		ch.StatesChart = statesChart(l, id, c.Name, ch.States)
		if ch.History, err = s.history(c, len(ch.Weeks), now); err != nil {
			return nil, err
		}
		ch.HistoryChart = statesOverTimeChart(l, id, c.Name, ch.History)
		d.Cohorts = append(d.Cohorts, ch)
	}
	return d, nil
}

// meetingsPerWeek counts the distinct meeting days of each week of the session
// up to today (every week of a finished session).
func meetingsPerWeek(c store.Cohort, ms []store.Meeting, today time.Time) []weekCount {
	start, err := time.Parse(time.DateOnly, c.StartDate)
	if err != nil {
		return nil
	}
	weeks := (c.Days + 6) / 7
	days := int(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	if days < 0 {
		return nil // not started
	}
	weeks = min(weeks, days/7+1)
	out := make([]weekCount, weeks)
	for i := range out {
		out[i].Week = i + 1
	}
	seen := map[[2]any]bool{}
	for _, m := range ms {
		d, err := time.Parse(time.DateOnly, m.Date)
		if err != nil || d.Before(start) {
			continue
		}
		w := int(d.Sub(start).Hours()/24) / 7
		k := [2]any{m.PairID, m.Date}
		if w < weeks && !seen[k] {
			seen[k] = true
			out[w].N++
		}
	}
	return out
}

// history computes the pairs by state at the end of each of the session's
// first weeks (today for the current one), from the report as of that day: a
// pair lapsing then is counted lapsing then. Pauses and departures are known
// only as they stand now, so they count from the day they are seen.
func (s *Server) history(c store.Cohort, weeks int, now time.Time) ([]weekStates, error) {
	loc := s.prog.Location()
	start, err := time.ParseInLocation(time.DateOnly, c.StartDate, loc)
	if err != nil {
		return nil, nil
	}
	var out []weekStates
	for w := 1; w <= weeks; w++ {
		at := start.AddDate(0, 0, 7*w).Add(-time.Second)
		if at.After(now) {
			at = now
		}
		rep, err := program.BuildReport(s.store, c.Name, at, loc)
		if err != nil {
			return nil, err
		}
		counts := map[string]int{}
		for _, pr := range rep.Pairs {
			if pr.Start <= at.In(loc).Format(time.DateOnly) {
				counts[pairState(pr)]++
			}
		}
		ws := weekStates{Week: w}
		for _, st := range pairStates {
			ws.States = append(ws.States, stateCount{State: st, N: counts[st]})
		}
		out = append(out, ws)
	}
	return out, nil
}
