package store

import (
	"fmt"
	"time"
)

// Export is everything stored about one participant, sealed text opened.
type Export struct {
	Profile       ExportProfile        `json:"profile"`
	Addresses     []string             `json:"alternate_addresses"`
	Pairs         []ExportPair         `json:"pairs"`
	Meetings      []ExportMeeting      `json:"meetings"`
	Goals         []ExportGoal         `json:"goals"`
	Questions     []ExportQuestion     `json:"questions"`
	SurveyAnswers []ExportSurveyAnswer `json:"survey_answers"`
	Inbound       []ExportInbound      `json:"inbound_messages"`
	Outbox        []ExportOutbox       `json:"outbox_messages"`
	Review        []ExportReview       `json:"review_items"`
}

// ExportProfile is the participant's profile.
type ExportProfile struct {
	ID          int64      `json:"id"`
	Email       string     `json:"email"`
	Name        string     `json:"name"`
	Role        string     `json:"role"`
	Language    string     `json:"language"`
	TimeZone    string     `json:"time_zone"`
	Province    string     `json:"province"`
	Background  string     `json:"background"`
	CVURL       string     `json:"cv_url"`
	LinkedInURL string     `json:"linkedin_url"`
	CareerGoals string     `json:"career_goals"`
	Interests   []string   `json:"interests"`
	Status      string     `json:"status"`
	PausedUntil *time.Time `json:"paused_until"`
	BounceCount int        `json:"bounce_count"`
	MailStopped bool       `json:"mail_stopped"`
	CreatedAt   time.Time  `json:"created_at"`
	// FewerReminders, DigestOff and AwayUntil are the mail settings their replies set.
	FewerReminders bool       `json:"fewer_reminders"`
	DigestOff      bool       `json:"digest_off"`
	AwayUntil      *time.Time `json:"away_until"`
}

// ExportPair is one of the participant's pairs.
type ExportPair struct {
	ID          int64  `json:"id"`
	Cohort      string `json:"cohort"`
	Role        string `json:"role"`
	PartnerName string `json:"partner_name"`
	StartDate   string `json:"start_date"`
	Status      string `json:"status"`
}

// ExportMeeting is a meeting the participant logged.
type ExportMeeting struct {
	ID          int64      `json:"id"`
	PairID      int64      `json:"pair_id"`
	Date        string     `json:"date"`
	Minutes     int        `json:"minutes"`
	Mode        string     `json:"mode"`
	Topics      []string   `json:"topics"`
	Notes       string     `json:"notes"`
	NextMeeting string     `json:"next_meeting"`
	UndoneAt    *time.Time `json:"undone_at"`
	CreatedAt   time.Time  `json:"created_at"`
}

// ExportGoal is a goal the participant set, with its updates.
type ExportGoal struct {
	ID        int64              `json:"id"`
	PairID    int64              `json:"pair_id"`
	Number    int                `json:"number"`
	Title     string             `json:"title"`
	Horizon   string             `json:"horizon"`
	Status    string             `json:"status"`
	UndoneAt  *time.Time         `json:"undone_at"`
	CreatedAt time.Time          `json:"created_at"`
	Updates   []ExportGoalUpdate `json:"updates"`
}

// ExportGoalUpdate is one change to a goal.
type ExportGoalUpdate struct {
	Status     string     `json:"status"`
	PrevStatus string     `json:"prev_status"`
	Note       string     `json:"note"`
	UndoneAt   *time.Time `json:"undone_at"`
	CreatedAt  time.Time  `json:"created_at"`
}

// ExportQuestion is a question the participant asked the committee.
type ExportQuestion struct {
	ID         int64      `json:"id"`
	PairID     *int64     `json:"pair_id"`
	Text       string     `json:"text"`
	State      string     `json:"state"`
	AnsweredBy string     `json:"answered_by"`
	AnsweredAt *time.Time `json:"answered_at"`
	CreatedAt  time.Time  `json:"created_at"`
}

// ExportSurveyAnswer is a survey answer the participant gave.
type ExportSurveyAnswer struct {
	PairID    int64     `json:"pair_id"`
	Rating    int       `json:"rating"`
	Comment   string    `json:"comment"`
	CreatedAt time.Time `json:"created_at"`
}

