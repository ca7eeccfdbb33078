package program

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// What a reply may do (DESIGN.md, "Acting on what replies say"). The parser
// reads; this file decides. Every effect a reply asks for is put to decide,
// which says whether it happens at once (certain and reversible: echoed in the
// receipt with its undo), waits for a confirmation by reply (consequential:
// leaving the program), or does not happen, with a notice in the receipt that
// says why and the one line that corrects it. Nothing is filled in: a meeting
// without a day is stored undated and the receipt asks for the day.

// verdict is what the rule allows one effect.
type verdict int

const (
	// act: certain and reversible; done now, echoed with its undo.
	act verdict = iota
	// confirmFirst: consequential; a confirmation email asks for a one-word
	// reply, and nothing happens without it.
	confirmFirst
	// refuse: not done; the notice says why.
	refuse
	// pass: nothing for this rule to do (already so, or answered elsewhere).
	pass
)

// effectKind is what a reply asks for.
type effectKind int

const (
	effMeeting     effectKind = iota // log a meeting
	effDateMeeting                   // give an undated meeting its day
	effGoal                          // set or update a goal
	effCommand                       // a command
	effQuestion                      // a question for the committee
)

// effect is one thing a reply asks for.
type effect struct {
	kind    effectKind
	meeting *parser.Meeting
	goal    *parser.Goal
	cmd     *parser.Command
	// undated is the meeting effDateMeeting dates.
	undated *store.Meeting
}

// ruling is the rule's answer for one effect.
type ruling struct {
	verdict verdict
	// notice says why an effect is refused.
	notice parser.Notice
	// owner and goal are, for a goal update, whose goal and which one (nil goal:
	// a new goal of the sender's).
	owner *store.Participant
	goal  *store.GoalView
}

// confirmLeaveDays is how long a request to leave waits for its confirmation;
// after that, a "yes" does nothing.
const confirmLeaveDays = 7

// maxAwayDays bounds how far ahead an out-of-office return date may hold a
// person's nudges; a later date is not believed.
const maxAwayDays = 120

// replyState is one reply being applied: who wrote, about which pair, what it
// answers, and the notices its receipt must carry.
type replyState struct {
	in     *store.Inbound
	pt     *store.Participant
	v      *store.PairView
	target *store.Outbox
	r      *parser.Reply
	// goals are the pair's goals, read once, when the reply names goals or
	// answers the goals prompt.
	goals []store.GoalView
	// notices are said once, in the first receipt of the reply.
	notices []parser.Notice
	said    bool
	refused int
	// extra are lines said after the notices, in the same receipt: the
	// meetings the partner logged (partner.go).
	extra []string
}

func (st *replyState) pairID() int64 {
	if st.v == nil {
		return 0
	}
	return st.v.Pair.ID
}

// targetKind is the kind of program email the reply answers, or "".
func (st *replyState) targetKind() templates.Kind {
	if st.target == nil {
		return ""
	}
	return templates.Kind(st.target.Kind)
}

