package program

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mentormail/mentormail/invite"
	"github.com/mentormail/mentormail/parser"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Planned meetings: a reply that plans the pair's next meeting ("Next meeting
// Thursday at 2") becomes a planned meeting, and both partners get a calendar
// invitation for it, each in their own zone and language. A reply that moves it
// sends an update (a higher SEQUENCE, same UID); one that cancels it sends a
// cancellation (RFC 5546 sections 3.2.2 and 3.2.5).

// applyPlan carries out the plan a reply makes, moves or cancels, and returns
// what it did for the inbound row's reason ("" when nothing).
func (p *Program) applyPlan(tx *store.Tx, st *replyState, plan *parser.Plan) (string, error) {
	if st.v == nil || st.v.Pair.Status != store.PairActive {
		return "", nil
	}
	now := p.now()
	loc := p.location(st.pt)
	upcoming, err := tx.UpcomingPlanned(st.v.Pair.ID, now)
	if err != nil {
		return "", err
	}
	answered := p.plannedOfInvite(tx, st)
	if plan.Cancel {
		pm := pickPlanned(upcoming, answered, string(plan.Date))
		if pm == nil {
			return "", nil
		}
		pm.State, pm.Sequence = store.PlanCancelled, pm.Sequence+1
		if err := tx.UpdatePlanned(pm.ID, map[string]any{"state": pm.State, "sequence": pm.Sequence, "updated_at": now}); err != nil {
			return "", err
		}
		return "meeting cancelled", p.sendInvites(tx, st.v, pm, st.pt.ID, templates.InviteCancel)
	}
	start, allDay, ok := planStart(plan, loc)
	if !ok || !start.After(now) {
		return "", nil // a plan for a time already past plans nothing
	}
	var pm *store.PlannedMeeting
	if plan.Change {
		pm = pickPlanned(upcoming, answered, "")
	} else {
		pm = pickPlanned(upcoming, nil, string(plan.Date))
	}
	if pm != nil {
		minutes, mode := pm.Minutes, pm.Mode
		if plan.Minutes > 0 {
			minutes = int(plan.Minutes)
		}
		if plan.Mode != "" {
			mode = string(plan.Mode)
		}
		if pm.StartsAt.Equal(start) && pm.AllDay == allDay && pm.Minutes == minutes && pm.Mode == mode {
			return "meeting planned", nil // the same plan said again: nothing to send
		}
		pm.StartsAt, pm.AllDay, pm.Minutes, pm.Mode = start.UTC(), allDay, minutes, mode
		pm.LocalDate, pm.LocalTime, pm.TimeZone = string(plan.Date), plan.Time, loc.String()
		pm.Sequence++
		// A moved meeting is answered afresh (RFC 5546 section 2.1.4).
		pm.MentorReply, pm.MenteeReply = "", ""
		err := tx.UpdatePlanned(pm.ID, map[string]any{"starts_at": pm.StartsAt, "all_day": allDay, "minutes": minutes,
			"mode": mode, "local_date": pm.LocalDate, "local_time": pm.LocalTime, "time_zone": pm.TimeZone,
			"sequence": pm.Sequence, "mentor_reply": "", "mentee_reply": "", "updated_at": now})
		if err != nil {
			return "", err
		}
		return "meeting moved", p.sendInvites(tx, st.v, pm, st.pt.ID, templates.InviteUpdate)
	}
	uid, err := p.newUID()
	if err != nil {
		return "", err
	}
	pm = &store.PlannedMeeting{PairID: st.v.Pair.ID, PlannedByID: st.pt.ID, InboundID: &st.in.ID, UID: uid,
		StartsAt: start, AllDay: allDay, LocalDate: string(plan.Date), LocalTime: plan.Time, TimeZone: loc.String(),
		Minutes: int(plan.Minutes), Mode: string(plan.Mode), State: store.PlanPlanned, CreatedAt: now, UpdatedAt: now}
	if err := tx.AddPlanned(pm); err != nil {
		return "", err
	}
	return "meeting planned", p.sendInvites(tx, st.v, pm, st.pt.ID, templates.InviteNew)
}

