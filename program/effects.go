package program

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// answerKinds are the automatic answers the daily cap counts.
var answerKinds = []string{string(templates.KindReceiptMeeting), string(templates.KindReceiptGoals),
	string(templates.KindReceiptCommand), string(templates.KindNotUnderstood), string(templates.KindHelp),
	string(templates.KindIdentityNotice), string(templates.KindConsentOffer), string(templates.KindReceiptConsent)}

// scheduledKinds are the calendar's messages, cancelled when a participant pauses.
var scheduledKinds = []string{string(templates.KindCheckin), string(templates.KindNudge), string(templates.KindDigest),
	string(templates.KindGoalsPrompt), string(templates.KindMidSession), string(templates.KindConfidentiality)}

// answer sends an automatic answer to a participant unless they have had the day's
// cap of them already, which stops any mail loop that slipped past classification.
func (p *Program) answer(tx *store.Tx, pt *store.Participant, in *store.Inbound, pairID int64, kind templates.Kind, tag string, data any) error {
	// No mail to a stopped address; someone who left gets only the receipt of "stop".
	if pt.MailStopped || (pt.Status == store.StatusWithdrawn && kind != templates.KindReceiptCommand) {
		return nil
	}
	n, err := tx.CountOutboxSince(pt.ID, p.now().Add(-24*time.Hour), answerKinds)
	if err != nil {
		return err
	}
	if n >= int64(p.opts.DailyAnswerCap) {
		p.log.Warn("daily answer cap reached", "participant", pt.ID, "inbound", in.ID, "kind", kind)
		return nil
	}
	m := outMail{key: answerKey(in.ID, tag), kind: kind, lang: pt.Language, to: pt.Email,
		participant: pt, pairID: pairID, due: p.now(), data: data}
	if id := mailer.NormalizeMessageID("<" + keyMessageID(in.Key) + ">"); id != "" {
		m.inReplyTo, m.references = id, []string{id}
	}
	_, err = p.enqueue(tx, m)
	return err
}

// applyReply carries out what a participant's reply says.
func (p *Program) applyReply(tx *store.Tx, in *store.Inbound, pt *store.Participant, target *store.Outbox, r *parser.Reply) error {
	v, err := p.replyPair(tx, pt, target)
	if err != nil {
		return err
	}
	var pairID int64
	if v != nil {
		pairID = v.Pair.ID
	}
	did := []string{}
	if r.Meeting != nil && v != nil {
		meetings := r.Meetings
		if len(meetings) == 0 {
			meetings = []parser.Meeting{*r.Meeting}
		}
		for i := range meetings {
			if err := p.logMeeting(tx, in, pt, v, r, &meetings[i], i); err != nil {
				return err
			}
		}
		did = append(did, "meeting")
	}
	if len(r.Goals) > 0 && v != nil {
		changed, err := p.applyGoals(tx, in, pt, v, r.Goals)
		if err != nil {
			return err
		}
		if changed {
			did = append(did, "goals")
		}
	}
	for _, c := range r.Commands {
		ok, err := p.applyCommand(tx, in, pt, v, c, r)
		if err != nil {
			return err
		}
		if ok {
			did = append(did, c.Name)
		}
	}
	if q := question(r, target); q != "" {
		if err := p.askCommittee(tx, in, pt, v, target, q, r); err != nil {
			return err
		}
		did = append(did, "question")
	}
	if len(did) == 0 && v != nil && target != nil && target.Kind == string(templates.KindGoalsPrompt) {
		// An answer to the goals prompt in the writer's own words: each line (or
		// the paragraph) is a goal; the receipt shows them, and "undo" takes them back.
		changed, err := p.applyGoals(tx, in, pt, v, goalsFromText(r.ReplyText))
		if err != nil {
			return err
		}
		if changed {
			did = append(did, "goals")
		}
	}
	if len(did) == 0 {
		if target != nil && target.Kind == string(templates.KindQuestionAnswer) || acknowledgement(r.ReplyText) {
			// "Thanks!", "Merci, bien reçu": nothing to record, and nothing to send;
			// answering a thank-you with "we could not read that" would be rude.
			did = append(did, "thanks")
		} else if strings.TrimSpace(r.ReplyText) != "" {
			did = append(did, "not understood")
			nu := templates.NotUnderstood{Name: firstName(pt), ReceivedAt: p.now().In(p.location(pt)),
				Concern: r.Concern, ConsentDays: consentDays}
			if v != nil {
				f, err := p.facts(tx, v.Pair.ID)
				if err != nil {
					return err
				}
				nu.Suggested = p.suggest(v, f, 1, 2)
			}
			if err := p.answer(tx, pt, in, pairID, templates.KindNotUnderstood, notUnderstoodTag, nu); err != nil {
				return err
			}
		}
	}
	// The committee's review list: not understood or understood in part (reviewlist.go).
	if err := p.reviewReply(tx, in, pt, v, r, did); err != nil {
		return err
	}
	return tx.UpdateInbound(in.ID, map[string]any{"reason": strings.Join(did, ",")})
}