// takeNotices words the reply's notices in the participant's language, once:
// the first receipt of the reply carries them.
func (st *replyState) takeNotices() []string {
	if st.said || len(st.notices) == 0 && len(st.extra) == 0 {
		return nil
	}
	st.said = true
	var out []string
	seen := map[string]bool{}
	for _, n := range st.notices {
		s := templates.NoticeText(n.Code, st.pt.Language, n.Quote)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return append(out, st.extra...)
}

// parserNotices are the notices of a parse to pass on. A parse that gave
// warnings without codes (an older parser) gives the generic notice. The
// undated-meeting notice is left out: the meeting's receipt asks for the day.
func parserNotices(r *parser.Reply) []parser.Notice {
	var out []parser.Notice
	if len(r.Notices) == 0 && len(r.Warnings) > 0 {
		return []parser.Notice{{Code: parser.NoticeOther}}
	}
	for _, n := range r.Notices {
		if n.Code != parser.NoticeMeetingUndated {
			out = append(out, n)
		}
	}
	return out
}

// decide is the rule: what one effect a reply asks for may do.
func (p *Program) decide(st *replyState, e effect) ruling {
	switch e.kind {
	case effMeeting, effDateMeeting:
		if st.v == nil {
			return refused(templates.NoticeNoPair, "")
		}
		return p.decideMeetingDate(st, string(e.meeting.Date))
	case effGoal:
		if st.v == nil {
			return refused(templates.NoticeNoPair, "")
		}
		return p.decideGoal(st, *e.goal)
	case effCommand:
		return p.decideCommand(st, *e.cmd)
	case effQuestion:
		return ruling{verdict: act}
	}
	return ruling{verdict: pass}
}

func refused(code, quote string) ruling {
	return ruling{verdict: refuse, notice: parser.Notice{Code: code, Quote: quote}}
}

// decideMeetingDate: a meeting is logged on a day between the pair's start and
// the day the message was sent (in the sender's zone), or undated; any other day
// is not a meeting log.
func (p *Program) decideMeetingDate(st *replyState, date string) ruling {
	if date == "" {
		return ruling{verdict: act}
	}
	if date < st.v.FirstDay() {
		return refused(templates.NoticeMeetingBeforeStart, templates.LongDay(st.pt.Language, date))
	}
	sent := st.r.Envelope.Date
	if sent.IsZero() || sent.After(p.now()) {
		sent = p.now()
	}
	if date > localDay(sent, p.location(st.pt)) {
		return refused(parser.NoticeDateFuture, templates.LongDay(st.pt.Language, date))
	}
	return ruling{verdict: act}
}

// decideGoal: "goal 1" is the sender's goal 1; a partner's goal is changed only
// when the update names the partner, and the partner is told. A new goal is
// always the sender's.
func (p *Program) decideGoal(st *replyState, g parser.Goal) ruling {
	owner := st.pt
	partner := st.v.Partner(st.pt.ID)
	if namesPartnerGoal(st.r.ReplyText, g, firstName(partner)) {
		owner = partner
	}
	mine := make([]store.GoalView, 0, len(st.goals))
	for _, gv := range st.goals {
		if gv.OwnerID == owner.ID {
			mine = append(mine, gv)
		}
	}
	target := findGoal(mine, g)
	if target != nil {
		return ruling{verdict: act, owner: owner, goal: target}
	}
	if _, err := strconv.Atoi(strings.TrimSpace(g.Ref)); err == nil {
		code := templates.NoticeGoalNotFound
		if owner != st.pt {
			code = templates.NoticePartnerGoalNotFound
		}
		return refused(code, strings.TrimSpace(g.Ref))
	}
	if g.Title != "" && (g.Status == "" || g.Status == "new" || g.Ref == "") {
		return ruling{verdict: act, owner: st.pt}
	}
	return refused(parser.NoticeGoalUnclear, g.Title)
}

// decideCommand: leaving needs a confirmation; less mail is what it says; a
// pause needs a day to come.
func (p *Program) decideCommand(st *replyState, c parser.Command) ruling {
	switch c.Name {
	case parser.CmdHelp, parser.CmdResume, parser.CmdUndo, parser.CmdFewerReminders, parser.CmdDigestOff, parser.CmdDigestOn:
		return ruling{verdict: act}
	case parser.CmdPause:
		until, err := c.Until.Time(p.location(st.pt))
		switch {
		case err != nil:
			return refused(templates.NoticePauseNoDate, "")
		case !until.After(p.now()):
			return refused(parser.NoticeDatePast, string(c.Until))
		}
		return ruling{verdict: act}
	case parser.CmdStop:
		if st.pt.Status == store.StatusWithdrawn {
			return ruling{verdict: pass}
		}
		return ruling{verdict: confirmFirst}
	case parser.CmdConfirm, parser.CmdDecline:
		if st.targetKind() == templates.KindConfirmLeave {
			return ruling{verdict: act}
		}
		return ruling{verdict: pass} // a yes or no to another email is not this rule's
	case parser.CmdRating:
		if c.Value == nil || *c.Value < 1 || *c.Value > 5 {
			q := ""
			if c.Value != nil {
				q = strconv.Itoa(*c.Value)
			}
			return refused(parser.NoticeRatingInvalid, q)
		}
		if st.v == nil {
			return refused(templates.NoticeNoPair, "")
		}
		return ruling{verdict: act}
	}
	return ruling{verdict: pass}
}

// goalWords are the words that name a goal, English and French.
var goalWords = []string{"goal", "goals", "objectif", "objectifs", "but", "objective"}

// ownWords mark a goal as the sender's own, English and French.
var ownWords = map[string]bool{"my": true, "mon": true, "ma": true, "mes": true, "our": true, "notre": true}

// namesPartnerGoal reports whether the reply names the partner on the line of a
// goal update ("Aïcha's goal 2: done", "goal 2 of Aïcha", "objectif 2
// d'Aïcha"): only then is "goal 2" the partner's. Names and words are compared
// without case or accents.
func namesPartnerGoal(text string, g parser.Goal, partner string) bool {
	name := fold(partner)
	if name == "" {
		return false
	}
	ref := strings.TrimSpace(g.Ref)
	for _, line := range strings.Split(fold(text), "\n") {
		words := wordRE.FindAllString(line, -1)
		hasName, hasGoal := false, false
		for i, w := range words {
			if w == name || strings.TrimSuffix(w, "'s") == name || strings.TrimSuffix(w, "'") == name || strings.TrimPrefix(w, "d'") == name {
				hasName = true
			}
			for _, gw := range goalWords {
				if w != gw {
					continue
				}
				if i > 0 && ownWords[words[i-1]] {
					continue // "my goal 2": the sender's, whoever else the line names
				}
				if ref == "" {
					hasGoal = true
				} else if i+1 < len(words) && strings.TrimLeft(words[i+1], "#n°o.") == ref {
					hasGoal = true
				}
			}
		}
		if hasName && hasGoal && (ref != "" || g.Title == "" || strings.Contains(line, fold(g.Title))) {
			return true
		}
	}
	return false
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}#°.'’]+`)

// fold lower-cases s and strips its accents, for comparing names and words.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 0x300 && r <= 0x36f: // combining accents
		case r == '’':
			b.WriteRune('\'')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimRight(b.String(), ".")
}

