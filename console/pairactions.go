package console

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The command line's pair and cohort actions, as forms on the Cohorts page:
// pause and resume a pair, end a pair early, re-pair a participant, and send an
// announcement. Each calls the same program function as `mentormail pair` and
// `mentormail announce`, and is recorded with who and when. Pausing and
// resuming undo each other and act at once; ending, re-pairing and announcing
// cannot be undone, so the first post shows what will happen (for an
// announcement, the dry run the command line's --dry-run prints) and only the
// confirmation's post, carrying confirm=yes, acts. After an action the browser
// is sent back to the Cohorts page (post, redirect, get), so reloading it does
// not act twice.

// maxActivePairsShown bounds the pairs offered in the action forms.
const maxActivePairsShown = 500

// confirmValue is what the confirmation's button posts in the field "confirm".
const confirmValue = "yes"

// actionForm is what was typed in an action's form: echoed back with an error,
// and carried in hidden fields by a confirmation.
type actionForm struct {
	Pair, Until, Reason, NoteEN, NoteFR string
	Participant, With                   string
	Cohort, To, SubjectEN, SubjectFR    string
	BodyEN, BodyFR                      string
	// Which is the form the values belong to ("pause", "resume", "end",
	// "repair", "announce"), so only that one is filled in again.
	Which string
}

// readActionForm reads an action's fields, trimmed where spaces do not matter.
func readActionForm(r *http.Request, which string) actionForm {
	v := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	return actionForm{Which: which, Pair: v("pair"), Until: v("until"), Reason: v("reason"),
		NoteEN: v("note_en"), NoteFR: v("note_fr"), Participant: v("participant"), With: v("with"),
		Cohort: v("cohort"), To: v("to"), SubjectEN: v("subject_en"), SubjectFR: v("subject_fr"),
		BodyEN: lines(r.PostFormValue("body_en")), BodyFR: lines(r.PostFormValue("body_fr"))}
}

// lines writes a text's line breaks as LF: browsers post a textarea's with CRLF,
// and the announcement's default key is a digest of its text, so the preview
// and its confirmation must read the same text.
func lines(s string) string {
	return strings.ReplaceAll(s, "\r\n", "\n")
}

func (f actionForm) note() program.Note { return program.Note{EN: f.NoteEN, FR: f.NoteFR} }

func (f actionForm) announcement(dry bool) program.Announcement {
	return program.Announcement{Cohort: f.Cohort, To: f.To, SubjectEN: f.SubjectEN, SubjectFR: f.SubjectFR,
		BodyEN: f.BodyEN, BodyFR: f.BodyFR, DryRun: dry}
}

// actionProblem is an action refused: Key is the console's sentence, Detail the
// program's own words (English), when it has any.
type actionProblem struct {
	Key    string
	Detail string
}

// refuse shows a program function's refusal (its errors say "program: ..."
// in words meant for the committee) with the form; any other error (the
// database's) is the console's own problem, logged and not shown.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, f actionForm, err error) {
	msg, ok := strings.CutPrefix(err.Error(), "program: ")
	if !ok {
		s.serverError(w, r, err)
		return
	}
	s.failAction(w, r, f, &actionProblem{Key: "act.error.refused", Detail: msg})
}

// confirmData is the confirmation page of an action that cannot be undone.
type confirmData struct {
	Which  string
	Action string // the form's action path
	Form   actionForm
	// View is the pair to end.
	View *store.PairView
	// Who and With are the participants of a re-pairing.
	Who, With *store.Participant
	// Preview is the announcement's dry run.
	Preview *program.AnnounceResult
}

// failAction shows the Cohorts page again with the problem next to the forms
// and what was typed.
func (s *Server) failAction(w http.ResponseWriter, r *http.Request, f actionForm, p *actionProblem) {
	s.showCohorts(w, r, http.StatusUnprocessableEntity, cohortsData{Days: "60", Act: f, ActProblem: p})
}

// actionDone records the action and sends the browser back to the Cohorts page,
// which says what was done: on names what was acted on, n counts the emails
// queued.
func (s *Server) actionDone(w http.ResponseWriter, r *http.Request, action, subject, detail, on string, n int) {
	member := visitOf(r).member
	s.record(member, action, subject, detail)
	s.log.Info("console: "+strings.ReplaceAll(action, "_", " "), "subject", subject, "member", member)
	q := url.Values{"done": {action}, "on": {on}, "n": {strconv.Itoa(n)}}
	http.Redirect(w, r, "/cohorts?"+q.Encode()+"#done", http.StatusSeeOther)
}

