package console

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/templates"
)

// TestSignInLinkIsSingleUse: a committee member's link is emailed through the
// outbox; opening it (GET) only shows a button and spends nothing, however
// often a mail scanner opens it; pressing the button signs in once.
func TestSignInLinkIsSingleUse(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	if r := b.get("/"); r.code != http.StatusSeeOther || r.hdr.Get("Location") != "/signin" {
		t.Fatalf("a visitor gets %d %q, want a redirect to /signin", r.code, r.hdr.Get("Location"))
	}
	if r := b.post("/signin", url.Values{"email": {"  Chair@Example.org "}}); r.code != http.StatusOK {
		t.Fatalf("asking for a link: %d", r.code)
	}
	ms := e.outbox(templates.KindConsoleSignIn)
	if len(ms) != 1 || ms[0].to != member {
		t.Fatalf("sign-in emails %+v, want one to %s", ms, member)
	}
	link := linkRE.FindString(ms[0].text)
	if link == "" || !strings.HasPrefix(link, e.ts.URL+"/signin/link?t=") {
		t.Fatalf("no link to the console in %q", ms[0].text)
	}
	tok, _ := url.Parse(link)
	token := tok.Query().Get("t")
	// Only the token's hash is stored.
	if n, err := e.store.CountConsoleLinks(token); err != nil || n != 0 {
		t.Error("the token is stored in clear")
	}
	if n, err := e.store.CountConsoleLinks(hashToken(token)); err != nil || n != 1 {
		t.Error("the token's hash is not stored")
	}
	scanner := e.browser()
	for range 3 {
		r := scanner.get(strings.TrimPrefix(link, e.ts.URL))
		if r.code != http.StatusOK || !strings.Contains(r.body, `id="signin-button"`) {
			t.Fatalf("GET of the link: %d, want the page with the button", r.code)
		}
		if strings.Contains(r.hdr.Get("Set-Cookie"), sessionCookie) {
			t.Fatal("GET of the link started a session")
		}
	}
	if r := b.consume(link); r.code != http.StatusSeeOther || r.hdr.Get("Location") != "/" {
		t.Fatalf("pressing the button: %d %q", r.code, r.hdr.Get("Location"))
	}
	if r := b.get("/"); r.code != http.StatusOK || !strings.Contains(r.body, member) {
		t.Fatalf("signed in, / gives %d", r.code)
	}
	// Spent: neither the page nor the button works again, in any browser.
	other := e.browser()
	if r := other.get(strings.TrimPrefix(link, e.ts.URL)); r.code != http.StatusNotFound {
		t.Errorf("GET of a spent link: %d, want 404", r.code)
	}
	if r := other.consume(link); r.code != http.StatusNotFound {
		t.Errorf("second use of the link: %d, want 404", r.code)
	}
	if r := other.get("/"); r.code != http.StatusSeeOther {
		t.Errorf("the second browser is signed in: %d", r.code)
	}
	acts, _ := e.store.ConsoleActions(10)
	if len(acts) < 2 || acts[0].Action != "signed_in" || acts[0].Actor != member || acts[0].At.IsZero() {
		t.Errorf("actions %+v, want signed_in by %s first", acts, member)
	}
}

// TestSignInLinkExpires: a link is good for 15 minutes.
func TestSignInLinkExpires(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.post("/signin", url.Values{"email": {member}})
	link := linkRE.FindString(e.outbox(templates.KindConsoleSignIn)[0].text)
	e.clock.Add(LinkTTL + time.Second)
	if r := b.get(strings.TrimPrefix(link, e.ts.URL)); r.code != http.StatusNotFound {
		t.Errorf("GET of an expired link: %d, want 404", r.code)
	}
	if r := b.consume(link); r.code != http.StatusNotFound {
		t.Errorf("using an expired link: %d, want 404", r.code)
	}
	if r := b.get("/"); r.code != http.StatusSeeOther {
		t.Errorf("signed in with an expired link: %d", r.code)
	}
	// Just inside the time, a fresh link works.
	b.post("/signin", url.Values{"email": {member}})
	ms := e.outbox(templates.KindConsoleSignIn)
	e.clock.Add(LinkTTL - time.Second)
	if r := b.consume(linkRE.FindString(ms[len(ms)-1].text)); r.code != http.StatusSeeOther {
		t.Errorf("using a link just in time: %d", r.code)
	}
}

