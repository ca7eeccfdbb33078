package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ReviewView is a review item with the name and address of its participant, when
// it has one.
type ReviewView struct {
	ReviewItem
	ParticipantName  string
	ParticipantEmail string
}

// AddReview records a review item unless its inbound message has one already, so
// a message read twice is listed once. It reports whether a row was made.
func (t *Tx) AddReview(it *ReviewItem) (bool, error) {
	if it.InboundID == 0 {
		return false, errors.New("store: review item without an inbound message")
	}
	if it.State == "" {
		it.State = ReviewOpen
	}
	it.ReceivedAt, it.CreatedAt = utc(it.ReceivedAt), utc(it.CreatedAt)
	res := t.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "inbound_id"}}, DoNothing: true}).Create(it)
	if res.Error != nil {
		return false, fmt.Errorf("store: unable to record a review item for inbound %d: %w", it.InboundID, res.Error)
	}
	return res.RowsAffected > 0, nil
}

// ReviewByID returns a review item, or ErrNotFound.
func (t *Tx) ReviewByID(id int64) (*ReviewItem, error) {
	var it ReviewItem
	if err := t.db.Take(&it, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("review item %d", id))
	}
	return &it, nil
}

// ReviewByInbound returns the review item of an inbound message, or ErrNotFound.
func (t *Tx) ReviewByInbound(inboundID int64) (*ReviewItem, error) {
	var it ReviewItem
	if err := t.db.Where("inbound_id = ?", inboundID).Take(&it).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("review item of inbound %d", inboundID))
	}
	return &it, nil
}

// UpdateReview sets fields of a review item.
func (t *Tx) UpdateReview(id int64, fields map[string]any) error {
	if err := t.db.Model(&ReviewItem{}).Where("id = ?", id).Updates(fields).Error; err != nil {
		return fmt.Errorf("store: unable to update review item %d: %w", id, err)
	}
	return nil
}

// InboundByID returns an inbound row, or ErrNotFound.
func (t *Tx) InboundByID(id int64) (*Inbound, error) {
	var in Inbound
	if err := t.db.Take(&in, id).Error; err != nil {
		return nil, notFound(err, fmt.Sprintf("inbound %d", id))
	}
	return &in, nil
}

// InboundRaw opens the raw message kept with an inbound row. It reports false
// when there is none: purged after the retention period, or never read.
func (t *Tx) InboundRaw(in *Inbound) ([]byte, bool, error) {
	if in.RawSealed == nil {
		return nil, false, nil
	}
	raw, err := t.seal.open(in.RawSealed)
	if err != nil {
		return nil, false, fmt.Errorf("store: unable to open inbound %d: %w", in.ID, err)
	}
	return []byte(raw), true, nil
}

// ReviewItems returns review items oldest first, with their participants: the
// open ones, or all when all is set; at most limit (0: no limit).
func (t *Tx) ReviewItems(all bool, limit int) ([]ReviewView, error) {
	q := t.db.Table("review_items AS r").
		Select("r.*, COALESCE(p.name, '') AS participant_name, COALESCE(p.email, '') AS participant_email").
		Joins("LEFT JOIN participants AS p ON p.id = r.participant_id").
		Order("r.received_at, r.id")
	if !all {
		q = q.Where("r.state = ?", ReviewOpen)
	}
	if limit > 0 {
		q = q.Limit(limit)
	}
	var out []ReviewView
	if err := q.Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("store: unable to list review items: %w", err)
	}
	return out, nil
}

// CountOpenReviews returns how many review items are open.
func (t *Tx) CountOpenReviews() (int, error) {
	var n int64
	if err := t.db.Model(&ReviewItem{}).Where("state = ?", ReviewOpen).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: unable to count review items: %w", err)
	}
	return int(n), nil
}

// ReviewView returns one review item with its participant, or ErrNotFound.
func (t *Tx) ReviewView(id int64) (*ReviewView, error) {
	var out []ReviewView
	err := t.db.Table("review_items AS r").
		Select("r.*, COALESCE(p.name, '') AS participant_name, COALESCE(p.email, '') AS participant_email").
		Joins("LEFT JOIN participants AS p ON p.id = r.participant_id").
		Where("r.id = ?", id).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to read review item %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("review item %d: %w", id, ErrNotFound)
	}
	return &out[0], nil
}

// ReviewList is ReviewItems in its own read.
func (s *Store) ReviewList(ctx context.Context, all bool, limit int) ([]ReviewView, error) {
	var out []ReviewView
	err := s.transaction(s.db.WithContext(ctx), func(db *gorm.DB) error {
		var err error
		out, err = (&Tx{db: db, seal: s.seal}).ReviewItems(all, limit)
		return err
	})
	return out, err
}

// ExportReview is a review item about one of the participant's messages.
type ExportReview struct {
	ID         int64      `json:"id"`
	InboundID  int64      `json:"inbound_id"`
	Reason     string     `json:"reason"`
	Detail     string     `json:"detail"`
	ReceivedAt time.Time  `json:"received_at"`
	State      string     `json:"state"`
	Consent    string     `json:"consent"`
	ConsentAt  *time.Time `json:"consent_at"`
	Resolution string     `json:"resolution"`
	ResolvedBy string     `json:"resolved_by"`
	ResolvedAt *time.Time `json:"resolved_at"`
}

// exportReview adds the review items of the subject's messages to e.
func (t *Tx) exportReview(e *Export, sub *subject) error {
	var its []ReviewItem
	err := t.db.Where("participant_id = ? OR inbound_id IN ?", sub.p.ID, orNone(sub.inbound)).Order("id").Find(&its).Error
	if err != nil {
		return fmt.Errorf("store: review items of participant %d: %w", sub.p.ID, err)
	}
	for _, it := range its {
		e.Review = append(e.Review, ExportReview{ID: it.ID, InboundID: it.InboundID, Reason: it.Reason, Detail: it.Detail,
			ReceivedAt: it.ReceivedAt, State: it.State, Consent: it.Consent, ConsentAt: it.ConsentAt,
			Resolution: it.Resolution, ResolvedBy: it.ResolvedBy, ResolvedAt: it.ResolvedAt})
	}
	return nil
}
