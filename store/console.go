package store

import (
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// The committee's web console: sign-in links, sessions, each member's language,
// the record of their actions, and the read-only views its pages need. Links and
// sessions are kept as SHA-256 hashes only; no query here reads a sealed column.

// ConsoleLink is a pending sign-in link: the hash of its token, for whom, until when.
type ConsoleLink struct {
	ID        int64     `gorm:"primaryKey"`
	TokenHash string    `gorm:"uniqueIndex;not null"`
	Email     string    `gorm:"not null"`
	ExpiresAt time.Time `gorm:"not null"`
	CreatedAt time.Time `gorm:"not null"`
}

// ConsoleSession is a signed-in committee member: the hash of the session id in
// their cookie, and the session's CSRF token.
type ConsoleSession struct {
	ID        int64     `gorm:"primaryKey"`
	IDHash    string    `gorm:"column:id_hash;uniqueIndex;not null"`
	Email     string    `gorm:"not null"`
	CSRF      string    `gorm:"column:csrf;not null"`
	ExpiresAt time.Time `gorm:"not null"`
	CreatedAt time.Time `gorm:"not null"`
}

// ConsoleMember is a committee member's console preferences.
type ConsoleMember struct {
	Email     string    `gorm:"primaryKey"`
	Lang      string    `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// ConsoleAction is one thing a committee member did in the console.
type ConsoleAction struct {
	ID      int64  `gorm:"primaryKey"`
	Actor   string `gorm:"not null"`
	Action  string `gorm:"not null"`
	Subject string
	Detail  string
	At      time.Time `gorm:"not null"`
}

// AddConsoleLink records a sign-in link by its token's hash.
func (s *Store) AddConsoleLink(l *ConsoleLink) error {
	l.ExpiresAt, l.CreatedAt = utc(l.ExpiresAt), utc(l.CreatedAt)
	if err := s.db.Create(l).Error; err != nil {
		return fmt.Errorf("store: unable to add a console link: %w", err)
	}
	return nil
}

// ConsoleLinkValid reports whether a link with this hash exists and has not expired.
func (s *Store) ConsoleLinkValid(tokenHash string, now time.Time) (bool, error) {
	var n int64
	err := s.db.Model(&ConsoleLink{}).Where("token_hash = ? AND expires_at > ?", tokenHash, utc(now)).Count(&n).Error
	if err != nil {
		return false, fmt.Errorf("store: unable to look up a console link: %w", err)
	}
	return n > 0, nil
}

// ConsumeConsoleLink spends a sign-in link and starts its session, in one
// transaction: an unexpired link's row is deleted and sess made (its Email
// filled in). ErrNotFound when there is no such link or it expired (an expired
// row stays until PurgeConsole). Two browsers pressing at once: one deletes
// the row, the other finds nothing.
func (s *Store) ConsumeConsoleLink(tokenHash string, now time.Time, sess *ConsoleSession) error {
	return s.transaction(s.db, func(tx *gorm.DB) error {
		var l ConsoleLink
		if err := tx.Where("token_hash = ?", tokenHash).Take(&l).Error; err != nil {
			return notFound(err, "console link")
		}
		res := tx.Where("id = ?", l.ID).Delete(&ConsoleLink{})
		if res.Error != nil {
			return fmt.Errorf("store: unable to spend a console link: %w", res.Error)
		}
		if res.RowsAffected != 1 || !l.ExpiresAt.After(utc(now)) {
			return fmt.Errorf("store: console link expired: %w", ErrNotFound)
		}
		sess.Email = l.Email
		sess.ExpiresAt, sess.CreatedAt = utc(sess.ExpiresAt), utc(sess.CreatedAt)
		if err := tx.Create(sess).Error; err != nil {
			return fmt.Errorf("store: unable to start a console session: %w", err)
		}
		return nil
	})
}

// ConsoleSessionByHash returns the unexpired session with this id hash, or ErrNotFound.
func (s *Store) ConsoleSessionByHash(idHash string, now time.Time) (*ConsoleSession, error) {
	var cs ConsoleSession
	if err := s.db.Where("id_hash = ? AND expires_at > ?", idHash, utc(now)).Take(&cs).Error; err != nil {
		return nil, notFound(err, "console session")
	}
	return &cs, nil
}

// DeleteConsoleSession ends a session.
func (s *Store) DeleteConsoleSession(idHash string) error {
	if err := s.db.Where("id_hash = ?", idHash).Delete(&ConsoleSession{}).Error; err != nil {
		return fmt.Errorf("store: unable to end a console session: %w", err)
	}
	return nil
}

// PurgeConsole deletes expired links and sessions.
func (s *Store) PurgeConsole(now time.Time) error {
	now = utc(now)
	if err := s.db.Where("expires_at <= ?", now).Delete(&ConsoleLink{}).Error; err != nil {
		return fmt.Errorf("store: unable to purge console links: %w", err)
	}
	if err := s.db.Where("expires_at <= ?", now).Delete(&ConsoleSession{}).Error; err != nil {
		return fmt.Errorf("store: unable to purge console sessions: %w", err)
	}
	return nil
}

// ConsoleLang returns a member's chosen language, or "" when they chose none.
func (s *Store) ConsoleLang(email string) (string, error) {
	var m ConsoleMember
	err := s.db.Where("email = ?", email).Take(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: unable to read a console member: %w", err)
	}
	return m.Lang, nil
}

// SetConsoleLang records a member's language.
func (s *Store) SetConsoleLang(email, lang string, now time.Time) error {
	err := s.db.Exec(`INSERT INTO console_members (email, lang, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (email) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at`, email, lang, utc(now)).Error
	if err != nil {
		return fmt.Errorf("store: unable to save a console member's language: %w", err)
	}
	return nil
}

// RecordConsoleAction records what a committee member did.
func (s *Store) RecordConsoleAction(a *ConsoleAction) error {
	a.At = utc(a.At)
	if err := s.db.Create(a).Error; err != nil {
		return fmt.Errorf("store: unable to record a console action: %w", err)
	}
	return nil
}

// ConsoleActions returns the latest actions, newest first, at most limit.
func (s *Store) ConsoleActions(limit int) ([]ConsoleAction, error) {
	var out []ConsoleAction
	if err := s.db.Order("at DESC, id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: unable to list console actions: %w", err)
	}
	return out, nil
}

// TimelineMail is an email the program made for a pair's partner: its kind and
// fate, never its text.
type TimelineMail struct {
	ID            int64
	Kind          string
	ParticipantID *int64
	State         string
	DueAt         time.Time
	SentAt        *time.Time
	CreatedAt     time.Time
}

// TimelineReply is a message a partner sent: when, and what the program
// understood it as (its reason), never its text.
type TimelineReply struct {
	ID            int64
	ParticipantID *int64
	Class         string
	Outcome       string
	Reason        string
	ReceivedAt    time.Time
	CreatedAt     time.Time
}

// PairTimeline returns the mail made for a pair's partners and the messages they
// sent since the pair began, oldest first; no sealed column is read.
func (s *Store) PairTimeline(v *PairView) ([]TimelineMail, []TimelineReply, error) {
	ids := []int64{v.Mentor.ID, v.Mentee.ID}
	// From the day before the pair's first day, so no time zone loses an evening.
	since := v.Pair.CreatedAt
	if d, err := time.Parse(time.DateOnly, v.Pair.StartDate); err == nil {
		since = d.AddDate(0, 0, -1)
	}
	var mails []TimelineMail
	err := s.db.Model(&Outbox{}).Select("id, kind, participant_id, state, due_at, sent_at, created_at").
		Where("pair_id = ? OR (participant_id IN ? AND created_at >= ?)", v.Pair.ID, ids, since).
		Order("created_at, id").Scan(&mails).Error
	if err != nil {
		return nil, nil, fmt.Errorf("store: mail of pair %d: %w", v.Pair.ID, err)
	}
	var replies []TimelineReply
	err = s.db.Model(&Inbound{}).Select("id, participant_id, class, outcome, reason, received_at, created_at").
		Where("participant_id IN ? AND created_at >= ?", ids, since).
		Order("created_at, id").Scan(&replies).Error
	if err != nil {
		return nil, nil, fmt.Errorf("store: replies of pair %d: %w", v.Pair.ID, err)
	}
	return mails, replies, nil
}

// ConsolePair returns a pair with its cohort and partners.
func (s *Store) ConsolePair(id int64) (*PairView, error) {
	var v *PairView
	err := s.Tx(func(tx *Tx) error {
		var err error
		v, err = tx.LoadPair(id)
		return err
	})
	return v, err
}

// PromptKinds are the program emails that ask for an answer; a cohort's response
// rate is the share of those sent that got one.
var PromptKinds = []string{"goals_prompt", "checkin", "midsession", "wrapup", "nudge"}

// ResponseRate counts the prompts sent to a cohort's partners and how many of them
// were answered (a message came back carrying the prompt's token).
func (s *Store) ResponseRate(cohortID int64) (sent, answered int, err error) {
	const inCohort = "pair_id IN (SELECT id FROM pairs WHERE cohort_id = ?)"
	var n int64
	if err := s.db.Model(&Outbox{}).Where(inCohort+" AND kind IN ? AND state = ?", cohortID, PromptKinds, OutboxSent).
		Count(&n).Error; err != nil {
		return 0, 0, fmt.Errorf("store: prompts of cohort %d: %w", cohortID, err)
	}
	sent = int(n)
	err = s.db.Model(&Outbox{}).Where(inCohort+" AND kind IN ? AND state = ? AND id IN (SELECT outbox_id FROM inbound WHERE outbox_id IS NOT NULL)",
		cohortID, PromptKinds, OutboxSent).Count(&n).Error
	if err != nil {
		return 0, 0, fmt.Errorf("store: answered prompts of cohort %d: %w", cohortID, err)
	}
	return sent, int(n), nil
}

// CountOpenReviews counts the review list's open items.
func (s *Store) CountOpenReviews() (int, error) {
	var n int
	err := s.Tx(func(tx *Tx) error {
		var err error
		n, err = tx.CountOpenReviews()
		return err
	})
	return n, err
}

// ConsoleCohorts returns every cohort, the latest first.
func (s *Store) ConsoleCohorts() ([]Cohort, error) {
	var cs []Cohort
	if err := s.db.Order("start_date DESC, id DESC").Find(&cs).Error; err != nil {
		return nil, fmt.Errorf("store: unable to list cohorts: %w", err)
	}
	return cs, nil
}

// ConsoleActivePairs returns the active pairs with their cohorts and partners,
// the latest cohort first, at most limit.
func (s *Store) ConsoleActivePairs(limit int) ([]PairView, error) {
	var out []PairView
	err := s.Tx(func(tx *Tx) error {
		var prs []Pair
		if err := tx.db.Where("status = ?", PairActive).Order("cohort_id DESC, id").Limit(limit).Find(&prs).Error; err != nil {
			return fmt.Errorf("store: unable to list active pairs: %w", err)
		}
		for _, p := range prs {
			v, err := tx.viewPair(&PairView{Pair: p})
			if err != nil {
				return err
			}
			out = append(out, *v)
		}
		return nil
	})
	return out, err
}
