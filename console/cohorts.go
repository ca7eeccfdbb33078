package console

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"

	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/store"
)

// Cohorts: the list, and an import from the same two CSV files as
// `mentormail import`, through roster.Import: every bad row is shown with its
// file, line and column, and nothing is written unless every row is good.
// The command line's pair and cohort actions are on the same page: see
// pairactions.go.

// maxCohortDays bounds a session typed in the form, like program.session_days.
const maxCohortDays = 366

type cohortsData struct {
	Cohorts []store.Cohort
	// Form echoes what was typed.
	Name, Start, Days string
	Errors            []*roster.RowError
	Problem           string
	Summary           *roster.Summary
	// The pair and cohort actions: what they offer, what was typed in one
	// that was refused and why, and what the last one did.
	Choices    actionChoices
	Act        actionForm
	ActProblem *actionProblem
	Done       *doneNotice
}

func (s *Server) cohortsPage(w http.ResponseWriter, r *http.Request) {
	s.showCohorts(w, r, http.StatusOK, cohortsData{Days: "60", Done: readDone(r)})
}

func (s *Server) showCohorts(w http.ResponseWriter, r *http.Request, status int, d cohortsData) {
	cs, err := s.store.ConsoleCohorts()
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d.Cohorts = cs
	if d.Choices, err = s.loadChoices(); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, status, "cohorts", "cohorts.title", d)
}

// readUpload reads one uploaded CSV file (none is an empty File), bounded.
func readUpload(r *http.Request, field string) (roster.File, error) {
	f, h, err := r.FormFile(field)
	if errors.Is(err, http.ErrMissingFile) {
		return roster.File{}, nil
	}
	if err != nil {
		return roster.File{}, err
	}
	defer f.Close()
	return readPart(f, h)
}

func readPart(f multipart.File, h *multipart.FileHeader) (roster.File, error) {
	if h.Size > roster.MaxFileBytes {
		return roster.File{}, fmt.Errorf("%s is larger than %d bytes", h.Filename, roster.MaxFileBytes)
	}
	b, err := io.ReadAll(io.LimitReader(f, roster.MaxFileBytes+1))
	if err != nil {
		return roster.File{}, err
	}
	name := h.Filename
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return roster.File{Name: name, Data: b}, nil
}

func (s *Server) cohortImport(w http.ResponseWriter, r *http.Request) {
	d := cohortsData{Name: strings.TrimSpace(r.PostFormValue("cohort")), Start: strings.TrimSpace(r.PostFormValue("start")),
		Days: strings.TrimSpace(r.PostFormValue("days"))}
	days, err := strconv.Atoi(d.Days)
	if err != nil || days < 1 || days > maxCohortDays {
		d.Problem = fmt.Sprintf("days: %q is not a number of days from 1 to %d", d.Days, maxCohortDays)
		s.showCohorts(w, r, http.StatusUnprocessableEntity, d)
		return
	}
	people, err1 := readUpload(r, "participants")
	pairs, err2 := readUpload(r, "pairs")
	if err := errors.Join(err1, err2); err != nil {
		d.Problem = err.Error()
		s.showCohorts(w, r, http.StatusUnprocessableEntity, d)
		return
	}
	if people.Data == nil && pairs.Data == nil {
		d.Problem = "no file: choose participants.csv, pairs.csv or both"
		s.showCohorts(w, r, http.StatusUnprocessableEntity, d)
		return
	}
	sum, err := roster.Import(s.store, roster.Options{Cohort: d.Name, Start: d.Start, Days: days, Topics: s.prog.Topics()}, people, pairs)
	var rowErrs roster.Errors
	switch {
	case errors.As(err, &rowErrs):
		d.Errors = rowErrs
		s.showCohorts(w, r, http.StatusUnprocessableEntity, d)
		return
	case err != nil:
		d.Problem = strings.TrimPrefix(err.Error(), "roster: ")
		s.showCohorts(w, r, http.StatusUnprocessableEntity, d)
		return
	}
	member := visitOf(r).member
	s.record(member, "cohort_imported", "cohort "+sum.Cohort.Name,
		fmt.Sprintf("participants: %s; pairs: %s", sum.Participants, sum.Pairs))
	s.log.Info("console: cohort imported", "cohort", sum.Cohort.Name, "member", member)
	d.Summary = sum
	s.showCohorts(w, r, http.StatusOK, d)
}

type actionsData struct {
	Actions []store.ConsoleAction
}

// maxActionsShown bounds the record of actions on its page.
const maxActionsShown = 200

func (s *Server) actionsPage(w http.ResponseWriter, r *http.Request) {
	as, err := s.store.ConsoleActions(maxActionsShown)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	loc := s.prog.Location()
	for i := range as {
		as[i].At = as[i].At.In(loc)
	}
	s.render(w, r, http.StatusOK, "actions", "actions.title", actionsData{Actions: as})
}
