package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The independent test set (testdata/independent/): replies and raw messages written
// by someone who never read this package or its tests, with what a careful reader
// understands of each (testdata/independent/README.md has the format). It is a TEST
// set: scored, never tuned on. Nobody changing the parser reads its cases to make
// them pass; a failure here is a figure to report, and the mechanism it points at is
// fixed from other examples. docs/parser-evaluation.md keeps the figures.
//
// A case is right only when every expectation it states holds.
//
//	go test ./parser -run TestIndependentSet -v

// independentFloor is the share of cases (in percent) below which the test fails:
// a margin under what was achieved (docs/parser-evaluation.md), so that it catches a
// regression without pinning today's exact figure.
const independentFloor = 80

type indepCase struct {
	ID       string       `json:"id"`
	Lang     string       `json:"lang"`
	Category string       `json:"category"`
	Prompt   string       `json:"prompt"`
	TZ       string       `json:"tz"`
	Note     string       `json:"note"`
	Expect   indepExpects `json:"expect"`
}

type indepExpects struct {
	Class         string          `json:"class"`
	Meeting       json.RawMessage `json:"meeting"`
	MeetingsCount *int            `json:"meetings_count"`
	Goals         *[]indepGoal    `json:"goals"`
	Commands      *[]indepCommand `json:"commands"`
	Question      *bool           `json:"question"`
	Warn          *bool           `json:"warn"`
	ReplyTextHas  []string        `json:"reply_text_has"`
	ReplyTextNot  []string        `json:"reply_text_not"`
}

type indepMeeting struct {
	Date          *string  `json:"date"`
	Minutes       *int     `json:"minutes"`
	Mode          *string  `json:"mode"`
	NextMeeting   *string  `json:"next_meeting"`
	TopicsInclude []string `json:"topics_include"`
}

type indepGoal struct {
	Ref      string `json:"ref"`
	Status   string `json:"status"`
	Horizon  string `json:"horizon"`
	TitleHas string `json:"title_has"`
}

type indepCommand struct {
	Name  string  `json:"name"`
	Until *string `json:"until"`
	Value *int    `json:"value"`
}

func TestIndependentSet(t *testing.T) {
	scoreSet(t, "independent", independentFloor)
}

// scoreSet scores every case under testdata/<set>/cases, logs the figures per
// language and category, and fails below floor percent.
func scoreSet(t *testing.T, set string, floor int) {
	dir := filepath.Join("testdata", set, "cases")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the set %s is missing from %s: %v", set, dir, err)
	}
	type tally struct{ pass, all int }
	byGroup := map[string]*tally{}
	count := func(group string, ok bool) {
		g := byGroup[group]
		if g == nil {
			g = &tally{}
			byGroup[group] = g
		}
		g.all++
		if ok {
			g.pass++
		}
	}
	pass := 0
	for _, file := range files {
		var c indepCase
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		bad := scoreIndependent(c, raw)
		ok := len(bad) == 0
		if ok {
			pass++
		} else {
			t.Logf("MISS %s (%s): %s", c.ID, c.Category, strings.Join(bad, "; "))
		}
		count("lang "+c.Lang, ok)
		count("category "+c.Category, ok)
	}
	groups := make([]string, 0, len(byGroup))
	for g := range byGroup {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		t.Logf("%-28s %3d/%3d", g, byGroup[g].pass, byGroup[g].all)
	}
	rate := 100 * pass / len(files)
	t.Logf("%s: %d/%d cases fully right (%d%%)", strings.ToUpper(set), pass, len(files), rate)
	if rate < floor {
		t.Errorf("the set %s scores %d%%, below the floor of %d%%", set, rate, floor)
	}
}

