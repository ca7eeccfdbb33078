package parser

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// friday is the reference time of most tests: Friday 20 November 2026, 3 pm in Toronto.
var friday = time.Date(2026, 11, 20, 15, 0, 0, 0, mustZone("America/Toronto"))

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// extractText runs extract on a bare reply text.
func extractText(text, lang, subject string, ref time.Time) *Reply {
	r := &Reply{ReplyText: text, Language: lang}
	r.Envelope.Subject = subject
	extract(r, Options{}, ref)
	return r
}

// meetingSummary writes a meeting compactly: "date minutes mode [topic keys] next".
func meetingSummary(m *Meeting) string {
	if m == nil {
		return "none"
	}
	keys := make([]string, len(m.Topics))
	for i, t := range m.Topics {
		keys[i] = t.Key
	}
	or := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	mins := "-"
	if m.Minutes != 0 {
		mins = strconv.Itoa(int(m.Minutes))
	}
	return strings.Join([]string{or(string(m.Date)), mins, or(string(m.Mode)), "[" + strings.Join(keys, " ") + "]", or(string(m.NextMeeting))}, " ")
}

func TestMeetings(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       string // meetingSummary
		warnings   int
	}{
		// Free text, English.
		{"en", "We met on Zoom yesterday for about an hour and talked about interview tips and my cover letter",
			"2026-11-19 60 video [interviews job_applications] -", 0},
		{"en", "had coffee with my mentor last Tuesday", "2026-11-17 - in_person [] -", 0},
		{"en", "Quick phone call two days ago, 20 minutes, mostly about time management.", "2026-11-18 20 phone [time_management] -", 0},
		{"en", "We met yesterday and we'll meet again next Thursday to talk about conferences.", "2026-11-19 - - [] 2026-11-26", 0},
		{"en", "Had a great chat over Teams on Monday! We couldn't stop talking about AI.", "2026-11-16 - video [technology] -", 0},
		{"en", "We met at the library on Nov 18. Next meeting: Dec 4", "2026-11-18 - in_person [] 2026-12-04", 0},
		{"en", "Zoom call Nov 18, 1 h 30, topics 3 and 12.", "2026-11-18 90 video [career_goals management] -", 0},
		{"en", "We met on the 3rd for 45 min, and covered topic #19.", "2026-11-03 45 - [time_management] -", 0},
		// Free text, French.
		{"fr", "On s'est parlé au téléphone vendredi dernier, environ 30 minutes", "2026-11-13 30 phone [] -", 0},
		{"fr", "Nous nous sommes rencontrées en personne le 3 novembre.", "2026-11-03 - in_person [] -", 0},
		{"fr", "On s'est vus hier pendant une heure et demie en visio. On se revoit le 12.", "2026-11-19 90 video [] 2026-12-12", 0},
		{"fr", "Il y a 3 jours, on a pris un café ensemble, une demi-heure, on a surtout parlé de gestion du temps.",
			"2026-11-17 30 in_person [time_management] -", 0},
		{"fr", "Rencontre par Teams mardi dernier (1h). Sujets 7 et 8.", "2026-11-17 60 video [interviews job_applications] -", 0},
		// Structured, both languages.
		{"en", "Date: Nov 18\nLength: 45 min\nHow: video\nTopics: 3, 7\nNotes: she shared her conference slides\nNext meeting: Dec 4",
			"2026-11-18 45 video [career_goals interviews conferences] 2026-12-04", 0},
		{"fr", "Date : 20 novembre\nDurée : 1h30\nMode : téléphone\nSujets : 3 et 7\nProchaine rencontre : 4 décembre",
			"2026-11-20 90 phone [career_goals interviews] 2026-12-04", 0},
		{"en", "Date: yesterday\nLength: 45\nHow: coffee\nTopics: mock interview, cover letter", "2026-11-19 45 in_person [interviews job_applications] -", 0},
		// Nothing happened, or only a plan.
		{"en", "Thanks!", "none", 0},
		{"fr", "Merci beaucoup", "none", 0},
		{"en", "We're meeting next Thursday on Zoom.", "none", 0},
		{"en", "We haven't met yet, but we'll meet on Dec 2.", "none", 0},
		{"fr", "Nous ne nous sommes pas encore rencontrées; on se parle jeudi prochain.", "none", 0},
		{"en", "I had a job interview last Tuesday, wish me luck for the next one!", "none", 0},
		// Low confidence: warnings, not guesses.
		{"en", "We met 5/11 for an hour.", "- 60 - [] -", 1},
		{"en", "We met on Nov 25 by phone.", "- - phone [] -", 1},
		{"en", "Met last week for coffee.", "- - in_person [] -", 1},
		{"en", "We talked for 30-45 min on Tuesday.", "2026-11-17 - - [] -", 1},
		{"en", "We had a phone call Monday and a Zoom call Wednesday.", "2026-11-16 - phone [] -", 0}, // and a second meeting
		{"en", "Topics: 3, 27\nDate: today", "2026-11-20 - - [career_goals] -", 1},
		{"en", "How: carrier pigeon\nDate: today", "2026-11-20 - - [] -", 1},
	} {
		r := extractText(c.text, c.lang, "", friday)
		if got := meetingSummary(r.Meeting); got != c.want || len(r.Warnings) != c.warnings {
			t.Errorf("%q:\n got %s, warnings %q\nwant %s, %d warnings", c.text, got, r.Warnings, c.want, c.warnings)
		}
	}
}

