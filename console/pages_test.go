package console

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func regexpFind(re, s string) string {
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1]
}

// pairOf returns the test cohort's pair and its mentee.
func (e *env) pairOf() *store.PairView {
	e.t.Helper()
	var v *store.PairView
	err := e.store.Tx(func(tx *store.Tx) error {
		pt, err := tx.ParticipantByAddress("mentee@example.org")
		if err != nil {
			return err
		}
		v, err = tx.CurrentPair(pt.ID)
		return err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// question records an open question from the mentee, as a reply would.
func (e *env) question(text string) int64 {
	e.t.Helper()
	v := e.pairOf()
	now := e.clock.Now()
	q := &store.Question{ParticipantID: v.Mentee.ID, PairID: &v.Pair.ID, State: store.QuestionOpen,
		MessageID: "q1@mail.example.org", CreatedAt: now, UpdatedAt: now}
	if err := e.store.Tx(func(tx *store.Tx) error { return tx.AddQuestion(q, text) }); err != nil {
		e.t.Fatal(err)
	}
	return q.ID
}

// secrets fills the pair's confidential text: meeting notes, goal titles and
// progress notes, a survey comment; each a sentinel no page may show.
func (e *env) secrets() []string {
	e.t.Helper()
	v := e.pairOf()
	now := e.clock.Now()
	s := []string{"SENTINEL-MEETING-NOTE", "SENTINEL-GOAL-TITLE", "SENTINEL-GOAL-NOTE", "SENTINEL-SURVEY-COMMENT", "SENTINEL-REPLY-TEXT"}
	err := e.store.Tx(func(tx *store.Tx) error {
		in := &store.Inbound{Key: "k1", Mailbox: "INBOX", FromAddr: v.Mentee.Email, ParticipantID: &v.Mentee.ID,
			Class: "reply", Outcome: store.InboundProcessed, Reason: "meeting logged", Size: 10, ReceivedAt: now, CreatedAt: now}
		if _, err := tx.InsertInbound(in, []byte("Subject: x\r\n\r\n"+s[4])); err != nil {
			return err
		}
		if err := tx.AddMeeting(&store.Meeting{PairID: v.Pair.ID, LoggedByID: v.Mentee.ID, InboundID: &in.ID,
			Date: "2026-10-15", Minutes: 45, Mode: "video", CreatedAt: now}, s[0]); err != nil {
			return err
		}
		g := &store.Goal{PairID: v.Pair.ID, OwnerID: v.Mentee.ID, Number: 1, Status: "new", CreatedAt: now, UpdatedAt: now}
		if err := tx.AddGoal(g, s[1]); err != nil {
			return err
		}
		if err := tx.UpdateGoal(g, "done", s[2], &in.ID); err != nil {
			return err
		}
		return tx.AddSurveyAnswer(&store.SurveyAnswer{PairID: v.Pair.ID, ParticipantID: v.Mentee.ID, Rating: 4, CreatedAt: now}, s[3])
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// TestNoPageShowsNotes is the sentinel test: with a pair's notes, goals, survey
// comment and reply text filled with sentinels, no page in either language
// carries any of them.
func TestNoPageShowsNotes(t *testing.T) {
	e := newEnv(t)
	secrets := e.secrets()
	e.question("Is it fine to meet by phone?")
	b := e.browser()
	b.signIn(member)
	v := e.pairOf()
	pages := []string{"/", "/pairs", "/pairs?sort=lapse&dir=desc", "/pairs/" + itoa(v.Pair.ID), "/questions", "/questions/1",
		"/review", "/review?all=1", "/cohorts", "/actions"}
	for _, lang := range []string{"fr", "en"} {
		b.post("/lang", url.Values{"lang": {lang}, "back": {"/"}})
		for _, p := range pages {
			r := b.get(p)
			if r.code != http.StatusOK {
				t.Errorf("%s %s: %d", lang, p, r.code)
			}
			if !strings.Contains(r.body, `<html lang="`+lang+`">`) {
				t.Errorf("%s %s: not in %s", lang, p, lang)
			}
			for _, s := range secrets {
				if strings.Contains(r.body, s) {
					t.Errorf("%s %s shows %s", lang, p, s)
				}
			}
		}
	}
	// Nor do the confirmation pages of the pair actions.
	for _, c := range []struct {
		path string
		form url.Values
	}{
		{"/cohorts/pairs/end", url.Values{"pair": {itoa(v.Pair.ID)}, "reason": {"request"}}},
		{"/cohorts/pairs/repair", url.Values{"participant": {"mentee@example.org"}, "with": {"mentor@example.org"}}},
	} {
		r := b.post(c.path, c.form)
		for _, s := range secrets {
			if r.code != http.StatusOK || strings.Contains(r.body, s) {
				t.Errorf("%s: %d, or shows %s", c.path, r.code, s)
			}
		}
	}
	// The timeline shows the reply and what it was understood as.
	r := b.get("/pairs/" + itoa(v.Pair.ID))
	if !strings.Contains(r.body, "meeting logged") || !strings.Contains(r.body, "Aïcha Diallo") {
		t.Errorf("the timeline lacks the reply: %s", r.body)
	}
}

// TestHealthPage: the figures, the two SVG charts with classes and titles,
// and the numbers as tables.
func TestHealthPage(t *testing.T) {
	e := newEnv(t)
	e.secrets()
	b := e.browser()
	b.signIn(member)
	r := b.get("/")
	for _, want := range []string{"Cohort 2026-fall", `role="img"`, "<title id=\"weeks-", "<title id=\"states-",
		`class="bar-meetings"`, `class="bar-lapsing"`, "<caption>Meeting days logged, week by week</caption>",
		"Response rate to program emails", "<title id=\"history-", "<caption>Pairs by state at the end of each week</caption>",
		`<g class="legend">`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the health page lacks %q", want)
		}
	}
	// The meeting on 2026-10-15 is in week 3 of a session that began 2026-10-01.
	if !strings.Contains(r.body, "<tr><td>3</td><td>1</td></tr>") {
		t.Errorf("week 3 does not show one meeting day")
	}
}

// TestAnswerQuestionRelays: an answer from the console is the same relay email
// as an answer by reply: to the participant, in their language, threaded under
// their question, with the answer; the question is answered and the action
// recorded. A second answer is refused.
func TestAnswerQuestionRelays(t *testing.T) {
	e := newEnv(t)
	q := e.question("Puis-je changer le jour de nos rencontres ?")
	b := e.browser()
	b.signIn(member)
	page := b.get("/questions/" + itoa(q))
	if !strings.Contains(page.body, "Puis-je changer le jour de nos rencontres ?") || !strings.Contains(page.body, `<label for="answer">`) {
		t.Fatalf("the question page lacks the question or the form")
	}
	r := b.post("/questions/"+itoa(q)+"/answer", url.Values{"answer": {"Oui, entendez-vous simplement entre vous."}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("answering: %d %s", r.code, r.body)
	}
	ms := e.outbox(templates.KindQuestionAnswer)
	if len(ms) != 1 || ms[0].to != "mentee@example.org" || ms[0].lang != "fr" || ms[0].inReplyTo != "q1@mail.example.org" ||
		!strings.Contains(ms[0].text, "Oui, entendez-vous simplement entre vous.") {
		t.Fatalf("relay %+v", ms)
	}
	if r := b.get("/questions"); !strings.Contains(r.body, member) {
		t.Error("the answered list does not say who answered")
	}
	if r := b.post("/questions/"+itoa(q)+"/answer", url.Values{"answer": {"Encore."}}); r.code != http.StatusConflict {
		t.Errorf("a second answer: %d, want 409", r.code)
	}
	if got := len(e.outbox(templates.KindQuestionAnswer)); got != 1 {
		t.Errorf("%d relays, want 1", got)
	}
	acts, _ := e.store.ConsoleActions(1)
	if len(acts) != 1 || acts[0].Action != "question_answered" || acts[0].Actor != member || acts[0].Subject != "question "+itoa(q) {
		t.Errorf("action %+v", acts)
	}
	if r := b.post("/questions/"+itoa(e.question("Other?"))+"/answer", url.Values{"answer": {"   "}}); r.code != http.StatusUnprocessableEntity {
		t.Errorf("an empty answer: %d, want 422", r.code)
	}
}

func (b *browser) upload(fields map[string]string, files map[string]string) resp {
	b.e.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("csrf", b.csrf())
	for k, v := range fields {
		w.WriteField(k, v)
	}
	for k, v := range files {
		f, _ := w.CreateFormFile(k, k+".csv")
		f.Write([]byte(v))
	}
	w.Close()
	req, _ := http.NewRequest("POST", b.e.ts.URL+"/cohorts/import", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return b.do(req)
}

// TestCohortImport: a bad row is shown with its line and column and nothing is
// written; good files import the cohort and the import is recorded.
func TestCohortImport(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.signIn(member)
	bad := participantsCSV[:strings.Index(participantsCSV, "\n")+1] +
		"new.mentor@example.org,Nadia Haddad,mentor,en,America/Halifax\nnew.mentee@example.org,Omar Ali,mentro,en,America/Halifax\n"
	pairs := "mentor_email,mentee_email\nnew.mentor@example.org,new.mentee@example.org\n"
	r := b.upload(map[string]string{"cohort": "2027-winter", "start": "2027-01-11", "days": "60"},
		map[string]string{"participants": bad, "pairs": pairs})
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "participants.csv: line 3, column C (role)") {
		t.Fatalf("bad row: %d, want the line and column in %s", r.code, r.body)
	}
	cs, _ := e.store.ConsoleCohorts()
	if len(cs) != 1 {
		t.Errorf("%d cohorts after a refused import, want 1", len(cs))
	}
	good := strings.Replace(bad, "mentro", "mentee", 1)
	r = b.upload(map[string]string{"cohort": "2027-winter", "start": "2027-01-11", "days": "60"},
		map[string]string{"participants": good, "pairs": pairs})
	if r.code != http.StatusOK || !strings.Contains(r.body, "Cohort 2027-winter imported.") {
		t.Fatalf("good files: %d %s", r.code, r.body)
	}
	if cs, _ := e.store.ConsoleCohorts(); len(cs) != 2 {
		t.Errorf("%d cohorts, want 2", len(cs))
	}
	acts, _ := e.store.ConsoleActions(1)
	if len(acts) != 1 || acts[0].Action != "cohort_imported" || acts[0].Actor != member {
		t.Errorf("action %+v", acts)
	}
}

// TestReviewDismiss: the review list is resolved from the console through the
// program, which records who and when.
func TestReviewDismiss(t *testing.T) {
	e := newEnv(t)
	now := e.clock.Now()
	err := e.store.Tx(func(tx *store.Tx) error {
		in := &store.Inbound{Key: "stranger1", Mailbox: "INBOX", FromAddr: stranger, Class: "reply",
			Outcome: store.InboundQuarantined, Reason: "unknown sender", Size: 10, ReceivedAt: now, CreatedAt: now}
		if _, err := tx.InsertInbound(in, []byte("x")); err != nil {
			return err
		}
		_, err := tx.AddReview(&store.ReviewItem{InboundID: in.ID, Sender: stranger, Reason: "unknown_sender",
			ReceivedAt: now, State: store.ReviewOpen, CreatedAt: now})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b := e.browser()
	b.signIn(member)
	if r := b.get("/review"); !strings.Contains(r.body, stranger) || !strings.Contains(r.body, "quarantined: unknown sender") {
		t.Fatalf("the review list lacks the item: %s", r.body)
	}
	r := b.post("/review/1/dismiss", url.Values{"note": {"spam"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("dismiss: %d %s", r.code, r.body)
	}
	r = b.get("/review/1?done=dismissed")
	if !strings.Contains(r.body, "dismissed ("+member) || !strings.Contains(r.body, "spam") {
		t.Errorf("the item does not show its resolution: %s", r.body)
	}
	if r := b.post("/review/1/dismiss", nil); r.code != http.StatusConflict {
		t.Errorf("dismissing twice: %d, want 409", r.code)
	}
	if r := b.post("/review/1/meeting", url.Values{"pair": {"1"}, "date": {"2026-10-02"}}); r.code != http.StatusConflict {
		t.Errorf("logging a resolved item: %d, want 409", r.code)
	}
}

// TestLanguageSwitch: a member's language is kept with them, not the browser.
func TestLanguageSwitch(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.signIn(member)
	r := b.post("/lang", url.Values{"lang": {"fr"}, "back": {"/pairs"}})
	if r.code != http.StatusSeeOther || r.hdr.Get("Location") != "/pairs" {
		t.Fatalf("switch: %d %q", r.code, r.hdr.Get("Location"))
	}
	if r := b.get("/pairs"); !strings.Contains(r.body, `<html lang="fr">`) || !strings.Contains(r.body, "Dernière rencontre") {
		t.Error("the page is not in French")
	}
	other := e.browser()
	other.signIn(member)
	if r := other.get("/"); !strings.Contains(r.body, `<html lang="fr">`) {
		t.Error("the member's language did not follow them to another browser")
	}
	if r := b.post("/lang", url.Values{"lang": {"en"}, "back": {"//evil.example/"}}); r.hdr.Get("Location") != "/" {
		t.Errorf("an off-site return path was followed: %q", r.hdr.Get("Location"))
	}
	// The sign-in email is in the member's language.
	e.outbox(templates.KindConsoleSignIn) // nothing new yet
	e.clock.Add(time.Minute)
}

// TestCatalogue: both languages have the same keys, none empty, plural forms
// for counts, and every key the templates use exists.
func TestCatalogue(t *testing.T) {
	c, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range c["en"] {
		fr, ok := c["fr"][k]
		if !ok {
			t.Errorf("fr lacks %q", k)
			continue
		}
		if v.One == "" || v.Other == "" || fr.One == "" || fr.Other == "" {
			t.Errorf("%q is empty in a language", k)
		}
		if strings.Count(v.Other, "%") != strings.Count(fr.Other, "%") {
			t.Errorf("%q: en and fr take different arguments", k)
		}
	}
	for k := range c["fr"] {
		if _, ok := c["en"][k]; !ok {
			t.Errorf("en lacks %q", k)
		}
	}
	for _, l := range []Locale{{Lang: "en", c: c}, {Lang: "fr", c: c}} {
		if l.N("health.review", 1) == l.N("health.review", 2) {
			t.Errorf("%s: no plural form", l.Lang)
		}
	}
	fr := Locale{Lang: "fr", c: c}
	if fr.N("health.review", 0) != fr.N("health.review", 1) {
		t.Error("French 0 is not singular")
	}
	// Every literal key in the templates and code.
	entries, _ := webFiles.ReadDir("web/templates")
	keyRE := regexp.MustCompile(`\.(?:T|N) "([a-z0-9_.]+[a-z0-9_])"`)
	for _, f := range entries {
		b, _ := webFiles.ReadFile("web/templates/" + f.Name())
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			if _, ok := c["en"][m[1]]; !ok {
				t.Errorf("%s uses %q, which is not in the catalogue", f.Name(), m[1])
			}
		}
	}
	// Both files are valid JSON objects of strings or {one, other}.
	for _, l := range languages {
		b, _ := localeFiles.ReadFile("locales/" + l + ".json")
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Error(err)
		}
	}
}

// TestMeetingsPerWeek: weeks run from the cohort's first day, only those begun
// are listed, and a pair's meeting day counts once.
func TestMeetingsPerWeek(t *testing.T) {
	c := store.Cohort{StartDate: "2026-10-01", Days: 60}
	ms := []store.Meeting{{PairID: 1, Date: "2026-10-01"}, {PairID: 1, Date: "2026-10-01"}, {PairID: 2, Date: "2026-10-07"},
		{PairID: 1, Date: "2026-10-08"}, {PairID: 1, Date: "2026-09-30"}}
	got := meetingsPerWeek(c, ms, time.Date(2026, 10, 8, 12, 0, 0, 0, time.UTC))
	if len(got) != 2 || got[0].N != 2 || got[1].N != 1 {
		t.Errorf("weeks %+v, want [2 1]", got)
	}
	if got := meetingsPerWeek(c, ms, time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Errorf("before the start: %+v, want none", got)
	}
	if got := meetingsPerWeek(c, nil, time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)); len(got) != 9 {
		t.Errorf("after the end: %d weeks, want 9", len(got))
	}
}