// planStart is the instant a plan names in the writer's zone loc: its day at its
// time, or the day's start for a plan without a time (allDay).
func planStart(plan *parser.Plan, loc *time.Location) (start time.Time, allDay bool, ok bool) {
	day, err := plan.Date.Time(loc)
	if err != nil {
		return time.Time{}, false, false
	}
	if plan.Time == "" {
		return day, true, true
	}
	hm, err := time.Parse("15:04", plan.Time)
	if err != nil {
		return time.Time{}, false, false
	}
	// time.Date resolves the wall clock in loc on that day, DST and all.
	return time.Date(day.Year(), day.Month(), day.Day(), hm.Hour(), hm.Minute(), 0, 0, loc), false, true
}

// pickPlanned chooses the planned meeting a change or cancellation is about:
// the one whose invitation the reply answers, else the one on day (the
// writer's date), else, with no day, the next one.
func pickPlanned(upcoming []store.PlannedMeeting, answered *store.PlannedMeeting, day string) *store.PlannedMeeting {
	if answered != nil && answered.State == store.PlanPlanned && (day == "" || answered.LocalDate == day) {
		return answered
	}
	for i := range upcoming {
		if day == "" || upcoming[i].LocalDate == day {
			return &upcoming[i]
		}
	}
	return nil
}

// plannedOfInvite returns the planned meeting whose invitation the reply
// answers, from the invitation's idempotency key, or nil.
func (p *Program) plannedOfInvite(tx *store.Tx, st *replyState) *store.PlannedMeeting {
	var id int64
	var ok bool
	switch st.targetKind() {
	case templates.KindMeetingInvite:
		id, ok = inviteKeyPlanned(st.target.IdemKey)
	case templates.KindMeetingHappened:
		id, ok = happenedKeyPlanned(st.target.IdemKey)
	}
	if !ok {
		return nil
	}
	pm, err := tx.PlannedByID(id)
	if err != nil || st.v == nil || pm.PairID != st.v.Pair.ID {
		return nil
	}
	return pm
}

// inviteKey is the idempotency key of one partner's invitation at one sequence.
func inviteKey(pmID int64, seq int, participantID int64) string {
	return fmt.Sprintf("invite:%d:%d:%d", pmID, seq, participantID)
}

// inviteKeyPlanned reads the planned meeting's id from an invitation's key.
func inviteKeyPlanned(key string) (int64, bool) {
	rest, ok := strings.CutPrefix(key, "invite:")
	if !ok {
		return 0, false
	}
	id, _, _ := strings.Cut(rest, ":")
	n, err := strconv.ParseInt(id, 10, 64)
	return n, err == nil
}

// newUID makes a planned meeting's UID: random, so it is unique across
// databases and says nothing of the pair (RFC 7986 section 5.3).
func (p *Program) newUID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("program: unable to make a calendar uid: %w", err)
	}
	return hex.EncodeToString(b[:]) + "@" + p.opts.Address.Domain, nil
}

