package console

import (
	"cmp"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

// pairRow is one line of the pairs list.
type pairRow struct {
	ID     int64
	Cohort string
	program.PairReport
	State string
}

// sortKeys are the pairs list's sortable columns.
var sortKeys = []string{"pair", "cohort", "state", "last", "meetings", "goals", "lapse"}

type pairsData struct {
	Rows []pairRow
	Sort string
	Desc bool
	// Columns are the sortable headers with the link each leads to.
	Columns []sortColumn
}

type sortColumn struct {
	Key, Href string
	// Sorted is "ascending", "descending" or "" (for aria-sort).
	Sorted string
}

func (s *Server) pairsPage(w http.ResponseWriter, r *http.Request) {
	now, loc := s.now(), s.prog.Location()
	cohorts, err := s.store.ConsoleCohorts()
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d := pairsData{Sort: r.URL.Query().Get("sort"), Desc: r.URL.Query().Get("dir") == "desc"}
	if !slices.Contains(sortKeys, d.Sort) {
		d.Sort = "pair"
	}
	for _, c := range cohorts {
		rep, err := program.BuildReport(s.store, c.Name, now, loc)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		for _, pr := range rep.Pairs {
			id, _ := strconv.ParseInt(strings.TrimPrefix(pr.Pair, "pair"), 10, 64)
			d.Rows = append(d.Rows, pairRow{ID: id, Cohort: c.Name, PairReport: pr, State: pairState(pr)})
		}
	}
	sortPairs(d.Rows, d.Sort, d.Desc)
	for _, k := range sortKeys {
		col := sortColumn{Key: k, Href: "/pairs?sort=" + k}
		if k == d.Sort {
			col.Sorted = "ascending"
			if d.Desc {
				col.Sorted = "descending"
			} else {
				col.Href += "&dir=desc"
			}
		}
		d.Columns = append(d.Columns, col)
	}
	s.render(w, r, http.StatusOK, "pairs", "pairs.title", d)
}

func sortPairs(rows []pairRow, key string, desc bool) {
	order := map[string]int{stateLapsing: 0, statePaused: 1, stateOnTrack: 2, stateEnded: 3}
	slices.SortStableFunc(rows, func(a, b pairRow) int {
		var c int
		switch key {
		case "cohort":
			c = cmp.Compare(a.Cohort, b.Cohort)
		case "state":
			c = cmp.Compare(order[a.State], order[b.State])
		case "last":
			c = cmp.Compare(a.LastMeeting, b.LastMeeting)
		case "meetings":
			c = cmp.Compare(a.Meetings, b.Meetings)
		case "goals":
			c = cmp.Compare(a.GoalsDone, b.GoalsDone)
			if c == 0 {
				c = cmp.Compare(a.GoalsSet, b.GoalsSet)
			}
		case "lapse":
			c = cmp.Compare(a.DaysSince, b.DaysSince)
		}
		if c == 0 {
			c = cmp.Compare(a.ID, b.ID)
		}
		if desc {
			return -c
		}
		return c
	})
}

// event is one line of a pair's timeline: an email sent, a reply received with
// what was understood of it, or a pause. Never a note or a message's text.
type event struct {
	At     time.Time
	Kind   string // "mail", "reply", "pause"
	Who    string
	What   string // an email kind, or what a reply was understood as
	Detail string // an email's state, or a reply's outcome
}

type pairData struct {
	View   *store.PairView
	Report program.PairReport
	State  string
	Events []event
}

func (s *Server) pairPage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.notFound(w, r)
		return
	}
	v, err := s.store.ConsolePair(id)
	if errors.Is(err, store.ErrNotFound) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	loc := s.prog.Location()
	rep, err := program.BuildReport(s.store, v.Cohort.Name, s.now(), loc)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d := pairData{View: v}
	for _, pr := range rep.Pairs {
		if pr.Pair == "pair"+strconv.FormatInt(id, 10) {
			d.Report, d.State = pr, pairState(pr)
		}
	}
	mails, replies, err := s.store.PairTimeline(v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	name := func(pid *int64) string {
		if pid == nil {
			return ""
		}
		if p := v.Member(*pid); p != nil {
			return p.Name
		}
		return ""
	}
	for _, m := range mails {
		at := m.CreatedAt
		if m.SentAt != nil {
			at = *m.SentAt
		}
		d.Events = append(d.Events, event{At: at.In(loc), Kind: "mail", Who: name(m.ParticipantID), What: m.Kind, Detail: m.State})
	}
	for _, rp := range replies {
		at := rp.ReceivedAt
		if at.IsZero() {
			at = rp.CreatedAt
		}
		d.Events = append(d.Events, event{At: at.In(loc), Kind: "reply", Who: name(rp.ParticipantID), What: rp.Reason, Detail: rp.Outcome})
	}
	for _, p := range []*store.Participant{&v.Mentor, &v.Mentee} {
		if p.PausedUntil != nil {
			d.Events = append(d.Events, event{At: p.PausedUntil.In(loc), Kind: "pause", Who: p.Name})
		}
	}
	slices.SortStableFunc(d.Events, func(a, b event) int { return a.At.Compare(b.At) })
	s.render(w, r, http.StatusOK, "pair", "pair.title", d)
}
