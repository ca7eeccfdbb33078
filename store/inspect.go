package store

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The queries below read what the store holds, row by row, without the
// program's views: the tests of other packages check with them what a message
// or a tick left behind, and the demo counts with them. They keep gorm inside
// the store: no other package imports it, and the store has no DB() accessor.

// OutboxQuery selects outbox rows; each zero field selects every row.
type OutboxQuery struct {
	AfterID        int64     // id above
	ToAddr         string    // recipient
	ToAddrs        []string  // recipient is one of these
	Kinds          []string  // kind is one of these
	NotKinds       []string  // kind is none of these
	KindPrefix     string    // kind starts with this
	State          string    // state is
	NotState       string    // state is not
	PairID         int64     // about this pair
	IdemKey        string    // idempotency key is
	IdemKeyPrefix  string    // idempotency key starts with this
	CreatedAfter   time.Time // created after
	HasParticipant bool      // addressed to a participant (not the committee)
}

func (q OutboxQuery) apply(db *gorm.DB) *gorm.DB {
	db = db.Model(&Outbox{})
	if q.AfterID != 0 {
		db = db.Where("id > ?", q.AfterID)
	}
	if q.ToAddr != "" {
		db = db.Where("to_addr = ?", q.ToAddr)
	}
	if len(q.ToAddrs) > 0 {
		db = db.Where("to_addr IN ?", q.ToAddrs)
	}
	if len(q.Kinds) > 0 {
		db = db.Where("kind IN ?", q.Kinds)
	}
	if len(q.NotKinds) > 0 {
		db = db.Where("kind NOT IN ?", q.NotKinds)
	}
	if q.KindPrefix != "" {
		db = db.Where("kind LIKE ?", q.KindPrefix+"%")
	}
	if q.State != "" {
		db = db.Where("state = ?", q.State)
	}
	if q.NotState != "" {
		db = db.Where("state <> ?", q.NotState)
	}
	if q.PairID != 0 {
		db = db.Where("pair_id = ?", q.PairID)
	}
	if q.IdemKey != "" {
		db = db.Where("idem_key = ?", q.IdemKey)
	}
	if q.IdemKeyPrefix != "" {
		db = db.Where("idem_key LIKE ?", q.IdemKeyPrefix+"%")
	}
	if !q.CreatedAfter.IsZero() {
		db = db.Where("created_at > ?", utc(q.CreatedAfter))
	}
	if q.HasParticipant {
		db = db.Where("participant_id IS NOT NULL")
	}
	return db
}

// Outboxes returns the outbox rows q selects, by id.
func (s *Store) Outboxes(q OutboxQuery) ([]Outbox, error) {
	var rows []Outbox
	if err := q.apply(s.db).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the outbox: %w", err)
	}
	return rows, nil
}

// CountOutbox counts the outbox rows q selects.
func (s *Store) CountOutbox(q OutboxQuery) (int64, error) {
	var n int64
	if err := q.apply(s.db).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the outbox: %w", err)
	}
	return n, nil
}

// LastOutbox returns the newest outbox row q selects, or ErrNotFound.
func (s *Store) LastOutbox(q OutboxQuery) (*Outbox, error) {
	var o Outbox
	if err := q.apply(s.db).Order("id DESC").Take(&o).Error; err != nil {
		return nil, notFound(err, "outbox")
	}
	return &o, nil
}

// OutboxRow returns the outbox row with the id, or ErrNotFound.
func (s *Store) OutboxRow(id int64) (*Outbox, error) {
	var o Outbox
	if err := s.db.Take(&o, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("outbox %d", id))
	}
	return &o, nil
}

// LastOutboxID returns the highest outbox id, or 0 for an empty outbox.
func (s *Store) LastOutboxID() (int64, error) {
	var id *int64
	if err := s.db.Model(&Outbox{}).Select("MAX(id)").Scan(&id).Error; err != nil {
		return 0, fmt.Errorf("store: unable to read the outbox: %w", err)
	}
	if id == nil {
		return 0, nil
	}
	return *id, nil
}

// InboundQuery selects inbound rows; each zero field selects every row.
type InboundQuery struct {
	Outcome      string   // InboundProcessed or InboundQuarantined
	Classes      []string // class is one of these
	Reason       string   // reason is
	ReasonPrefix string   // reason starts with this
	KeyPrefix    string   // key starts with this
	RawKept      bool     // the raw message is still kept
}