// oneWordAnswers are the one-word answers to a confirmation, English and
// French, for a parse that did not read them (the parser reads them under
// parser.PromptConfirm).
var oneWordAnswers = map[string]string{
	"yes": parser.CmdConfirm, "oui": parser.CmdConfirm, "confirm": parser.CmdConfirm, "confirmed": parser.CmdConfirm,
	"confirme": parser.CmdConfirm, "no": parser.CmdDecline, "non": parser.CmdDecline,
}

// oneWordAnswer returns the command a one-word reply to a confirmation means,
// or "": "Yes!", "oui." count, "yes but not now" does not.
func oneWordAnswer(text string) string {
	f := strings.Fields(strings.Trim(fold(text), " \t\r\n.!?"))
	if len(f) != 1 {
		return ""
	}
	return oneWordAnswers[strings.Trim(f[0], ".!?,")]
}

// awayUntil is the day an out-of-office reply's return date names, at the start
// of that day in loc, when it is believable: after now and within maxAwayDays.
func awayUntil(d parser.Day, now time.Time, loc *time.Location) (time.Time, bool) {
	t, err := d.Time(loc)
	if err != nil || !t.After(now) || t.After(now.AddDate(0, 0, maxAwayDays)) {
		return time.Time{}, false
	}
	return t, true
}
