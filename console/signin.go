package console

import (
	"crypto/rand"
	"errors"
	"net/http"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
)

// maxAddressBytes bounds the address typed on the sign-in page; maxTokenBytes a
// link's token.
const (
	maxAddressBytes = 254
	maxTokenBytes   = 64
)

type signInData struct {
	Email string
	// Sent says a link was asked for: the page says the same whether or not
	// the address belongs to the committee.
	Sent    bool
	Limited bool
	Token   string
	Invalid bool
}

func (s *Server) signInForm(w http.ResponseWriter, r *http.Request) {
	if visitOf(r).member != "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "signin", "signin.title", signInData{})
}

// signInRequest sends a sign-in link to a committee address. Every address gets
// the same page, and only a committee member's gets a link.
func (s *Server) signInRequest(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimSpace(r.PostFormValue("email"))
	d := signInData{Email: raw}
	if len(raw) > maxAddressBytes {
		raw = raw[:maxAddressBytes]
	}
	addr := ""
	if a, err := mail.ParseAddress(raw); err == nil {
		addr = strings.ToLower(a.Address)
	}
	if !s.limiter.allow(addr, clientIP(r), s.now()) {
		d.Limited = true
		s.log.Warn("console: sign-in link requests limited", "ip", clientIP(r))
		s.render(w, r, http.StatusTooManyRequests, "signin", "signin.title", d)
		return
	}
	d.Sent = true
	if addr != "" && s.isMember(addr) {
		if err := s.sendLink(addr, visitOf(r).lang); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "signin", "signin.title", d)
}

// sendLink makes a single-use token, keeps its hash, and sends the link through
// the outbox in the member's language.
func (s *Server) sendLink(addr, lang string) error {
	if l, err := s.store.ConsoleLang(addr); err == nil && l != "" {
		lang = l
	}
	tok := rand.Text()
	h := hashToken(tok)
	now := s.now()
	if err := s.store.AddConsoleLink(&store.ConsoleLink{TokenHash: h, Email: addr, ExpiresAt: now.Add(LinkTTL), CreatedAt: now}); err != nil {
		return err
	}
	link := s.public.String() + "/signin/link?t=" + url.QueryEscape(tok)
	if err := s.prog.SendSignInLink(addr, lang, link, LinkTTL, h[:16]); err != nil {
		return err
	}
	s.record(addr, "signin_link_sent", "", "")
	_ = s.store.PurgeConsole(now)
	return nil
}

// signInLink only shows a button: mail scanners open every link in an email,
// and a GET that spent the token would sign nobody in.
func (s *Server) signInLink(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("t")
	d := signInData{Token: tok}
	ok := false
	if tok != "" && len(tok) <= maxTokenBytes {
		var err error
		if ok, err = s.store.ConsoleLinkValid(hashToken(tok), s.now()); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	if !ok {
		d.Invalid, d.Token = true, ""
		s.render(w, r, http.StatusNotFound, "link", "signin.title", d)
		return
	}
	s.render(w, r, http.StatusOK, "link", "signin.title", d)
}

// signInConsume spends the token and starts the session.
func (s *Server) signInConsume(w http.ResponseWriter, r *http.Request) {
	tok := r.PostFormValue("t")
	if tok == "" || len(tok) > maxTokenBytes {
		s.render(w, r, http.StatusNotFound, "link", "signin.title", signInData{Invalid: true})
		return
	}
	member, err := s.startSession(w, r, tok)
	if errors.Is(err, store.ErrNotFound) {
		s.render(w, r, http.StatusNotFound, "link", "signin.title", signInData{Invalid: true})
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.record(member, "signed_in", "", "")
	s.log.Info("console: signed in", "member", member)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	v := visitOf(r)
	if v.sessHash != "" {
		if err := s.store.DeleteConsoleSession(v.sessHash); err != nil {
			s.serverError(w, r, err)
			return
		}
		s.record(v.member, "signed_out", "", "")
	}
	s.clearCookie(w, sessionCookie)
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}

// setLang switches the language: remembered for the member when signed in, and
// in a cookie either way. It returns to the page it came from (a local path only).
func (s *Server) setLang(w http.ResponseWriter, r *http.Request) {
	lang := r.PostFormValue("lang")
	if lang != "en" && lang != "fr" {
		s.errorPage(w, r, http.StatusBadRequest, "error.form")
		return
	}
	if m := visitOf(r).member; m != "" {
		if err := s.store.SetConsoleLang(m, lang, s.now()); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	s.setCookie(w, langCookie, lang, 365*24*time.Hour)
	http.Redirect(w, r, localPath(r.PostFormValue("back")), http.StatusSeeOther)
}

// localPath keeps a redirect inside the console: a path beginning with one "/".
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\\r\n") || len(p) > 512 {
		return "/"
	}
	return p
}