// pairRef is the program's name for the pair chosen in a form ("pair12").
func pairRef(f actionForm) (string, *actionProblem) {
	id, err := strconv.ParseInt(strings.TrimPrefix(f.Pair, "pair"), 10, 64)
	if err != nil || id <= 0 {
		return "", &actionProblem{Key: "act.error.nopair"}
	}
	return "pair" + strconv.FormatInt(id, 10), nil
}

// toldDetail is what the record keeps of who was told.
func toldDetail(prefix string, told []string) string {
	if len(told) == 0 {
		return prefix + "nobody told"
	}
	return prefix + "told " + strings.Join(told, ", ")
}

func (s *Server) pausePair(w http.ResponseWriter, r *http.Request) {
	f := readActionForm(r, "pause")
	ref, p := pairRef(f)
	if p != nil {
		s.failAction(w, r, f, p)
		return
	}
	until, err := time.ParseInLocation(time.DateOnly, f.Until, s.prog.Location())
	if err != nil {
		s.failAction(w, r, f, &actionProblem{Key: "act.error.until"})
		return
	}
	act, err := s.prog.PausePair(ref, until, f.note())
	if err != nil {
		s.refuse(w, r, f, err)
		return
	}
	s.actionDone(w, r, "pair_paused", ref, toldDetail("until "+f.Until+"; ", act.Told), ref, len(act.Told))
}

func (s *Server) resumePair(w http.ResponseWriter, r *http.Request) {
	f := readActionForm(r, "resume")
	ref, p := pairRef(f)
	if p != nil {
		s.failAction(w, r, f, p)
		return
	}
	act, err := s.prog.ResumePair(ref, f.note())
	if err != nil {
		s.refuse(w, r, f, err)
		return
	}
	s.actionDone(w, r, "pair_resumed", ref, toldDetail("", act.Told), ref, len(act.Told))
}

// confirmed reports whether the post is an action's confirmation.
func confirmed(r *http.Request) bool { return r.PostFormValue("confirm") == confirmValue }

func (s *Server) endPair(w http.ResponseWriter, r *http.Request) {
	f := readActionForm(r, "end")
	ref, p := pairRef(f)
	if p != nil {
		s.failAction(w, r, f, p)
		return
	}
	reason, err := program.ParseEndReason(f.Reason)
	if err != nil {
		s.failAction(w, r, f, &actionProblem{Key: "act.error.reason"})
		return
	}
	if !confirmed(r) {
		v, err := s.prog.FindPair(ref)
		if err != nil {
			s.refuse(w, r, f, err)
			return
		}
		if v.Pair.Status != store.PairActive {
			s.failAction(w, r, f, &actionProblem{Key: "act.error.refused", Detail: ref + " has already ended"})
			return
		}
		s.render(w, r, http.StatusOK, "confirm", "confirm.end.title", confirmData{Which: "end", Action: "/cohorts/pairs/end", Form: f, View: v})
		return
	}
	act, err := s.prog.EndPair(ref, reason, f.note())
	if err != nil {
		s.refuse(w, r, f, err)
		return
	}
	s.actionDone(w, r, "pair_ended", ref, toldDetail("reason "+string(reason)+"; ", act.Told), ref, len(act.Told))
}

func (s *Server) repairPair(w http.ResponseWriter, r *http.Request) {
	f := readActionForm(r, "repair")
	if f.Participant == "" || f.With == "" || len(f.Participant) > maxAddressBytes || len(f.With) > maxAddressBytes {
		s.failAction(w, r, f, &actionProblem{Key: "act.error.addresses"})
		return
	}
	if f.Reason == "" {
		f.Reason = string(templates.EndRepaired)
	}
	reason, err := program.ParseEndReason(f.Reason)
	if err != nil {
		s.failAction(w, r, f, &actionProblem{Key: "act.error.reason"})
		return
	}
	if !confirmed(r) {
		d := confirmData{Which: "repair", Action: "/cohorts/pairs/repair", Form: f}
		var unknown string
		err := s.store.Tx(func(tx *store.Tx) error {
			for _, a := range []struct {
				addr string
				dst  **store.Participant
			}{{f.Participant, &d.Who}, {f.With, &d.With}} {
				pt, err := tx.ParticipantByAddress(a.addr)
				if errors.Is(err, store.ErrNotFound) {
					unknown = a.addr
					return nil
				}
				if err != nil {
					return err
				}
				*a.dst = pt
			}
			return nil
		})
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if unknown != "" {
			s.failAction(w, r, f, &actionProblem{Key: "act.error.refused", Detail: "no participant has the address " + unknown})
			return
		}
		s.render(w, r, http.StatusOK, "confirm", "confirm.repair.title", d)
		return
	}
	act, err := s.prog.Repair(f.Participant, f.With, reason, f.note())
	if err != nil {
		s.refuse(w, r, f, err)
		return
	}
	subject := strings.ToLower(f.Participant)
	if act.NewPair != nil {
		subject = "pair" + strconv.FormatInt(act.NewPair.ID, 10)
	}
	detail := fmt.Sprintf("%s with %s; old pair%d, reason %s; ", strings.ToLower(f.Participant), strings.ToLower(f.With), act.Pair.ID, reason)
	s.actionDone(w, r, "pair_repaired", subject, toldDetail(detail, act.Told), subject, len(act.Told))
}

