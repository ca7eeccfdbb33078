package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// The battery: replies written the way different people write them (terse, chatty,
// bulleted, with typos or without accents, lower case, mixed English and French,
// Outlook signatures, phones), in English and Canadian French, each with the facts a
// reader would take from it. Its cases are in battery_en_test.go and
// battery_fr_test.go; every one must pass, so a change that loses understanding fails.

// batteryAt is the reference time of the battery: Saturday 28 November 2026, 3 pm in Toronto.
var batteryAt = time.Date(2026, 11, 28, 15, 0, 0, 0, mustZone("America/Toronto"))

// batteryCase is one reply and what must be understood from it.
type batteryCase struct {
	name string
	text string
	// meetings: the meetingSummary of every meeting reported, in order; none: nil.
	meetings []string
	// goals: "ref|title status[ horizon]" of every goal update.
	goals []string
	// cmds: "name[ until|value]" of every command.
	cmds []string
	// question: a part of the question for the committee; "" means none.
	question string
}

func goalSummary(g Goal) string {
	s := g.Ref
	if s == "" {
		s = g.Title
	}
	s += " " + g.Status
	if g.Horizon != "" {
		s += " " + g.Horizon
	}
	return s
}

func commandSummary(c Command) string {
	switch {
	case c.Until != "":
		return c.Name + " " + string(c.Until)
	case c.Value != nil:
		return fmt.Sprintf("%s %d", c.Name, *c.Value)
	}
	return c.Name
}

// check returns what r gets wrong about c, or "".
func (c batteryCase) check(r *Reply) string {
	var bad []string
	var ms []string
	for i := range r.Meetings {
		ms = append(ms, meetingSummary(&r.Meetings[i]))
	}
	if !slices.Equal(ms, c.meetings) {
		bad = append(bad, fmt.Sprintf("meetings %q, want %q", ms, c.meetings))
	}
	if (r.Meeting == nil) != (len(r.Meetings) == 0) || r.Meeting != nil && meetingSummary(r.Meeting) != ms[0] {
		bad = append(bad, fmt.Sprintf("meeting %s is not the first of meetings", meetingSummary(r.Meeting)))
	}
	var gs, cs []string
	for _, g := range r.Goals {
		gs = append(gs, goalSummary(g))
	}
	for _, cmd := range r.Commands {
		cs = append(cs, commandSummary(cmd))
	}
	if !slices.Equal(gs, c.goals) {
		bad = append(bad, fmt.Sprintf("goals %q, want %q", gs, c.goals))
	}
	if !slices.Equal(cs, c.cmds) {
		bad = append(bad, fmt.Sprintf("commands %q, want %q", cs, c.cmds))
	}
	switch {
	case c.question == "" && r.Question != nil:
		bad = append(bad, fmt.Sprintf("question %q, want none", *r.Question))
	case c.question != "" && (r.Question == nil || !strings.Contains(*r.Question, c.question)):
		bad = append(bad, fmt.Sprintf("question %v, want one with %q", r.Question, c.question))
	}
	return strings.Join(bad, "; ")
}

func TestBattery(t *testing.T) {
	cases := append(slices.Clone(batteryEN), batteryFR...)
	if len(cases) < 60 {
		t.Fatalf("the battery has %d cases; keep at least 60", len(cases))
	}
	failed := 0
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Parse([]byte(c.text), Options{TextBody: true, TZ: batteryAt.Location(), At: batteryAt})
			if err != nil {
				t.Fatal(err)
			}
			if bad := c.check(r); bad != "" {
				failed++
				t.Errorf("%q:\n%s (warnings %q)", c.text, bad, r.Warnings)
			}
		})
	}
	t.Logf("battery: %d of %d cases understood", len(cases)-failed, len(cases))
}