func (q InboundQuery) apply(db *gorm.DB) *gorm.DB {
	db = db.Model(&Inbound{})
	if q.Outcome != "" {
		db = db.Where("outcome = ?", q.Outcome)
	}
	if len(q.Classes) > 0 {
		db = db.Where("class IN ?", q.Classes)
	}
	if q.Reason != "" {
		db = db.Where("reason = ?", q.Reason)
	}
	if q.ReasonPrefix != "" {
		db = db.Where("reason LIKE ?", q.ReasonPrefix+"%")
	}
	if q.KeyPrefix != "" {
		db = db.Where("key LIKE ?", q.KeyPrefix+"%")
	}
	if q.RawKept {
		db = db.Where("raw_sealed IS NOT NULL")
	}
	return db
}

// CountInbounds counts the inbound rows q selects.
func (s *Store) CountInbounds(q InboundQuery) (int64, error) {
	var n int64
	if err := q.apply(s.db).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the inbound messages: %w", err)
	}
	return n, nil
}

// LastInbound returns the newest inbound row q selects, or ErrNotFound.
func (s *Store) LastInbound(q InboundQuery) (*Inbound, error) {
	var in Inbound
	if err := q.apply(s.db).Order("id DESC").Take(&in).Error; err != nil {
		return nil, notFound(err, "inbound")
	}
	return &in, nil
}

// CountInboundFailures counts the messages whose processing failed and that
// are waiting for another try.
func (s *Store) CountInboundFailures() (int64, error) {
	var n int64
	if err := s.db.Model(&InboundFailure{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the inbound failures: %w", err)
	}
	return n, nil
}

// MeetingQuery selects meetings; each zero field selects every row.
type MeetingQuery struct {
	PairID     int64  // of this pair
	LoggedByID int64  // logged by this participant
	Date       string // on this day (YYYY-MM-DD)
	Minutes    int    // this long
	Live       bool   // not undone
	ByDate     bool   // ordered by date, then id (otherwise by id)
}

func (q MeetingQuery) apply(db *gorm.DB) *gorm.DB {
	db = db.Model(&Meeting{})
	if q.PairID != 0 {
		db = db.Where("pair_id = ?", q.PairID)
	}
	if q.LoggedByID != 0 {
		db = db.Where("logged_by_id = ?", q.LoggedByID)
	}
	if q.Date != "" {
		db = db.Where("date = ?", q.Date)
	}
	if q.Minutes != 0 {
		db = db.Where("minutes = ?", q.Minutes)
	}
	if q.Live {
		db = db.Where("undone_at IS NULL")
	}
	return db
}

// Meetings returns the meetings q selects.
func (s *Store) Meetings(q MeetingQuery) ([]Meeting, error) {
	var rows []Meeting
	order := "id"
	if q.ByDate {
		order = "date, id"
	}
	if err := q.apply(s.db).Order(order).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the meetings: %w", err)
	}
	return rows, nil
}

// CountMeetings counts the meetings q selects.
func (s *Store) CountMeetings(q MeetingQuery) (int64, error) {
	var n int64
	if err := q.apply(s.db).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the meetings: %w", err)
	}
	return n, nil
}

// GoalQuery selects goals; each zero field selects every row.
type GoalQuery struct {
	OwnerID int64  // set by this participant
	Number  int    // with this number
	Status  string // in this status
	Live    bool   // not undone
}

// Goals returns the goals q selects, by number, then id.
func (s *Store) Goals(q GoalQuery) ([]Goal, error) {
	db := s.db.Model(&Goal{})
	if q.OwnerID != 0 {
		db = db.Where("owner_id = ?", q.OwnerID)
	}
	if q.Number != 0 {
		db = db.Where("number = ?", q.Number)
	}
	if q.Status != "" {
		db = db.Where("status = ?", q.Status)
	}
	if q.Live {
		db = db.Where("undone_at IS NULL")
	}
	var rows []Goal
	if err := db.Order("number, id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the goals: %w", err)
	}
	return rows, nil
}

// ParticipantByEmail returns the participant with the email (their main
// address), or ErrNotFound.
func (s *Store) ParticipantByEmail(email string) (*Participant, error) {
	var p Participant
	if err := s.db.Where("email = ?", email).Take(&p).Error; err != nil {
		return nil, notFound(err, "participant "+email)
	}
	return &p, nil
}

// Participant returns the participant with the id, or ErrNotFound.
func (s *Store) Participant(id int64) (*Participant, error) {
	var p Participant
	if err := s.db.Take(&p, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("participant %d", id))
	}
	return &p, nil
}

// CountBounced counts the participants with at least one bounce recorded.
func (s *Store) CountBounced() (int64, error) {
	var n int64
	if err := s.db.Model(&Participant{}).Where("bounce_count > 0").Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the participants: %w", err)
	}
	return n, nil
}

// Pair returns the pair with the id, or ErrNotFound.
func (s *Store) Pair(id int64) (*Pair, error) {
	var p Pair
	if err := s.db.Take(&p, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("pair %d", id))
	}
	return &p, nil
}