// announce previews an announcement (the program's dry run: who would get it)
// and, once confirmed, queues it. Its key is the default digest of the text,
// so a second confirmation of the same text queues nothing more.
func (s *Server) announce(w http.ResponseWriter, r *http.Request) {
	f := readActionForm(r, "announce")
	if !confirmed(r) {
		res, err := s.prog.Announce(f.announcement(true))
		if err != nil {
			s.refuse(w, r, f, err)
			return
		}
		s.render(w, r, http.StatusOK, "confirm", "confirm.announce.title", confirmData{Which: "announce", Action: "/cohorts/announce", Form: f, Preview: res})
		return
	}
	res, err := s.prog.Announce(f.announcement(false))
	if err != nil {
		s.refuse(w, r, f, err)
		return
	}
	detail := fmt.Sprintf("key %s; to %s; %d queued, %d already had it, %d skipped", res.Key, orAll(f.To), res.Queued, res.Already, res.Skipped)
	s.actionDone(w, r, "announcement_sent", "cohort "+f.Cohort, detail, f.Cohort, res.Queued)
}

func orAll(to string) string {
	if to == "" {
		return program.ToAll
	}
	return strings.ToLower(to)
}

// doneNotice is what the Cohorts page says after an action, from its query.
type doneNotice struct {
	Action, On string
	N          int
}

func readDone(r *http.Request) *doneNotice {
	q := r.URL.Query()
	a := q.Get("done")
	switch a {
	case "pair_paused", "pair_resumed", "pair_ended", "pair_repaired", "announcement_sent":
	default:
		return nil
	}
	n, _ := strconv.Atoi(q.Get("n"))
	on := q.Get("on")
	if len(on) > maxAddressBytes {
		on = on[:maxAddressBytes]
	}
	return &doneNotice{Action: a, On: on, N: n}
}

// pairChoice is an active pair as the action forms offer it.
type pairChoice struct {
	store.PairView
	// PausedThrough is the last day of the pair's pause, "" when not paused.
	PausedThrough string
}

// actionChoices is what the action forms offer.
type actionChoices struct {
	Pairs   []pairChoice
	Paused  []pairChoice
	Reasons []string
	Today   string
}

func (s *Server) loadChoices() (actionChoices, error) {
	prs, err := s.store.ConsoleActivePairs(maxActivePairsShown)
	if err != nil {
		return actionChoices{}, err
	}
	now, loc := s.now(), s.prog.Location()
	c := actionChoices{Today: now.In(loc).Format(time.DateOnly)}
	for _, v := range prs {
		pc := pairChoice{PairView: v}
		if u := v.Pair.PausedUntil; u != nil && u.After(now) {
			// The pause ends at the start of the day after its last day.
			pc.PausedThrough = u.In(loc).Add(-time.Second).Format(time.DateOnly)
			c.Paused = append(c.Paused, pc)
		}
		c.Pairs = append(c.Pairs, pc)
	}
	for _, r := range templates.EndReasons {
		c.Reasons = append(c.Reasons, string(r))
	}
	return c, nil
}

// For returns the form's values if they belong to the form which, else none:
// only the refused form is filled in again.
func (f actionForm) For(which string) actionForm {
	if f.Which == which {
		return f
	}
	return actionForm{}
}

// Values for the templates' shared parts.
type (
	pairOptionsData struct {
		Pairs       []pairChoice
		Selected    string
		PausedLabel string
	}
	notesData struct {
		Which string
		Form  actionForm
		L     Locale
	}
)

// actionFuncs are the template functions of the action forms.
var actionFuncs = map[string]any{
	"pairOptions": func(prs []pairChoice, selected, label string) pairOptionsData {
		return pairOptionsData{Pairs: prs, Selected: selected, PausedLabel: label}
	},
	"notesOf":   func(which string, f actionForm, l Locale) notesData { return notesData{Which: which, Form: f, L: l} },
	"audiences": func() []string { return []string{program.ToAll, program.ToMentors, program.ToMentees} },
}
