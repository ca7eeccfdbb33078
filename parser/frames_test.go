package parser

import (
	"strings"
	"testing"
)

// TestMaybeQuestion: a sentence put as a question that no rule is sure of is a
// possible question (the program asks its writer); one put to the partner, told
// of, rhetorical, a tag question, a greeting or a dated statement said with a
// doubt is not; a plain question stays a question.
func TestMaybeQuestion(t *testing.T) {
	for _, c := range []struct {
		text  string
		maybe string // the possible question, "" for none
		sure  bool   // a plain question instead
	}{
		{"We met Monday on Zoom. What time zone are the check-in dates in?", "What time zone are the check-in dates in?", false},
		{"Bonjour, le programme remet-il une attestation pour les heures?", "Bonjour, le programme remet-il une attestation pour les heures?", false},
		{"Not sure this is the right place, but can mentors attend the info session, or is it only for the new cohort?", "Not sure this is the right place, but can mentors attend the info session, or is it only for the new cohort?", false},
		{"I don't know what my obligations are as a mentor in a case like this.", "I don't know what my obligations are as a mentor in a case like this.", false},
		{"Tout va bien, tellement qu'on se demandait si on pouvait prolonger notre jumelage.", "Tout va bien, tellement qu'on se demandait si on pouvait prolonger notre jumelage.", false},
		{"Not yet this round -- Priya, did you want to do Thursday or Friday next week?", "", false},
		{"Mathieu, tu me redis si jeudi prochain te convient toujours?", "", false},
		{"She asked me whether a second master's is worth it?", "", false},
		{"Who knew the job market would be this tough?", "", false},
		{"Why do these things always happen in November, right?", "", false},
		{"How are you all doing?", "", false},
		{"We met on the 14th, or was it the 15th?", "", false},
		{"Priya and I finally caught up on Tuesday over Zoom, maybe an hr?", "", false},
		{"I'm not sure whether we met on the 3rd.", "", false},
	} {
		r := extractText(c.text, "", "", friday)
		got := ""
		if r.MaybeQuestion != nil {
			got = *r.MaybeQuestion
		}
		if got != c.maybe || (r.Question != nil) != c.sure {
			t.Errorf("%q: maybe %q, question %v; want maybe %q, question %v", c.text, got, r.Question != nil, c.maybe, c.sure)
		}
	}
	// A dated statement said with a doubt is a meeting, not a question.
	if r := extractText("Priya and I finally caught up on Tuesday over Zoom, maybe an hr?", "", "", friday); meetingSummary(r.Meeting) != "2026-11-17 60 video [] -" {
		t.Errorf("doubtful meeting: %s", meetingSummary(r.Meeting))
	}
}

// TestOtherFrames: a clause that tells of another event or person's meeting, of
// a meeting already told, or, after the reply said no meeting took place, one
// without the pair in it, logs nothing; the pair's own meeting still does.
func TestOtherFrames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"I had my interview with Regina Public Library yesterday, 45 minutes on Zoom!", "none"},
		{"Rien à signaler côté mentorat. J'ai rencontré ma gestionnaire hier pour mon évaluation annuelle (1 h).", "none"},
		{"Nothing on our side yet. Sam mentioned she met with her other mentor last Wednesday for coffee.", "none"},
		{"No mentoring meeting yet. I sat in on my manager's meeting yesterday, two hours on the reorg.", "none"},
		{"Oops -- the meeting I logged this morning was for my other mentee.", "none"},
		{"We're fine, just busy -- we're in touch and have a call booked.", "none"},
		{"No meeting last week, but we had a call on Monday, 30 min.", "2026-11-16 30 phone [] -"},
		{"I had my interview yesterday and we talked it over on Zoom today for 20 minutes.", "2026-11-20 20 video [] -"},
	} {
		if got := meetingSummary(extractText(c.text, "", "", friday).Meeting); got != c.want {
			t.Errorf("%q: meeting %s, want %s", c.text, got, c.want)
		}
	}
}

// TestDateDoubts: two days offered, or a weekday that does not agree with its
// day, record no date and say why.
func TestDateDoubts(t *testing.T) {
	for _, text := range []string{
		"Yes we met, on the 2nd or 3rd I think.",
		"We talked on the phone for about 30 min, Monday or maybe it was Tuesday.",
		"Phone call Tuesday the 12th, 30 minutes.",
	} {
		r := extractText(text, "", "", friday)
		if r.Meeting == nil || r.Meeting.Date != "" || len(r.Warnings) == 0 {
			t.Errorf("%q: meeting %s, warnings %q; want an undated meeting and a warning", text, meetingSummary(r.Meeting), r.Warnings)
		}
	}
	if r := extractText("Phone call Thursday the 12th, 30 minutes.", "", "", friday); r.Meeting == nil || r.Meeting.Date != "2026-11-12" {
		t.Errorf("a weekday that agrees: %s", meetingSummary(r.Meeting))
	}
}

// TestGoalForms: a goal as the subject of any status, and a list of things to do
// said in one breath.
func TestGoalForms(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The portfolio is maybe 60% done. Slow going but getting there.", "portfolio:in_progress"},
		{"The informational interviews: done, I did three! The leadership course is still going.", "informational interviews:done leadership course:in_progress"},
		{"The networking piece is still in progress, I went to one meetup.", "networking piece:in_progress"},
		{"Farid's contract ends and the union is still in bargaining.", ""},
		{"I finished my cover letter and Alex says it's the best one she's read this year.", "cover letter:done"},
		{"Scratch the webinar idea.", "webinar:dropped"},
		{"For the next couple of months I'd like to practice interviewing, figure out whether a second master's is worth it, and meet more people.",
			"practice interviewing:new figure out whether a second master's is worth it:new meet more people:new"},
	} {
		r := extractText(c.text, "", "", friday)
		var got []string
		for _, g := range r.Goals {
			got = append(got, g.Title+":"+g.Status)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: goals %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// TestEachTime: "each time" after two meetings' dates gives both the same length
// and way of meeting.
func TestEachTime(t *testing.T) {
	r := extractText("On s'est parlé le 9 et le 16 novembre, chaque fois en vidéo pendant une heure.", "", "", friday)
	if len(r.Meetings) != 2 || meetingSummary(&r.Meetings[0]) != "2026-11-09 60 video [] -" || meetingSummary(&r.Meetings[1]) != "2026-11-16 60 video [] -" {
		t.Errorf("meetings %+v", r.Meetings)
	}
}

func TestSplitGoalList(t *testing.T) {
	for title, want := range map[string]string{
		"practice interviewing, figure out whether a second master's is worth it, and meet more people": "practice interviewing|figure out whether a second master's is worth it|meet more people",
		"refaire mon CV, devenir membre de l'ABQLA et préparer une présentation":                        "refaire mon CV|devenir membre de l'ABQLA|préparer une présentation",
		"a permanent, full-time position in a public library, no more contracts":                        "",
		"update my CV and LinkedIn": "",
		"améliorer ma présence sur LinkedIn; me spécialiser en services de recherche": "améliorer ma présence sur LinkedIn|me spécialiser en services de recherche",
	} {
		if got := strings.Join(splitGoalList(title), "|"); got != want {
			t.Errorf("%q: %q, want %q", title, got, want)
		}
	}
}
