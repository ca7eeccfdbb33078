package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// ErrNotFound is returned by lookups that find nothing.
var ErrNotFound = errors.New("store: not found")

func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	return fmt.Errorf("store: %s: %w", what, err)
}

// InboundByKey returns the inbound row with the key, or ErrNotFound.
func (t *Tx) InboundByKey(key string) (*Inbound, error) {
	var in Inbound
	if err := t.db.Where("key = ?", key).Take(&in).Error; err != nil {
		return nil, notFound(err, "inbound "+key)
	}
	return &in, nil
}

// UpdateInbound sets fields of an inbound row, such as its outcome and reason.
func (t *Tx) UpdateInbound(id int64, fields map[string]any) error {
	if err := t.db.Model(&Inbound{}).Where("id = ?", id).Updates(fields).Error; err != nil {
		return fmt.Errorf("store: unable to update inbound %d: %w", id, err)
	}
	return nil
}

// OutboxByID returns an outbox row, or ErrNotFound.
func (t *Tx) OutboxByID(id int64) (*Outbox, error) {
	var o Outbox
	if err := t.db.Take(&o, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("outbox %d", id))
	}
	return &o, nil
}

// OutboxByMessageID returns the outbox row with the Message-ID (no angle brackets).
func (t *Tx) OutboxByMessageID(id string) (*Outbox, error) {
	var o Outbox
	if err := t.db.Where("message_id = ?", strings.Trim(id, "<> ")).Take(&o).Error; err != nil {
		return nil, notFound(err, "outbox message "+id)
	}
	return &o, nil
}

// ParticipantByID returns a participant, or ErrNotFound.
func (t *Tx) ParticipantByID(id int64) (*Participant, error) {
	var p Participant
	if err := t.db.Take(&p, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("participant %d", id))
	}
	return &p, nil
}

// ParticipantByAddress finds a participant by their primary or an alternate
// address (compared lower-cased), or returns ErrNotFound.
func (t *Tx) ParticipantByAddress(addr string) (*Participant, error) {
	addr = strings.ToLower(strings.TrimSpace(addr))
	var p Participant
	err := t.db.Where("email = ?", addr).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		var a Address
		if err2 := t.db.Where("address = ?", addr).Take(&a).Error; err2 != nil {
			return nil, notFound(err2, "participant "+addr)
		}
		err = t.db.Take(&p, a.ParticipantID).Error
	}
	if err != nil {
		return nil, notFound(err, "participant "+addr)
	}
	return &p, nil
}

// HasAddress reports whether addr is the participant's primary or alternate address.
func (t *Tx) HasAddress(p *Participant, addr string) (bool, error) {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if addr == p.Email {
		return true, nil
	}
	var n int64
	if err := t.db.Model(&Address{}).Where("participant_id = ? AND address = ?", p.ID, addr).Count(&n).Error; err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n > 0, nil
}

// CurrentPair returns the participant's pair: the active one that started last,
// else the latest ended one; ErrNotFound when they have none.
func (t *Tx) CurrentPair(participantID int64) (*PairView, error) {
	var pr Pair
	err := t.db.Where("mentor_id = ? OR mentee_id = ?", participantID, participantID).
		Order("CASE WHEN status = 'active' THEN 0 ELSE 1 END, start_date DESC, id DESC").Take(&pr).Error
	if err != nil {
		return nil, notFound(err, fmt.Sprintf("pair of participant %d", participantID))
	}
	return t.viewPair(&PairView{Pair: pr})
}

// UpdateParticipant sets fields of a participant.
func (t *Tx) UpdateParticipant(id int64, fields map[string]any) error {
	if err := t.db.Model(&Participant{}).Where("id = ?", id).Updates(fields).Error; err != nil {
		return fmt.Errorf("store: unable to update participant %d: %w", id, err)
	}
	return nil
}