func TestModes(t *testing.T) {
	for text, want := range map[string]Mode{
		"We met on Zoom yesterday":                      ModeVideo,
		"Teams call yesterday":                          ModeVideo,
		"Google Meet yesterday, 30 min":                 ModeVideo,
		"we skyped yesterday":                           ModeVideo,
		"video call yesterday":                          ModeVideo,
		"on s'est parlé en visio hier":                  ModeVideo,
		"rencontre en visioconférence hier":             ModeVideo,
		"we talked on the phone yesterday":              ModePhone,
		"quick call yesterday":                          ModePhone,
		"appel téléphonique hier":                       ModePhone,
		"had lunch together yesterday":                  ModeInPerson,
		"met at the library yesterday":                  ModeInPerson,
		"on s'est rencontrées en personne hier":         ModeInPerson,
		"on a pris un café hier":                        ModeInPerson,
		"we emailed back and forth yesterday":           ModeEmail,
		"échange de courriels hier, on a discuté du CV": ModeEmail,
		"we chatted on Slack yesterday":                 ModeChat,
		"we texted yesterday":                           ModeChat,
		"clavardage hier, 20 minutes":                   ModeChat,
		"on a échangé par messages texte hier":          ModeChat,
	} {
		r := extractText(text, "", "", friday)
		if r.Meeting == nil || r.Meeting.Mode != want {
			t.Errorf("%q: meeting %s, want mode %s (warnings %q)", text, meetingSummary(r.Meeting), want, r.Warnings)
		}
	}
}

func TestTopicWords(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "we talked about time management", "time_management"},
		{"en", "we talked about change management and her manager", "change_management management"},
		{"en", "we talked about work-life balance and burnout", "work_life_balance"},
		{"en", "of course we talked about my résumé", "job_applications"},
		{"en", "we met by video conference and discussed AI tools", "technology"},
		{"fr", "on a parlé de gestion du temps et de conciliation travail-vie personnelle", "time_management work_life_balance"},
		{"fr", "on a discuté de mon entrevue et de ma lettre de présentation", "interviews job_applications"},
		{"fr", "j'ai parlé de ma formation en catalogage", "professional_development specialties"},
		{"fr", "on a discuté de la precarite et du syndicat", "job_precarity"},
		{"fr", "au cours de la rencontre on a parlé de diversité", "diversity"},
	} {
		r := extractText(c.text+" yesterday", c.lang, "", friday)
		got := meetingSummary(r.Meeting)
		if i := strings.Index(got, "["); i >= 0 {
			got = got[i+1 : strings.Index(got, "]")]
		}
		if got != c.want {
			t.Errorf("%q: topics %q, want %q", c.text, got, c.want)
		}
	}
	r := extractText("We met yesterday and talked about interviews.", "fr", "", friday)
	if r.Meeting == nil || len(r.Meeting.Topics) != 1 || r.Meeting.Topics[0].Label != "Entrevues\u00a0: conseils et techniques" {
		t.Errorf("labels follow the reply's language: %+v", r.Meeting)
	}
}

