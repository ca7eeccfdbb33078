package parser

import (
	"strings"
	"testing"
)

// extractPrompt runs extract on a bare reply text that answers prompt.
func extractPrompt(text, prompt string) *Reply {
	r := &Reply{ReplyText: text}
	extract(r, Options{Prompt: prompt}, friday)
	return r
}

// goalsOf writes a reply's goals compactly: "ref|title:status".
func goalsOf(r *Reply) string {
	var got []string
	for _, g := range r.Goals {
		got = append(got, g.Ref+"|"+g.Title+":"+g.Status)
	}
	return strings.Join(got, " ")
}

// TestGoalNews: partial progress, goals named by rank or by a bare number, a goal
// that still stands, and a goal swapped for another.
func TestGoalNews(t *testing.T) {
	for _, c := range []struct{ text, prompt, want string }{
		{"Pour mon objectif 2, j'ai fait environ la moitié du chemin.", PromptDigest, "2|:in_progress"},
		{"Objectif 2 : j'ai envoyé deux candidatures, j'attends des nouvelles.", PromptCheckin, "2|:in_progress"},
		{"L'objectif 2 est atteint! Le 1 avance bien, j'ai fait deux modules sur quatre.", PromptMidsession, "2|:done 1|:in_progress"},
		{"J'ai atteint mon objectif 1 et le 2 avance bien.", PromptMidsession, "1|:done 2|:in_progress"},
		{"Done with goal 1!! and 3 is moving along slowly.", PromptCheckin, "1|:done 3|:in_progress"},
		{"Mon premier objectif est atteint, le deuxième avance bien et j'ai laissé tomber le troisième.", PromptMidsession, "1|:done 2|:in_progress 3|:dropped"},
		{"I'm dropping the second goal. The first one still fits.", PromptMidsession, "2|:dropped"},
		{"But I've made progress on my first goal: I drafted the cover letter.", PromptCheckin, "1|:in_progress"},
		{"Bonjour. Mon objectif de réseautage avance bien.", PromptMidsession, "|réseautage:in_progress"},
		{"J'ai enfin fini l'objectif du portfolio, et je suis à peu près à la moitié pour LinkedIn.", PromptDigest, "|portfolio:done |LinkedIn:in_progress"},
		{"Honnêtement j'abandonne l'objectif de présenter au congrès, il n'y a pas de budget.", PromptMidsession, "|présenter au congrès:dropped"},
		{"J'abandonne l'idée du certificat en gestion documentaire cette année.", PromptMidsession, "|certificat en gestion documentaire:dropped"},
		{"Pour le no 1 : à mi-chemin, j'ai envoyé trois candidatures sur six.", PromptDigest, "1|:in_progress"},
		{"Going well! The LinkedIn one is done.", PromptMidsession, "|LinkedIn:done"},
	} {
		if got := goalsOf(extractPrompt(c.text, c.prompt)); got != c.want {
			t.Errorf("%q: goals %q, want %q", c.text, got, c.want)
		}
	}
	// A goal swapped for another gives the new one beside the dropped one.
	for _, text := range []string{
		"Je remplace mon objectif 2 (le certificat) par quelque chose de plus réaliste : suivre un webinaire par mois.",
		"Scratch the webinar idea; instead I want to shadow a reference librarian for a day.",
		"I want to swap goal 3 for something more realistic. Instead of a whole certificate, I'll take one leadership workshop this winter.",
		"So goal 1 is done, obviously. My new short-term goal is to get through probation.",
	} {
		r := extractPrompt(text, PromptCheckin)
		if len(r.Goals) != 2 || (r.Goals[0].Status == "new") == (r.Goals[1].Status == "new") {
			t.Errorf("%q: goals %q, want one updated and one new", text, goalsOf(r))
		}
	}
}