// AddMeeting logs a meeting with its notes sealed.
// A meeting dated before the pair's session began is refused with a
// *MeetingRefusedError.
func (t *Tx) AddMeeting(m *Meeting, notes string) error {
	if err := t.checkMeetingDate(m); err != nil {
		return err
	}
	return t.insertMeeting(m, notes)
}

// AddPairMeeting is AddMeeting for a meeting of the pair v, read in this
// transaction: the session's first day is v's, not read again.
func (t *Tx) AddPairMeeting(v *PairView, m *Meeting, notes string) error {
	if v == nil || v.Pair.ID != m.PairID {
		return t.AddMeeting(m, notes)
	}
	if err := checkMeetingStart(m, v.Pair.StartDate, v.Cohort.StartDate); err != nil {
		return err
	}
	return t.insertMeeting(m, notes)
}

// insertMeeting inserts m with its notes sealed.
func (t *Tx) insertMeeting(m *Meeting, notes string) error {
	var err error
	if m.NotesSealed, err = t.seal.seal(notes); err != nil {
		return err
	}
	if err := t.db.Create(m).Error; err != nil {
		return fmt.Errorf("store: unable to log a meeting: %w", err)
	}
	return nil
}

// AddGoal records a new goal, numbered after its owner's last one in the pair:
// each partner's goals are numbered for them.
func (t *Tx) AddGoal(g *Goal, title string) error {
	var err error
	if g.TitleSealed, err = t.seal.seal(title); err != nil {
		return err
	}
	var max *int
	if err := t.db.Model(&Goal{}).Where("pair_id = ? AND owner_id = ?", g.PairID, g.OwnerID).Select("MAX(number)").Scan(&max).Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	g.Number = 1
	if max != nil {
		g.Number = *max + 1
	}
	if err := t.db.Create(g).Error; err != nil {
		return fmt.Errorf("store: unable to add a goal: %w", err)
	}
	return nil
}

// UpdateGoal changes a goal's state and records the update with its note sealed.
func (t *Tx) UpdateGoal(g *Goal, status string, note string, inboundID *int64) error {
	sealed, err := t.seal.seal(note)
	if err != nil {
		return err
	}
	u := GoalUpdate{GoalID: g.ID, InboundID: inboundID, Status: status, PrevStatus: g.Status, NoteSealed: sealed}
	if err := t.db.Create(&u).Error; err != nil {
		return fmt.Errorf("store: unable to record a goal update: %w", err)
	}
	if err := t.db.Model(g).Update("status", status).Error; err != nil {
		return fmt.Errorf("store: unable to update goal %d: %w", g.ID, err)
	}
	g.Status = status
	return nil
}

// Undone says what an undo took back.
type Undone struct {
	Meetings []Meeting
	Goals    []Goal // goals added by the undone message
	Updates  int    // goal updates reverted
	// Changes are the settings and meeting dates the message changed, now back
	// to what they were (unless changed again since).
	Changes []Change
}

