package console

import (
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/roster"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// signedIn is a browser signed in as the committee member.
func (e *env) signedIn() *browser {
	e.t.Helper()
	b := e.browser()
	b.signIn(member)
	return b
}

// actions returns the recorded console actions named action, newest first.
func (e *env) actions(action string) []store.ConsoleAction {
	e.t.Helper()
	all, err := e.store.ConsoleActions(1000)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []store.ConsoleAction
	for _, a := range all {
		if a.Action == action {
			out = append(out, a)
		}
	}
	return out
}

// pairNow reloads a pair.
func (e *env) pairNow(id int64) store.Pair {
	e.t.Helper()
	v, err := e.store.ConsolePair(id)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Pair
}

// wantRecorded checks the single recorded action: by the member, now, on subject.
func (e *env) wantRecorded(action, subject string) store.ConsoleAction {
	e.t.Helper()
	as := e.actions(action)
	if len(as) != 1 {
		e.t.Fatalf("%d %s actions recorded, want 1", len(as), action)
	}
	a := as[0]
	if a.Actor != member || !a.At.Equal(e.clock.Now()) || a.Subject != subject {
		e.t.Errorf("recorded %+v, want by %s at %v on %q", a, member, e.clock.Now(), subject)
	}
	return a
}

// wantDone checks a post that acted: a redirect to the Cohorts page, which then
// says what was done.
func wantDone(t *testing.T, b *browser, r resp, action, notice string) {
	t.Helper()
	if r.code != http.StatusSeeOther || !strings.HasPrefix(r.hdr.Get("Location"), "/cohorts?done="+action) {
		t.Fatalf("got %d to %q, want a redirect to the cohorts page: %s", r.code, r.hdr.Get("Location"), r.body)
	}
	page := b.get(r.hdr.Get("Location"))
	if page.code != http.StatusOK || !strings.Contains(page.body, `id="done"`) || !strings.Contains(page.body, notice) {
		t.Errorf("the cohorts page does not say %q: %d %s", notice, page.code, page.body)
	}
}

func itoaPair(v *store.PairView) string { return itoa(v.Pair.ID) }

// TestPauseAndResumeAction: the Cohorts page pauses a pair until a day and
// resumes it, through program.PausePair and ResumePair: the pause is in the
// database, both partners get a notice, and each action is recorded.
func TestPauseAndResumeAction(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	v := e.pairOf()
	page := b.get("/cohorts")
	if !strings.Contains(page.body, `id="pause-pair"`) || !strings.Contains(page.body, `<option value="`+itoaPair(v)+`"`) {
		t.Fatalf("the cohorts page offers no pair to pause: %s", page.body)
	}
	if !strings.Contains(page.body, "No pair is paused.") {
		t.Error("the resume form offers a pair that is not paused")
	}

	r := b.post("/cohorts/pairs/pause", url.Values{"pair": {itoaPair(v)}, "until": {"2026-10-30"}, "note_en": {"Back after the holiday."}})
	wantDone(t, b, r, "pair_paused", "pair"+itoaPair(v)+" is paused. Notices queued: 2.")
	p := e.pairNow(v.Pair.ID)
	loc := e.prog.Location()
	if want := time.Date(2026, 10, 31, 0, 0, 0, 0, loc); p.PausedUntil == nil || !p.PausedUntil.Equal(want) {
		t.Fatalf("paused until %v, want %v", p.PausedUntil, want)
	}
	notices := e.outbox(templates.KindPairNotice)
	if len(notices) != 2 {
		t.Fatalf("%d pair notices, want 2", len(notices))
	}
	a := e.wantRecorded("pair_paused", "pair"+itoaPair(v))
	if !strings.Contains(a.Detail, "until 2026-10-30") || !strings.Contains(a.Detail, "mentee@example.org") {
		t.Errorf("detail %q", a.Detail)
	}
	// The resume form now offers it, saying until when.
	page = b.get("/cohorts")
	if !strings.Contains(page.body, `id="resume-pair"`) || !strings.Contains(page.body, "paused through 2026-10-30") {
		t.Fatalf("the resume form does not offer the paused pair: %s", page.body)
	}

	e.clock.Add(time.Hour)
	r = b.post("/cohorts/pairs/resume", url.Values{"pair": {itoaPair(v)}})
	wantDone(t, b, r, "pair_resumed", "pair"+itoaPair(v)+" has resumed.")
	if p := e.pairNow(v.Pair.ID); p.PausedUntil == nil || !p.PausedUntil.Equal(e.clock.Now()) {
		t.Fatalf("after resuming, paused until %v, want now", p.PausedUntil)
	}
	if n := len(e.outbox(templates.KindPairNotice)); n != 4 {
		t.Errorf("%d pair notices after resuming, want 4", n)
	}
	e.wantRecorded("pair_resumed", "pair"+itoaPair(v))
	if r := b.get("/actions"); !strings.Contains(r.body, "paused a pair") || !strings.Contains(r.body, "resumed a pair") {
		t.Error("the record of actions does not list the pause and the resume")
	}
}

// TestPairActionsRefuseWithoutCSRF: every action refuses a post whose CSRF
// token is not the session's, and nothing changes.
func TestPairActionsRefuseWithoutCSRF(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	v := e.pairOf()
	form := url.Values{"pair": {itoaPair(v)}, "until": {"2026-10-30"}, "reason": {"request"}, "confirm": {"yes"},
		"participant": {"mentee@example.org"}, "with": {"mentor@example.org"}, "cohort": {"2026-fall"},
		"subject_en": {"Hello"}, "subject_fr": {"Bonjour"}, "body_en": {"Hi."}, "body_fr": {"Salut."}}
	for _, path := range []string{"/cohorts/pairs/pause", "/cohorts/pairs/resume", "/cohorts/pairs/end",
		"/cohorts/pairs/repair", "/cohorts/announce"} {
		for _, tok := range []string{"wrong", ""} {
			f := url.Values{}
			for k, vs := range form {
				f[k] = vs
			}
			f.Set("csrf", tok)
			if r := b.post(path, f); r.code != http.StatusForbidden {
				t.Errorf("%s with csrf %q: %d, want 403", path, tok, r.code)
			}
		}
	}
	p := e.pairNow(v.Pair.ID)
	if p.Status != store.PairActive || p.PausedUntil != nil {
		t.Errorf("the pair changed: %+v", p)
	}
	if n := len(e.outbox(templates.KindPairNotice)) + len(e.outbox(templates.KindAnnouncement)); n != 0 {
		t.Errorf("%d emails queued", n)
	}
	for _, a := range []string{"pair_paused", "pair_resumed", "pair_ended", "pair_repaired", "announcement_sent"} {
		if n := len(e.actions(a)); n != 0 {
			t.Errorf("%d %s recorded", n, a)
		}
	}
}

// TestEndPairNeedsConfirmation: ending a pair first shows what will happen and
// changes nothing; the confirmation ends it through program.EndPair.
func TestEndPairNeedsConfirmation(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	v := e.pairOf()
	form := url.Values{"pair": {itoaPair(v)}, "reason": {"availability"}, "note_fr": {"Merci pour tout."}}
	r := b.post("/cohorts/pairs/end", form)
	if r.code != http.StatusOK || !strings.Contains(r.body, `id="confirm-button"`) || !strings.Contains(r.body, "mentee@example.org") ||
		!strings.Contains(r.body, `name="note_fr" value="Merci pour tout."`) || !strings.Contains(r.body, "cannot be undone") {
		t.Fatalf("no confirmation page: %d %s", r.code, r.body)
	}
	if p := e.pairNow(v.Pair.ID); p.Status != store.PairActive {
		t.Fatal("the pair ended before the confirmation")
	}
	if n := len(e.outbox(templates.KindPairNotice)); n != 0 || len(e.actions("pair_ended")) != 0 {
		t.Fatal("something was sent or recorded before the confirmation")
	}

	form.Set("confirm", "yes")
	wantDone(t, b, b.post("/cohorts/pairs/end", form), "pair_ended", "pair"+itoaPair(v)+" has ended.")
	p := e.pairNow(v.Pair.ID)
	if p.Status != store.PairEnded || p.EndReason != "availability" || p.EndedAt == nil {
		t.Fatalf("after the confirmation: %+v", p)
	}
	ns := e.outbox(templates.KindPairNotice)
	if len(ns) != 2 {
		t.Fatalf("%d notices, want 2", len(ns))
	}
	for _, n := range ns {
		if n.to == "mentee@example.org" && !strings.Contains(n.text, "Merci pour tout.") {
			t.Errorf("the mentee's notice lacks the committee's note: %s", n.text)
		}
	}
	if a := e.wantRecorded("pair_ended", "pair"+itoaPair(v)); !strings.Contains(a.Detail, "reason availability") {
		t.Errorf("detail %q", a.Detail)
	}
	// Ending it again is refused, with the program's reason shown.
	r = b.post("/cohorts/pairs/end", form)
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="action-error"`) || !strings.Contains(r.body, "already ended") {
		t.Errorf("ending an ended pair: %d %s", r.code, r.body)
	}
}

// TestRepairNeedsConfirmation: re-pairing shows a confirmation first, then
// pairs the mentee with a new mentor through program.Repair.
func TestRepairNeedsConfirmation(t *testing.T) {
	e := newEnv(t)
	if _, err := roster.Import(e.store, roster.Options{Cohort: "2026-fall", Start: "2026-10-01", Days: 60},
		roster.File{Name: "participants.csv", Data: []byte(participantsCSV + "nadia@example.org,Nadia Haddad,mentor,en,America/Halifax\n")},
		roster.File{}); err != nil {
		t.Fatal(err)
	}
	b := e.signedIn()
	old := e.pairOf()
	form := url.Values{"participant": {"mentee@example.org"}, "with": {"nadia@example.org"}, "reason": {"repaired"}}
	r := b.post("/cohorts/pairs/repair", form)
	if r.code != http.StatusOK || !strings.Contains(r.body, `id="confirm-button"`) || !strings.Contains(r.body, "nadia@example.org") {
		t.Fatalf("no confirmation page: %d %s", r.code, r.body)
	}
	if p := e.pairNow(old.Pair.ID); p.Status != store.PairActive || len(e.actions("pair_repaired")) != 0 {
		t.Fatal("re-paired before the confirmation")
	}

	form.Set("confirm", "yes")
	r = b.post("/cohorts/pairs/repair", form)
	if r.code != http.StatusSeeOther {
		t.Fatalf("confirming: %d %s", r.code, r.body)
	}
	if p := e.pairNow(old.Pair.ID); p.Status != store.PairEnded || p.EndReason != "repaired" {
		t.Fatalf("the old pair: %+v", p)
	}
	now := e.pairOf()
	if now.Pair.ID == old.Pair.ID || now.Mentor.Email != "nadia@example.org" || now.Pair.Status != store.PairActive {
		t.Fatalf("the mentee's pair now: %+v with %s", now.Pair, now.Mentor.Email)
	}
	wantDone(t, b, r, "pair_repaired", "New pair pair"+itoaPair(now)+" made")
	a := e.wantRecorded("pair_repaired", "pair"+itoaPair(now))
	if !strings.Contains(a.Detail, "mentee@example.org with nadia@example.org") {
		t.Errorf("detail %q", a.Detail)
	}
}

// TestAnnounceNeedsPreview: an announcement is previewed first (the program's
// dry run lists who gets it, and nothing is queued); the confirmation queues
// it in each person's language; confirming the same text again queues nothing.
func TestAnnounceNeedsPreview(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	form := url.Values{"cohort": {"2026-fall"}, "to": {"all"}, "subject_en": {"Mid-session gathering"},
		"subject_fr": {"Rencontre de mi-session"}, "body_en": {"Join us on Thursday.\r\nCoffee is on us."},
		"body_fr": {"Joignez-vous à nous jeudi.\r\nLe café est offert."}}
	r := b.post("/cohorts/announce", form)
	if r.code != http.StatusOK || !strings.Contains(r.body, `id="confirm-button"`) || !strings.Contains(r.body, "mentor@example.org") ||
		!strings.Contains(r.body, "mentee@example.org") || !strings.Contains(r.body, "will get it") ||
		!strings.Contains(r.body, "Le café est offert.") || !strings.Contains(r.body, "To send: 2;") {
		t.Fatalf("no preview: %d %s", r.code, r.body)
	}
	if n := len(e.outbox(templates.KindAnnouncement)); n != 0 || len(e.actions("announcement_sent")) != 0 {
		t.Fatal("the preview queued or recorded something")
	}
	// The confirmation posts what the preview carries in its hidden fields.
	confirm := url.Values{"confirm": {"yes"}}
	for _, k := range []string{"cohort", "to", "subject_en", "subject_fr", "body_en", "body_fr"} {
		val := regexpFind(`name="`+k+`" value="([^"]*)"`, r.body)
		if val == "" {
			t.Fatalf("the preview does not carry %s", k)
		}
		confirm.Set(k, strings.ReplaceAll(html.UnescapeString(val), "\n", "\r\n"))
	}
	wantDone(t, b, b.post("/cohorts/announce", confirm), "announcement_sent", "Messages queued: 2.")
	ms := e.outbox(templates.KindAnnouncement)
	if len(ms) != 2 {
		t.Fatalf("%d announcements queued, want 2", len(ms))
	}
	for _, m := range ms {
		switch m.to {
		case "mentee@example.org":
			if m.lang != "fr" || !strings.Contains(m.text, "Le café est offert.") {
				t.Errorf("the mentee's announcement: %s %s", m.lang, m.text)
			}
		case "mentor@example.org":
			if m.lang != "en" || !strings.Contains(m.text, "Coffee is on us.") {
				t.Errorf("the mentor's announcement: %s %s", m.lang, m.text)
			}
		}
	}
	if a := e.wantRecorded("announcement_sent", "cohort 2026-fall"); !strings.Contains(a.Detail, "2 queued") {
		t.Errorf("detail %q", a.Detail)
	}
	// The same text again (a reload, a second press) queues nothing more.
	r = b.post("/cohorts/announce", confirm)
	if r.code != http.StatusSeeOther || !strings.Contains(r.hdr.Get("Location"), "n=0") {
		t.Errorf("the same announcement again: %d %s", r.code, r.hdr.Get("Location"))
	}
	if n := len(e.outbox(templates.KindAnnouncement)); n != 2 {
		t.Errorf("%d announcements after a second confirmation, want 2", n)
	}
}

