package console_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

// The real-browser test: headless Chromium, driven from Go, against the whole
// service with the console on, on in-process mail servers as serve --dev runs
// it. Each pass signs in through the link delivered to the committee's
// mailbox, opens every page (a screenshot of each under the test's artifact
// directory: go test -artifacts -outputdir DIR keeps them), uploads a CSV with
// a bad row and sees its error, pauses a pair and resumes it from the Cohorts
// page, and answers a question a participant emailed, then sees the relay
// arrive in the participant's mailbox. The second pass
// runs with JavaScript disabled.
//
// Each pass runs its own browser on its own new profile (user data
// directory). The passes once shared one profile: Chromium writes its cookie
// store to the profile about 30 seconds after a change, so when the first
// pass lasted longer than that (under -race on a busy CI machine), the second
// browser started with the first pass's session cookie, the sign-in page
// redirected it to the health page, and the wait for the sign-in form never
// ended. checkFreshProfile now refuses a pass that starts with cookies.

// Deadlines: browserTimeout bounds the whole test, stepTimeout each step in
// it (a browser action and its wait, or a wait for mail), and probeTimeout
// what a failed step does to report where the page was.
const (
	browserTimeout = 5 * time.Minute
	stepTimeout    = 45 * time.Second
	probeTimeout   = 10 * time.Second
)

// findChromium returns the browser's path: $CHROMIUM, else the first of the
// usual names on PATH.
func findChromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

type world struct {
	t    *testing.T
	ctx  context.Context
	mail *devmail.System
	svc  *service.Service
	url  string
	dir  string
	shot int
}

func TestConsoleBrowser(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is not installed (Debian package chromium; .ci/run installs it): the console's browser test cannot run")
		}
		t.Skip("Chromium is not installed (apt-get install chromium); skipping the console's browser test")
	}
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	w := startWorld(t, ctx)

	for _, pass := range []struct {
		name   string
		noJS   bool
		asker  string
		answer string
	}{
		{"js", false, "aisha", "Yes, every three weeks is fine if you both agree."},
		{"nojs", true, "marcus", "Every three weeks works, as long as you keep logging your meetings."},
	} {
		t.Run(pass.name, func(t *testing.T) {
			// A browser of its own on a new profile: nothing carries over
			// from the other pass (see the comment at the top).
			alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox,
				chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
				chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
				chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
				chromedp.WindowSize(1280, 900))
			defer cancelAlloc()
			tab, closeTab := chromedp.NewContext(alloc)
			defer closeTab()
			w := *w
			w.t, w.ctx, w.shot = t, tab, 0
			w.dir = t.ArtifactDir()
			w.checkFreshProfile()
			if pass.noJS {
				sctx, cancel := context.WithTimeout(tab, stepTimeout)
				_, err := chromedp.Call(sctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
				cancel()
				if err != nil {
					t.Fatalf("browser step \"disable JavaScript\": %v", err)
				}
			}
			w.signIn()
			w.pages()
			w.badUpload()
			w.pauseAndResume()
			w.answer(pass.asker, pass.answer)
		})
	}
	fmt.Println("E2E-CONSOLE: ran")
}