// UndoLast takes back the effects (meetings, new goals, goal updates, changed
// settings and meeting dates) of the participant's latest message that had any
// and was not undone already. Each effect restores what was there before it: a
// goal's state becomes what its remaining updates say, so that taking back an
// update restores the state before it, and never erases a later change the
// partner made since; a setting changed again since keeps its later value.
func (t *Tx) UndoLast(participantID int64, now time.Time) (*Undone, error) {
	var ins []Inbound
	if err := t.db.Where("participant_id = ?", participantID).Order("id DESC").Limit(50).Find(&ins).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	for _, in := range ins {
		u := &Undone{}
		if err := t.db.Where("inbound_id = ? AND undone_at IS NULL", in.ID).Find(&u.Meetings).Error; err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if err := t.db.Where("inbound_id = ? AND undone_at IS NULL", in.ID).Find(&u.Goals).Error; err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		var ups []GoalUpdate
		if err := t.db.Where("inbound_id = ? AND undone_at IS NULL", in.ID).Order("id DESC").Find(&ups).Error; err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if err := t.db.Where("inbound_id = ? AND undone_at IS NULL", in.ID).Order("id DESC").Find(&u.Changes).Error; err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if len(u.Meetings)+len(u.Goals)+len(ups)+len(u.Changes) == 0 {
			continue
		}
		for _, m := range u.Meetings {
			if err := t.db.Model(&Meeting{}).Where("id = ?", m.ID).Update("undone_at", now).Error; err != nil {
				return nil, fmt.Errorf("store: %w", err)
			}
		}
		for _, g := range u.Goals {
			if err := t.db.Model(&Goal{}).Where("id = ?", g.ID).Update("undone_at", now).Error; err != nil {
				return nil, fmt.Errorf("store: %w", err)
			}
		}
		goals := map[int64]bool{}
		for _, up := range ups {
			if err := t.db.Model(&GoalUpdate{}).Where("id = ?", up.ID).Update("undone_at", now).Error; err != nil {
				return nil, fmt.Errorf("store: %w", err)
			}
			goals[up.GoalID] = true
		}
		for id := range goals {
			if err := t.restoreGoalStatus(id); err != nil {
				return nil, err
			}
		}
		for _, c := range u.Changes {
			if err := t.undoChange(c, now); err != nil {
				return nil, err
			}
		}
		u.Updates = len(ups)
		return u, nil
	}
	return &Undone{}, nil
}

// restoreGoalStatus sets a goal's state to what its updates not undone say: the
// latest one's, else the state it had before its first update.
func (t *Tx) restoreGoalStatus(goalID int64) error {
	var ups []GoalUpdate
	if err := t.db.Where("goal_id = ?", goalID).Order("id").Find(&ups).Error; err != nil {
		return fmt.Errorf("store: updates of goal %d: %w", goalID, err)
	}
	if len(ups) == 0 {
		return nil
	}
	status := ups[0].PrevStatus
	for _, up := range ups {
		if up.UndoneAt == nil {
			status = up.Status
		}
	}
	if err := t.db.Model(&Goal{}).Where("id = ?", goalID).Update("status", status).Error; err != nil {
		return fmt.Errorf("store: unable to restore goal %d: %w", goalID, err)
	}
	return nil
}

// RecordChange keeps the value a reply replaced, for undo. c.Prev and c.Value
// are the field's old and new values as text (RFC 3339 times, "true"/"false",
// dates).
func (t *Tx) RecordChange(c *Change) error {
	if err := t.db.Create(c).Error; err != nil {
		return fmt.Errorf("store: unable to record a change: %w", err)
	}
	return nil
}

// undoChange marks a change undone and restores the value it replaced, unless a
// later change to the same field, not undone, stands: then that one is kept.
func (t *Tx) undoChange(c Change, now time.Time) error {
	if err := t.db.Model(&Change{}).Where("id = ?", c.ID).Update("undone_at", now).Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	var later int64
	err := t.db.Model(&Change{}).Where("entity = ? AND entity_id = ? AND field = ? AND id > ? AND undone_at IS NULL",
		c.Entity, c.EntityID, c.Field, c.ID).Count(&later).Error
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if later > 0 {
		return nil
	}
	var model any
	switch c.Entity {
	case EntityParticipant:
		model = &Participant{}
	case EntityMeeting:
		model = &Meeting{}
	default:
		return fmt.Errorf("store: change %d: unknown entity %q", c.ID, c.Entity)
	}
	var value any
	switch c.Field {
	case FieldPausedUntil:
		value = nil
		if c.Prev != "" {
			at, err := time.Parse(time.RFC3339, c.Prev)
			if err != nil {
				return fmt.Errorf("store: change %d: %w", c.ID, err)
			}
			value = at.UTC()
		}
	case FieldFewerReminders, FieldDigestOff:
		value = c.Prev == "true"
	case FieldDate:
		value = c.Prev
	default:
		return fmt.Errorf("store: change %d: unknown field %q", c.ID, c.Field)
	}
	if err := t.db.Model(model).Where("id = ?", c.EntityID).Update(c.Field, value).Error; err != nil {
		return fmt.Errorf("store: unable to undo change %d: %w", c.ID, err)
	}
	return nil
}

