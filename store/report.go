package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// The committee's figures. Every query in this file reads dates, counts, keys and
// states only: none selects a sealed column, so a report cannot leak a note even
// by mistake.

// ReportData is what the committee's report on a cohort is computed from.
type ReportData struct {
	Cohort Cohort
	// Pairs are the cohort's pairs by id, with both partners.
	Pairs []PairView
	// Meetings are the cohort's meetings not undone, without their notes.
	Meetings []Meeting
	// Goals are the cohort's goals not undone: pair, owner and status only.
	Goals []Goal
	// Questions are the questions asked from the cohort's pairs, with the asker's name.
	Questions []QuestionRow
	// Ratings are the cohort's survey ratings, without their comments.
	Ratings []int
	// Introduced is when each pair's first introduction was made: a pair imported
	// after its start date is not lapsing for the days before it was introduced.
	Introduced map[int64]time.Time
}

// QuestionRow is a question as the committee's lists show it: who asked, when,
// where it stands; never its text.
type QuestionRow struct {
	ID            int64
	ParticipantID int64
	AskerName     string
	PairID        *int64
	State         string
	AnsweredBy    string
	AnsweredAt    *time.Time
	CreatedAt     time.Time
}

// ReportCohort returns the cohort with the name, or with name "" the one that
// started last; ErrNotFound when there is none.
func (s *Store) ReportCohort(name string) (*Cohort, error) {
	var c Cohort
	q := s.db.Order("start_date DESC, id DESC")
	if name != "" {
		q = s.db.Where("name = ?", name)
	}
	if err := q.Take(&c).Error; err != nil {
		if name == "" {
			name = "(latest)"
		}
		return nil, notFound(err, "cohort "+name)
	}
	return &c, nil
}

// ReportData reads the figures of a cohort.
func (s *Store) ReportData(cohortID int64) (*ReportData, error) { return reportData(s.db, cohortID) }

// ReportData reads the figures of a cohort inside the transaction.
func (t *Tx) ReportData(cohortID int64) (*ReportData, error) { return reportData(t.db, cohortID) }

func reportData(db *gorm.DB, cohortID int64) (*ReportData, error) {
	d := &ReportData{}
	if err := db.Take(&d.Cohort, cohortID).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("cohort %d", cohortID))
	}
	var pairs []Pair
	if err := db.Where("cohort_id = ?", cohortID).Order("id").Find(&pairs).Error; err != nil {
		return nil, fmt.Errorf("store: pairs of cohort %d: %w", cohortID, err)
	}
	// Sub-queries rather than lists of ids: a cohort of thousands of pairs would
	// pass SQLite's limit on bound variables.
	const inCohort = "(SELECT id FROM pairs WHERE cohort_id = ?)"
	var people []Participant
	err := db.Where("id IN (SELECT mentor_id FROM pairs WHERE cohort_id = ?) OR id IN (SELECT mentee_id FROM pairs WHERE cohort_id = ?)",
		cohortID, cohortID).Find(&people).Error
	if err != nil {
		return nil, fmt.Errorf("store: partners of cohort %d: %w", cohortID, err)
	}
	byID := map[int64]Participant{}
	for _, p := range people {
		byID[p.ID] = p
	}
	for _, p := range pairs {
		d.Pairs = append(d.Pairs, PairView{Pair: p, Cohort: d.Cohort, Mentor: byID[p.MentorID], Mentee: byID[p.MenteeID]})
	}
	if len(pairs) == 0 {
		return d, nil
	}
	err = db.Select("id", "pair_id", "logged_by_id", "date", "minutes", "mode", "topics", "created_at").
		Where("pair_id IN "+inCohort+" AND undone_at IS NULL", cohortID).Order("date, id").Find(&d.Meetings).Error
	if err != nil {
		return nil, fmt.Errorf("store: meetings of cohort %d: %w", cohortID, err)
	}
	err = db.Select("id", "pair_id", "owner_id", "number", "horizon", "status", "created_at").
		Where("pair_id IN "+inCohort+" AND undone_at IS NULL", cohortID).Order("pair_id, number").Find(&d.Goals).Error
	if err != nil {
		return nil, fmt.Errorf("store: goals of cohort %d: %w", cohortID, err)
	}
	if d.Questions, err = questionRows(db.Where("q.pair_id IN "+inCohort, cohortID)); err != nil {
		return nil, err
	}
	err = db.Model(&SurveyAnswer{}).Where("pair_id IN "+inCohort, cohortID).Order("id").Pluck("rating", &d.Ratings).Error
	if err != nil {
		return nil, fmt.Errorf("store: ratings of cohort %d: %w", cohortID, err)
	}
	var intros []struct {
		PairID  int64
		Created string
	}
	err = db.Model(&Outbox{}).Select("pair_id, MIN(created_at) AS created").
		Where("kind = ? AND pair_id IN "+inCohort, "introduction", cohortID).Group("pair_id").Scan(&intros).Error
	if err != nil {
		return nil, fmt.Errorf("store: introductions of cohort %d: %w", cohortID, err)
	}
	d.Introduced = map[int64]time.Time{}
	for _, in := range intros {
		if t, err := parseSQLiteTime(in.Created); err == nil {
			d.Introduced[in.PairID] = t
		}
	}
	return d, nil
}