// scoreIndependent parses one case and lists every expectation that does not hold.
func scoreIndependent(c indepCase, raw []byte) []string {
	zone := c.TZ
	if zone == "" {
		zone = "America/Toronto"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return []string{"bad tz: " + err.Error()}
	}
	r, err := Parse(raw, Options{TZ: loc, Prompt: c.Prompt, At: time.Date(2026, 12, 1, 12, 0, 0, 0, loc)})
	if err != nil {
		return []string{"parse error: " + err.Error()}
	}
	var bad []string
	miss := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	e := c.Expect
	if e.Class != "" && string(r.Class) != e.Class {
		miss("class %s, want %s", r.Class, e.Class)
	}
	text := strings.ToLower(strings.Join(strings.Fields(r.ReplyText), " "))
	for _, s := range e.ReplyTextHas {
		if !strings.Contains(text, strings.ToLower(strings.Join(strings.Fields(s), " "))) {
			miss("reply text lacks %q", s)
		}
	}
	for _, s := range e.ReplyTextNot {
		if strings.Contains(text, strings.ToLower(strings.Join(strings.Fields(s), " "))) {
			miss("reply text keeps %q", s)
		}
	}
	if e.Class != "" && e.Class != string(ClassReply) {
		return bad
	}
	if len(e.Meeting) > 0 {
		bad = append(bad, scoreMeeting(e.Meeting, r)...)
	}
	if e.MeetingsCount != nil && len(r.Meetings) != *e.MeetingsCount {
		miss("%d meetings, want %d", len(r.Meetings), *e.MeetingsCount)
	}
	if e.Goals != nil {
		bad = append(bad, scoreGoals(*e.Goals, r.Goals)...)
	}
	if e.Commands != nil {
		bad = append(bad, scoreCommands(*e.Commands, r.Commands)...)
	}
	if e.Question != nil {
		// A question the program asks its sender about (MaybeQuestion) reaches
		// the committee once they say yes, as a concern does.
		asked := r.Question != nil || r.Concern || r.MaybeQuestion != nil
		if asked != *e.Question {
			miss("question %v, want %v", asked, *e.Question)
		}
	}
	if e.Warn != nil {
		warned := len(r.Warnings) > 0
		if warned != *e.Warn {
			miss("warned %v (%q), want %v", warned, r.Warnings, *e.Warn)
		}
	}
	return bad
}

func scoreMeeting(raw json.RawMessage, r *Reply) []string {
	if strings.TrimSpace(string(raw)) == "null" {
		if r.Meeting != nil {
			return []string{fmt.Sprintf("a meeting (%s), want none", r.Meeting.Date)}
		}
		return nil
	}
	var want indepMeeting
	if err := json.Unmarshal(raw, &want); err != nil {
		return []string{"bad meeting expectation: " + err.Error()}
	}
	m := r.Meeting
	if m == nil {
		return []string{"no meeting, want one"}
	}
	var bad []string
	if want.Date != nil || m.Date != "" {
		if w := deref(want.Date); string(m.Date) != w {
			bad = append(bad, fmt.Sprintf("date %q, want %q", m.Date, w))
		}
	}
	if w := 0; want.Minutes != nil || m.Minutes != 0 {
		if want.Minutes != nil {
			w = *want.Minutes
		}
		if int(m.Minutes) != w {
			bad = append(bad, fmt.Sprintf("minutes %d, want %d", m.Minutes, w))
		}
	}
	if w := deref(want.Mode); string(m.Mode) != w {
		bad = append(bad, fmt.Sprintf("mode %q, want %q", m.Mode, w))
	}
	if w := deref(want.NextMeeting); string(m.NextMeeting) != w {
		bad = append(bad, fmt.Sprintf("next meeting %q, want %q", m.NextMeeting, w))
	}
	have := map[string]bool{}
	for _, tp := range m.Topics {
		have[tp.Key] = true
	}
	for _, k := range want.TopicsInclude {
		if !have[k] {
			bad = append(bad, "topic "+k+" missing")
		}
	}
	return bad
}

func scoreGoals(want []indepGoal, got []Goal) []string {
	if len(got) != len(want) {
		return []string{fmt.Sprintf("%d goals %s, want %d", len(got), goalList(got), len(want))}
	}
	used := make([]bool, len(got))
	var bad []string
	for _, w := range want {
		found := false
		for i, g := range got {
			if used[i] || g.Ref != w.Ref || g.Status != w.Status {
				continue
			}
			if w.Horizon != "" && g.Horizon != w.Horizon {
				continue
			}
			if w.TitleHas != "" && !strings.Contains(strings.ToLower(g.Title), strings.ToLower(w.TitleHas)) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			bad = append(bad, fmt.Sprintf("no goal like %+v in %s", w, goalList(got)))
		}
	}
	return bad
}