// TestPairActionErrors: a refused action shows the Cohorts page again with the
// problem and what was typed, in the member's language, and changes nothing.
func TestPairActionErrors(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	v := e.pairOf()
	for _, c := range []struct {
		path string
		form url.Values
		want string
	}{
		{"/cohorts/pairs/pause", url.Values{"pair": {itoaPair(v)}, "until": {"soon"}}, "Give the last day of the pause as a date."},
		{"/cohorts/pairs/pause", url.Values{"pair": {itoaPair(v)}, "until": {"2026-10-01"}}, "the pause must end after today"},
		{"/cohorts/pairs/pause", url.Values{"pair": {"x"}, "until": {"2026-10-30"}}, "Choose a pair."},
		{"/cohorts/pairs/resume", url.Values{"pair": {itoaPair(v)}}, "is not paused"},
		{"/cohorts/pairs/end", url.Values{"pair": {"999"}, "reason": {"request"}}, "no pair pair999"},
		{"/cohorts/pairs/end", url.Values{"pair": {itoaPair(v)}, "reason": {"bored"}, "confirm": {"yes"}}, "Choose a reason from the list."},
		{"/cohorts/pairs/repair", url.Values{"participant": {"mentee@example.org"}, "with": {"nobody@example.org"}, "confirm": {"yes"}}, "no participant has the address nobody@example.org"},
		{"/cohorts/pairs/repair", url.Values{"participant": {"mentee@example.org"}}, "Give both email addresses."},
		{"/cohorts/pairs/repair", url.Values{"participant": {"mentee@example.org"}, "with": {"nobody@example.org"}}, "no participant has the address nobody@example.org"},
		{"/cohorts/announce", url.Values{"cohort": {"2026-fall"}, "subject_en": {"Hello there"}, "body_en": {"Hi."}, "body_fr": {"Salut."}}, "needs a subject in English and in French"},
	} {
		r := b.post(c.path, c.form)
		if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="action-error"`) || !strings.Contains(r.body, c.want) {
			t.Errorf("%s %v: %d, want 422 saying %q: %s", c.path, c.form, r.code, c.want, r.body)
		}
	}
	// What was typed comes back in its form.
	r := b.post("/cohorts/announce", url.Values{"cohort": {"2026-fall"}, "subject_en": {"Hello there"}, "body_en": {"Hi."}})
	if !strings.Contains(r.body, `value="Hello there"`) {
		t.Error("the refused announcement's subject is not filled in again")
	}
	// In French, the console's sentence is French; the program's own words stay
	// marked as English.
	b.post("/lang", url.Values{"lang": {"fr"}, "back": {"/cohorts"}})
	r = b.post("/cohorts/pairs/pause", url.Values{"pair": {itoaPair(v)}, "until": {"2026-10-01"}})
	if !strings.Contains(r.body, "Le programme a refusé cette action\u00a0:") || !strings.Contains(r.body, `<p lang="en">the pause must end`) {
		t.Errorf("the French error: %s", r.body)
	}
	if p := e.pairNow(v.Pair.ID); p.Status != store.PairActive || p.PausedUntil != nil {
		t.Errorf("a refused action changed the pair: %+v", p)
	}
	for _, a := range []string{"pair_paused", "pair_resumed", "pair_ended", "pair_repaired", "announcement_sent"} {
		if n := len(e.actions(a)); n != 0 {
			t.Errorf("%d %s recorded", n, a)
		}
	}
}

// TestPairActionsInFrench: the forms and a confirmation read in French.
func TestPairActionsInFrench(t *testing.T) {
	e := newEnv(t)
	b := e.signedIn()
	b.post("/lang", url.Values{"lang": {"fr"}, "back": {"/cohorts"}})
	page := b.get("/cohorts")
	for _, s := range []string{"Mettre un duo en pause", "Reprendre un duo en pause", "Mettre fin à un duo avant terme",
		"Jumeler de nouveau une personne participante", "Envoyer une annonce", "Personnes mentores seulement"} {
		if !strings.Contains(page.body, s) {
			t.Errorf("the French cohorts page lacks %q", s)
		}
	}
	r := b.post("/cohorts/pairs/end", url.Values{"pair": {itoaPair(e.pairOf())}, "reason": {"committee"}})
	if !strings.Contains(r.body, "Mettre fin à ce duo?") || !strings.Contains(r.body, "Décision du comité") {
		t.Errorf("the French confirmation: %s", r.body)
	}
}