func questionRows(q *gorm.DB) ([]QuestionRow, error) {
	var rows []QuestionRow
	err := q.Table("questions AS q").
		Select("q.id, q.participant_id, p.name AS asker_name, q.pair_id, q.state, q.answered_by, q.answered_at, q.created_at").
		Joins("JOIN participants p ON p.id = q.participant_id").
		Order("q.created_at, q.id").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to list questions: %w", err)
	}
	return rows, nil
}

// Questions lists participants' questions, oldest first, without their text;
// openOnly keeps those not answered yet.
func (s *Store) Questions(openOnly bool) ([]QuestionRow, error) {
	q := s.db
	if openOnly {
		q = q.Where("q.state = ?", QuestionOpen)
	}
	return questionRows(q)
}

// ReportCohorts returns the cohorts that have at least one active pair: those the
// weekly health digest reports on.
func (s *Store) ReportCohorts() ([]Cohort, error) {
	var cs []Cohort
	err := s.db.Where("EXISTS (SELECT 1 FROM pairs WHERE pairs.cohort_id = cohorts.id AND pairs.status = ?)", PairActive).
		Order("id").Find(&cs).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to list active cohorts: %w", err)
	}
	return cs, nil
}

// OutboxKeys returns which of the idempotency keys have an outbox row, in one
// query and outside any transaction, so a tick can check cheaply that there is
// nothing to do.
func (s *Store) OutboxKeys(keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(keys) == 0 {
		return out, nil
	}
	var found []string
	if err := s.db.Model(&Outbox{}).Where("idem_key IN ?", keys).Pluck("idem_key", &found).Error; err != nil {
		return nil, fmt.Errorf("store: unable to look up outbox keys: %w", err)
	}
	for _, k := range found {
		out[k] = true
	}
	// A key whose row was erased is still taken (see Tx.Enqueue).
	byHash := map[string]string{}
	for _, k := range keys {
		if !out[k] {
			byHash[idemHash(k)] = k
		}
	}
	if len(byHash) == 0 {
		return out, nil
	}
	hashes := make([]string, 0, len(byHash))
	for h := range byHash {
		hashes = append(hashes, h)
	}
	var taken []string
	if err := s.db.Raw(`SELECT key_hash FROM idem_keys WHERE key_hash IN ?`, hashes).Scan(&taken).Error; err != nil {
		return nil, fmt.Errorf("store: unable to look up outbox keys: %w", err)
	}
	for _, h := range taken {
		out[byHash[h]] = true
	}
	return out, nil
}

// CountQuarantined counts the messages quarantined since a time.
func (t *Tx) CountQuarantined(since time.Time) (int, error) {
	var n int64
	err := t.db.Model(&Inbound{}).Where("outcome = ? AND created_at >= ?", InboundQuarantined, utc(since)).Count(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: unable to count quarantined messages: %w", err)
	}
	return int(n), nil
}

// parseSQLiteTime reads a time as the SQLite driver stores it, which an aggregate
// such as MIN hands back as text.
func parseSQLiteTime(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02T15:04:05.999999999-07:00",
		"2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("store: unreadable time %q", s)
}
