package console

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

// The review list, worked with the program's own functions (ListReview,
// ShowReview, ResolveMeeting, Reprocess, DismissReview), each resolution
// recorded by the program with the member's address, and in the console's
// record of actions.

type reviewData struct {
	Items []program.ReviewEntry
	All   bool
}

func (s *Server) reviewPage(w http.ResponseWriter, r *http.Request) {
	all := r.URL.Query().Get("all") != ""
	items, err := program.ListReview(s.store, all, s.prog.Location())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "review", "review.title", reviewData{Items: items, All: all})
}

type reviewItemData struct {
	Item *program.ReviewDetail
	// Error is a translated key, or Problem the program's own words.
	Error, Problem string
	Done           string
	Today          string
}

func (s *Server) reviewItemPage(w http.ResponseWriter, r *http.Request) {
	s.showReviewItem(w, r, http.StatusOK, reviewItemData{Done: r.URL.Query().Get("done")})
}

func (s *Server) showReviewItem(w http.ResponseWriter, r *http.Request, status int, d reviewItemData) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	it, err := program.ShowReview(s.store, id, s.prog.Location(), s.prog.RetentionDays())
	if errors.Is(err, store.ErrNotFound) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d.Item = it
	d.Today = s.now().In(s.prog.Location()).Format("2006-01-02")
	if d.Done != "" && d.Done != "meeting" && d.Done != "reprocessed" && d.Done != "dismissed" {
		d.Done = ""
	}
	s.render(w, r, status, "reviewitem", "reviewitem.title", d)
}

// resolved answers a resolution: back to the item on success, or the item with
// the program's reason when it refused.
func (s *Server) resolved(w http.ResponseWriter, r *http.Request, id int64, action string, err error) {
	switch {
	case errors.Is(err, program.ErrReviewResolved):
		s.showReviewItem(w, r, http.StatusConflict, reviewItemData{Error: "reviewitem.error.resolved"})
	case errors.Is(err, program.ErrRawGone):
		s.showReviewItem(w, r, http.StatusConflict, reviewItemData{Error: "reviewitem.error.rawgone"})
	case err != nil:
		// The program's checks (a date outside the pair, a sender who is not a
		// partner) are in its own words, English only.
		msg := strings.TrimPrefix(err.Error(), "program: ")
		s.showReviewItem(w, r, http.StatusUnprocessableEntity, reviewItemData{Problem: msg})
	default:
		s.record(visitOf(r).member, "review_"+action, "review item "+strconv.FormatInt(id, 10), "")
		http.Redirect(w, r, fmt.Sprintf("/review/%d?done=%s", id, action), http.StatusSeeOther)
	}
}

func (s *Server) reviewMeeting(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	pair, err1 := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(r.PostFormValue("pair")), "pair"), 10, 64)
	minutes, err2 := strconv.Atoi(strings.TrimSpace(r.PostFormValue("minutes")))
	if strings.TrimSpace(r.PostFormValue("minutes")) == "" {
		minutes, err2 = 0, nil
	}
	if err1 != nil || err2 != nil {
		s.showReviewItem(w, r, http.StatusUnprocessableEntity, reviewItemData{Error: "reviewitem.error.meeting"})
		return
	}
	_, err := program.ResolveMeeting(s.store, id, visitOf(r).member, program.LoggedMeeting{Pair: pair,
		Date: strings.TrimSpace(r.PostFormValue("date")), Minutes: minutes}, s.now(), s.prog.Location())
	s.resolved(w, r, id, "meeting", err)
}

func (s *Server) reviewReprocess(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	_, err := s.prog.Reprocess(r.Context(), id, visitOf(r).member)
	s.resolved(w, r, id, "reprocessed", err)
}

func (s *Server) reviewDismiss(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	err := program.DismissReview(s.store, id, visitOf(r).member, r.PostFormValue("note"), s.now())
	s.resolved(w, r, id, "dismissed", err)
}
