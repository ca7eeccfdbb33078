package console

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"net/http"
	"time"
)

// Templates and assets are embedded: the console fetches nothing at run time.
//
//go:embed web/templates/*.html web/static/console.css
var webFiles embed.FS

// pageNames are the pages; each is parsed with the layout into its own set at
// start-up, so a broken template stops the service at start, not a request.
var pageNames = []string{"signin", "link", "health", "pairs", "pair", "questions", "question", "review",
	"reviewitem", "cohorts", "actions", "error", "confirm"}

type renderer struct {
	pages map[string]*template.Template
	cat   catalog
}

var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "–"
		}
		return t.Format("2006-01-02")
	},
	"datetime": func(t time.Time) string {
		if t.IsZero() {
			return "–"
		}
		return t.Format("2006-01-02 15:04 MST")
	},
	"dash": func(s string) string {
		if s == "" {
			return "–"
		}
		return s
	},
	"pct": func(f float64) string { return fmt.Sprintf("%.0f %%", 100*f) },
}

func newRenderer(cssPath string) (*renderer, error) {
	cat, err := loadCatalog()
	if err != nil {
		return nil, err
	}
	r := &renderer{pages: map[string]*template.Template{}, cat: cat}
	fm := template.FuncMap{"css": func() string { return cssPath }}
	for k, v := range funcs {
		fm[k] = v
	}
	for k, v := range actionFuncs {
		fm[k] = v
	}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(fm).ParseFS(webFiles, "web/templates/layout.html",
			"web/templates/chart.html", "web/templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("console: template %s: %w", name, err)
		}
		r.pages[name] = t
	}
	return r, nil
}

// page is what every template sees.
type page struct {
	L      Locale
	Title  string
	Nonce  string
	CSRF   string
	Member string
	// Path is the page's own path, for the language switch to return to.
	Path string
	Nav  string
	Data any
}

// render writes a page into a buffer first, so a template error is a clean 500.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, titleKey string, data any) {
	v := visitOf(r)
	l := Locale{Lang: v.lang, c: s.pages.cat}
	p := page{L: l, Title: l.T(titleKey), Nonce: nonceOf(r), CSRF: v.csrf, Member: v.member, Path: r.URL.RequestURI(),
		Nav: name, Data: data}
	if r.Method != http.MethodGet {
		p.Path = "/" // the language switch returns to a page, not to a form's action
	}
	var b bytes.Buffer
	if err := s.pages.pages[name].Execute(&b, p); err != nil {
		s.log.Error("console: render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

type errorData struct {
	Key    string
	Status int
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	s.render(w, r, status, "error", "error.title", errorData{Key: key, Status: status})
}

func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("console: request failed", "path", r.URL.Path, "err", err)
	s.errorPage(w, r, http.StatusInternalServerError, "error.internal")
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusNotFound, "error.notfound")
}

// loadAssets reads the stylesheet and names it by its hash, so it can be cached
// for good and a new version is a new URL.
func (s *Server) loadAssets() error {
	b, err := webFiles.ReadFile("web/static/console.css")
	if err != nil {
		return fmt.Errorf("console: %w", err)
	}
	h := sha256.Sum256(b)
	sum := hex.EncodeToString(h[:8])
	s.cssBytes, s.cssETag, s.cssPath = b, `"`+sum+`"`, "/static/"+sum+"/console.css"
	return nil
}

func (s *Server) serveCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("ETag", s.cssETag)
	if r.Header.Get("If-None-Match") == s.cssETag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(s.cssBytes)
}
