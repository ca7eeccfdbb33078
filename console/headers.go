package console

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"net/http"
)

// nonceKey carries the request's CSP nonce in its context.
type nonceKey struct{}

// headers sets the security headers on every response: a Content-Security-Policy
// whose only allowed style is the nonced stylesheet (no scripts at all, no
// framing, forms only to the console), nosniff, frame denial for browsers that
// ignore frame-ancestors, no referrer (a sign-in link's token never leaves in a
// Referer), no caching of pages, and HSTS when the console is public over https.
func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 18)
		rand.Read(b)
		nonce := base64.RawURLEncoding.EncodeToString(b)
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'nonce-"+nonce+"'; img-src 'self' data:; "+
			"form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		if s.secure {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), nonceKey{}, nonce)))
	})
}

func nonceOf(r *http.Request) string {
	n, _ := r.Context().Value(nonceKey{}).(string)
	return n
}