// ExportInbound is a message received from the participant. Raw is "" once purged.
type ExportInbound struct {
	ID         int64     `json:"id"`
	From       string    `json:"from"`
	Class      string    `json:"class"`
	Outcome    string    `json:"outcome"`
	Reason     string    `json:"reason"`
	Size       int       `json:"size"`
	ReceivedAt time.Time `json:"received_at"`
	Raw        string    `json:"raw"`
}

// ExportOutbox is a message made for the participant.
type ExportOutbox struct {
	ID        int64      `json:"id"`
	Kind      string     `json:"kind"`
	To        string     `json:"to"`
	State     string     `json:"state"`
	DueAt     time.Time  `json:"due_at"`
	SentAt    *time.Time `json:"sent_at"`
	Subject   string     `json:"subject"`
	Text      string     `json:"text"`
	CreatedAt time.Time  `json:"created_at"`
}

// ExportParticipant returns everything stored about the participant with the
// address (primary or alternate), sealed text opened; ErrNotFound if none.
func (s *Store) ExportParticipant(addr string) (*Export, error) {
	var e *Export
	err := s.Tx(func(tx *Tx) error {
		var err error
		e, err = tx.export(addr)
		return err
	})
	return e, err
}

func (t *Tx) export(addr string) (*Export, error) {
	sub, err := t.subject(addr)
	if err != nil {
		return nil, err
	}
	p := sub.p
	e := &Export{Addresses: sub.addrs[1:], Profile: ExportProfile{ID: p.ID, Email: p.Email, Name: p.Name, Role: p.Role,
		Language: p.Language, TimeZone: p.TimeZone, Province: p.Province, Background: p.Background, CVURL: p.CVURL,
		LinkedInURL: p.LinkedInURL, CareerGoals: p.CareerGoals, Interests: SplitKeys(p.Interests), Status: p.Status,
		PausedUntil: p.PausedUntil, BounceCount: p.BounceCount, MailStopped: p.MailStopped, CreatedAt: p.CreatedAt,
		FewerReminders: p.FewerReminders, DigestOff: p.DigestOff, AwayUntil: p.AwayUntil},
		Pairs: []ExportPair{}, Meetings: []ExportMeeting{}, Goals: []ExportGoal{}, Questions: []ExportQuestion{},
		SurveyAnswers: []ExportSurveyAnswer{}, Inbound: []ExportInbound{}, Outbox: []ExportOutbox{}, Review: []ExportReview{}}
	if e.Addresses == nil {
		e.Addresses = []string{}
	}
	for _, pr := range sub.pairs {
		v, err := t.LoadPair(pr.ID)
		if err != nil {
			return nil, err
		}
		role := RoleMentor
		if pr.MenteeID == p.ID {
			role = RoleMentee
		}
		e.Pairs = append(e.Pairs, ExportPair{ID: pr.ID, Cohort: v.Cohort.Name, Role: role, PartnerName: v.Partner(p.ID).Name,
			StartDate: pr.StartDate, Status: pr.Status})
	}
	if err := t.exportMeetings(e, p.ID); err != nil {
		return nil, err
	}
	if err := t.exportGoals(e, p.ID); err != nil {
		return nil, err
	}
	if err := t.exportQuestions(e, p.ID); err != nil {
		return nil, err
	}
	if err := t.exportMessages(e, sub); err != nil {
		return nil, err
	}
	return e, nil
}

func (t *Tx) exportMeetings(e *Export, pid int64) error {
	var ms []Meeting
	if err := t.db.Where("logged_by_id = ?", pid).Order("date, id").Find(&ms).Error; err != nil {
		return fmt.Errorf("store: meetings of participant %d: %w", pid, err)
	}
	for _, m := range ms {
		notes, err := t.seal.open(m.NotesSealed)
		if err != nil {
			return err
		}
		e.Meetings = append(e.Meetings, ExportMeeting{ID: m.ID, PairID: m.PairID, Date: m.Date, Minutes: m.Minutes, Mode: m.Mode,
			Topics: SplitKeys(m.Topics), Notes: notes, NextMeeting: m.NextMeeting, UndoneAt: m.UndoneAt, CreatedAt: m.CreatedAt})
	}
	return nil
}

