package program

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The committee's actions on pairs during a session: end a pair early, pause and
// resume it, and re-pair a participant with someone new. The command line and
// the web console call these; each is one transaction, and each tells the
// partners, in their languages, through the outbox.

// maxNoteLen bounds the committee's note in a pair notice, in runes.
const maxNoteLen = 1000

// Note is the committee's own words for a notice, in each language; a partner
// gets theirs, or the other when only one is written.
type Note struct {
	EN, FR string
}

func (n Note) check() error {
	for _, s := range []string{n.EN, n.FR} {
		if len([]rune(s)) > maxNoteLen {
			return fmt.Errorf("program: a note is longer than %d characters", maxNoteLen)
		}
	}
	return nil
}

// record is the note as the pair keeps it: each language's words, one per line.
func (n Note) record() string {
	var parts []string
	for _, s := range []string{n.EN, n.FR} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n")
}

// in returns the note for a participant's language.
func (n Note) in(lang string) string {
	if templates.Lang(lang) == "fr" && strings.TrimSpace(n.FR) != "" || strings.TrimSpace(n.EN) == "" {
		return strings.TrimSpace(n.FR)
	}
	return strings.TrimSpace(n.EN)
}

// ParseEndReason reads a reason for ending a pair: one of templates.EndReasons.
func ParseEndReason(s string) (templates.EndReason, error) {
	r := templates.EndReason(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(templates.EndReasons, r) {
		return r, nil
	}
	names := make([]string, len(templates.EndReasons))
	for i, e := range templates.EndReasons {
		names[i] = string(e)
	}
	return "", fmt.Errorf("program: unknown reason %q: use one of %s", s, strings.Join(names, ", "))
}

// FindPair returns the active pair ref names: a pair id ("12", "p12" or
// "pair12", as reports print them), or a participant's address when they are
// in exactly one active pair.
func (p *Program) FindPair(ref string) (*store.PairView, error) {
	var v *store.PairView
	err := p.store.Tx(func(tx *store.Tx) error {
		var err error
		v, err = findPair(tx, ref)
		return err
	})
	return v, err
}

func findPair(tx *store.Tx, ref string) (*store.PairView, error) {
	ref = strings.TrimSpace(ref)
	num := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(ref), "pair"), "p")
	if id, err := strconv.ParseInt(num, 10, 64); err == nil && !strings.Contains(ref, "@") {
		v, err := tx.LoadPair(id)
		if err != nil {
			return nil, fmt.Errorf("program: no pair %s", ref)
		}
		return v, nil
	}
	pt, err := tx.ParticipantByAddress(ref)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("program: no participant has the address %s", ref)
	}
	if err != nil {
		return nil, err
	}
	prs, err := tx.ActivePairs(pt.ID)
	if err != nil {
		return nil, err
	}
	switch len(prs) {
	case 0:
		return nil, fmt.Errorf("program: %s is in no active pair", ref)
	case 1:
		return tx.LoadPair(prs[0].ID)
	}
	ids := make([]string, len(prs))
	for i, pr := range prs {
		ids[i] = fmt.Sprintf("pair%d", pr.ID)
	}
	return nil, fmt.Errorf("program: %s is in %d active pairs (%s): name the pair", ref, len(prs), strings.Join(ids, ", "))
}

// PairAction says what a pair action did.
type PairAction struct {
	Pair store.Pair
	// Told are the addresses a notice was queued for.
	Told []string
	// NewPair is the pair a re-pairing made.
	NewPair *store.Pair
}

// EndPair ends an active pair before its session is over, for a reason from the
// fixed list and the committee's optional note. Both partners are told in their
// languages; the pair's scheduled mail not yet sent is cancelled; its meetings,
// goals and mail stay on record.
func (p *Program) EndPair(ref string, reason templates.EndReason, note Note) (*PairAction, error) {
	if err := note.check(); err != nil {
		return nil, err
	}
	var act *PairAction
	err := p.store.Tx(func(tx *store.Tx) error {
		v, err := findPair(tx, ref)
		if err != nil {
			return err
		}
		act, err = p.endPair(tx, v, reason, note, nil)
		return err
	})
	if err == nil {
		p.notify()
	}
	return act, err
}