// replyPair is the pair a reply is about: the active pair of the message it
// answers (a mentor with two mentees answers one pair's check-in), else the
// participant's current pair; nil when they have none.
func (p *Program) replyPair(tx *store.Tx, pt *store.Participant, target *store.Outbox) (*store.PairView, error) {
	if target != nil && target.PairID != nil {
		// A pair that cannot be read (since erased) leaves the current one.
		if v, err := tx.LoadPair(*target.PairID); err == nil && v.Pair.Status == store.PairActive && v.Member(pt.ID) != nil {
			return v, nil
		}
	}
	v, err := tx.CurrentPair(pt.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return v, err
}

// question returns the question a reply asks the committee, or "".
func question(r *parser.Reply, target *store.Outbox) string {
	if r.Question != nil && strings.TrimSpace(*r.Question) != "" {
		return strings.TrimSpace(*r.Question)
	}
	// A reply to the committee's answer that asks again is a follow-up.
	if target != nil && target.Kind == string(templates.KindQuestionAnswer) && strings.Contains(r.ReplyText, "?") {
		return strings.TrimSpace(r.ReplyText)
	}
	return ""
}

// logMeeting logs the nth meeting a reply reports and sends its receipt.
func (p *Program) logMeeting(tx *store.Tx, in *store.Inbound, pt *store.Participant, v *store.PairView, r *parser.Reply, mt *parser.Meeting, nth int) error {
	loc := p.location(pt)
	date := string(mt.Date)
	if date == "" {
		date = localDay(r.Envelope.Date, loc)
		if r.Envelope.Date.IsZero() {
			date = localDay(p.now(), loc)
		}
	}
	keys := make([]string, 0, len(mt.Topics))
	for _, t := range mt.Topics {
		keys = append(keys, t.Key)
	}
	m := &store.Meeting{PairID: v.Pair.ID, LoggedByID: pt.ID, InboundID: &in.ID, Date: date, Minutes: int(mt.Minutes),
		Mode: string(mt.Mode), Topics: strings.Join(keys, ","), NextMeeting: string(mt.NextMeeting), CreatedAt: p.now()}
	notes := mt.Notes
	if nth > 0 && r.Meeting != nil && notes == r.Meeting.Notes {
		notes = "" // the reply's words are kept once, with its first meeting
	}
	if err := tx.AddMeeting(m, notes); err != nil {
		return p.refuseMeeting(tx, in, pt, v, err, nth)
	}
	if err := tx.WakePairs(pt.ID); err != nil {
		return err
	}
	days, err := tx.MeetingDays(v.Pair.ID)
	if err != nil {
		return err
	}
	sum := p.meetingSummary(store.MeetingView{Meeting: *m, Notes: notes})
	tag := "meeting"
	if nth > 0 {
		tag = fmt.Sprintf("meeting%d", nth+1)
	}
	return p.answer(tx, pt, in, v.Pair.ID, templates.KindReceiptMeeting, tag, templates.MeetingReceipt{
		Name: firstName(pt), PartnerName: firstName(v.Partner(pt.ID)), Meeting: sum, MeetingsLogged: days})
}

func (p *Program) applyGoals(tx *store.Tx, in *store.Inbound, pt *store.Participant, v *store.PairView, goals []parser.Goal) (bool, error) {
	existing, err := tx.PairGoals(v.Pair.ID)
	if err != nil {
		return false, err
	}
	var changed []templates.GoalSummary
	for _, g := range goals {
		target := findGoal(existing, g)
		if target == nil && g.Title != "" && (g.Status == "" || g.Status == "new" || g.Ref == "") {
			ng := &store.Goal{PairID: v.Pair.ID, OwnerID: pt.ID, Horizon: g.Horizon, Status: "new", InboundID: &in.ID, CreatedAt: p.now()}
			if g.Status != "" && g.Status != "new" {
				ng.Status = g.Status
			}
			if err := tx.AddGoal(ng, g.Title); err != nil {
				return false, err
			}
			existing = append(existing, store.GoalView{Goal: *ng, Title: g.Title})
			changed = append(changed, goalSummary(existing[len(existing)-1], v))
			continue
		}
		if target == nil {
			continue // an update to a goal we do not know: the receipt will not list it
		}
		status := g.Status
		if status == "" || status == "new" {
			status = "in_progress"
		}
		gg := target.Goal
		if err := tx.UpdateGoal(&gg, status, g.Note, &in.ID); err != nil {
			return false, err
		}
		target.Goal, target.Note = gg, g.Note
		changed = append(changed, goalSummary(*target, v))
	}
	if len(changed) == 0 {
		return false, nil
	}
	return true, p.answer(tx, pt, in, v.Pair.ID, templates.KindReceiptGoals, "goals",
		templates.GoalsReceipt{Name: firstName(pt), Goals: changed})
}

// findGoal finds the goal an update refers to: by number, else by a title that
// contains the words given ("CV goal: done").
func findGoal(existing []store.GoalView, g parser.Goal) *store.GoalView {
	if n, err := strconv.Atoi(strings.TrimSpace(g.Ref)); err == nil {
		for i := range existing {
			if existing[i].Number == n {
				return &existing[i]
			}
		}
		return nil
	}
	if g.Status == "new" || g.Title == "" {
		return nil
	}
	want := strings.ToLower(strings.TrimSpace(g.Title))
	for i := range existing {
		if strings.Contains(strings.ToLower(existing[i].Title), want) {
			return &existing[i]
		}
	}
	return nil
}

func (p *Program) applyCommand(tx *store.Tx, in *store.Inbound, pt *store.Participant, v *store.PairView, c parser.Command, r *parser.Reply) (bool, error) {
	var pairID int64
	if v != nil {
		pairID = v.Pair.ID
	}
	loc := p.location(pt)
	rc := templates.CommandReceipt{Name: firstName(pt)}
	switch c.Name {
	case parser.CmdHelp:
		return true, p.answer(tx, pt, in, pairID, templates.KindHelp, "help", templates.Help{Name: firstName(pt), Role: role(pt),
			PauseExample: p.now().In(loc).AddDate(0, 0, 14)})
	case parser.CmdPause:
		until, err := c.Until.Time(loc)
		if err != nil || !until.After(p.now()) {
			return false, nil // no usable date: the not-understood answer shows the form
		}
		if err := tx.UpdateParticipant(pt.ID, map[string]any{"paused_until": until}); err != nil {
			return false, err
		}
		if err := tx.CancelPending(pt.ID, scheduledKinds...); err != nil {
			return false, err
		}
		rc.Command, rc.Until = templates.CommandPause, until
	case parser.CmdResume:
		// The pause ends now; it is not forgotten. Its end is what keeps the weeks
		// paused from counting as a lapse, and mail missed meanwhile waits for the
		// next send hour, as after a pause that ran its course.
		if now := p.now(); pt.PausedUntil != nil && pt.PausedUntil.After(now) {
			if err := tx.UpdateParticipant(pt.ID, map[string]any{"paused_until": now}); err != nil {
				return false, err
			}
		}
		rc.Command = templates.CommandResume
	case parser.CmdUndo:
		u, err := tx.UndoLast(pt.ID, p.now())
		if err != nil {
			return false, err
		}
		rc.Command, rc.Done = templates.CommandUndo, undoneText(u, pt.Language)
	case parser.CmdStop:
		if err := tx.UpdateParticipant(pt.ID, map[string]any{"status": store.StatusWithdrawn}); err != nil {
			return false, err
		}
		if err := tx.CancelPending(pt.ID); err != nil {
			return false, err
		}
		// Keyed with the participant's creation time too: ids of erased
		// participants are handed out again, and an alert's key outlives them.
		if err := p.alert(tx, fmt.Sprintf("left:%d.%d", pt.ID, pt.CreatedAt.UnixNano()), templates.CommitteeAlert{Reason: templates.AlertParticipantLeft,
			Participant: pt.Name, Role: role(pt), Address: pt.Email, At: p.now()}, pt); err != nil {
			return false, err
		}
		rc.Command = templates.CommandStop
	case parser.CmdRating:
		if c.Value == nil || *c.Value < 1 || *c.Value > 5 || v == nil {
			return false, nil
		}
		a := &store.SurveyAnswer{PairID: v.Pair.ID, ParticipantID: pt.ID, InboundID: &in.ID, Rating: *c.Value, CreatedAt: p.now()}
		if err := tx.AddSurveyAnswer(a, r.ReplyText); err != nil {
			return false, err
		}
		rc.Command, rc.Rating = templates.CommandRating, *c.Value
	default:
		return false, nil
	}
	if err := tx.WakePairs(pt.ID); err != nil {
		return false, err
	}
	return true, p.answer(tx, pt, in, pairID, templates.KindReceiptCommand, c.Name, rc)
}

// undoneText says, in the participant's language, what an undo took back.
func undoneText(u *store.Undone, lang string) string {
	var parts []string
	fr := lang == "fr"
	for _, m := range u.Meetings {
		if fr {
			parts = append(parts, "la rencontre du "+m.Date)
		} else {
			parts = append(parts, "the meeting of "+m.Date)
		}
	}
	if n := len(u.Goals); n > 0 {
		if fr {
			parts = append(parts, plural(n, "le nouvel objectif", "les %d nouveaux objectifs"))
		} else {
			parts = append(parts, plural(n, "the new goal", "the %d new goals"))
		}
	}
	if n := u.Updates; n > 0 {
		if fr {
			parts = append(parts, plural(n, "la mise à jour d'objectif", "les %d mises à jour d'objectifs"))
		} else {
			parts = append(parts, plural(n, "the goal update", "the %d goal updates"))
		}
	}
	if len(parts) == 0 {
		if fr {
			return "Il n'y avait rien à annuler."
		}
		return "There was nothing to take back."
	}
	if fr {
		return "Retiré : " + strings.Join(parts, ", ") + "."
	}
	return "Removed " + strings.Join(parts, ", ") + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}

// maxFreeGoals bounds how many goals one free-text answer can set.
const maxFreeGoals = 5

// goalsFromText reads goals from an answer to the goals prompt that the parser
// found no goal lines in: a list gives one goal per item, a paragraph one goal.
func goalsFromText(text string) []parser.Goal {
	var goals []parser.Goal
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*•·0123456789.)"))
		if len([]rune(line)) < 4 {
			continue
		}
		if r := []rune(line); len(r) > 200 {
			line = string(r[:199]) + "…"
		}
		goals = append(goals, parser.Goal{Title: line, Status: "new"})
	}
	if len(goals) > maxFreeGoals {
		// Prose over many lines, not a list: one goal of the first lines.
		return []parser.Goal{{Title: goals[0].Title, Status: "new"}}
	}
	return goals
}

// ackWords are the words of a short thank-you or acknowledgement, English and French.
var ackWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`thanks thank thx ty you so much many a lot very great ok okay okey sounds
		good perfect noted got it will do cheers see talk soon then later awesome wonderful excellent
		nice cool all set appreciated appreciate again and for the info information received hi hello
		merci beaucoup mille fois bien reçu recu noté note parfait super génial genial excellent d'accord
		daccord entendu à a bientôt bientot plus tard de la part votre ton vos tes bonjour salut ça
		marche c'est c est top vraiment encore understood agreed absolutely sure yes yep oui compris
		certainement sûr definitely 👍 🙏 🙂 😊 :) ❤️ ♥`) {
		ackWords[w] = true
	}
}

// acknowledgement reports whether a reply is only a short thank-you or "got it",
// allowing one other word (a signature's name).
func acknowledgement(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?()\"«»—–-…", r)
	})
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	other := 0
	for _, w := range words {
		if !ackWords[w] {
			other++
		}
	}
	return other <= 1 && other < len(words)
}
