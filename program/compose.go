package program

import (
	"slices"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
	"github.com/mentormail/mentormail/topics"
)

// pairFacts are the figures scheduled mail quotes: meetings, goals, topics covered.
type pairFacts struct {
	meetings []store.MeetingView
	goals    []store.GoalView
	covered  []string // topic keys, in first-covered order
	last     time.Time
}

func (p *Program) facts(tx *store.Tx, pairID int64) (*pairFacts, error) {
	ms, err := tx.PairMeetings(pairID)
	if err != nil {
		return nil, err
	}
	gs, err := tx.PairGoals(pairID)
	if err != nil {
		return nil, err
	}
	f := &pairFacts{meetings: mergeByDay(ms), goals: gs}
	for _, m := range ms {
		for _, k := range store.SplitKeys(m.Topics) {
			if !slices.Contains(f.covered, k) {
				f.covered = append(f.covered, k)
			}
		}
		if d, err := time.Parse(time.DateOnly, m.Date); err == nil && d.After(f.last) {
			f.last = d
		}
	}
	return f, nil
}

// mergeByDay makes one meeting of the logs of one day: when both partners report
// the same meeting, the pair met once. Topics are joined, the longer length and
// each partner's notes kept. ms is in date order.
func mergeByDay(ms []store.MeetingView) []store.MeetingView {
	var out []store.MeetingView
	for _, m := range ms {
		n := len(out)
		if n == 0 || out[n-1].Date != m.Date || m.Date == "" { // undated meetings stay apart
			out = append(out, m)
			continue
		}
		last := &out[n-1]
		last.Minutes = max(last.Minutes, m.Minutes)
		if last.Mode == "" {
			last.Mode = m.Mode
		}
		keys := store.SplitKeys(last.Topics)
		for _, k := range store.SplitKeys(m.Topics) {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		last.Topics = strings.Join(keys, ",")
		switch {
		case last.Notes == "":
			last.Notes = m.Notes
		case m.Notes != "" && m.Notes != last.Notes:
			last.Notes += "\n" + m.Notes
		}
	}
	return out
}

func (f *pairFacts) goalsDone() int {
	n := 0
	for _, g := range f.goals {
		if g.Status == "done" {
			n++
		}
	}
	return n
}

// suggest picks up to n topics the pair has not covered: first the partners'
// interests (the mentee's first, since mentees direct the agenda), then the rest of
// the catalogue, rotated by cycle so that each check-in brings fresh ones.
func (p *Program) suggest(v *store.PairView, f *pairFacts, cycle, n int) []topics.Topic {
	var preferred, rest []topics.Topic
	seen := map[string]bool{}
	for _, k := range f.covered {
		seen[k] = true
	}
	for _, t := range append(p.interests(&v.Mentee), p.interests(&v.Mentor)...) {
		if !seen[t.Key] {
			seen[t.Key] = true
			preferred = append(preferred, t)
		}
	}
	for _, t := range p.topics.All() {
		if !seen[t.Key] {
			rest = append(rest, t)
		}
	}
	if len(rest) > 0 && cycle > 1 {
		shift := ((cycle - 1) * n) % len(rest)
		rest = append(rest[shift:], rest[:shift]...)
	}
	out := append(preferred, rest...)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// meetingSummary is a meeting of the pair v as its partners see it; its notes
// carry the language of the partner who logged it.
func (p *Program) meetingSummary(m store.MeetingView, v *store.PairView) templates.MeetingSummary {
	s := templates.MeetingSummary{Minutes: m.Minutes, Mode: templates.Mode(m.Mode), Notes: m.Notes,
		Topics: p.topicList(store.SplitKeys(m.Topics))}
	if by := v.Member(m.LoggedByID); by != nil {
		s.Lang = by.Language
	}
	s.Date, _ = time.Parse(time.DateOnly, m.Date)
	s.NextMeeting, _ = time.Parse(time.DateOnly, m.NextMeeting)
	return s
}

// goalSummary is a goal as reader sees it: named by its owner when it is not
// the reader's own, since each partner's goals are numbered for them.
func goalSummary(g store.GoalView, v *store.PairView, readerID int64) templates.GoalSummary {
	owner := templates.RoleMentee
	if g.OwnerID == v.Mentor.ID {
		owner = templates.RoleMentor
	}
	s := templates.GoalSummary{Number: g.Number, Title: g.Title, Horizon: templates.Horizon(g.Horizon),
		Status: templates.GoalStatus(g.Status), Owner: owner, Note: g.Note}
	if o := v.Member(g.OwnerID); o != nil {
		s.Lang = o.Language
	}
	if g.OwnerID != readerID {
		if o := v.Member(g.OwnerID); o != nil {
			s.OwnerName = firstName(o)
		}
	}
	return s
}

// target is the meetings expected after days: twice a month.
func target(days int) int { return days * 2 / 30 }

// compose builds the message for a scheduled item.
func (p *Program) compose(tx *store.Tx, v *store.PairView, it item, due time.Time) (outMail, error) {
	m := outMail{key: it.key, kind: it.kind, pairID: v.Pair.ID, due: due}
	if it.to == nil {
		m.to, m.lang = p.opts.CommitteeAddress, p.opts.CommitteeLanguage
	} else {
		m.to, m.lang, m.participant = it.to.Email, it.to.Language, it.to
	}
	f, err := p.facts(tx, v.Pair.ID)
	if err != nil {
		return m, err
	}
	start, _ := time.Parse(time.DateOnly, v.Pair.StartDate)
	end := start.AddDate(0, 0, v.Cohort.Days)
	if it.to == nil {
		m.data = templates.CommitteeAlert{Reason: templates.AlertLapsing, Participant: v.Mentee.Name,
			Role: templates.RoleMentee, PartnerName: v.Mentor.Name, Cohort: v.Cohort.Name,
			Days: it.lapseDays, LastMeeting: f.last, At: due.In(p.opts.Location)}
		return m, nil
	}
	pt, partner := it.to, v.Partner(it.to.ID)
	name, pname, r := firstName(pt), firstName(partner), role(pt)
	switch it.kind {
	case templates.KindIntroduction:
		// Reply-To is the partner alone: their own conversation never passes
		// through us, and a reply does not come back to its writer.
		m.replyTo, m.replyToOnly = []string{partner.Email}, true
		m.data = templates.Introduction{Name: name, Role: r, SessionStart: start, SessionEnd: end,
			Partner: templates.Profile{Name: partner.Name, Role: role(partner), Background: partner.Background,
				Province: partner.Province, TimeZone: partner.TimeZone, CVURL: partner.CVURL,
				LinkedInURL: partner.LinkedInURL, CareerGoals: partner.CareerGoals, Interests: p.interests(partner),
				Language: templates.Lang(partner.Language)}}
	case templates.KindGoalsPrompt:
		m.data = templates.GoalsPrompt{Name: name, Role: r, PartnerName: pname, ReplyBy: start.AddDate(0, 0, 7)}
	case templates.KindConfidentiality:
		m.data = templates.Confidentiality{Name: name, Role: r, PartnerName: pname, MidSession: it.mid}
	case templates.KindCheckin:
		m.data = templates.Checkin{Name: name, Role: r, PartnerName: pname, Cycle: it.cycle, LastMeeting: f.last,
			MeetingsLogged: len(f.meetings), Suggested: p.suggest(v, f, it.cycle, 3)}
	case templates.KindNudge:
		m.data = templates.Nudge{Name: name, Role: r, PartnerName: pname, DaysSince: it.lapseDays,
			LastMeeting: f.last, PauseExample: due.AddDate(0, 0, 14)}
	case templates.KindDigest:
		d := templates.Digest{Name: name, PartnerName: pname, LastMeeting: f.last, SessionEnd: end,
			Covered: p.topicList(f.covered), SuggestedNext: p.suggest(v, f, it.cycle, 3)}
		for _, mt := range f.meetings {
			d.Meetings = append(d.Meetings, p.meetingSummary(mt, v))
		}
		for _, g := range f.goals {
			d.Goals = append(d.Goals, goalSummary(g, v, pt.ID))
		}
		since := start
		if f.last.After(since) {
			since = f.last
		}
		d.DaysSince = daysBetween(since, due.In(p.location(pt)))
		// The mentee's meetings are shown here: the mentor may say "not me"
		// (partner.go). Only a digest still to be made marks them seen.
		if made, err := tx.HasOutbox(it.key); err != nil {
			return m, err
		} else if !made {
			if d.PartnerLogged, err = p.digestPartnerSeen(tx, v, pt, p.now()); err != nil {
				return m, err
			}
		}
		m.data = d
	case templates.KindMidSession:
		m.data = templates.MidSession{Name: name, Role: r, PartnerName: pname, MeetingsLogged: len(f.meetings),
			Target: target(v.Cohort.Days / 2), GoalsSet: len(f.goals), GoalsDone: f.goalsDone(), SessionEnd: end}
	case templates.KindWrapup:
		m.data = templates.Wrapup{Name: name, Role: r, PartnerName: pname, MeetingsLogged: len(f.meetings),
			GoalsDone: f.goalsDone(), SurveyBy: end.AddDate(0, 0, 14), LetterOffered: !p.opts.NoLetters}
	}
	return m, nil
}

// daysBetween counts calendar days from a to b (b's day minus a's day).
func daysBetween(a, b time.Time) int {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}