func (t *Tx) exportGoals(e *Export, pid int64) error {
	var gs []Goal
	if err := t.db.Where("owner_id = ?", pid).Order("pair_id, number").Find(&gs).Error; err != nil {
		return fmt.Errorf("store: goals of participant %d: %w", pid, err)
	}
	for _, g := range gs {
		title, err := t.seal.open(g.TitleSealed)
		if err != nil {
			return err
		}
		eg := ExportGoal{ID: g.ID, PairID: g.PairID, Number: g.Number, Title: title, Horizon: g.Horizon, Status: g.Status,
			UndoneAt: g.UndoneAt, CreatedAt: g.CreatedAt, Updates: []ExportGoalUpdate{}}
		var ups []GoalUpdate
		if err := t.db.Where("goal_id = ?", g.ID).Order("id").Find(&ups).Error; err != nil {
			return fmt.Errorf("store: updates of goal %d: %w", g.ID, err)
		}
		for _, u := range ups {
			note, err := t.seal.open(u.NoteSealed)
			if err != nil {
				return err
			}
			eg.Updates = append(eg.Updates, ExportGoalUpdate{Status: u.Status, PrevStatus: u.PrevStatus, Note: note,
				UndoneAt: u.UndoneAt, CreatedAt: u.CreatedAt})
		}
		e.Goals = append(e.Goals, eg)
	}
	return nil
}

func (t *Tx) exportQuestions(e *Export, pid int64) error {
	var qs []Question
	if err := t.db.Where("participant_id = ?", pid).Order("id").Find(&qs).Error; err != nil {
		return fmt.Errorf("store: questions of participant %d: %w", pid, err)
	}
	for _, q := range qs {
		text, err := t.seal.open(q.TextSealed)
		if err != nil {
			return err
		}
		e.Questions = append(e.Questions, ExportQuestion{ID: q.ID, PairID: q.PairID, Text: text, State: q.State,
			AnsweredBy: q.AnsweredBy, AnsweredAt: q.AnsweredAt, CreatedAt: q.CreatedAt})
	}
	var as []SurveyAnswer
	if err := t.db.Where("participant_id = ?", pid).Order("id").Find(&as).Error; err != nil {
		return fmt.Errorf("store: survey answers of participant %d: %w", pid, err)
	}
	for _, a := range as {
		comment, err := t.seal.open(a.CommentSealed)
		if err != nil {
			return err
		}
		e.SurveyAnswers = append(e.SurveyAnswers, ExportSurveyAnswer{PairID: a.PairID, Rating: a.Rating, Comment: comment, CreatedAt: a.CreatedAt})
	}
	return nil
}

func (t *Tx) exportMessages(e *Export, sub *subject) error {
	if len(sub.inbound) > 0 {
		var ins []Inbound
		if err := t.db.Where("id IN ?", sub.inbound).Order("id").Find(&ins).Error; err != nil {
			return fmt.Errorf("store: messages of participant %d: %w", sub.p.ID, err)
		}
		for _, in := range ins {
			raw, err := t.seal.open(in.RawSealed)
			if err != nil {
				return err
			}
			e.Inbound = append(e.Inbound, ExportInbound{ID: in.ID, From: in.FromAddr, Class: in.Class, Outcome: in.Outcome,
				Reason: in.Reason, Size: in.Size, ReceivedAt: in.ReceivedAt, Raw: raw})
		}
	}
	if err := t.exportReview(e, sub); err != nil {
		return err
	}
	var rows []Outbox
	if err := t.db.Where("participant_id = ? OR to_addr IN ?", sub.p.ID, sub.addrs).Order("id").Find(&rows).Error; err != nil {
		return fmt.Errorf("store: mail to participant %d: %w", sub.p.ID, err)
	}
	for _, o := range rows {
		subj, err := t.seal.open(o.SubjectSealed)
		if err != nil {
			return err
		}
		text, err := t.seal.open(o.TextSealed)
		if err != nil {
			return err
		}
		e.Outbox = append(e.Outbox, ExportOutbox{ID: o.ID, Kind: o.Kind, To: o.ToAddr, State: o.State, DueAt: o.DueAt,
			SentAt: o.SentAt, Subject: subj, Text: text, CreatedAt: o.CreatedAt})
	}
	return nil
}
