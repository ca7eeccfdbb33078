package console

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
)

type questionsData struct {
	Open, Answered []program.QuestionStatus
	Done           bool
}

func (s *Server) questionsPage(w http.ResponseWriter, r *http.Request) {
	all, err := program.ListQuestions(s.store, false, s.now(), s.prog.Location())
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d := questionsData{Done: r.URL.Query().Get("done") != ""}
	for _, q := range all {
		if q.State == store.QuestionOpen {
			d.Open = append(d.Open, q)
		} else {
			d.Answered = append(d.Answered, q)
		}
	}
	s.render(w, r, http.StatusOK, "questions", "questions.title", d)
}

type questionData struct {
	Q      *program.QuestionDetail
	Answer string
	Error  string
}

func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

func (s *Server) questionPage(w http.ResponseWriter, r *http.Request) {
	s.showQuestion(w, r, http.StatusOK, questionData{})
}

func (s *Server) showQuestion(w http.ResponseWriter, r *http.Request, status int, d questionData) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	q, err := program.ShowQuestion(s.store, id, s.now(), s.prog.Location())
	if errors.Is(err, store.ErrNotFound) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	d.Q = q
	s.render(w, r, status, "question", "question.title", d)
}

// answerQuestion relays a committee member's answer: the same email as an
// answer by reply to the forwarded question.
func (s *Server) answerQuestion(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	member := visitOf(r).member
	answer := r.PostFormValue("answer")
	err := s.prog.AnswerQuestion(id, member, answer)
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.notFound(w, r)
	case errors.Is(err, program.ErrQuestionAnswered):
		s.showQuestion(w, r, http.StatusConflict, questionData{Answer: answer, Error: "question.error.answered"})
	case err != nil && answerProblem(answer):
		s.showQuestion(w, r, http.StatusUnprocessableEntity, questionData{Answer: answer, Error: "question.error.answer"})
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.record(member, "question_answered", "question "+strconv.FormatInt(id, 10), "")
		http.Redirect(w, r, "/questions?done=1", http.StatusSeeOther)
	}
}

// answerProblem reports whether an answer is one AnswerQuestion refuses for
// what it says (empty or too long).
func answerProblem(a string) bool {
	return len([]rune(a)) > program.MaxAnswerRunes || strings.TrimSpace(a) == ""
}