// AllPairs returns every pair, by id.
func (s *Store) AllPairs() ([]Pair, error) {
	var ps []Pair
	if err := s.db.Order("id").Find(&ps).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the pairs: %w", err)
	}
	return ps, nil
}

// CountPairs counts the pairs in status (PairActive or PairEnded; "" for all).
func (s *Store) CountPairs(status string) (int64, error) {
	db := s.db.Model(&Pair{})
	if status != "" {
		db = db.Where("status = ?", status)
	}
	var n int64
	if err := db.Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the pairs: %w", err)
	}
	return n, nil
}

// Cohort returns the cohort with the id, or ErrNotFound.
func (s *Store) Cohort(id int64) (*Cohort, error) {
	var c Cohort
	if err := s.db.Take(&c, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("cohort %d", id))
	}
	return &c, nil
}

// Question returns the question row with the id (its text sealed), or ErrNotFound.
func (s *Store) Question(id int64) (*Question, error) {
	var q Question
	if err := s.db.Take(&q, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("question %d", id))
	}
	return &q, nil
}

// QuestionsIn returns the question rows in state ("" for all), by id.
func (s *Store) QuestionsIn(state string) ([]Question, error) {
	db := s.db.Model(&Question{})
	if state != "" {
		db = db.Where("state = ?", state)
	}
	var qs []Question
	if err := db.Order("id").Find(&qs).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the questions: %w", err)
	}
	return qs, nil
}

// SurveyAnswers returns every survey answer, by id.
func (s *Store) SurveyAnswers() ([]SurveyAnswer, error) {
	var as []SurveyAnswer
	if err := s.db.Order("id").Find(&as).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the survey answers: %w", err)
	}
	return as, nil
}

// AllReviewItems returns every review item, open or resolved, by id.
func (s *Store) AllReviewItems() ([]ReviewItem, error) {
	var its []ReviewItem
	if err := s.db.Order("id").Find(&its).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the review items: %w", err)
	}
	return its, nil
}

// AllPlanned returns every planned meeting, by id.
func (s *Store) AllPlanned() ([]PlannedMeeting, error) {
	var pms []PlannedMeeting
	if err := s.db.Order("id").Find(&pms).Error; err != nil {
		return nil, fmt.Errorf("store: unable to read the planned meetings: %w", err)
	}
	return pms, nil
}

// Planned returns the planned meeting with the id, or ErrNotFound.
func (s *Store) Planned(id int64) (*PlannedMeeting, error) {
	var pm PlannedMeeting
	if err := s.db.Take(&pm, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("planned meeting %d", id))
	}
	return &pm, nil
}

// CountConsoleLinks counts the console sign-in links stored under tokenHash.
func (s *Store) CountConsoleLinks(tokenHash string) (int64, error) {
	var n int64
	if err := s.db.Model(&ConsoleLink{}).Where("token_hash = ?", tokenHash).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the console links: %w", err)
	}
	return n, nil
}

// CountConsoleSessions counts the console sessions stored under idHash.
func (s *Store) CountConsoleSessions(idHash string) (int64, error) {
	var n int64
	if err := s.db.Model(&ConsoleSession{}).Where("id_hash = ?", idHash).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the console sessions: %w", err)
	}
	return n, nil
}

// sealedColumns are the table.column of every sealed value.
var sealedColumns = []string{"goals.title_sealed", "goal_updates.note_sealed", "meetings.notes_sealed",
	"questions.text_sealed", "survey_answers.comment_sealed", "outbox.subject_sealed", "outbox.text_sealed",
	"outbox.html_sealed", "inbound.raw_sealed"}

// SealedTexts returns every sealed value the main tables hold, opened: the
// privacy tests look in it for what should have been erased.
func (s *Store) SealedTexts() ([]string, error) {
	var out []string
	for _, col := range sealedColumns {
		table, column, _ := strings.Cut(col, ".")
		var vals [][]byte
		if err := s.db.Table(table).Where(column+" IS NOT NULL").Pluck(column, &vals).Error; err != nil {
			return nil, fmt.Errorf("store: unable to read %s: %w", col, err)
		}
		for _, v := range vals {
			text, err := s.seal.open(v)
			if err != nil {
				return nil, err
			}
			out = append(out, text)
		}
	}
	return out, nil
}

// CountAddresses counts the participants' alternate addresses.
func (s *Store) CountAddresses() (int64, error) {
	var n int64
	if err := s.db.Model(&Address{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count the addresses: %w", err)
	}
	return n, nil
}

// Meeting returns the meeting with the id (its notes sealed), or ErrNotFound.
func (s *Store) Meeting(id int64) (*Meeting, error) {
	var m Meeting
	if err := s.db.Take(&m, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("meeting %d", id))
	}
	return &m, nil
}
