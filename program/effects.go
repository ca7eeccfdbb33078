package program

import (
	"errors"
	"fmt"
	"slices"
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
	string(templates.KindIdentityNotice), string(templates.KindConsentOffer), string(templates.KindReceiptConsent),
	string(templates.KindConfirmLeave), string(templates.KindQuestionReceived), string(templates.KindParticipationLetter)}

// scheduledKinds are the calendar's messages, cancelled when a participant pauses.
var scheduledKinds = []string{string(templates.KindCheckin), string(templates.KindNudge), string(templates.KindDigest),
	string(templates.KindGoalsPrompt), string(templates.KindMidSession), string(templates.KindConfidentiality)}

// answer sends an automatic answer to a participant unless they have had the day's
// cap of them already, which stops any mail loop that slipped past classification.
func (p *Program) answer(tx *store.Tx, pt *store.Participant, in *store.Inbound, pairID int64, kind templates.Kind, tag string, data any) error {
	return p.answerWith(tx, pt, in, pairID, kind, tag, data, nil)
}

// answerWith is answer with a file made from the rendered email (attach, may be nil).
func (p *Program) answerWith(tx *store.Tx, pt *store.Participant, in *store.Inbound, pairID int64, kind templates.Kind, tag string, data any,
	attach func(templates.Rendered) (*attachment, error)) error {
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
		participant: pt, pairID: pairID, due: p.now(), data: data, attach: attach}
	if id := mailer.NormalizeMessageID("<" + keyMessageID(in.Key) + ">"); id != "" {
		m.inReplyTo, m.references, m.answers = id, []string{id}, in
	}
	_, err = p.enqueue(tx, m)
	return err
}

// applyReply carries out what a participant's reply says. Every effect is put
// to the rule (decide) first; what it allows is then done, each receipt in the
// participant's language, the first carrying the reply's notices.
func (p *Program) applyReply(tx *store.Tx, in *store.Inbound, pt *store.Participant, target *store.Outbox, r *parser.Reply) error {
	return p.applyReplyIn(tx, in, pt, target, nil, r)
}