// AddSurveyAnswer records a survey rating with its comment sealed.
func (t *Tx) AddSurveyAnswer(a *SurveyAnswer, comment string) error {
	var err error
	if a.CommentSealed, err = t.seal.seal(comment); err != nil {
		return err
	}
	if err := t.db.Create(a).Error; err != nil {
		return fmt.Errorf("store: unable to record a survey answer: %w", err)
	}
	return nil
}

// CountOutboxSince counts rows of the kinds made for a participant since a time.
func (t *Tx) CountOutboxSince(participantID int64, since time.Time, kinds []string) (int64, error) {
	var n int64
	err := t.db.Model(&Outbox{}).Where("participant_id = ? AND created_at >= ? AND kind IN ?", participantID, utc(since), kinds).Count(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// GoalByNumber returns the owner's goal with the number in the pair, or ErrNotFound.
func (t *Tx) GoalByNumber(pairID, ownerID int64, number int) (*Goal, error) {
	var g Goal
	if err := t.db.Where("pair_id = ? AND owner_id = ? AND number = ? AND undone_at IS NULL", pairID, ownerID, number).Take(&g).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("goal %d of participant %d in pair %d", number, ownerID, pairID))
	}
	return &g, nil
}

// AddQuestion records a participant's question with its text sealed.
func (t *Tx) AddQuestion(q *Question, text string) error {
	var err error
	if q.TextSealed, err = t.seal.seal(text); err != nil {
		return err
	}
	if err := t.db.Create(q).Error; err != nil {
		return fmt.Errorf("store: unable to record a question: %w", err)
	}
	return nil
}

// QuestionByID returns a question and its opened text, or ErrNotFound.
func (t *Tx) QuestionByID(id int64) (*Question, string, error) {
	var q Question
	if err := t.db.Take(&q, id).Error; err != nil {
		return nil, "", notFound(err, fmt.Sprintf("question %d", id))
	}
	text, err := t.seal.open(q.TextSealed)
	return &q, text, err
}

// UpdateQuestion sets fields of a question.
func (t *Tx) UpdateQuestion(id int64, fields map[string]any) error {
	if err := t.db.Model(&Question{}).Where("id = ?", id).Updates(fields).Error; err != nil {
		return fmt.Errorf("store: unable to update question %d: %w", id, err)
	}
	return nil
}

// Thread is what an answer to an inbound message needs to thread under it.
type Thread struct {
	// References is the message's own chain, oldest first, without angle brackets.
	References []string
	// Subject is the message's subject; empty once purged or when it had none.
	Subject string
}

// InboundThread returns the thread of the latest inbound message with the
// Message-ID id (a message's key begins with "mid:" and its id), or ErrNotFound.
func (t *Tx) InboundThread(id string) (Thread, error) {
	var in Inbound
	prefix := "mid:" + id + "#"
	// A range on the unique key, so the index answers it: keys of this id run
	// from "mid:<id>#" up to, not including, "mid:<id>$" ('$' follows '#').
	err := t.db.Select("id", "thread_refs", "subject_sealed").
		Where("key >= ? AND key < ?", prefix, "mid:"+id+"$").Order("id DESC").Take(&in).Error
	if err != nil {
		return Thread{}, notFound(err, "inbound message "+id)
	}
	return t.ThreadOf(&in)
}

// ThreadOf returns the thread of the inbound row in hand (its ThreadRefs and
// SubjectSealed), as InboundThread reads it from the database.
func (t *Tx) ThreadOf(in *Inbound) (Thread, error) {
	th := Thread{References: strings.Fields(in.ThreadRefs)}
	if in.SubjectSealed != nil {
		s, err := t.seal.open(in.SubjectSealed)
		if err != nil {
			return Thread{}, fmt.Errorf("store: unable to open the subject of inbound %d: %w", in.ID, err)
		}
		th.Subject = s
	}
	return th, nil
}