// TestMeetingDetails: a day said alone, a planned length, a negation that only
// says time flew, and "last nite".
func TestMeetingDetails(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Logging one from last week. It was Tuesday, after my shift. We met at Balzac's for about an hour.", "2026-11-17 60 in_person [] -"},
		{"Video call Monday. We had planned for half an hour but it went long, closer to an hour in the end.", "2026-11-16 60 video [] -"},
		{"On s'est vues hier au resto. Ça a duré une heure et quart, on n'a pas vu le temps passer.", "2026-11-19 75 in_person [] -"},
		{"Met w Jordan last nite, video 30min.", "2026-11-19 30 video [] -"},
		{"Jordan and I spoke two weeks ago today, by phone, for 45 minutes.", "2026-11-06 45 phone [] -"},
		{"Nous nous sommes parlé au téléphone lundi... non, attendez, mardi, parce que lundi la bibliothèque était fermée. Une trentaine de minutes.", "2026-11-17 30 phone [] -"},
		{"Semaine chargée : j'ai rencontré ma gestionnaire mardi pour mon évaluation annuelle (une heure), puis Geneviève mercredi au café Morgane, environ une heure aussi.", "2026-11-18 60 in_person [] -"},
	} {
		r := extractText(c.text, "", "", friday)
		if got := meetingSummary(r.Meeting); got != c.want || len(r.Meetings) != 1 {
			t.Errorf("%q: meeting %s (%d meetings), want %s", c.text, got, len(r.Meetings), c.want)
		}
	}
	// A day said alone does not date a meeting when another day is given, nor
	// make one up when none was told.
	if r := extractText("It was last Thursday. Nothing to log yet.", "", "", friday); r.Meeting != nil {
		t.Errorf("a day alone made a meeting: %s", meetingSummary(r.Meeting))
	}
}

// TestTopicsBesideMeeting: beside a meeting, plans are what the pair talked about;
// what is left for next time is not.
func TestTopicsBesideMeeting(t *testing.T) {
	r := extractText("Met in person Friday at the branch, about 45 min. Jordan is going to the OLA Super Conference in January and thinks I should go too.", "", "", friday)
	if got := meetingSummary(r.Meeting); !strings.Contains(got, "conferences") {
		t.Errorf("plans beside a meeting: %s, want conferences", got)
	}
	r = extractText("We met yesterday and we'll meet again next Thursday to talk about conferences.", "", "", friday)
	if got := meetingSummary(r.Meeting); strings.Contains(got, "conferences") {
		t.Errorf("a topic left for next time was logged: %s", got)
	}
}

// TestPoliteCommands: requests in polite forms, and "it" that is an entry sent or
// the digest.
func TestPoliteCommands(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Allo, est-ce que ce serait possible de suspendre mes rappels jusqu'au 5 janvier?", "pause:2027-01-05"},
		{"Oups, j'ai envoyé la rencontre deux fois par erreur. Pourriez-vous annuler la dernière que j'ai consignée?", "undo:"},
		{"Je viens d'envoyer une rencontre avec la mauvaise date. Est-ce que vous pouvez la retirer?", "undo:"},
		{"Merci mais j'ai pas besoin du résumé hebdomadaire. Vous pouvez l'enlever?", "digest_off:"},
		{"Sorry, I can't remember how I'm supposed to log things here. Could you send me the instructions again??", "help:"},
		{"Bonjour, je ne me souviens plus comment on inscrit une rencontre. Pourriez-vous me renvoyer le mode d'emploi?", "help:"},
	} {
		r := extractText(c.text, "", "", friday)
		var got []string
		for _, cmd := range r.Commands {
			got = append(got, string(cmd.Name)+":"+string(cmd.Until))
		}
		if strings.Join(got, " ") != c.want || r.Question != nil || r.Meeting != nil {
			t.Errorf("%q: commands %q question %v meeting %s, want %q, no question and no meeting", c.text, got, r.Question != nil, meetingSummary(r.Meeting), c.want)
		}
	}
}

// TestNoMeetingNews: someone else's meeting, the writer's own interview, a
// meeting only planned, and a reply that says no meeting took place log nothing.
func TestNoMeetingNews(t *testing.T) {
	for _, text := range []string{
		"Nothing new meeting-wise. I'm still working on my LinkedIn profile.",
		"My colleague and her mentor met at the café downstairs yesterday for like an hour, and it made me realize Jordan and I still haven't met.",
		"I had a 45-minute interview by video yesterday with McMaster!! No meeting with Jordan since last time though.",
		"J'ai eu une rencontre d'une heure avec ma gestionnaire hier au sujet de ma permanence. Rien avec Geneviève cette semaine.",
		"Pas encore de rencontre : Geneviève est en vacances jusqu'au 15 novembre. On s'écrit à son retour.",
		"Amira - do you want to do Thursday or Friday next week? I'm off Friday so we could do coffee in person.",
		"Non non, pas besoin de pause! On s'est juste manqués. On a une vidéo de prévue jeudi.",
	} {
		if r := extractText(text, "", "", friday); r.Meeting != nil {
			t.Errorf("%q: meeting %s, want none", text, meetingSummary(r.Meeting))
		}
	}
}