// startWorld runs the service on devmail with the demo cohort and the console on.
func startWorld(t *testing.T, ctx context.Context) *world {
	users, err := demo.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	m, err := devmail.Start(devmail.Options{Domain: demo.Domain, Users: users})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	cfg, err := demo.Config(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Program.SendHour = 0
	cfg.IMAP.PollInterval = time.Second
	cfg.Console.Addr = "127.0.0.1:0"
	cfg.Console.PublicURL = "http://127.0.0.1:0"
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	svc, err := service.New(cfg, log, service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	today := time.Now().In(cfg.Location()).AddDate(0, 0, -20).Format(time.DateOnly)
	if _, err := demo.ImportCohort(svc.Store, today); err != nil {
		t.Fatal(err)
	}
	if err := svc.Check(ctx); err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { svc.Run(runCtx); close(done) }()
	t.Cleanup(func() { stop(); <-done })
	if !strings.HasPrefix(svc.ConsoleURL(), "http://127.0.0.1:") || strings.HasSuffix(svc.ConsoleURL(), ":0") {
		t.Fatalf("console URL %q", svc.ConsoleURL())
	}
	w := &world{t: t, ctx: ctx, mail: m, svc: svc, url: svc.ConsoleURL()}
	w.logMeeting()
	return w
}

// browserNote is a meeting note no page may show.
const browserNote = "SENTINEL-BROWSER-NOTE"

// logMeeting has a mentee email a meeting log with a note, and waits until the
// program has logged it, so the pages have a meeting to show.
func (w *world) logMeeting() {
	w.t.Helper()
	day := time.Now().AddDate(0, 0, -3).Format("January 2")
	raw := "From: aisha@" + demo.Domain + "\r\nTo: program@" + demo.Domain + "\r\nSubject: Our meeting\r\n" +
		"Message-ID: <m-aisha@" + demo.Domain + ">\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nDate: " + day + "\r\nLength: 45 min\r\nHow: video\r\nNotes: " + browserNote + "\r\n"
	if err := w.mail.Deliver("aisha@"+demo.Domain, []string{"program@" + demo.Domain}, []byte(raw)); err != nil {
		w.t.Fatal(err)
	}
	w.waitFor("the meeting log to be applied", func() bool {
		rep, err := program.BuildReport(w.svc.Store, "", time.Now(), time.UTC)
		if err != nil {
			w.t.Fatal(err)
		}
		return rep.Totals.Meetings > 0
	})
}

// startBrowser starts the pass's browser on the tab's own context (the first
// run on a chromedp context starts the browser, which lives as long as the
// context of that run, so it must not be a step's context with a timeout),
// waiting for it at most stepTimeout.
func (w *world) startBrowser() {
	w.t.Helper()
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(w.ctx) }()
	select {
	case err := <-started:
		if err != nil {
			w.t.Fatalf("browser step \"start the browser\": %v", err)
		}
	case <-time.After(stepTimeout):
		w.t.Fatalf("browser step \"start the browser\": not started after %v", stepTimeout)
	}
}

// checkFreshProfile fails the pass if its browser starts with cookies: a
// session cookie from an earlier pass would skip the sign-in page.
func (w *world) checkFreshProfile() {
	w.t.Helper()
	w.startBrowser()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	res, err := chromedp.Call(ctx, storage.GetCookies, storage.GetCookiesParams{})
	if err != nil {
		w.t.Fatalf("browser step \"read the cookies\": %v", err)
	}
	for _, c := range res.Cookies {
		w.t.Errorf("the browser starts with cookie %s for %s: the pass does not run on a new profile", c.Name, c.Domain)
	}
	if w.t.Failed() {
		w.t.FailNow()
	}
}

// do runs one named step of browser actions under stepTimeout; a step that
// fails or runs out of time fails the test with the step's name, the page's
// URL and a screenshot, rather than waiting on.
func (w *world) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		w.fail(step, err)
	}
}

// fail ends the test at a browser step, saying where the page was. Without
// -artifacts the artifact directory is removed after the test, so the
// screenshot of the failure goes to a directory that stays.
func (w *world) fail(step string, err error) {
	w.t.Helper()
	if f := flag.Lookup("test.artifacts"); f == nil || f.Value.String() != "true" {
		if dir, err := os.MkdirTemp("", "mentormail-console-failure-"); err == nil {
			w.dir = dir
		}
	}
	shot := w.screenshot("failed")
	w.t.Fatalf("browser step %q failed on page %s: %v (screenshot %s)", step, w.location(), err, shot)
}

// location is the page's URL, from the browser's history (which needs no
// script in the page, so it works with JavaScript disabled).
func (w *world) location() string {
	ctx, cancel := context.WithTimeout(w.ctx, probeTimeout)
	defer cancel()
	h, err := chromedp.Call(ctx, page.GetNavigationHistory, cdp.Empty{})
	if err != nil {
		return fmt.Sprintf("(unknown: %v)", err)
	}
	if h.CurrentIndex < 0 || int(h.CurrentIndex) >= len(h.Entries) {
		return "(unknown)"
	}
	return h.Entries[h.CurrentIndex].URL
}

func (w *world) html(sel string) string {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(sel)))
	if err != nil {
		w.fail("read "+sel, err)
	}
	return s
}