// The same instant is a different calendar day across Canada's time zones, and
// "yesterday" follows the sender's.
func TestTimeZones(t *testing.T) {
	instant := time.Date(2026, 11, 21, 3, 30, 0, 0, time.UTC)
	for zone, want := range map[string]string{
		"America/Vancouver": "2026-11-19", // Friday 19:30
		"America/Toronto":   "2026-11-19", // Friday 22:30
		"America/Halifax":   "2026-11-19", // Friday 23:30
		"America/St_Johns":  "2026-11-20", // Saturday 00:00
	} {
		r := extractText("We met yesterday on Zoom.", "en", "", instant.In(mustZone(zone)))
		if r.Meeting == nil || string(r.Meeting.Date) != want {
			t.Errorf("%s: %s, want date %s", zone, meetingSummary(r.Meeting), want)
		}
	}
	// New Year's Eve in Vancouver is already New Year's Day in Halifax.
	nye := time.Date(2027, 1, 1, 5, 0, 0, 0, time.UTC)
	for zone, want := range map[string]string{"America/Vancouver": "2026-12-30", "America/Halifax": "2026-12-31"} {
		r := extractText("hier, en visio", "fr", "", nye.In(mustZone(zone)))
		if r.Meeting == nil || string(r.Meeting.Date) != want {
			t.Errorf("%s: %s, want %s", zone, meetingSummary(r.Meeting), want)
		}
	}
}

func TestGoals(t *testing.T) {
	for _, c := range []struct{ subject, text, want string }{
		{"", "Goal 2: done", `[{"ref":"2","title":"","horizon":"","status":"done","note":""}]`},
		{"", "goal 1 - in progress, sent three applications", `[{"ref":"1","title":"","horizon":"","status":"in_progress","note":"sent three applications"}]`},
		{"", "Goal 3: sent three applications", `[{"ref":"3","title":"","horizon":"","status":"in_progress","note":"sent three applications"}]`},
		{"", "new short-term goal: update my LinkedIn", `[{"ref":"","title":"update my LinkedIn","horizon":"short","status":"new","note":""}]`},
		{"", "long-term goal: become a branch manager.", `[{"ref":"","title":"become a branch manager","horizon":"long","status":"new","note":""}]`},
		{"", "CV goal: done", `[{"ref":"","title":"CV","horizon":"","status":"done","note":""}]`},
		{"", "My LinkedIn goal is in progress", `[{"ref":"","title":"LinkedIn","horizon":"","status":"in_progress","note":""}]`},
		{"", "objectif 1 : terminé", `[{"ref":"1","title":"","horizon":"","status":"done","note":""}]`},
		{"", "Objectif 2 : abandonné, plus d'actualité", `[{"ref":"2","title":"","horizon":"","status":"dropped","note":"plus d'actualité"}]`},
		{"", "nouvel objectif à court terme : refaire mon CV", `[{"ref":"","title":"refaire mon CV","horizon":"short","status":"new","note":""}]`},
		{"", "Objectif à long terme : devenir gestionnaire", `[{"ref":"","title":"devenir gestionnaire","horizon":"long","status":"new","note":""}]`},
		{"", "objectif CV : en cours", `[{"ref":"","title":"CV","horizon":"","status":"in_progress","note":""}]`},
		{"Re: Your goals", "Short term: update my CV; practise interviews\nLong term: become a manager",
			`[{"ref":"","title":"update my CV","horizon":"short","status":"new","note":""},{"ref":"","title":"practise interviews","horizon":"short","status":"new","note":""},{"ref":"","title":"become a manager","horizon":"long","status":"new","note":""}]`},
		{"Re: Vos objectifs", "Court terme : mettre à jour mon CV\nLong terme : diriger une bibliothèque",
			`[{"ref":"","title":"mettre à jour mon CV","horizon":"short","status":"new","note":""},{"ref":"","title":"diriger une bibliothèque","horizon":"long","status":"new","note":""}]`},
		{"", "Short-term goals:\n- update my CV\n- go to a conference\n\nThanks!",
			`[{"ref":"","title":"update my CV","horizon":"short","status":"new","note":""},{"ref":"","title":"go to a conference","horizon":"short","status":"new","note":""}]`},
		{"Re: Your goals for the session", "Goal 1: get a job in an academic library",
			`[{"ref":"1","title":"get a job in an academic library","horizon":"","status":"new","note":""}]`},
		{"", "We talked about my career goals yesterday.", `null`},
	} {
		r := extractText(c.text, "", c.subject, friday)
		b, _ := json.Marshal(r.Goals)
		if string(b) != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, b, c.want)
		}
	}
}

