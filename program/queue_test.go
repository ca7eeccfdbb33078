package program_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/program"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/store/storetest"
)

func queueFixture(t *testing.T) (*store.Store, *store.Participant) {
	t.Helper()
	s, err := store.Open(store.Options{Path: storetest.Path(t, filepath.Join(t.TempDir(), "q.db")), Key: bytes.Repeat([]byte{3}, store.KeySize)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	p := &store.Participant{Email: "p@example.net", Name: "P", Role: store.RoleMentee, Language: "fr", TimeZone: "America/Montreal", Status: store.StatusActive}
	if err := s.InsertRow(p); err != nil {
		t.Fatal(err)
	}
	return s, p
}

func enqueueRow(t *testing.T, s *store.Store, o store.Outbox, m store.Message) store.Outbox {
	t.Helper()
	err := s.Tx(func(tx *store.Tx) error {
		_, err := tx.Enqueue(&o, m, func(id int64) string { return "t" + o.IdemKey + ".intro@example.org" })
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOutboxQueueClaim(t *testing.T) {
	s, p := queueFixture(t)
	now := time.Date(2026, 9, 1, 13, 0, 0, 0, time.UTC)
	o := enqueueRow(t, s, store.Outbox{IdemKey: "a", Kind: "intro", Lang: "fr", ParticipantID: &p.ID, ToAddr: p.Email,
		ReplyTo: "m+ta@example.org, Partner <partner@example.net>", InReplyTo: "x@example.net",
		References: "w@example.net x@example.net", DueAt: now},
		store.Message{Subject: "Bienvenue", Text: "texte", HTML: "<p>texte</p>"})
	q := program.NewOutboxQueue(s, "Comité <m@example.org>")

	got, err := q.Claim(context.Background(), "s1", now, time.Minute, 10)
	if err != nil || len(got) != 1 {
		t.Fatalf("Claim: %v, %d rows", err, len(got))
	}
	g := got[0]
	if g.ID != o.ID || g.ParticipantID != p.ID || g.Kind != "intro" || g.From != "Comité <m@example.org>" || g.To != p.Email ||
		g.MessageID != "ta.intro@example.org" || g.InReplyTo != "x@example.net" || g.Subject != "Bienvenue" ||
		g.Text != "texte" || g.HTML != "<p>texte</p>" || g.Attempts != 0 || !g.FirstTriedAt.IsZero() {
		t.Errorf("outgoing: %+v", g)
	}
	if len(g.ReplyTo) != 2 || g.ReplyTo[0] != "m+ta@example.org" || g.ReplyTo[1] != "Partner <partner@example.net>" {
		t.Errorf("ReplyTo %q", g.ReplyTo)
	}
	if len(g.References) != 2 || g.References[1] != "x@example.net" {
		t.Errorf("References %q", g.References)
	}

	if err := q.Retry(o.ID, "s1", now, now.Add(time.Minute), "451"); err != nil {
		t.Fatal(err)
	}
	got, err = q.Claim(context.Background(), "s1", now.Add(2*time.Minute), time.Minute, 10)
	if err != nil || len(got) != 1 || got[0].Attempts != 1 || !got[0].FirstTriedAt.Equal(now) {
		t.Fatalf("after a retry: %v %+v", err, got)
	}
	if err := q.Sent(o.ID, "s1", now); err != nil {
		t.Fatal(err)
	}
	if err := q.Sent(o.ID, "s1", now); err == nil {
		t.Error("a second Sent succeeded")
	}
}

func TestOutboxQueueFailed(t *testing.T) {
	s, p := queueFixture(t)
	now := time.Date(2026, 9, 1, 13, 0, 0, 0, time.UTC)
	for _, k := range []string{"a", "b", "c"} {
		enqueueRow(t, s, store.Outbox{IdemKey: k, Kind: "intro", Lang: "fr", ParticipantID: &p.ID, ToAddr: p.Email, DueAt: now}, store.Message{})
	}
	type call struct {
		id        int64
		permanent bool
	}
	var calls []call
	q := program.NewOutboxQueue(s, "m@example.org")
	q.OnFailed = func(o store.Outbox, reason string, permanent bool) {
		if o.State != store.OutboxFailed || reason == "" {
			t.Errorf("OnFailed got row state %s, reason %q", o.State, reason)
		}
		calls = append(calls, call{o.ID, permanent})
	}
	rows, err := q.Claim(context.Background(), "s1", now, time.Minute, 10)
	if err != nil || len(rows) != 3 {
		t.Fatalf("Claim: %v %d", err, len(rows))
	}
	participant := func() store.Participant {
		got, err := s.Participant(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		return *got
	}

	// Giving up after temporary failures: no bounce.
	if err := q.Failed(rows[0].ID, "s1", &mailer.SendError{Code: 451, Command: mailer.CmdRcpt, Msg: "gave up"}); err != nil {
		t.Fatal(err)
	}
	if got := participant(); got.BounceCount != 0 {
		t.Errorf("give-up raised the bounce count")
	}
	// Content refused: a bounce, mail goes on.
	if err := q.Failed(rows[1].ID, "s1", &mailer.SendError{Permanent: true, Code: 554, Enhanced: "5.7.1", Command: mailer.CmdData}); err != nil {
		t.Fatal(err)
	}
	if got := participant(); got.BounceCount != 1 || got.MailStopped {
		t.Errorf("after 554: %d %v", got.BounceCount, got.MailStopped)
	}
	// Address refused: a bounce and the mail stops.
	if err := q.Failed(rows[2].ID, "s1", &mailer.SendError{Permanent: true, Code: 550, Enhanced: "5.1.1", Command: mailer.CmdRcpt}); err != nil {
		t.Fatal(err)
	}
	if got := participant(); got.BounceCount != 2 || !got.MailStopped {
		t.Errorf("after 550 5.1.1: %d %v", got.BounceCount, got.MailStopped)
	}
	if len(calls) != 3 || calls[0].permanent || !calls[1].permanent || !calls[2].permanent {
		t.Errorf("OnFailed calls %+v", calls)
	}

	// A row made after the stop is cancelled at the claim, never handed out.
	d := enqueueRow(t, s, store.Outbox{IdemKey: "d", Kind: "intro", Lang: "fr", ParticipantID: &p.ID, ToAddr: p.Email, DueAt: now}, store.Message{})
	if rows, err := q.Claim(context.Background(), "s1", now, time.Minute, 10); err != nil || len(rows) != 0 {
		t.Errorf("Claim after the stop: %v %+v", err, rows)
	}
	if row, err := s.OutboxRow(d.ID); err != nil || row.State != store.OutboxCancelled {
		t.Errorf("row made after the stop: %v %+v", err, row)
	}
}