// TestSignInUnknownAddress: anyone else gets the same page, and nothing is sent.
func TestSignInUnknownAddress(t *testing.T) {
	e := newEnv(t)
	known := e.browser().post("/signin", url.Values{"email": {member}})
	if got := len(e.outbox(templates.KindConsoleSignIn)); got != 1 {
		t.Fatalf("%d emails for a member", got)
	}
	for _, addr := range []string{stranger, "mentor@example.org", "not an address", ""} {
		r := e.browser().post("/signin", url.Values{"email": {addr}})
		if r.code != known.code || strip(r.body, addr) != strip(known.body, member) {
			t.Errorf("%q: the page differs from a member's (%d)", addr, r.code)
		}
	}
	if got := len(e.outbox(templates.KindConsoleSignIn)); got != 1 {
		t.Errorf("%d sign-in emails, want only the member's", got)
	}
}

// strip removes what differs between two visitors' pages: the CSRF token,
// the nonce and the address typed.
func strip(body, addr string) string {
	body = csrfRE.ReplaceAllString(body, "")
	body = strings.ReplaceAll(body, addr, "")
	if i := strings.Index(body, `nonce="`); i >= 0 {
		body = body[:i] + body[i+40:]
	}
	return body
}

// TestSignInRateLimit: link requests are limited per address and per IP,
// whether or not the address is a member's.
func TestSignInRateLimit(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	for i := range DefaultPerAddressLimit {
		if r := b.post("/signin", url.Values{"email": {member}}); r.code != http.StatusOK {
			t.Fatalf("request %d: %d", i+1, r.code)
		}
	}
	r := b.post("/signin", url.Values{"email": {member}})
	if r.code != http.StatusTooManyRequests {
		t.Fatalf("request past the per-address limit: %d, want 429", r.code)
	}
	if got := len(e.outbox(templates.KindConsoleSignIn)); got != DefaultPerAddressLimit {
		t.Errorf("%d links sent, want %d", got, DefaultPerAddressLimit)
	}
	if r := b.post("/signin", url.Values{"email": {stranger}}); r.code != http.StatusOK {
		t.Errorf("another address: %d", r.code)
	}
	// Per IP: many addresses from one client.
	for i := 0; i < DefaultPerIPLimit; i++ {
		b.post("/signin", url.Values{"email": {"x" + string(rune('a'+i)) + "@example.net"}})
	}
	if r := b.post("/signin", url.Values{"email": {"last@example.net"}}); r.code != http.StatusTooManyRequests {
		t.Errorf("request past the per-IP limit: %d, want 429", r.code)
	}
	// An hour later, the member can ask again.
	e.clock.Add(limitWindow)
	if r := b.post("/signin", url.Values{"email": {member}}); r.code != http.StatusOK {
		t.Errorf("after the window: %d", r.code)
	}
}

