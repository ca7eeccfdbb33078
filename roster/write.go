package roster

import (
	"fmt"

	"github.com/mentormail/mentormail/store"
)

// resolve finds the person an address in pairs.csv names: a row of
// participants.csv (by primary or alternate address) or, failing that, a
// participant already in the database. It returns nil when there is neither.
func (im *importer) resolve(addr string) (*member, error) {
	if m, ok := im.known[addr]; ok {
		return m, nil
	}
	var m *member
	if ps, ok := im.owners[addr]; ok {
		m = &member{email: ps.p.Email, role: ps.p.Role}
		cur, err := im.tx.RosterParticipant(ps.p.Email)
		if err != nil {
			return nil, err
		}
		if cur != nil {
			m.id = cur.ID
		}
	} else {
		cur, err := im.tx.RosterParticipant(addr)
		if err != nil {
			return nil, err
		}
		if cur != nil {
			m = &member{email: cur.Email, role: cur.Role, id: cur.ID, withdrawn: cur.Status == store.StatusWithdrawn}
		}
	}
	im.known[addr] = m
	return m, nil
}

// checkPairs reports pairs naming unknown people, a person paired with
// themself, a mentor in the mentee column or the reverse, a pair listed twice,
// and a mentee given two mentors in the cohort.
func (im *importer) checkPairs(prs []*pairRow) error {
	im.known = map[string]*member{}
	existing := map[int64]int64{} // mentee id -> mentor id, active pairs of the cohort
	if im.cohort != nil {
		pairs, err := im.tx.RosterPairs(im.cohort.ID)
		if err != nil {
			return err
		}
		for _, p := range pairs {
			existing[p.MenteeID] = p.MentorID
		}
	}
	type seen struct {
		line   int
		mentor string
	}
	pairLine := map[[2]string]int{}
	menteeOf := map[string]seen{}
	for _, pr := range prs {
		mentor, err := im.resolve(pr.mentor)
		if err != nil {
			return err
		}
		mentee, err := im.resolve(pr.mentee)
		if err != nil {
			return err
		}
		if !im.checkMembers(pr, mentor, mentee) {
			continue
		}
		key := [2]string{mentor.email, mentee.email}
		if line, dup := pairLine[key]; dup {
			im.errs = append(im.errs, pr.t.errAt(pr.r, colMentee, "duplicate pair: %s and %s are already paired on line %d", mentor.email, mentee.email, line))
			continue
		}
		pairLine[key] = pr.r.line()
		if first, dup := menteeOf[mentee.email]; dup {
			im.errs = append(im.errs, pr.t.errAt(pr.r, colMentee, "%s is already the mentee of %s on line %d; a mentee has one mentor in a cohort",
				mentee.email, first.mentor, first.line))
			continue
		}
		menteeOf[mentee.email] = seen{pr.r.line(), mentor.email}
		if other, ok := existing[mentee.id]; ok && mentee.id != 0 && other != mentor.id {
			im.errs = append(im.errs, pr.t.errAt(pr.r, colMentee, "%s already has another mentor in cohort %s; import does not end pairs",
				mentee.email, im.opts.Cohort))
			continue
		}
		pr.mentorM, pr.menteeM = mentor, mentee
	}
	return nil
}

// checkMembers checks one pair's two people; it reports whether they can be paired.
func (im *importer) checkMembers(pr *pairRow, mentor, mentee *member) bool {
	ok := true
	for _, c := range []struct {
		col, addr, want string
		m               *member
	}{{colMentor, pr.mentor, store.RoleMentor, mentor}, {colMentee, pr.mentee, store.RoleMentee, mentee}} {
		switch {
		case c.m == nil && im.rejected[c.addr]:
			ok = false // its row's errors are reported already
		case c.m == nil:
			im.errs = append(im.errs, pr.t.errAt(pr.r, c.col, "%s is not in the participants file nor in the database", c.addr))
			ok = false
		case c.m.withdrawn:
			im.errs = append(im.errs, pr.t.errAt(pr.r, c.col, "%s has left the program", c.addr))
			ok = false
		}
	}
	if !ok {
		return false
	}
	if mentor.email == mentee.email {
		im.errs = append(im.errs, pr.t.errAt(pr.r, colMentee, "%s cannot be paired with themself", mentee.email))
		return false
	}
	for _, c := range []struct {
		col, want string
		m         *member
	}{{colMentor, store.RoleMentor, mentor}, {colMentee, store.RoleMentee, mentee}} {
		if c.m.role != c.want {
			im.errs = append(im.errs, pr.t.errAt(pr.r, c.col, "role mismatch: %s is a %s, not a %s", c.m.email, c.m.role, c.want))
			ok = false
		}
	}
	return ok
}

// write saves the cohort, the participants and the pairs, counting what changed.
func (im *importer) write(sum *Summary, people []*person, prs []*pairRow) error {
	c, ch, err := im.tx.SaveRosterCohort(im.opts.Cohort, im.opts.Start, im.opts.Days)
	if err != nil {
		return fmt.Errorf("roster: %w", err)
	}
	sum.Cohort, sum.CohortChange = *c, ch
	for _, ps := range people {
		p := ps.p
		p.CohortID = &c.ID
		ch, err := im.tx.SaveRosterParticipant(&p, ps.alternates)
		if err != nil {
			return fmt.Errorf("roster: %w", err)
		}
		sum.Participants.add(ch)
		im.ids[p.Email] = p.ID
	}
	for _, pr := range prs {
		start := pr.start
		if start == "" {
			start = im.opts.Start
		}
		pair, ch, err := im.tx.SaveRosterPair(c.ID, im.idOf(pr.mentorM), im.idOf(pr.menteeM), start)
		if err != nil {
			return fmt.Errorf("roster: %w", err)
		}
		sum.Pairs.add(ch)
		if err := im.catchUp(sum, pair, ch); err != nil {
			return err
		}
	}
	return nil
}

func (im *importer) idOf(m *member) int64 {
	if id, ok := im.ids[m.email]; ok {
		return id
	}
	return m.id
}