// sendInvites sends both partners the invitation (or its update or
// cancellation) at the planned meeting's current sequence.
func (p *Program) sendInvites(tx *store.Tx, v *store.PairView, pm *store.PlannedMeeting, plannerID int64, change templates.InviteChange) error {
	method := invite.MethodRequest
	if change == templates.InviteCancel {
		method = invite.MethodCancel
	}
	organizer := invite.Person{Name: p.opts.FromName, Email: p.opts.Address.String()}
	attendees := []invite.Person{{Name: v.Mentor.Name, Email: v.Mentor.Email}, {Name: v.Mentee.Name, Email: v.Mentee.Email}}
	for _, pt := range []*store.Participant{&v.Mentor, &v.Mentee} {
		if pt.MailStopped || pt.Status != store.StatusActive || store.IsForgotten(pt) {
			continue
		}
		loc := p.location(pt)
		start := pm.StartsAt.In(loc)
		if pm.AllDay {
			// A day is the writer's day, whatever the reader's zone.
			if d, err := time.ParseInLocation(time.DateOnly, pm.LocalDate, loc); err == nil {
				start = d
			}
		}
		partner := v.Partner(pt.ID)
		data := templates.MeetingInvite{Name: firstName(pt), PartnerName: firstName(partner), PlannedByMe: pt.ID == plannerID,
			Change: change, Start: start, AllDay: pm.AllDay, TimeZone: loc.String(), Minutes: pm.Minutes, Mode: templates.Mode(pm.Mode)}
		ev := &invite.Event{UID: pm.UID, Sequence: pm.Sequence, Stamp: p.now(), Start: start, AllDay: pm.AllDay,
			Minutes: pm.Minutes, Organizer: organizer, Attendees: attendees}
		_, err := p.enqueue(tx, outMail{key: inviteKey(pm.ID, pm.Sequence, pt.ID), kind: templates.KindMeetingInvite,
			lang: pt.Language, to: pt.Email, participant: pt, pairID: v.Pair.ID, due: p.now(), data: data,
			invite: ev, inviteMethod: method})
		if err != nil {
			return err
		}
	}
	return nil
}

// errNoEvent is returned when an invitation's template has no "event" title.
var errNoEvent = errors.New("program: the invitation template gives no event title")

// applyCalendarReply records a partner's answer to an invitation (an iTIP
// REPLY: accepted, declined, tentative) on the planned meeting, and answers
// nothing: the message is an automatic reply. An answer that names no known
// meeting, comes from someone else than the attendee, or answers an older
// version of the meeting changes nothing.
func (p *Program) applyCalendarReply(tx *store.Tx, in *store.Inbound, raw []byte, r *parser.Reply) error {
	in.Reason = "not answered: calendar reply"
	rep, err := invite.ReadReply([]byte(r.CalendarReply))
	if err != nil {
		in.Reason += " (unreadable)"
		_, err := tx.InsertInbound(in, raw)
		return err
	}
	pt, err := tx.ParticipantByAddress(r.Envelope.From)
	if errors.Is(err, store.ErrNotFound) {
		in.Reason += " from an unknown sender"
		_, err := tx.InsertInbound(in, raw)
		return err
	}
	if err != nil {
		return err
	}
	in.ParticipantID = &pt.ID
	note, err := p.recordCalendarReply(tx, pt, rep)
	if err != nil {
		return err
	}
	in.Reason += note
	_, err = tx.InsertInbound(in, raw)
	return err
}

// recordCalendarReply sets pt's answer on the planned meeting rep names, and
// says what it did for the inbound row's reason.
func (p *Program) recordCalendarReply(tx *store.Tx, pt *store.Participant, rep *invite.Reply) (string, error) {
	pm, err := tx.PlannedByUID(rep.UID)
	if errors.Is(err, store.ErrNotFound) {
		return " for an unknown meeting", nil
	}
	if err != nil {
		return "", err
	}
	v, err := tx.LoadPair(pm.PairID)
	if err != nil {
		return "", err
	}
	column := ""
	switch pt.ID {
	case v.Mentor.ID:
		column = "mentor_reply"
	case v.Mentee.ID:
		column = "mentee_reply"
	default:
		return " for another pair's meeting", nil
	}
	if ok, err := tx.HasAddress(pt, rep.Attendee); err != nil || !ok {
		return " for another attendee", err
	}
	if rep.Sequence < pm.Sequence {
		return " to an earlier version", nil // the meeting has moved since (RFC 5546 section 2.1.5)
	}
	switch rep.PartStat {
	case invite.Accepted, invite.Declined, invite.Tentative:
	default:
		return " without an answer", nil
	}
	if err := tx.UpdatePlanned(pm.ID, map[string]any{column: rep.PartStat, "updated_at": p.now()}); err != nil {
		return "", err
	}
	return ": " + strings.ToLower(rep.PartStat), nil
}
