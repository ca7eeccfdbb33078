package demo

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/mentormail/mentormail/store"
)

// TestDemoSession plays the demo and checks what the session left behind: each
// scripted reply had its effect, and the timeline says so.
func TestDemoSession(t *testing.T) {
	var out bytes.Buffer
	counts := map[string]int64{}
	err := Run(context.Background(), Options{Out: &out, After: func(s *store.Store) error {
		db := s.DB()
		count := func(name string, model any, where string, args ...any) {
			var n int64
			db.Model(model).Where(where, args...).Count(&n)
			counts[name] = n
		}
		count("meetings", &store.Meeting{}, "undone_at IS NULL")
		count("goals", &store.Goal{}, "1=1")
		count("goals done", &store.Goal{}, "status = 'done'")
		count("answered questions", &store.Question{}, "state = ?", store.QuestionAnswered)
		count("survey answers", &store.SurveyAnswer{}, "1=1")
		count("quarantined", &store.Inbound{}, "outcome = ?", store.InboundQuarantined)
		count("unsent", &store.Outbox{}, "state <> ?", store.OutboxSent)
		count("receipts to grace", &store.Outbox{}, "to_addr = ? AND kind LIKE 'receipt%'", "grace@example.test")
		count("not understood", &store.Outbox{}, "kind = 'not_understood' AND to_addr = ?", "marcus@example.test")
		count("lapse alerts", &store.Outbox{}, "kind = 'committee_alert'")
		count("introductions", &store.Outbox{}, "kind = 'introduction'")
		count("check-ins", &store.Outbox{}, "kind = 'checkin'")
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{
		"meetings": 9, "goals": 4, "goals done": 1, "answered questions": 1, "survey answers": 2,
		"quarantined": 0, "unsent": 0, "receipts to grace": 1, "not understood": 1, "lapse alerts": 1,
		"introductions": 8, "check-ins": 32,
	}
	for k, w := range want {
		if counts[k] != w {
			t.Errorf("%s = %d, want %d", k, counts[k], w)
		}
	}
	text := out.String()
	for _, line := range []string{
		"understood: not answered: auto_reply",
		"understood: thanks (nothing to do)",
		"question_answer",
		"understood: a survey rating",
	} {
		if !strings.Contains(text, line) {
			t.Errorf("the timeline lacks %q", line)
		}
	}
	if t.Failed() {
		t.Log(text)
	}
}