// applyReplyIn is applyReply with the target's pair when it was read in this
// transaction already (loaded; nil when not).
func (p *Program) applyReplyIn(tx *store.Tx, in *store.Inbound, pt *store.Participant, target *store.Outbox, loaded *store.PairView, r *parser.Reply) error {
	v, err := p.replyPair(tx, pt, target, loaded)
	if err != nil {
		return err
	}
	if err := p.endAway(tx, pt); err != nil {
		return err
	}
	st := &replyState{in: in, pt: pt, v: v, target: target, r: r, notices: parserNotices(r)}
	if v != nil && (len(r.Goals) > 0 || st.targetKind() == templates.KindGoalsPrompt) {
		// Read for the goals a reply names, or the answer to the goals prompt
		// (the rule's decideGoal): a reply about a meeting needs none.
		if st.goals, err = tx.PairGoals(v.Pair.ID); err != nil {
			return err
		}
	}
	// "letter" asks for the participation letter (letter.go), and nothing else.
	if done, err := p.applyLetter(tx, st); err != nil || done {
		return err
	}
	// "not me" to a meeting the partner logged (partner.go) is a dispute, and nothing else.
	if done, err := p.applyNotMe(tx, st); err != nil || done {
		return err
	}
	// The partner's meetings this writer has not been shown go in the receipt.
	shown, err := p.partnerNotices(tx, st)
	if err != nil {
		return err
	}
	// An answer to "did it happen?" (happened.go): "yes" is the planned meeting, reported.
	asked, askedDid, err := p.happenedAnswer(tx, st)
	if err != nil {
		return err
	}
	// The mentee's answer to the preparation prompt is the agenda, for the
	// mentor alone (prep.go); its words are not read as logs or goals.
	agenda, err := p.relayAgenda(tx, st)
	if err != nil {
		return err
	}
	if agenda {
		r.Meeting, r.Meetings, r.Goals = nil, nil, nil
	}
	if st.targetKind() == templates.KindConfirmLeave && !hasCommand(r, parser.CmdConfirm, parser.CmdDecline) {
		if c := oneWordAnswer(r.ReplyText); c != "" {
			r.Commands = append(r.Commands, parser.Command{Name: c})
		}
	}

	// First the rule, for everything the reply asks; its refusals become notices
	// before any receipt is made.
	type step struct {
		e  effect
		ru ruling
	}
	var plan []step
	add := func(e effect) {
		ru := p.decide(st, e)
		if ru.verdict == refuse {
			st.notices = append(st.notices, ru.notice)
			st.refused++
		}
		plan = append(plan, step{e, ru})
	}
	if r.Meeting != nil {
		meetings := r.Meetings
		if len(meetings) == 0 {
			meetings = []parser.Meeting{*r.Meeting}
		}
		undated, err := p.undatedOfReceipt(tx, st)
		if err != nil {
			return err
		}
		for i := range meetings {
			e := effect{kind: effMeeting, meeting: &meetings[i]}
			if undated != nil && len(meetings) == 1 && meetings[i].Date != "" {
				e.kind, e.undated = effDateMeeting, undated
			}
			add(e)
		}
	}
	for i := range r.Goals {
		add(effect{kind: effGoal, goal: &r.Goals[i]})
	}
	for i := range r.Commands {
		add(effect{kind: effCommand, cmd: &r.Commands[i]})
	}
	q := question(r, target)
	if q != "" {
		add(effect{kind: effQuestion})
	}

	// Then what the rule allows.
	did := []string{}
	nth := 0
	var goalSteps []ruledGoal
	for _, s := range plan {
		if s.ru.verdict == refuse || s.ru.verdict == pass {
			continue
		}
		switch s.e.kind {
		case effMeeting:
			if err := p.logMeeting(tx, st, s.e.meeting, nth); err != nil {
				return err
			}
			nth++
			if nth == 1 {
				did = append(did, "meeting")
			}
		case effDateMeeting:
			if err := p.dateMeeting(tx, st, s.e.undated, string(s.e.meeting.Date)); err != nil {
				return err
			}
			did = append(did, "meeting date")
		case effGoal:
			goalSteps = append(goalSteps, ruledGoal{*s.e.goal, s.ru})
		case effCommand:
			what, err := p.applyCommand(tx, st, *s.e.cmd, s.ru)
			if err != nil {
				return err
			}
			if what != "" {
				did = append(did, what)
			}
		case effQuestion:
			if err := p.askCommittee(tx, in, pt, v, target, q, r); err != nil {
				return err
			}
			if err := p.answer(tx, pt, in, st.pairID(), templates.KindQuestionReceived, "question",
				templates.QuestionReceived{Name: firstName(pt), ReceivedAt: p.now().In(p.location(pt)), Notices: st.takeNotices()}); err != nil {
				return err
			}
			did = append(did, "question")
		}
	}
	if askedDid != "" {
		did = append(did, askedDid)
	}
	if agenda {
		did = append(did, "agenda relayed")
	}
	if asked != nil && slices.Contains(did, "meeting") {
		if err := p.heldAsLogged(tx, asked, in.ID); err != nil {
			return err
		}
	}
	if r.Planned != nil {
		// A meeting planned, moved or cancelled (plan.go): both partners get the invitation.
		what, err := p.applyPlan(tx, st, r.Planned)
		if err != nil {
			return err
		}
		if what != "" {
			did = append(did, what)
		}
	}
	if len(goalSteps) > 0 {
		changed, err := p.applyGoals(tx, st, goalSteps)
		if err != nil {
			return err
		}
		if changed {
			did = append(did, "goals")
		}
	}
	if len(did) == 0 && st.refused == 0 && v != nil && st.targetKind() == templates.KindGoalsPrompt {
		// An answer to the goals prompt in the writer's own words: each line (or
		// the paragraph) is a goal; the receipt shows them, and "undo" takes them back.
		var steps []ruledGoal
		for _, g := range goalsFromText(r.ReplyText) {
			if ru := p.decide(st, effect{kind: effGoal, goal: &g}); ru.verdict == act {
				steps = append(steps, ruledGoal{g, ru})
			}
		}
		changed, err := p.applyGoals(tx, st, steps)
		if err != nil {
			return err
		}
		if changed {
			did = append(did, "goals")
		}
	}
	if len(did) == 0 {
		switch {
		case st.refused > 0:
			// Understood, but nothing it asked could be done: say why.
			did = append(did, "refused")
			if err := p.answer(tx, pt, in, st.pairID(), templates.KindReceiptCommand, "nothing",
				templates.CommandReceipt{Name: firstName(pt), Command: templates.CommandNothingDone, Notices: st.takeNotices()}); err != nil {
				return err
			}
		case target != nil && target.Kind == string(templates.KindQuestionAnswer) || acknowledgement(r.ReplyText):
			// "Thanks!", "Merci, bien reçu": nothing to record, and nothing to send;
			// answering a thank-you with "we could not read that" would be rude.
			did = append(did, "thanks")
		case strings.TrimSpace(r.ReplyText) != "":
			did = append(did, "not understood")
			nu := templates.NotUnderstood{Name: firstName(pt), ReceivedAt: p.now().In(p.location(pt)),
				Concern: r.Concern, Asked: askedText(r), ConsentDays: consentDays, Notices: st.takeNotices()}
			if v != nil {
				f, err := p.facts(tx, v.Pair.ID)
				if err != nil {
					return err
				}
				nu.Suggested = p.suggest(v, f, 1, 2)
			}
			if err := p.answer(tx, pt, in, st.pairID(), templates.KindNotUnderstood, notUnderstoodTag, nu); err != nil {
				return err
			}
		}
	}
	if st.said {
		if err := tx.MarkPartnerSeen(shown, p.now()); err != nil {
			return err
		}
	}
	// The committee's review list: not understood or understood in part (reviewlist.go).
	if err := p.reviewReply(tx, in, pt, v, r, did); err != nil {
		return err
	}
	return tx.UpdateInbound(in.ID, map[string]any{"reason": strings.Join(did, ",")})
}