// TestSessions: the cookie's flags; the session id is rotated at sign-in; the
// session expires; signing out ends it.
func TestSessions(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.post("/signin", url.Values{"email": {member}})
	link := linkRE.FindString(e.outbox(templates.KindConsoleSignIn)[0].text)
	r := b.consume(link)
	var first *http.Cookie
	for _, c := range (&http.Response{Header: r.hdr}).Cookies() {
		if c.Name == sessionCookie {
			first = c
		}
	}
	if first == nil || !first.HttpOnly || first.SameSite != http.SameSiteLaxMode || first.Secure || first.MaxAge <= 0 {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Lax, not Secure on http, expiring", first)
	}
	// Only its hash is stored.
	if n, err := e.store.CountConsoleSessions(hashToken(first.Value)); err != nil || n != 1 {
		t.Fatal("the session is not stored by its hash")
	}
	// Signing in again in the same browser rotates the id and ends the old session.
	b.signIn(member)
	u, _ := url.Parse(e.ts.URL)
	var second string
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == sessionCookie {
			second = c.Value
		}
	}
	if second == "" || second == first.Value {
		t.Fatal("the session id was not rotated at sign-in")
	}
	old := e.browser()
	old.c.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: first.Value}})
	if r := old.get("/"); r.code != http.StatusSeeOther {
		t.Errorf("the session before rotation still works: %d", r.code)
	}
	// A forged session id does nothing.
	forged := e.browser()
	forged.c.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: hashToken(second)}})
	if r := forged.get("/"); r.code != http.StatusSeeOther {
		t.Errorf("a forged session id works: %d", r.code)
	}
	// Expiry.
	e.clock.Add(DefaultSessionTTL + time.Minute)
	if r := b.get("/pairs"); r.code != http.StatusSeeOther {
		t.Errorf("an expired session works: %d", r.code)
	}
	// Sign out.
	b.signIn(member)
	if r := b.post("/signout", nil); r.code != http.StatusSeeOther {
		t.Fatalf("sign out: %d", r.code)
	}
	if r := b.get("/"); r.code != http.StatusSeeOther {
		t.Errorf("signed out, / gives %d", r.code)
	}
}

