package store

import (
	"testing"
	"time"
)

// A message is listed once however often it is recorded; the item is exported
// with its writer's data and erased with them.
func TestReviewItemOncePerMessageExportedAndForgotten(t *testing.T) {
	s := openTest(t)
	p := Participant{Email: "solo@example.org", Name: "Solo Person", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	must(t, s.db.Create(&p).Error)
	at := time.Date(2026, 9, 21, 16, 0, 0, 0, time.UTC)
	var stranger ReviewItem
	must(t, s.Tx(func(tx *Tx) error {
		in := &Inbound{Key: "mid:a", Mailbox: "INBOX", FromAddr: p.Email, ParticipantID: &p.ID, Class: "reply", Size: 3, ReceivedAt: at, CreatedAt: at}
		if _, err := tx.InsertInbound(in, []byte("raw")); err != nil {
			return err
		}
		for i := range 2 {
			made, err := tx.AddReview(&ReviewItem{InboundID: in.ID, ParticipantID: &p.ID, Sender: p.Email, Reason: "not_understood", ReceivedAt: at, CreatedAt: at})
			if err != nil {
				return err
			}
			if n, _ := tx.CountOpenReviews(); n != 1 || made != (i == 0) {
				t.Errorf("recording %d: %d open items, made %v; want 1, made the first time only", i+1, n, made)
			}
		}
		other := &Inbound{Key: "mid:b", Mailbox: "INBOX", FromAddr: "stranger@example.net", Class: "reply", Size: 3, ReceivedAt: at, CreatedAt: at}
		if _, err := tx.InsertInbound(other, []byte("raw")); err != nil {
			return err
		}
		stranger = ReviewItem{InboundID: other.ID, Sender: other.FromAddr, Reason: "unknown_sender", ReceivedAt: at, CreatedAt: at}
		_, err := tx.AddReview(&stranger)
		return err
	}))
	e, err := s.ExportParticipant(p.Email)
	must(t, err)
	if len(e.Review) != 1 || e.Review[0].Reason != "not_understood" {
		t.Fatalf("export review items = %+v", e.Review)
	}
	_, err = s.ForgetParticipant(p.Email)
	must(t, err)
	var left []ReviewItem
	must(t, s.db.Find(&left).Error)
	if len(left) != 1 || left[0].ID != stranger.ID {
		t.Errorf("after forget: %+v; want only the stranger's item", left)
	}
}