func TestCommands(t *testing.T) {
	for _, c := range []struct{ subject, text, want string }{
		{"", "help", `[{"name":"help","until":null,"value":null}]`},
		{"", "Aide", `[{"name":"help","until":null,"value":null}]`},
		{"help", "", `[{"name":"help","until":null,"value":null}]`},
		{"", "pause until Dec 15", `[{"name":"pause","until":"2026-12-15","value":null}]`},
		{"", "Please pause me until January 5th.", `[{"name":"pause","until":"2027-01-05","value":null}]`},
		{"", "I'm busy until Jan 10, sorry!", `[{"name":"pause","until":"2027-01-10","value":null}]`},
		{"", "en pause jusqu'au 15 décembre", `[{"name":"pause","until":"2026-12-15","value":null}]`},
		{"", "Je suis occupée jusqu'au 4 janvier.", `[{"name":"pause","until":"2027-01-04","value":null}]`},
		{"", "pause for two weeks", `[{"name":"pause","until":"2026-12-04","value":null}]`},
		{"", "pause", `[{"name":"pause","until":null,"value":null}]`},
		{"", "resume", `[{"name":"resume","until":null,"value":null}]`},
		{"", "Reprendre", `[{"name":"resume","until":null,"value":null}]`},
		{"", "undo", `[{"name":"undo","until":null,"value":null}]`},
		{"", "Annuler", `[{"name":"undo","until":null,"value":null}]`},
		{"", "STOP", `[{"name":"stop","until":null,"value":null}]`},
		{"", "unsubscribe", `[{"name":"stop","until":null,"value":null}]`},
		{"", "Please remove me from the program.", `[{"name":"stop","until":null,"value":null}]`},
		{"", "Je quitte le programme.", `[{"name":"stop","until":null,"value":null}]`},
		{"", "Retirez-moi svp", `[{"name":"stop","until":null,"value":null}]`},
		{"", "Rating: 4", `[{"name":"rating","until":null,"value":4}]`},
		{"", "4/5", `[{"name":"rating","until":null,"value":4}]`},
		{"", "Note : 5", `[{"name":"rating","until":null,"value":5}]`},
		{"", "I'd give it 4 out of 5.", `[{"name":"rating","until":null,"value":4}]`},
		{"", "Je donnerais 5 sur 5 au programme!", `[{"name":"rating","until":null,"value":5}]`},
		// Not commands.
		{"", "We couldn't stop talking yesterday.", `null`},
		{"", "Should we pause the meetings over the holidays?", `null`},
		{"", "I helped her with her resume.", `null`},
		{"", "Note: she was very helpful", `null`},
	} {
		r := extractText(c.text, "", c.subject, friday)
		b, _ := json.Marshal(r.Commands)
		if string(b) != c.want {
			t.Errorf("%q / %q:\n got %s (warnings %q)\nwant %s", c.subject, c.text, b, r.Warnings, c.want)
		}
	}
	// "Until after the holidays" names no day: a pause without one, which the
	// program answers by asking for the day (rule.go), never a guessed date.
	if r := extractText("pause until after the holidays", "", "", friday); len(r.Commands) != 1 || r.Commands[0] != (Command{Name: CmdPause}) {
		t.Errorf("pause until after the holidays: commands %+v; want a pause without a day", r.Commands)
	}
	for _, text := range []string{"Rating: 7", "Rating: 8/10", "Rating: excellent", "Rating: 3.5", "pause until Nov 2"} {
		r := extractText(text, "", "", friday)
		if len(r.Commands) != 0 || len(r.Warnings) != 1 {
			t.Errorf("%q: commands %+v, warnings %q; want one warning and no command", text, r.Commands, r.Warnings)
		}
	}
}

