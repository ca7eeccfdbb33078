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
		count := func(name string) func(int64, error) {
			return func(n int64, err error) {
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
				counts[name] = n
			}
		}
		count("meetings")(s.CountMeetings(store.MeetingQuery{Live: true}))
		count("goals")(lenOf(s.Goals(store.GoalQuery{})))
		count("goals done")(lenOf(s.Goals(store.GoalQuery{Status: "done"})))
		count("answered questions")(lenOf(s.QuestionsIn(store.QuestionAnswered)))
		count("survey answers")(lenOf(s.SurveyAnswers()))
		count("quarantined")(s.CountInbounds(store.InboundQuery{Outcome: store.InboundQuarantined}))
		count("unsent")(s.CountOutbox(store.OutboxQuery{NotState: store.OutboxSent}))
		count("receipts to grace")(s.CountOutbox(store.OutboxQuery{ToAddr: "grace@example.test", KindPrefix: "receipt"}))
		count("not understood")(s.CountOutbox(store.OutboxQuery{Kinds: []string{"not_understood"}, ToAddr: "marcus@example.test"}))
		count("lapse alerts")(s.CountOutbox(store.OutboxQuery{Kinds: []string{"committee_alert"}}))
		count("introductions")(s.CountOutbox(store.OutboxQuery{Kinds: []string{"introduction"}}))
		count("check-ins")(s.CountOutbox(store.OutboxQuery{Kinds: []string{"checkin"}}))
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

// lenOf is how many rows a query returned.
func lenOf[T any](rows []T, err error) (int64, error) { return int64(len(rows)), err }
