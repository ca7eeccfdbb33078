package console

import (
	"crypto/subtle"
	"mime"
	"net/http"

	"github.com/mentormail/mentormail/program"
)

// maxFormBytes bounds a plain form (the largest is an announcement: a body in
// each language, each up to program.MaxAnnounceBody); maxUploadBytes a cohort's
// two CSV files.
const (
	maxFormBytes   = 2*program.MaxAnnounceBody + 32<<10
	maxUploadBytes = 2*(10<<20) + 64<<10
)

// checkCSRF refuses any state-changing request whose form does not carry the
// visit's CSRF token (the session's once signed in, else the pre-session
// cookie's) in the field "csrf". CrossOriginProtection runs before it: this is
// the second layer, which holds where browsers send no Sec-Fetch-Site.
func (s *Server) checkCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		var err error
		if mt == "multipart/form-data" {
			r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
			err = r.ParseMultipartForm(maxFormBytes)
		} else {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
			err = r.ParseForm()
		}
		if err != nil {
			s.errorPage(w, r, http.StatusBadRequest, "error.form")
			return
		}
		want := visitOf(r).csrf
		got := r.PostFormValue("csrf")
		if want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
			s.log.Warn("console: CSRF token refused", "path", r.URL.Path)
			s.errorPage(w, r, http.StatusForbidden, "error.csrf")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// crossOriginDenied answers a request CrossOriginProtection refused.
func (s *Server) crossOriginDenied(w http.ResponseWriter, r *http.Request) {
	s.log.Warn("console: cross-origin request refused", "path", r.URL.Path)
	s.errorPage(w, r, http.StatusForbidden, "error.crossorigin")
}