// endPair ends v and tells its partners; newPartner, when set, is the new
// partner of one of them (a re-pairing), named in that one's notice.
func (p *Program) endPair(tx *store.Tx, v *store.PairView, reason templates.EndReason, note Note, newPartner map[int64]string) (*PairAction, error) {
	if v.Pair.Status != store.PairActive {
		return nil, fmt.Errorf("program: pair%d has already ended", v.Pair.ID)
	}
	now := p.now()
	if err := tx.EndPairEarly(v.Pair.ID, string(reason), note.record(), now); err != nil {
		return nil, err
	}
	if _, err := tx.CancelPairMail(v.Pair.ID); err != nil {
		return nil, err
	}
	act := &PairAction{Pair: v.Pair}
	for _, pt := range []*store.Participant{&v.Mentee, &v.Mentor} {
		n := templates.PairNotice{Event: templates.PairEnded, Reason: reason, NewPartner: newPartner[pt.ID]}
		told, err := p.tellPartner(tx, v, pt, fmt.Sprintf("pairend:p%d:%s", v.Pair.ID, pt.Role), n, note)
		if err != nil {
			return nil, err
		}
		if told {
			act.Told = append(act.Told, pt.Email)
		}
	}
	return act, nil
}

// tellPartner queues a pair notice for pt, unless they left or their mail is
// stopped, and reports whether it did.
func (p *Program) tellPartner(tx *store.Tx, v *store.PairView, pt *store.Participant, key string, n templates.PairNotice, note Note) (bool, error) {
	if pt.Status == store.StatusWithdrawn || pt.MailStopped {
		return false, nil
	}
	n.Name = firstName(pt)
	if partner := v.Partner(pt.ID); !store.IsForgotten(partner) {
		n.PartnerName = firstName(partner)
	}
	n.Note = note.in(pt.Language)
	return p.enqueue(tx, outMail{key: key, kind: templates.KindPairNotice, lang: pt.Language, to: pt.Email,
		participant: pt, pairID: v.Pair.ID, due: p.now(), data: n})
}

// PausePair holds an active pair's scheduled mail (check-ins, digests, nudges)
// until the end of the day until, in the program's time zone; both partners are
// told. What falls due in the pause goes out at the send hour after it, and a
// superseded check-in is dropped, as for a participant's own pause.
func (p *Program) PausePair(ref string, until time.Time, note Note) (*PairAction, error) {
	if err := note.check(); err != nil {
		return nil, err
	}
	now := p.now()
	l := until.In(p.opts.Location)
	end := time.Date(l.Year(), l.Month(), l.Day()+1, 0, 0, 0, 0, p.opts.Location)
	if !end.After(now) {
		return nil, fmt.Errorf("program: the pause must end after today, not on %s", l.Format(time.DateOnly))
	}
	var act *PairAction
	err := p.store.Tx(func(tx *store.Tx) error {
		v, err := findPair(tx, ref)
		if err != nil {
			return err
		}
		if err := tx.SetPairPause(v.Pair.ID, &end); err != nil {
			return err
		}
		act = &PairAction{Pair: v.Pair}
		for _, pt := range []*store.Participant{&v.Mentee, &v.Mentor} {
			// The last day as a calendar day, the same for both partners.
			n := templates.PairNotice{Event: templates.PairPaused, Until: time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)}
			key := fmt.Sprintf("pairpause:p%d:%s:%s", v.Pair.ID, now.Format("20060102T150405"), pt.Role)
			told, err := p.tellPartner(tx, v, pt, key, n, note)
			if err != nil {
				return err
			}
			if told {
				act.Told = append(act.Told, pt.Email)
			}
		}
		return nil
	})
	if err == nil {
		p.notify()
	}
	return act, err
}

// ResumePair ends a pair's pause now; both partners are told, and the calendar
// picks up at its next tick.
func (p *Program) ResumePair(ref string, note Note) (*PairAction, error) {
	if err := note.check(); err != nil {
		return nil, err
	}
	now := p.now()
	var act *PairAction
	err := p.store.Tx(func(tx *store.Tx) error {
		v, err := findPair(tx, ref)
		if err != nil {
			return err
		}
		if v.Pair.PausedUntil == nil || !v.Pair.PausedUntil.After(now) {
			return fmt.Errorf("program: pair%d is not paused", v.Pair.ID)
		}
		// The pause ends now rather than vanishing: the weeks it covered still do
		// not count as weeks without a meeting.
		if err := tx.SetPairPause(v.Pair.ID, &now); err != nil {
			return err
		}
		act = &PairAction{Pair: v.Pair}
		for _, pt := range []*store.Participant{&v.Mentee, &v.Mentor} {
			key := fmt.Sprintf("pairresume:p%d:%s:%s", v.Pair.ID, now.Format("20060102T150405"), pt.Role)
			told, err := p.tellPartner(tx, v, pt, key, templates.PairNotice{Event: templates.PairResumed}, note)
			if err != nil {
				return err
			}
			if told {
				act.Told = append(act.Told, pt.Email)
			}
		}
		return nil
	})
	if err == nil {
		p.notify()
	}
	return act, err
}

