package store

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// A sealed value opens only with the key that sealed it, and a tampered one not at all.
func TestSealedValueNeedsItsKey(t *testing.T) {
	a := openTest(t)
	b, err := Open(Options{Path: testPath(t, filepath.Join(t.TempDir(), "other.db")), Key: bytes.Repeat([]byte{8}, KeySize)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sealed, err := a.Seal("private notes")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("private")) {
		t.Fatal("the sealed value holds the text")
	}
	if got, err := a.Open(sealed); err != nil || got != "private notes" {
		t.Errorf("Open = %q, %v", got, err)
	}
	if _, err := b.Open(sealed); err == nil {
		t.Error("another key opened the value")
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := a.Open(sealed); err == nil {
		t.Error("a tampered value opened")
	}
	if _, err := a.Open([]byte{1, 2, 3}); err == nil {
		t.Error("a short value opened")
	}
}

func TestPurgeRaw(t *testing.T) {
	s := openTest(t)
	old := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	err := s.Tx(func(tx *Tx) error {
		for i, at := range []time.Time{old, old.AddDate(0, 0, 20)} {
			in := &Inbound{Key: string(rune('a' + i)), Mailbox: "INBOX", FromAddr: "x@example.org", Class: "reply", Size: 3, CreatedAt: at}
			if _, err := tx.InsertInbound(in, []byte("raw")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if n, err := s.PurgeRaw(ctx, old); err != nil || n != 0 {
		t.Errorf("PurgeRaw(before the first) = %d, %v", n, err)
	}
	if n, err := s.PurgeRaw(ctx, old.AddDate(0, 0, 10)); err != nil || n != 1 {
		t.Errorf("PurgeRaw(between) = %d, %v", n, err)
	}
	var kept []Inbound
	s.db.Order("id").Find(&kept)
	if len(kept) != 2 || kept[0].RawSealed != nil || kept[1].RawSealed == nil {
		t.Errorf("after the purge: %+v", kept)
	}
}

func TestForgetWithoutPair(t *testing.T) {
	s := openTest(t)
	p := Participant{Email: "solo@example.org", Name: "Solo Person", Role: RoleMentee, Language: "en", TimeZone: "UTC", Status: StatusActive}
	if err := s.db.Create(&p).Error; err != nil {
		t.Fatal(err)
	}
	if err := s.db.Create(&Address{ParticipantID: p.ID, Address: "solo@home.example"}).Error; err != nil {
		t.Fatal(err)
	}
	f, err := s.ForgetParticipant("solo@home.example")
	if err != nil || f.Addresses != 1 || f.PairsEnded != 0 {
		t.Fatalf("ForgetParticipant = %+v, %v", f, err)
	}
	var n int64
	s.db.Model(&Participant{}).Count(&n)
	if n != 0 {
		t.Errorf("%d participants left; one in no pair is deleted outright", n)
	}
	if _, err := s.ForgetParticipant("solo@example.org"); !errors.Is(err, ErrNotFound) {
		t.Errorf("forget again: %v, want ErrNotFound", err)
	}
	if _, err := s.ExportParticipant("nobody@example.org"); !errors.Is(err, ErrNotFound) {
		t.Errorf("export of nobody: %v, want ErrNotFound", err)
	}
}

// TestInboundThreadAndPurge: an inbound message's thread (its References chain
// and sealed subject) is found by its Message-ID, the latest copy first, and
// the purge takes the subject with the raw text.
func TestInboundThreadAndPurge(t *testing.T) {
	s := openTest(t)
	old := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	err := s.Tx(func(tx *Tx) error {
		for i, subject := range []string{"first copy", "Question : prolonger ?"} {
			sealed, err := tx.Seal(subject)
			if err != nil {
				return err
			}
			in := &Inbound{Key: "mid:q1@example.net#" + string(rune('a'+i)), Mailbox: "INBOX", FromAddr: "x@example.org",
				Class: "reply", Size: 3, CreatedAt: old, ThreadRefs: "root@example.net", SubjectSealed: sealed}
			if _, err := tx.InsertInbound(in, []byte("raw")); err != nil {
				return err
			}
		}
		th, err := tx.InboundThread("q1@example.net")
		if err != nil || th.Subject != "Question : prolonger ?" || len(th.References) != 1 || th.References[0] != "root@example.net" {
			t.Errorf("InboundThread = %+v, %v", th, err)
		}
		if _, err := tx.InboundThread("q1@example"); !errors.Is(err, ErrNotFound) {
			t.Errorf("a prefix of the id found a thread: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgeRaw(context.Background(), old.AddDate(0, 0, 1)); err != nil {
		t.Fatal(err)
	}
	err = s.Tx(func(tx *Tx) error {
		th, err := tx.InboundThread("q1@example.net")
		if err != nil || th.Subject != "" || len(th.References) != 1 {
			t.Errorf("after the purge: %+v, %v; want the chain without the subject", th, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