func goalList(gs []Goal) string {
	var parts []string
	for _, g := range gs {
		parts = append(parts, fmt.Sprintf("{%s %q %s %s}", g.Ref, g.Title, g.Status, g.Horizon))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func scoreCommands(want []indepCommand, got []Command) []string {
	if len(got) != len(want) {
		return []string{fmt.Sprintf("%d commands %v, want %d", len(got), commandList(got), len(want))}
	}
	used := make([]bool, len(got))
	var bad []string
	for _, w := range want {
		found := false
		for i, g := range got {
			if used[i] || g.Name != w.Name {
				continue
			}
			if w.Until != nil && string(g.Until) != *w.Until {
				continue
			}
			if w.Value != nil && (g.Value == nil || *g.Value != *w.Value) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			bad = append(bad, fmt.Sprintf("no command like %s in %v", w.Name, commandList(got)))
		}
	}
	return bad
}

func commandList(cs []Command) []string {
	var out []string
	for _, c := range cs {
		s := c.Name
		if c.Until != "" {
			s += " until " + string(c.Until)
		}
		if c.Value != nil {
			s += fmt.Sprintf(" %d", *c.Value)
		}
		out = append(out, s)
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// tuning3Floor: the third tuning set (testdata/tuning3/), written by a helper who never
// read the parser, in the independent set's format. It is a TUNING set: studied and
// tuned on, so its figure says how well the mechanisms fit, not how they generalise.
const tuning3Floor = 95

func TestTuningSet3(t *testing.T) {
	scoreSet(t, "tuning3", tuning3Floor)
}

// independent2Floor: the second independent test set (testdata/independent2/), written
// on 2026-12-03 by another helper who never read the parser, before the round that
// tuned on tuning3. Like the first, it is scored, never tuned on.
const independent2Floor = 83

func TestIndependentSet2(t *testing.T) {
	scoreSet(t, "independent2", independent2Floor)
}

// independent3Floor: the third independent test set (testdata/independent3/), written
// on 2026-12-03 by a third helper who never read the parser, before the round that
// tuned on tuning4. Scored, never tuned on.
const independent3Floor = 77

func TestIndependentSet3(t *testing.T) {
	scoreSet(t, "independent3", independent3Floor)
}

// tuning4Floor: the fourth tuning set (testdata/tuning4/), written by a helper who
// never read the parser, weighted to French, goals, meetings and raw messages. A
// TUNING set: studied and tuned on.
const tuning4Floor = 84

func TestTuningSet4(t *testing.T) {
	scoreSet(t, "tuning4", tuning4Floor)
}

// independent4Floor: the fourth independent test set (testdata/independent4/),
// written on 2026-12-03 (second sitting of that day) by a helper who never read the
// parser, before the round that tuned on tuning5 and tuning6. Scored, never tuned on:
// 127/163 (77%) at 2a205af, before that round; 135/163 (82%) at its end, and again
// after a last round on tuning7.
const independent4Floor = 78

func TestIndependentSet4(t *testing.T) {
	scoreSet(t, "independent4", independent4Floor)
}

// tuning5Floor: the fifth tuning set (testdata/tuning5/), written by a helper who
// never read the parser, weighted to French, goals, questions and commands in prose.
// A TUNING set: studied and tuned on.
const tuning5Floor = 90

func TestTuningSet5(t *testing.T) {
	scoreSet(t, "tuning5", tuning5Floor)
}

// tuning6Floor: the sixth tuning set (testdata/tuning6/), written by a helper who
// never read the parser, weighted to messy meetings, topics in other words and reply
// text. A TUNING set: studied and tuned on.
const tuning6Floor = 90

func TestTuningSet6(t *testing.T) {
	scoreSet(t, "tuning6", tuning6Floor)
}

// tuning7Floor: the seventh tuning set (testdata/tuning7/), written by a helper who
// never read the parser, weighted to meetings told with other news and goals in prose.
// A TUNING set: studied and tuned on.
const tuning7Floor = 86

func TestTuningSet7(t *testing.T) {
	scoreSet(t, "tuning7", tuning7Floor)
}

// independent5Floor: the fifth independent test set (testdata/independent5/), written
// at the end of the sitting that tuned on tuning5 to tuning7, by a helper who never
// read the parser, and scored once on the parser of that sitting's end: the starting
// figure of the next round: 138/160 (86%) at ab1b9e1. Scored, never tuned on.
const independent5Floor = 80

func TestIndependentSet5(t *testing.T) {
	scoreSet(t, "independent5", independent5Floor)
}

// tuning8Floor: the eighth tuning set (testdata/tuning8/), written by a helper who
// never read the parser, almost all questions for the committee (and replies that
// only look like questions). A TUNING set: studied and tuned on.
const tuning8Floor = 85

func TestTuningSet8(t *testing.T) {
	scoreSet(t, "tuning8", tuning8Floor)
}

// tuning9Floor: the ninth tuning set (testdata/tuning9/), written by a helper who
// never read the parser, weighted to meetings told among other news and goals in
// prose, 55% French. A TUNING set: studied and tuned on.
const tuning9Floor = 83

func TestTuningSet9(t *testing.T) {
	scoreSet(t, "tuning9", tuning9Floor)
}

// tuning10Floor: the tenth tuning set (testdata/tuning10/), written by a helper who
// never read the parser: chatty check-in replies with a meeting in passing,
// questions and replies that only look like them, goals in prose. A TUNING set:
// studied and tuned on.
const tuning10Floor = 83

func TestTuningSet10(t *testing.T) {
	scoreSet(t, "tuning10", tuning10Floor)
}

// independent6Floor: the sixth independent test set (testdata/independent6/),
// written at the start of the sitting that tuned on tuning9 and tuning10, by a
// helper who never read the parser, and scored once before any change of that
// sitting: 126/160 (78%) at 3f0cd8b; at the sitting's end 135/160 (84%). Scored,
// never tuned on.
const independent6Floor = 78

func TestIndependentSet6(t *testing.T) {
	scoreSet(t, "independent6", independent6Floor)
}

// tuning11Floor: the eleventh tuning set (testdata/tuning11/), written by a helper
// who never read the parser: topics in the participant's own words, ways of
// meeting said indirectly, replies full of dates that log no meeting, and reply
// text with signatures and acknowledgements. A TUNING set: studied and tuned on.
const tuning11Floor = 85

func TestTuningSet11(t *testing.T) {
	scoreSet(t, "tuning11", tuning11Floor)
}

// independent7Floor: the seventh independent test set (testdata/independent7/),
// written in the middle of the sitting that tuned on tuning9 to tuning12, by a
// helper who never read the parser, and scored once, at the end of that sitting:
// 141/160 (88%). Scored, never tuned on.
const independent7Floor = 81

func TestIndependentSet7(t *testing.T) {
	scoreSet(t, "independent7", independent7Floor)
}

// tuning12Floor: the twelfth tuning set (testdata/tuning12/), written by a helper
// who never read the parser: raw messages to classify (out-of-office replies in
// many languages, receipts, bounces from many servers, notifications, and people
// who only look automatic), goals, commands and questions. A TUNING set: studied
// and tuned on.
const tuning12Floor = 84

func TestTuningSet12(t *testing.T) {
	scoreSet(t, "tuning12", tuning12Floor)
}

// tuning13Floor: the thirteenth tuning set (testdata/tuning13/), written by a
// helper who never read the parser: meetings told among other news, goals in
// prose, topics in the writer's words, and replies with dates that log no
// meeting. A TUNING set: studied and tuned on.
const tuning13Floor = 76

func TestTuningSet13(t *testing.T) {
	scoreSet(t, "tuning13", tuning13Floor)
}

// tuning14Floor: the fourteenth tuning set (testdata/tuning14/), written by a
// helper who never read the parser: topics told as stories, questions for the
// committee and look-alikes, commands in prose, and reply text with signatures,
// acknowledgements and disclaimers. A TUNING set: studied and tuned on.
const tuning14Floor = 71

func TestTuningSet14(t *testing.T) {
	scoreSet(t, "tuning14", tuning14Floor)
}

// independent8Floor: the eighth independent test set (testdata/independent8/),
// written at the start of the sitting that tuned on tuning13 and tuning14, by a
// helper who never read the parser, and scored once before any change of that
// sitting (136/160, 85%, at 5e40416) and once at its end (136/160, the same 24
// cases missed). Scored, never tuned on.
const independent8Floor = 80

func TestIndependentSet8(t *testing.T) {
	scoreSet(t, "independent8", independent8Floor)
}