func hasCommand(r *parser.Reply, names ...string) bool {
	for _, c := range r.Commands {
		if slices.Contains(names, c.Name) {
			return true
		}
	}
	return false
}

// endAway ends an out-of-office hold: the person wrote, so they are back.
func (p *Program) endAway(tx *store.Tx, pt *store.Participant) error {
	if pt.AwayUntil == nil || !pt.AwayUntil.After(p.now()) {
		return nil
	}
	if err := tx.UpdateParticipant(pt.ID, map[string]any{"away_until": nil}); err != nil {
		return err
	}
	pt.AwayUntil = nil
	return tx.WakePairs(pt.ID)
}

// replyPair is the pair a reply is about: the active pair of the message it
// answers (a mentor with two mentees answers one pair's check-in), else the
// participant's current pair; nil when they have none.
// loaded is the target's pair when it was read in this transaction, else nil.
func (p *Program) replyPair(tx *store.Tx, pt *store.Participant, target *store.Outbox, loaded *store.PairView) (*store.PairView, error) {
	if target != nil && target.PairID != nil {
		v := loaded
		if v == nil || v.Pair.ID != *target.PairID {
			// A pair that cannot be read (since erased) leaves the current one.
			var err error
			if v, err = tx.LoadPair(*target.PairID); err != nil {
				v = nil
			}
		}
		if v != nil && v.Pair.Status == store.PairActive && v.Member(pt.ID) != nil {
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

// logMeeting logs the nth meeting the rule allowed and sends its receipt. A
// meeting without a day is stored undated, and its receipt asks for the day.
func (p *Program) logMeeting(tx *store.Tx, st *replyState, mt *parser.Meeting, nth int) error {
	in, pt, v, r := st.in, st.pt, st.v, st.r
	keys := make([]string, 0, len(mt.Topics))
	for _, t := range mt.Topics {
		keys = append(keys, t.Key)
	}
	m := &store.Meeting{PairID: v.Pair.ID, LoggedByID: pt.ID, InboundID: &in.ID, Date: string(mt.Date), Minutes: int(mt.Minutes),
		Mode: string(mt.Mode), Topics: strings.Join(keys, ","), NextMeeting: string(mt.NextMeeting), CreatedAt: p.now()}
	notes := mt.Notes
	if nth > 0 && r.Meeting != nil && notes == r.Meeting.Notes {
		notes = "" // the reply's words are kept once, with its first meeting
	}
	// The rule (decideMeetingDate) answered a day before the pair's first
	// day with its notice; the store refusing one here is a bug, not a reply.
	if err := tx.AddPairMeeting(v, m, notes); err != nil {
		return err
	}
	if err := tx.WakePairs(pt.ID); err != nil {
		return err
	}
	days, err := tx.MeetingDays(v.Pair.ID)
	if err != nil {
		return err
	}
	sum := p.meetingSummary(store.MeetingView{Meeting: *m, Notes: notes}, v)
	tag := "meeting"
	if nth > 0 {
		tag = fmt.Sprintf("meeting%d", nth+1)
	}
	return p.answer(tx, pt, in, v.Pair.ID, templates.KindReceiptMeeting, tag, templates.MeetingReceipt{
		Name: firstName(pt), PartnerName: firstName(v.Partner(pt.ID)), Meeting: sum, MeetingsLogged: days,
		Notices: st.takeNotices()})
}

// undatedOfReceipt returns the undated meeting a reply to a meeting receipt can
// date: the first meeting, still undated, of the message the receipt answered.
func (p *Program) undatedOfReceipt(tx *store.Tx, st *replyState) (*store.Meeting, error) {
	if st.targetKind() != templates.KindReceiptMeeting || st.v == nil {
		return nil, nil
	}
	rest, ok := strings.CutPrefix(st.target.IdemKey, "answer:")
	if !ok {
		return nil, nil
	}
	id, _, _ := strings.Cut(rest, ":")
	inID, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, nil
	}
	ms, err := tx.InboundMeetings(inID)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		if ms[i].Date == "" && ms[i].PairID == st.v.Pair.ID {
			return &ms[i], nil
		}
	}
	return nil, nil
}

// dateMeeting gives an undated meeting the day a reply to its receipt names,
// keeping the empty date for undo, and confirms with the meeting's receipt.
func (p *Program) dateMeeting(tx *store.Tx, st *replyState, m *store.Meeting, date string) error {
	if err := tx.RecordChange(&store.Change{ParticipantID: st.pt.ID, InboundID: &st.in.ID, Entity: store.EntityMeeting,
		EntityID: m.ID, Field: store.FieldDate, Prev: m.Date, Value: date, CreatedAt: p.now()}); err != nil {
		return err
	}
	if err := tx.SetMeetingDate(m.ID, date); err != nil {
		return err
	}
	m.Date = date
	if err := tx.WakePairs(st.pt.ID); err != nil {
		return err
	}
	days, err := tx.MeetingDays(st.v.Pair.ID)
	if err != nil {
		return err
	}
	return p.answer(tx, st.pt, st.in, st.v.Pair.ID, templates.KindReceiptMeeting, "meeting", templates.MeetingReceipt{
		Name: firstName(st.pt), PartnerName: firstName(st.v.Partner(st.pt.ID)),
		Meeting: p.meetingSummary(store.MeetingView{Meeting: *m}, st.v), MeetingsLogged: days, Notices: st.takeNotices()})
}

// ruledGoal is a goal update with the rule's ruling: whose goal, which one.
type ruledGoal struct {
	g  parser.Goal
	ru ruling
}

// applyGoals records new goals (the sender's, numbered for them) and updates,
// sends the sender one receipt, and tells the partner of each change to one of
// their goals.
func (p *Program) applyGoals(tx *store.Tx, st *replyState, steps []ruledGoal) (bool, error) {
	in, pt, v := st.in, st.pt, st.v
	var changed []templates.GoalSummary
	for _, s := range steps {
		g := s.g
		if s.ru.goal == nil {
			ng := &store.Goal{PairID: v.Pair.ID, OwnerID: pt.ID, Horizon: g.Horizon, Status: "new", InboundID: &in.ID, CreatedAt: p.now()}
			if g.Status != "" && g.Status != "new" {
				ng.Status = g.Status
			}
			if err := tx.AddGoal(ng, g.Title); err != nil {
				return false, err
			}
			gv := store.GoalView{Goal: *ng, Title: g.Title}
			st.goals = append(st.goals, gv)
			changed = append(changed, goalSummary(gv, v, pt.ID))
			continue
		}
		target := s.ru.goal
		status := g.Status
		if status == "" || status == "new" {
			status = "in_progress"
		}
		prev := target.Goal.Status
		gg := target.Goal
		if err := tx.UpdateGoal(&gg, status, g.Note, &in.ID); err != nil {
			return false, err
		}
		target.Goal, target.Note = gg, g.Note
		changed = append(changed, goalSummary(*target, v, pt.ID))
		if owner := s.ru.owner; owner != nil && owner.ID != pt.ID {
			if err := p.tellGoalOwner(tx, st, owner, *target, prev); err != nil {
				return false, err
			}
		}
	}
	if len(changed) == 0 {
		return false, nil
	}
	return true, p.answer(tx, pt, in, v.Pair.ID, templates.KindReceiptGoals, "goals",
		templates.GoalsReceipt{Name: firstName(pt), PartnerName: firstName(v.Partner(pt.ID)), Goals: changed, Notices: st.takeNotices()})
}

// tellGoalOwner tells a participant that their partner changed one of their goals.
func (p *Program) tellGoalOwner(tx *store.Tx, st *replyState, owner *store.Participant, g store.GoalView, prev string) error {
	if owner.MailStopped || owner.Status == store.StatusWithdrawn {
		return nil
	}
	_, err := p.enqueue(tx, outMail{key: fmt.Sprintf("goalchg:%d:%d", st.in.ID, g.ID), kind: templates.KindGoalChanged,
		lang: owner.Language, to: owner.Email, participant: owner, pairID: st.v.Pair.ID, due: p.now(),
		data: templates.GoalChanged{Name: firstName(owner), PartnerName: firstName(st.pt), Goal: goalSummary(g, st.v, owner.ID),
			Previous: templates.GoalStatus(prev)}})
	return err
}

// findGoal finds the goal an update refers to among one person's goals: by
// number, else by a title that contains the words given ("CV goal: done").
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

// applyCommand carries out a command the rule allowed (or, for leaving, asks
// for its confirmation), and sends its receipt. It returns what was done, for
// the inbound row's record ("" for nothing): the command's name, "leave
// requested" for a request waiting for its confirmation, "left" for a
// confirmed one.
func (p *Program) applyCommand(tx *store.Tx, st *replyState, c parser.Command, ru ruling) (string, error) {
	in, pt, v := st.in, st.pt, st.v
	pairID := st.pairID()
	loc := p.location(pt)
	rc := templates.CommandReceipt{Name: firstName(pt)}
	what := c.Name
	if ru.verdict == confirmFirst {
		return "leave requested", p.askToConfirmLeave(tx, st)
	}
	switch c.Name {
	case parser.CmdHelp:
		h := templates.Help{Name: firstName(pt), Role: role(pt), PauseExample: p.now().In(loc).AddDate(0, 0, 14),
			Notices: st.takeNotices()}
		if v != nil {
			h.PartnerName = firstName(v.Partner(pt.ID))
		}
		return c.Name, p.answer(tx, pt, in, pairID, templates.KindHelp, "help", h)
	case parser.CmdPause:
		until, _ := c.Until.Time(loc)
		if err := p.setPref(tx, st, store.FieldPausedUntil, until); err != nil {
			return "", err
		}
		if err := tx.CancelPending(pt.ID, scheduledKinds...); err != nil {
			return "", err
		}
		rc.Command, rc.Until = templates.CommandPause, until
	case parser.CmdResume:
		// The pause ends now; it is not forgotten. Its end is what keeps the weeks
		// paused from counting as a lapse, and mail missed meanwhile waits for the
		// next send hour, as after a pause that ran its course. Fewer reminders end
		// too: "resume" is the full schedule.
		if now := p.now(); pt.PausedUntil != nil && pt.PausedUntil.After(now) {
			if err := p.setPref(tx, st, store.FieldPausedUntil, now); err != nil {
				return "", err
			}
		}
		if pt.FewerReminders {
			if err := p.setPref(tx, st, store.FieldFewerReminders, false); err != nil {
				return "", err
			}
		}
		rc.Command = templates.CommandResume
	case parser.CmdFewerReminders:
		if !pt.FewerReminders {
			if err := p.setPref(tx, st, store.FieldFewerReminders, true); err != nil {
				return "", err
			}
		}
		if err := tx.CancelPending(pt.ID, string(templates.KindNudge)); err != nil {
			return "", err
		}
		rc.Command = templates.CommandFewerReminders
	case parser.CmdDigestOff, parser.CmdDigestOn:
		off := c.Name == parser.CmdDigestOff
		if pt.DigestOff != off {
			if err := p.setPref(tx, st, store.FieldDigestOff, off); err != nil {
				return "", err
			}
		}
		rc.Command = templates.CommandDigestOn
		if off {
			rc.Command = templates.CommandDigestOff
			if err := tx.CancelPending(pt.ID, string(templates.KindDigest)); err != nil {
				return "", err
			}
		}
	case parser.CmdUndo:
		u, err := tx.UndoLast(pt.ID, p.now())
		if err != nil {
			return "", err
		}
		rc.Command, rc.Done = templates.CommandUndo, undoneText(u, pt.Language)
	case parser.CmdConfirm, parser.CmdDecline:
		cmd, err := p.answerLeave(tx, st, c.Name == parser.CmdConfirm)
		if err != nil || cmd == "" {
			return "", err
		}
		rc.Command = cmd
		what = map[templates.Command]string{templates.CommandStop: "left", templates.CommandLeaveDeclined: "stayed",
			templates.CommandLeaveExpired: "confirmation expired"}[cmd]
	case parser.CmdRating:
		a := &store.SurveyAnswer{PairID: v.Pair.ID, ParticipantID: pt.ID, InboundID: &in.ID, Rating: *c.Value, CreatedAt: p.now()}
		if err := tx.AddSurveyAnswer(a, st.r.ReplyText); err != nil {
			return "", err
		}
		rc.Command, rc.Rating = templates.CommandRating, *c.Value
	default:
		return "", nil
	}
	if err := tx.WakePairs(pt.ID); err != nil {
		return "", err
	}
	rc.Notices = st.takeNotices()
	return what, p.answer(tx, pt, in, pairID, templates.KindReceiptCommand, c.Name, rc)
}

// setPref changes one of the participant's settings, keeping the value it
// replaces so that undo restores it.
func (p *Program) setPref(tx *store.Tx, st *replyState, field string, value any) error {
	pt := st.pt
	var prev, next string
	switch field {
	case store.FieldPausedUntil:
		if pt.PausedUntil != nil {
			prev = pt.PausedUntil.UTC().Format(time.RFC3339)
		}
		t := value.(time.Time).UTC()
		next, value = t.Format(time.RFC3339), t
		pt.PausedUntil = &t
	case store.FieldFewerReminders:
		prev, next = strconv.FormatBool(pt.FewerReminders), strconv.FormatBool(value.(bool))
		pt.FewerReminders = value.(bool)
	case store.FieldDigestOff:
		prev, next = strconv.FormatBool(pt.DigestOff), strconv.FormatBool(value.(bool))
		pt.DigestOff = value.(bool)
	}
	if err := tx.RecordChange(&store.Change{ParticipantID: pt.ID, InboundID: &st.in.ID, Entity: store.EntityParticipant,
		EntityID: pt.ID, Field: field, Prev: prev, Value: next, CreatedAt: p.now()}); err != nil {
		return err
	}
	return tx.UpdateParticipant(pt.ID, map[string]any{field: value})
}

// askToConfirmLeave answers a clear request to leave with a confirmation email:
// nothing changes until a one-word "yes" to it, within confirmLeaveDays.
func (p *Program) askToConfirmLeave(tx *store.Tx, st *replyState) error {
	now := p.now()
	c := &store.Confirmation{ParticipantID: st.pt.ID, Action: store.ActionLeave, InboundID: &st.in.ID, State: store.ConfirmPending,
		ExpiresAt: now.AddDate(0, 0, confirmLeaveDays), CreatedAt: now}
	if err := tx.AddConfirmation(c); err != nil {
		return err
	}
	data := templates.ConfirmLeave{Name: firstName(st.pt), Days: confirmLeaveDays, ExpiresAt: c.ExpiresAt.In(p.location(st.pt)),
		Notices: st.takeNotices()}
	if st.v != nil {
		data.PartnerName = firstName(st.v.Partner(st.pt.ID))
	}
	if err := p.answer(tx, st.pt, st.in, st.pairID(), templates.KindConfirmLeave, "confirm", data); err != nil {
		return err
	}
	o, err := tx.OutboxByKey(fmt.Sprintf("answer:%d:confirm", st.in.ID))
	if errors.Is(err, store.ErrNotFound) {
		return nil // capped or not sendable: the request lapses, nothing changes
	}
	if err != nil {
		return err
	}
	return tx.SetConfirmationOutbox(c.ID, o.ID)
}

// answerLeave applies a "yes" or "no" to a leaving confirmation. A yes within
// the expiry withdraws the participant; a no, or a yes too late, changes
// nothing; the receipt says which.
func (p *Program) answerLeave(tx *store.Tx, st *replyState, yes bool) (templates.Command, error) {
	now := p.now()
	c, err := tx.ConfirmationByOutbox(st.target.ID)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	switch {
	case st.pt.Status == store.StatusWithdrawn:
		return "", nil // already gone: nothing to answer
	case !yes:
		if err := tx.ResolveConfirmation(c.ID, store.ConfirmDeclined, now); err != nil {
			return "", err
		}
		return templates.CommandLeaveDeclined, tx.ExpirePendingConfirmations(st.pt.ID, store.ActionLeave, now)
	case c.State != store.ConfirmPending || !now.Before(c.ExpiresAt):
		if err := tx.ResolveConfirmation(c.ID, store.ConfirmExpired, now); err != nil {
			return "", err
		}
		return templates.CommandLeaveExpired, nil
	}
	if err := tx.ResolveConfirmation(c.ID, store.ConfirmConfirmed, now); err != nil {
		return "", err
	}
	if err := tx.ExpirePendingConfirmations(st.pt.ID, store.ActionLeave, now); err != nil {
		return "", err
	}
	return templates.CommandStop, p.withdraw(tx, st.pt)
}

// withdraw takes a participant out of the program: no more mail, and the
// committee is told so that it looks after the partner. The pair's calendar
// stops (schedule has nothing for a pair one of whose partners left).
func (p *Program) withdraw(tx *store.Tx, pt *store.Participant) error {
	if err := tx.UpdateParticipant(pt.ID, map[string]any{"status": store.StatusWithdrawn}); err != nil {
		return err
	}
	pt.Status = store.StatusWithdrawn
	if err := tx.CancelPending(pt.ID); err != nil {
		return err
	}
	// Keyed with the participant's creation time too: ids of erased participants
	// are handed out again, and an alert's key outlives them.
	return p.alert(tx, fmt.Sprintf("left:%d.%d", pt.ID, pt.CreatedAt.UnixNano()), templates.CommitteeAlert{Reason: templates.AlertParticipantLeft,
		Participant: pt.Name, Role: role(pt), Address: pt.Email, At: p.now()}, pt)
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
	settings, dates := 0, 0
	for _, c := range u.Changes {
		if c.Entity == store.EntityMeeting {
			dates++
		} else {
			settings++
		}
	}
	if dates > 0 {
		if fr {
			parts = append(parts, plural(dates, "la date ajoutée à une rencontre", "les %d dates ajoutées à des rencontres"))
		} else {
			parts = append(parts, plural(dates, "the day added to a meeting", "the %d days added to meetings"))
		}
	}
	if settings > 0 {
		if fr {
			parts = append(parts, "le changement de vos réglages de courriels")
		} else {
			parts = append(parts, "the change to your mail settings")
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