func TestQuestion(t *testing.T) {
	for _, c := range []struct{ subject, text, want string }{
		{"", "Question: How do I find a second mentor?", "How do I find a second mentor?"},
		{"", "Question : Est-ce que je peux changer de mentor?", "Est-ce que je peux changer de mentor?"},
		{"", "We met yesterday.\nQuestion:\nCan we meet in January too?\nIs that allowed?\n\nThanks", "Can we meet in January too?\nIs that allowed?"},
		{"Question for the committee", "Hi,\nIs it ok to share my CV with other mentors?\nThanks,\nAmina", "Is it ok to share my CV with other mentors?"},
		{"RE : Question pour le comité", "Bonjour,\nLes rencontres peuvent-elles se faire en anglais?\nMerci", "Les rencontres peuvent-elles se faire en anglais?"},
	} {
		r := extractText(c.text, "", c.subject, friday)
		if r.Question == nil || *r.Question != c.want {
			t.Errorf("%q: question %v, want %q", c.text, r.Question, c.want)
		}
	}
	if r := extractText("We met yesterday, any questions?", "", "", friday); r.Question != nil {
		t.Errorf("a question mark alone is not a question for the committee: %q", *r.Question)
	}
}

func TestNotes(t *testing.T) {
	r := extractText("Hi!\nWe met on Zoom yesterday and went over my cover letter.\nShe was great.\nThanks,\nSam", "en", "", friday)
	want := "We met on Zoom yesterday and went over my cover letter.\nShe was great."
	if r.Meeting == nil || r.Meeting.Notes != want {
		t.Errorf("notes %q, want %q", r.Meeting.Notes, want)
	}
	r = extractText("Date: yesterday\nNotes: practised interview questions", "en", "", friday)
	if r.Meeting == nil || r.Meeting.Notes != "practised interview questions" {
		t.Errorf("notes field: %+v", r.Meeting)
	}
	long := strings.Repeat("We talked about many things yesterday. ", 40)
	if r := extractText(long, "en", "", friday); r.Meeting == nil || utf8.RuneCountInString(r.Meeting.Notes) > maxNoteRunes+1 {
		t.Errorf("notes are not clipped")
	}
}

func TestLongReplyIsCut(t *testing.T) {
	long := "We met yesterday.\n" + strings.Repeat("x", maxReadBytes) + "\nstop\n"
	r := extractText(long, "en", "", friday)
	if r.Meeting == nil || len(r.Commands) != 0 || len(r.Warnings) != 1 {
		t.Errorf("meeting %v, commands %+v, warnings %q", r.Meeting, r.Commands, r.Warnings)
	}
}