// screenshot saves the page as NN-name.png in the artifact directory and
// returns its path.
func (w *world) screenshot(name string) string {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, probeTimeout)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		w.t.Logf("no screenshot %s: %v", name, err)
		return "(none: " + err.Error() + ")"
	}
	w.shot++
	p := filepath.Join(w.dir, fmt.Sprintf("%02d-%s.png", w.shot, name))
	if err := os.WriteFile(p, b, 0o644); err != nil {
		w.t.Error(err)
	}
	return p
}

// waitFor polls cond until it holds, for at most stepTimeout, and fails the
// test with what was awaited.
func (w *world) waitFor(what string, cond func() bool) {
	w.t.Helper()
	deadline := time.NewTimer(stepTimeout)
	defer deadline.Stop()
	for !cond() {
		select {
		case <-w.ctx.Done():
			w.t.Fatalf("waiting for %s: %v", what, w.ctx.Err())
		case <-deadline.C:
			w.t.Fatalf("waiting for %s: nothing after %v", what, stepTimeout)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitMail waits for a message in a user's INBOX whose text matches, among
// those after the first skip, and returns its text.
func (w *world) waitMail(user string, skip int, match func(text string) bool) string {
	w.t.Helper()
	var text string
	w.waitFor("a matching mail for "+user, func() bool {
		msgs, err := w.mail.Mailbox(user, "INBOX")
		if err != nil {
			w.t.Fatal(err)
		}
		for _, m := range msgs[min(skip, len(msgs)):] {
			env, err := enmime.ReadEnvelope(bytes.NewReader(m.Raw))
			if err == nil && match(env.Text) {
				text = env.Text
				return true
			}
		}
		return false
	})
	return text
}

func (w *world) count(user string) int {
	msgs, err := w.mail.Mailbox(user, "INBOX")
	if err != nil {
		w.t.Fatal(err)
	}
	return len(msgs)
}

var linkRE = regexp.MustCompile(`http://\S+/signin/link\?t=[A-Z2-7]+`)

func (w *world) signIn() {
	w.t.Helper()
	before := w.count("committee")
	w.do("open the sign-in page", chromedp.Navigate(w.url+"/"), chromedp.WaitReady(chromedp.CSS("#email")))
	w.screenshot("signin")
	w.do("ask for a sign-in link", chromedp.SendKeys(chromedp.CSS("#email"), "committee@"+demo.Domain),
		chromedp.Click(chromedp.CSS(`form[action="/signin"] button`)), chromedp.WaitReady(chromedp.CSS("p.notice")))
	w.screenshot("link-sent")
	text := w.waitMail("committee", before, func(s string) bool { return linkRE.MatchString(s) })
	link := linkRE.FindString(text)
	if !strings.HasPrefix(link, w.url+"/signin/link?t=") {
		w.t.Fatalf("link %q does not point to the console %s", link, w.url)
	}
	w.do("open the sign-in link", chromedp.Navigate(link), chromedp.WaitReady(chromedp.CSS("#signin-button")))
	w.screenshot("link")
	w.do("press the sign-in button", chromedp.Click(chromedp.CSS("#signin-button")), chromedp.WaitReady(chromedp.CSS("ul.cards")))
	if h := w.html("header"); !strings.Contains(h, "committee@"+demo.Domain) {
		w.t.Fatalf("not signed in: %s", h)
	}
	// The link is spent.
	w.do("open the spent link again", chromedp.Navigate(link), chromedp.WaitReady(chromedp.CSS("p.problem")))
}

// pages opens every page, in English and then in French for the pairs list.
func (w *world) pages() {
	w.t.Helper()
	for _, p := range []struct{ path, sel, name string }{
		{"/", "svg.svgchart", "health"},
		{"/pairs", "table.sortable", "pairs"},
		{"/pairs?sort=lapse&dir=desc", "table.sortable", "pairs-by-lapse"},
		{"/pairs/1", "tr.ev-mail", "pair-timeline"},
		{"/questions", "main h2", "questions"},
		{"/review?all=1", "main table", "review"},
		{"/cohorts", "#c-people", "cohorts"},
		{"/actions", "main table", "actions"},
	} {
		w.do("open "+p.path, chromedp.Navigate(w.url+p.path), chromedp.WaitReady(chromedp.CSS(p.sel)))
		w.screenshot(p.name)
		if h := w.html("html"); strings.Contains(h, browserNote) {
			w.t.Errorf("%s shows a meeting note", p.path)
		}
	}
	// Switch to French with the button, and back.
	w.do("switch to French", chromedp.Navigate(w.url+"/pairs"), chromedp.Click(chromedp.CSS(`form[action="/lang"] button`)),
		chromedp.WaitReady(chromedp.CSS(`html[lang="fr"]`)))
	w.screenshot("pairs-fr")
	w.do("open the health page in French", chromedp.Navigate(w.url+"/"), chromedp.WaitReady(chromedp.CSS("svg.svgchart")))
	w.screenshot("health-fr")
	w.do("switch back to English", chromedp.Click(chromedp.CSS(`form[action="/lang"] button`)), chromedp.WaitReady(chromedp.CSS(`html[lang="en"]`)))
}

func (w *world) badUpload() {
	w.t.Helper()
	dir := w.t.TempDir()
	people := filepath.Join(dir, "participants.csv")
	os.WriteFile(people, []byte("email,name,role,language,time_zone\n"+
		"nadia@example.test,Nadia Haddad,mentor,en,America/Halifax\nomar@example.test,Omar Ali,mentro,en,America/Halifax\n"), 0o644)
	w.do("upload a CSV with a bad row", chromedp.Navigate(w.url+"/cohorts"), chromedp.WaitReady(chromedp.CSS("#c-people")),
		chromedp.SendKeys(chromedp.CSS("#c-name"), "2027-winter"),
		chromedp.SetAttributeValue(chromedp.CSS("#c-start"), "value", "2027-01-11"),
		chromedp.SetUploadFiles(chromedp.CSS("#c-people"), []string{people}),
		chromedp.Click(chromedp.CSS(`form[action="/cohorts/import"] button`)),
		chromedp.WaitReady(chromedp.CSS("#import-errors")))
	w.screenshot("import-error")
	if e := w.html("#import-errors"); !strings.Contains(e, "participants.csv: line 3, column C (role)") {
		w.t.Fatalf("the import error lacks the line and column: %s", e)
	}
	if cs, _ := w.svc.Store.ConsoleCohorts(); len(cs) != 1 {
		w.t.Fatalf("%d cohorts after a refused import", len(cs))
	}
}

// pauseAndResume pauses the first pair from the Cohorts page until a week
// from now, sees the pause in the database and the page, then resumes it; it
// then asks to end the pair, sees the confirmation, and cancels.
func (w *world) pauseAndResume() {
	w.t.Helper()
	const pair = "1"
	until := time.Now().AddDate(0, 0, 7).Format(time.DateOnly)
	w.do("fill in the pause form", chromedp.Navigate(w.url+"/cohorts"), chromedp.WaitReady(chromedp.CSS("#pause-pair")),
		chromedp.SetAttributeValue(chromedp.CSS(`#pause-pair option[value="`+pair+`"]`), "selected", "selected"),
		chromedp.SetAttributeValue(chromedp.CSS("#pause-until"), "value", until))
	w.screenshot("pause-form")
	w.do("pause the pair", chromedp.Click(chromedp.CSS("#pause-button")), chromedp.WaitReady(chromedp.CSS("#done")))
	w.screenshot("paused")
	if d := w.html("#done"); !strings.Contains(d, "pair"+pair+" is paused") {
		w.t.Fatalf("the page does not say the pair is paused: %s", d)
	}
	v, err := w.svc.Store.ConsolePair(1)
	if err != nil {
		w.t.Fatal(err)
	}
	if v.Pair.PausedUntil == nil || !v.Pair.PausedUntil.After(time.Now().AddDate(0, 0, 6)) {
		w.t.Fatalf("pair %s paused until %v, want the end of %s", pair, v.Pair.PausedUntil, until)
	}
	w.do("choose the paused pair", chromedp.Navigate(w.url+"/cohorts"), chromedp.WaitReady(chromedp.CSS("#resume-pair")),
		chromedp.SetAttributeValue(chromedp.CSS(`#resume-pair option[value="`+pair+`"]`), "selected", "selected"))
	w.do("resume the pair", chromedp.Click(chromedp.CSS("#resume-button")), chromedp.WaitReady(chromedp.CSS("#done")))
	w.screenshot("resumed")
	if d := w.html("#done"); !strings.Contains(d, "pair"+pair+" has resumed") {
		w.t.Fatalf("the page does not say the pair has resumed: %s", d)
	}
	if v, err = w.svc.Store.ConsolePair(1); err != nil {
		w.t.Fatal(err)
	}
	if v.Pair.PausedUntil == nil || v.Pair.PausedUntil.After(time.Now()) {
		w.t.Fatalf("pair %s still paused until %v after resuming", pair, v.Pair.PausedUntil)
	}
	// Ending a pair asks for a confirmation first; cancelling it leaves the pair be.
	w.do("ask to end the pair", chromedp.Navigate(w.url+"/cohorts"), chromedp.WaitReady(chromedp.CSS("#end-pair")),
		chromedp.SetAttributeValue(chromedp.CSS(`#end-pair option[value="`+pair+`"]`), "selected", "selected"),
		chromedp.Click(chromedp.CSS("#end-button")), chromedp.WaitReady(chromedp.CSS("#confirm-button")))
	w.screenshot("end-confirm")
	w.do("cancel ending the pair", chromedp.Click(chromedp.CSS("#confirm-cancel")), chromedp.WaitReady(chromedp.CSS("#pause-pair")))
	if v, err = w.svc.Store.ConsolePair(1); err != nil || v.Pair.Status != store.PairActive {
		w.t.Fatalf("after cancelling, pair %s: %+v, %v", pair, v, err)
	}
	w.do("open the record of actions", chromedp.Navigate(w.url+"/actions"), chromedp.WaitReady(chromedp.CSS("main table")))
	if a := w.html("main table"); !strings.Contains(a, "paused a pair") || !strings.Contains(a, "resumed a pair") {
		w.t.Fatalf("the record of actions lacks the pause or the resume: %s", a)
	}
}

// answer has a participant email a question, answers it in the console, and
// waits for the relay in the participant's mailbox.
func (w *world) answer(asker, answer string) {
	w.t.Helper()
	raw := "From: " + asker + "@" + demo.Domain + "\r\nTo: program@" + demo.Domain + "\r\nSubject: A question\r\n" +
		"Message-ID: <q-" + asker + "@" + demo.Domain + ">\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nQuestion: can we meet every three weeks instead of every two?\r\n"
	if err := w.mail.Deliver(asker+"@"+demo.Domain, []string{"program@" + demo.Domain}, []byte(raw)); err != nil {
		w.t.Fatal(err)
	}
	var id int64
	w.waitFor("the question from "+asker, func() bool {
		qs, err := program.ListQuestions(w.svc.Store, true, time.Now(), time.UTC)
		if err != nil {
			w.t.Fatal(err)
		}
		for _, q := range qs {
			id = q.ID
		}
		return id != 0
	})
	before := w.count(asker)
	w.do("open the question", chromedp.Navigate(w.url+"/questions"), chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`a[href="/questions/%d"]`, id))),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`a[href="/questions/%d"]`, id))), chromedp.WaitReady(chromedp.CSS("#answer")))
	if q := w.html("blockquote.asked"); !strings.Contains(q, "every three weeks") {
		w.t.Fatalf("the question's text is not shown: %s", q)
	}
	w.do("type the answer", chromedp.SendKeys(chromedp.CSS("#answer"), answer))
	w.screenshot("question")
	w.do("send the answer", chromedp.Click(chromedp.CSS(`form[action$="/answer"] button`)), chromedp.WaitReady(chromedp.CSS("p.notice")))
	w.screenshot("answered")
	w.waitMail(asker, before, func(s string) bool { return strings.Contains(strings.Join(strings.Fields(s), " "), answer) })
	w.do("open the record of actions", chromedp.Navigate(w.url+"/actions"), chromedp.WaitReady(chromedp.CSS("main table")))
	if a := w.html("main table"); !strings.Contains(a, "answered a question") {
		w.t.Fatalf("the record of actions lacks the answer: %s", a)
	}
	w.screenshot("actions-after")
}