// TestSecureCookieOverHTTPS: the Secure flag follows the configured public URL.
func TestSecureCookieOverHTTPS(t *testing.T) {
	e := newEnv(t)
	srv, err := New(Options{Program: e.prog, PublicURL: "https://console.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, httptest.NewRequest("GET", "/signin", nil))
	cs := w.Result().Cookies()
	if len(cs) == 0 || !cs[0].Secure {
		t.Errorf("cookies %+v over an https public URL: want Secure", cs)
	}
	if w.Header().Get("Strict-Transport-Security") == "" {
		t.Error("no HSTS over an https public URL")
	}
}

// TestCrossOriginRefused: a change from another origin is refused before it is
// read, even with a valid CSRF token; the configured public origin is trusted
// even when a proxy changed Host.
func TestCrossOriginRefused(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.signIn(member)
	form := url.Values{"csrf": {b.csrf()}, "lang": {"fr"}, "back": {"/"}}
	send := func(headers map[string]string) int {
		req, _ := http.NewRequest("POST", e.ts.URL+"/lang", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		return b.do(req).code
	}
	if c := send(map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}); c != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", c)
	}
	if c := send(map[string]string{"Origin": "https://evil.example"}); c != http.StatusForbidden {
		t.Errorf("POST from another origin without Sec-Fetch-Site: %d, want 403", c)
	}
	if l, _ := e.store.ConsoleLang(member); l != "" {
		t.Errorf("a refused request changed the language to %q", l)
	}
	if c := send(map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": e.ts.URL}); c != http.StatusSeeOther {
		t.Errorf("same-origin POST: %d, want 303", c)
	}
	// Behind a proxy: Host differs, the Origin is the configured public URL.
	pub := "https://console.example.org"
	srv, err := New(Options{Program: e.prog, PublicURL: pub})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, httptest.NewRequest("GET", "http://127.0.0.1:8080/signin", nil))
	pre := w.Result().Cookies()[0]
	proxied := func(origin, site string) int {
		req := httptest.NewRequest("POST", "http://127.0.0.1:8080/signin",
			strings.NewReader(url.Values{"csrf": {pre.Value}, "email": {stranger}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", origin)
		if site != "" {
			req.Header.Set("Sec-Fetch-Site", site)
		}
		req.AddCookie(pre)
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		return w.Code
	}
	if c := proxied(pub, ""); c != http.StatusOK {
		t.Errorf("from the configured public origin behind a proxy (Host differs): %d, want 200", c)
	}
	if c := proxied("https://evil.example", "cross-site"); c != http.StatusForbidden {
		t.Errorf("from another origin behind a proxy: %d, want 403", c)
	}
}

// TestCSRFToken: every change needs the visit's token.
func TestCSRFToken(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.signIn(member)
	q := e.question("Can I change my meeting day?")
	for _, tok := range []string{"", "WRONG", b.e.browser().csrf()} {
		r := b.post("/questions/"+itoa(q)+"/answer", url.Values{"csrf": {tok}, "answer": {"Yes."}})
		if r.code != http.StatusForbidden {
			t.Errorf("token %q: %d, want 403", tok, r.code)
		}
	}
	if got := len(e.outbox(templates.KindQuestionAnswer)); got != 0 {
		t.Errorf("%d answers sent without a good token", got)
	}
	// Before sign-in too: the pre-session token.
	anon := e.browser()
	if r := anon.post("/signin", url.Values{"csrf": {"nope"}, "email": {member}}); r.code != http.StatusForbidden {
		t.Errorf("sign-in request without the token: %d", r.code)
	}
	if r := b.post("/questions/"+itoa(q)+"/answer", url.Values{"answer": {"Yes."}}); r.code != http.StatusSeeOther {
		t.Errorf("with the token: %d", r.code)
	}
}

// TestSecurityHeaders: on pages, errors, redirects and the stylesheet.
func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	signin := b.get("/signin")
	css := regexpFind(`href="(/static/[^"]+)"`, signin.body)
	b.signIn(member)
	for _, path := range []string{"/signin", "/", "/pairs", "/nowhere", "/questions/999", css} {
		r := b.get(path)
		h := r.hdr
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "frame-ancestors 'none'", "style-src 'nonce-", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: CSP %q allows scripts or inline styles", path, csp)
		}
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
			if h.Get(k) != v {
				t.Errorf("%s: %s = %q, want %q", path, k, h.Get(k), v)
			}
		}
		if strings.Contains(r.body, "<html") {
			nonce := regexpFind(`'nonce-([^']+)'`, csp)
			if !strings.Contains(r.body, `nonce="`+nonce+`"`) || strings.Contains(r.body, "style=") || strings.Contains(r.body, "<script") {
				t.Errorf("%s: the page's stylesheet lacks the nonce, or it has inline styles or scripts", path)
			}
			if !strings.Contains(r.body, `<html lang="en">`) {
				t.Errorf("%s: no lang on the page", path)
			}
		}
	}
}

// TestSignInLinkRace: several presses of the same link at once sign in once.
func TestSignInLinkRace(t *testing.T) {
	e := newEnv(t)
	e.browser().post("/signin", url.Values{"email": {member}})
	link := linkRE.FindString(e.outbox(templates.KindConsoleSignIn)[0].text)
	u, _ := url.Parse(link)
	const n = 6
	type try struct {
		b    *browser
		csrf string
	}
	tries := make([]try, n)
	for i := range tries {
		tries[i].b = e.browser()
		tries[i].csrf = tries[i].b.csrf()
	}
	codes := make(chan int, n)
	for _, tr := range tries {
		go func() {
			form := url.Values{"csrf": {tr.csrf}, "t": {u.Query().Get("t")}}
			req, _ := http.NewRequest("POST", e.ts.URL+"/signin/link", strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			res, err := tr.b.c.Do(req)
			if err != nil {
				codes <- 0
				return
			}
			res.Body.Close()
			codes <- res.StatusCode
		}()
	}
	signedIn := 0
	for range n {
		if <-codes == http.StatusSeeOther {
			signedIn++
		}
	}
	if signedIn != 1 {
		t.Errorf("%d sessions from one link, want 1", signedIn)
	}
}
