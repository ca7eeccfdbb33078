package console

import "net/http"

// routes mounts every page. The chain, outermost first: security headers,
// cross-origin refusal (Go's CrossOriginProtection, trusting the public
// origin), the session and language, the CSRF token check, then the mux.
func (s *Server) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+s.cssPath, s.serveCSS)

	mux.HandleFunc("GET /signin", s.signInForm)
	mux.HandleFunc("POST /signin", s.signInRequest)
	mux.HandleFunc("GET /signin/link", s.signInLink)
	mux.HandleFunc("POST /signin/link", s.signInConsume)
	mux.HandleFunc("POST /signout", s.signOut)
	mux.HandleFunc("POST /lang", s.setLang)

	auth := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, s.requireMember(h)) }
	auth("GET /{$}", s.healthPage)
	auth("GET /pairs", s.pairsPage)
	auth("GET /pairs/{id}", s.pairPage)
	auth("GET /questions", s.questionsPage)
	auth("GET /questions/{id}", s.questionPage)
	auth("POST /questions/{id}/answer", s.answerQuestion)
	auth("GET /review", s.reviewPage)
	auth("GET /review/{id}", s.reviewItemPage)
	auth("POST /review/{id}/meeting", s.reviewMeeting)
	auth("POST /review/{id}/reprocess", s.reviewReprocess)
	auth("POST /review/{id}/dismiss", s.reviewDismiss)
	auth("GET /cohorts", s.cohortsPage)
	auth("POST /cohorts/import", s.cohortImport)
	auth("POST /cohorts/pairs/pause", s.pausePair)
	auth("POST /cohorts/pairs/resume", s.resumePair)
	auth("POST /cohorts/pairs/end", s.endPair)
	auth("POST /cohorts/pairs/repair", s.repairPair)
	auth("POST /cohorts/announce", s.announce)
	auth("GET /actions", s.actionsPage)
	mux.HandleFunc("/", s.notFound)

	cop := http.NewCrossOriginProtection()
	if err := cop.AddTrustedOrigin(s.public.String()); err != nil {
		return nil, err
	}
	cop.SetDenyHandler(http.HandlerFunc(s.crossOriginDenied))
	return s.headers(cop.Handler(s.session(s.checkCSRF(mux)))), nil
}
