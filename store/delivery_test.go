package store

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

// deliveryFixture makes a participant with n due rows, claimed by "s1".
func deliveryFixture(t *testing.T, s *Store, email string, n int, now time.Time) (Participant, []Outbox) {
	t.Helper()
	p := Participant{Email: email, Name: email, Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	must(t, s.db.Create(&p).Error)
	for i := range n {
		o := Outbox{IdemKey: fmt.Sprintf("%s:%d", email, i), Kind: "checkin", Lang: "en", ParticipantID: &p.ID, ToAddr: email, DueAt: now}
		must(t, s.Tx(func(tx *Tx) error {
			_, err := tx.Enqueue(&o, Message{Subject: "s", Text: "t"}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
			return err
		}))
	}
	rows, err := s.ClaimDue("s1", now, time.Minute, 100)
	must(t, err)
	var mine []Outbox
	for _, o := range rows {
		if o.ToAddr == email {
			mine = append(mine, o)
		}
	}
	return p, mine
}

func TestFailDelivery(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	p, rows := deliveryFixture(t, s, "p@example.net", 3, now)

	if _, err := s.FailDelivery(rows[0].ID, "other", DeliveryFailure{Reason: "x", Bounce: true}); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("failing another owner's row: %v, want ErrLeaseLost", err)
	}
	o, err := s.FailDelivery(rows[0].ID, "s1", DeliveryFailure{Reason: "554 content refused", Bounce: true})
	must(t, err)
	if o.State != OutboxFailed || o.Attempts != 1 || o.LastError != "554 content refused" || o.LeaseOwner != "" {
		t.Errorf("failed row: %+v", o)
	}
	var got Participant
	must(t, s.db.Take(&got, p.ID).Error)
	if got.BounceCount != 1 || got.MailStopped {
		t.Errorf("after a bounce: count=%d stopped=%v", got.BounceCount, got.MailStopped)
	}

	_, err = s.FailDelivery(rows[1].ID, "s1", DeliveryFailure{Reason: "550 5.1.1", Bounce: true, StopMail: true})
	must(t, err)
	must(t, s.db.Take(&got, p.ID).Error)
	if got.BounceCount != 2 || !got.MailStopped {
		t.Errorf("after a refused address: count=%d stopped=%v", got.BounceCount, got.MailStopped)
	}
	var third Outbox
	must(t, s.db.Take(&third, rows[2].ID).Error)
	if third.State != OutboxCancelled {
		t.Errorf("the participant's other pending row is %s, want cancelled", third.State)
	}
	if stopped, err := s.MailStopped(p.ID); err != nil || !stopped {
		t.Errorf("MailStopped = %v, %v", stopped, err)
	}
	if _, err := s.FailDelivery(rows[0].ID, "s1", DeliveryFailure{Reason: "again"}); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("failing a failed row: %v, want ErrLeaseLost", err)
	}
}

func TestFailDeliveryWithoutBounce(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	p, rows := deliveryFixture(t, s, "p@example.net", 1, now)
	_, err := s.FailDelivery(rows[0].ID, "s1", DeliveryFailure{Reason: "gave up after 48h"})
	must(t, err)
	var got Participant
	must(t, s.db.Take(&got, p.ID).Error)
	if got.BounceCount != 0 || got.MailStopped {
		t.Errorf("count=%d stopped=%v, want untouched", got.BounceCount, got.MailStopped)
	}
}

func TestCancelStopped(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	stopped, _ := deliveryFixture(t, s, "gone@example.net", 0, now)
	_, _ = deliveryFixture(t, s, "ok@example.net", 0, now)
	must(t, s.db.Model(&stopped).Update("mail_stopped", true).Error)
	for i, to := range []string{"gone@example.net", "ok@example.net", "committee@example.org"} {
		var pid *int64
		var p Participant
		if s.db.Where("email = ?", to).Take(&p).Error == nil {
			pid = &p.ID
		}
		o := Outbox{IdemKey: fmt.Sprint("k", i), Kind: "checkin", Lang: "en", ParticipantID: pid, ToAddr: to, DueAt: now}
		must(t, s.Tx(func(tx *Tx) error {
			_, err := tx.Enqueue(&o, Message{}, func(id int64) string { return fmt.Sprintf("m%d@example.org", id) })
			return err
		}))
	}
	rows, err := s.ClaimDue("s1", now, time.Minute, 10)
	must(t, err)
	kept, err := s.CancelStopped("s1", rows)
	must(t, err)
	if len(kept) != 2 || kept[0].ToAddr != "ok@example.net" || kept[1].ToAddr != "committee@example.org" {
		t.Fatalf("kept %+v", kept)
	}
	var cancelled Outbox
	must(t, s.db.Where("to_addr = ?", "gone@example.net").Take(&cancelled).Error)
	if cancelled.State != OutboxCancelled || cancelled.LeaseOwner != "" {
		t.Errorf("stopped row: state=%s owner=%q", cancelled.State, cancelled.LeaseOwner)
	}
}

func TestRaiseBounceUnknownParticipant(t *testing.T) {
	s := openTest(t)
	err := s.Tx(func(tx *Tx) error { return tx.RaiseBounce(999, false) })
	if err == nil {
		t.Error("RaiseBounce of an unknown participant succeeded")
	}
}
