package console

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
)

// Cookies. The session cookie holds a random id whose SHA-256 alone is stored;
// the pre-session cookie holds the CSRF token of forms shown before sign-in;
// the language cookie remembers a visitor's choice before sign-in.
const (
	sessionCookie = "mm_session"
	preCookie     = "mm_pre"
	langCookie    = "mm_lang"
	// preCookieTTL bounds the pre-session cookie, long enough to ask for a link
	// and use it.
	preCookieTTL = time.Hour
)

// visit is what the console knows of a request: who is signed in (if anyone),
// the CSRF token its forms carry, and its language.
type visit struct {
	member   string
	sessHash string
	csrf     string
	lang     string
}

type visitKey struct{}

func visitOf(r *http.Request) *visit {
	v, _ := r.Context().Value(visitKey{}).(*visit)
	if v == nil {
		return &visit{lang: "en"}
	}
	return v
}

// hashToken is how tokens and session ids are stored: hex SHA-256.
func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// session finds the signed-in member from the session cookie, or gives the
// visitor a pre-session CSRF cookie, and settles the language.
func (s *Server) session(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := &visit{}
		if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
			h := hashToken(c.Value)
			sess, err := s.store.ConsoleSessionByHash(h, s.now())
			switch {
			case err == nil && s.isMember(sess.Email):
				v.member, v.sessHash, v.csrf = sess.Email, h, sess.CSRF
			case err != nil && !errors.Is(err, store.ErrNotFound):
				s.serverError(w, r, err)
				return
			default:
				s.clearCookie(w, sessionCookie)
			}
		}
		if v.member == "" {
			if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 20 && len(c.Value) <= 64 {
				v.csrf = c.Value
			} else {
				v.csrf = rand.Text()
				s.setCookie(w, preCookie, v.csrf, preCookieTTL)
			}
		}
		v.lang = s.language(r, v.member)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), visitKey{}, v)))
	})
}

// language is the member's chosen language, else the visitor's cookie, else
// the browser's first preference between English and French.
func (s *Server) language(r *http.Request, member string) string {
	if member != "" {
		if l, err := s.store.ConsoleLang(member); err == nil && l != "" {
			return l
		}
	}
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == "en" || c.Value == "fr") {
		return c.Value
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		switch {
		case strings.HasPrefix(tag, "fr"):
			return "fr"
		case strings.HasPrefix(tag, "en"):
			return "en"
		}
	}
	return "en"
}

// requireMember sends a visitor who is not signed in to the sign-in page.
func (s *Server) requireMember(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if visitOf(r).member == "" {
			if r.Method != http.MethodGet {
				s.errorPage(w, r, http.StatusForbidden, "error.signin")
				return
			}
			http.Redirect(w, r, "/signin", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// setCookie sets an HttpOnly, SameSite=Lax cookie for the whole console,
// Secure when the public URL is https (never guessed from proxy headers).
func (s *Server) setCookie(w http.ResponseWriter, name, value string, ttl time.Duration) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: int(ttl / time.Second),
		Expires: time.Now().Add(ttl), HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearCookie(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.secure,
		SameSite: http.SameSiteLaxMode})
}

// startSession spends a sign-in link's token and starts a new session with a
// fresh id and CSRF token (any session the browser had is ended: the id is
// rotated at sign-in). It returns the member's address.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, token string) (string, error) {
	if old := visitOf(r).sessHash; old != "" {
		if err := s.store.DeleteConsoleSession(old); err != nil {
			return "", err
		}
	}
	id := rand.Text()
	now := s.now()
	sess := &store.ConsoleSession{IDHash: hashToken(id), CSRF: rand.Text(), ExpiresAt: now.Add(s.opts.SessionTTL), CreatedAt: now}
	if err := s.store.ConsumeConsoleLink(hashToken(token), now, sess); err != nil {
		return "", err
	}
	if !s.isMember(sess.Email) {
		// Removed from the committee since the link was sent.
		_ = s.store.DeleteConsoleSession(sess.IDHash)
		return "", store.ErrNotFound
	}
	s.setCookie(w, sessionCookie, id, s.opts.SessionTTL)
	s.clearCookie(w, preCookie)
	return sess.Email, nil
}