// Repair pairs the participant at addr with the participant at with, from today,
// in the cohort of addr's current pair. Their current pair (if still active) is
// ended for reason, both of its partners told (the re-paired one hears of the
// new partner); the new pair starts its own calendar today: the introduction
// goes out at the next tick, then its check-ins. The old pair's meetings, goals
// and mail stay on record under the old pair.
func (p *Program) Repair(addr, with string, reason templates.EndReason, note Note) (*PairAction, error) {
	if err := note.check(); err != nil {
		return nil, err
	}
	var act *PairAction
	err := p.store.Tx(func(tx *store.Tx) error {
		pt, err := tx.ParticipantByAddress(addr)
		if err != nil {
			return fmt.Errorf("program: no participant has the address %s", addr)
		}
		np, err := tx.ParticipantByAddress(with)
		if err != nil {
			return fmt.Errorf("program: no participant has the address %s (import them first)", with)
		}
		switch {
		case pt.ID == np.ID:
			return errors.New("program: a participant cannot be paired with themself")
		case pt.Role == np.Role:
			return fmt.Errorf("program: %s and %s are both %ss", pt.Email, np.Email, pt.Role)
		case pt.Status == store.StatusWithdrawn || np.Status == store.StatusWithdrawn:
			return errors.New("program: someone who left the program cannot be paired")
		}
		if np.Role == store.RoleMentee {
			// A mentee has one mentor at a time.
			if prs, err := tx.ActivePairs(np.ID); err != nil {
				return err
			} else if len(prs) > 0 {
				return fmt.Errorf("program: %s already has a mentor in pair%d: end or re-pair that pair first", np.Email, prs[0].ID)
			}
		}
		if prs, err := tx.ActivePairs(pt.ID); err != nil {
			return err
		} else if len(prs) > 1 {
			return fmt.Errorf("program: %s is in %d active pairs: end the one to replace with pair end, then re-pair", pt.Email, len(prs))
		}
		old, err := tx.CurrentPair(pt.ID)
		if err != nil {
			return fmt.Errorf("program: %s has never been in a pair: add the new pair with mentormail import", addr)
		}
		act = &PairAction{Pair: old.Pair}
		if old.Pair.Status == store.PairActive {
			if old.Partner(pt.ID).ID == np.ID {
				return fmt.Errorf("program: %s and %s are already paired", pt.Email, np.Email)
			}
			if act, err = p.endPair(tx, old, reason, note, map[int64]string{pt.ID: firstName(np)}); err != nil {
				return err
			}
		}
		mentor, mentee := pt.ID, np.ID
		if pt.Role == store.RoleMentee {
			mentor, mentee = np.ID, pt.ID
		}
		today := p.now().In(p.opts.Location).Format(time.DateOnly)
		pr, ch, err := tx.SaveRosterPair(old.Pair.CohortID, mentor, mentee, today)
		if err != nil {
			return err
		}
		if ch != store.RosterAdded {
			return fmt.Errorf("program: %s and %s are already paired", pt.Email, np.Email)
		}
		act.NewPair = pr
		return nil
	})
	if err == nil {
		p.notify()
	}
	return act, err
}

// Cohort states, as `mentormail cohorts` prints them.
const (
	CohortUpcoming = "upcoming"
	CohortRunning  = "running"
	CohortOver     = "over"
)

// CohortInfo is one cohort as the committee lists them.
type CohortInfo struct {
	Name   string `json:"name"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Days   int    `json:"days"`
	State  string `json:"state"`
	Day    int    `json:"day"` // day of the session today (0 before it starts)
	Active int    `json:"active_pairs"`
	Paused int    `json:"paused_pairs"`
	Ended  int    `json:"ended_pairs"`
}

// ListCohorts returns every cohort, the latest start first, with its dates,
// where it stands at now in loc, and its pairs by state.
func ListCohorts(s CohortLister, now time.Time, loc *time.Location) ([]CohortInfo, error) {
	cs, err := s.CohortList(now)
	if err != nil {
		return nil, err
	}
	today := now.In(loc)
	out := make([]CohortInfo, 0, len(cs))
	for _, c := range cs {
		start, err := time.Parse(time.DateOnly, c.StartDate)
		if err != nil {
			return nil, fmt.Errorf("program: cohort %q has a bad start date %q", c.Name, c.StartDate)
		}
		end := start.AddDate(0, 0, c.Days)
		ci := CohortInfo{Name: c.Name, Start: c.StartDate, End: end.Format(time.DateOnly), Days: c.Days,
			Active: c.Active, Paused: c.Paused, Ended: c.Ended}
		d := daysBetween(start, today)
		switch {
		case d < 0:
			ci.State = CohortUpcoming
		case d <= c.Days:
			ci.State, ci.Day = CohortRunning, d
		default:
			ci.State, ci.Day = CohortOver, c.Days
		}
		out = append(out, ci)
	}
	return out, nil
}
