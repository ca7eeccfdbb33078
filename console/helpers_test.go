package console

import (
	"bytes"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

const (
	member   = "chair@example.org"
	stranger = "someone@example.net"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is a console over a real SQLite store with a small cohort, served by
// httptest, and a program whose outbox the tests read.
type env struct {
	t     *testing.T
	clock *clock
	store *store.Store
	prog  *program.Program
	srv   *Server
	ts    *httptest.Server
}

const participantsCSV = `email,name,role,language,time_zone
mentor@example.org,Marcus Chen,mentor,en,America/Vancouver
mentee@example.org,Aïcha Diallo,mentee,fr,America/Toronto
`

const pairsCSV = `mentor_email,mentee_email
mentor@example.org,mentee@example.org
`

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, clock: &clock{t: time.Date(2026, 10, 20, 15, 0, 0, 0, time.UTC)}}
	s, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "m.db"), Key: bytes.Repeat([]byte{7}, store.KeySize)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e.store = s
	tpl, err := templates.New(templates.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := mailer.NewTokens([]byte("test secret, twenty bytes or more"))
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := mailer.ParseAddress("mentorship@example.org")
	loc, _ := time.LoadLocation("America/Toronto")
	e.prog, err = program.New(program.Options{Store: s, Templates: tpl, Tokens: tok, Address: addr, FromName: "Mentorship",
		CommitteeAddress: "committee@example.org", CommitteeMembers: []string{"committee@example.org", member},
		Location: loc, Clock: e.clock.Now, NoHealthDigest: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := roster.Import(s, roster.Options{Cohort: "2026-fall", Start: "2026-10-01", Days: 60},
		roster.File{Name: "participants.csv", Data: []byte(participantsCSV)}, roster.File{Name: "pairs.csv", Data: []byte(pairsCSV)}); err != nil {
		t.Fatal(err)
	}
	e.ts = httptest.NewUnstartedServer(nil)
	e.ts.Start()
	t.Cleanup(e.ts.Close)
	e.srv, err = New(Options{Program: e.prog, PublicURL: e.ts.URL})
	if err != nil {
		t.Fatal(err)
	}
	e.ts.Config.Handler = e.srv
	return e
}

// browser is a client with its own cookies that does not follow redirects.
type browser struct {
	e *env
	c *http.Client
}

func (e *env) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

type resp struct {
	code int
	body string
	hdr  http.Header
}

func (b *browser) do(req *http.Request) resp {
	b.e.t.Helper()
	res, err := b.c.Do(req)
	if err != nil {
		b.e.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return resp{code: res.StatusCode, body: string(body), hdr: res.Header}
}

func (b *browser) get(path string) resp {
	b.e.t.Helper()
	req, _ := http.NewRequest("GET", b.e.ts.URL+path, nil)
	return b.do(req)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf returns the CSRF token the console's forms carry for this browser.
func (b *browser) csrf() string {
	b.e.t.Helper()
	r := b.get("/signin")
	if m := csrfRE.FindStringSubmatch(r.body); m != nil {
		return m[1]
	}
	r = b.get("/")
	m := csrfRE.FindStringSubmatch(r.body)
	if m == nil {
		b.e.t.Fatalf("no csrf token in the page: %s", r.body)
	}
	return m[1]
}

// post sends a form with the browser's CSRF token (unless the form has one).
func (b *browser) post(path string, form url.Values) resp {
	b.e.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", b.csrf())
	}
	req, _ := http.NewRequest("POST", b.e.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

// outbox claims the due rows of a kind and opens them.
func (e *env) outbox(kind templates.Kind) []sentMail {
	e.t.Helper()
	rows, err := e.store.ClaimDue("test", e.clock.Now().Add(time.Hour), time.Minute, 1000)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []sentMail
	for _, o := range rows {
		if o.Kind != string(kind) {
			continue
		}
		m, err := e.store.OpenMessage(&o)
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, sentMail{to: o.ToAddr, lang: o.Lang, text: m.Text, inReplyTo: o.InReplyTo})
	}
	if err := e.store.ReleaseLeases(ids(rows), "test"); err != nil {
		e.t.Fatal(err)
	}
	return out
}

func ids(rows []store.Outbox) []int64 {
	var out []int64
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

type sentMail struct {
	to, lang, text, inReplyTo string
}

var linkRE = regexp.MustCompile(`http://[^\s]+/signin/link\?t=[A-Z2-7]+`)

// signIn asks for a link as addr and uses it; it returns the link.
func (b *browser) signIn(addr string) string {
	b.e.t.Helper()
	before := len(b.e.outbox(templates.KindConsoleSignIn))
	if r := b.post("/signin", url.Values{"email": {addr}}); r.code != http.StatusOK {
		b.e.t.Fatalf("asking for a link: %d", r.code)
	}
	ms := b.e.outbox(templates.KindConsoleSignIn)
	if len(ms) != before+1 {
		b.e.t.Fatalf("%d sign-in emails, want %d", len(ms), before+1)
	}
	link := linkRE.FindString(ms[len(ms)-1].text)
	if link == "" {
		b.e.t.Fatalf("no link in %q", ms[len(ms)-1].text)
	}
	if r := b.consume(link); r.code != http.StatusSeeOther || r.hdr.Get("Location") != "/" {
		b.e.t.Fatalf("using the link: %d %s", r.code, r.body)
	}
	return link
}

// consume presses the button on the link's page.
func (b *browser) consume(link string) resp {
	b.e.t.Helper()
	u, _ := url.Parse(link)
	return b.post("/signin/link", url.Values{"t": {u.Query().Get("t")}})
}
