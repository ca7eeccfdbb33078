package templates

import (
	"path/filepath"
	"strings"
	"testing"
)

// variants are the wordings of one kind beyond its sample: every command a
// receipt acknowledges, an undated meeting, a partner's goal, notices.
func variants(lang string) map[string]struct {
	kind Kind
	data any
} {
	name := map[string]string{"en": "Marcus", "fr": "Aïcha"}[lang]
	codes := []string{"meeting_undated", "date_future", NoticeMeetingBeforeStart, "no_such_code"}
	var ns []string
	for _, c := range codes {
		ns = append(ns, NoticeText(c, lang, map[bool]string{true: "last week", false: ""}[c == "meeting_undated"]))
	}
	out := map[string]struct {
		kind Kind
		data any
	}{}
	for _, c := range []Command{CommandStop, CommandResume, CommandUndo, CommandRating, CommandLeaveDeclined, CommandLeaveExpired,
		CommandFewerReminders, CommandDigestOff, CommandDigestOn, CommandNothingDone} {
		rc := CommandReceipt{Name: name, Command: c, Rating: 4}
		if c == CommandNothingDone {
			rc.Notices = ns[1:3]
		}
		out["receipt_command."+string(c)] = struct {
			kind Kind
			data any
		}{KindReceiptCommand, rc}
	}
	out["receipt_meeting.undated"] = struct {
		kind Kind
		data any
	}{KindReceiptMeeting, MeetingReceipt{Name: name, PartnerName: "Grace", Meeting: MeetingSummary{Minutes: 45, Mode: ModeVideo},
		MeetingsLogged: 1, Notices: ns[3:]}}
	out["receipt_goals.partner"] = struct {
		kind Kind
		data any
	}{KindReceiptGoals, GoalsReceipt{Name: name, PartnerName: "Grace", Goals: []GoalSummary{
		{Number: 2, Title: "Present at a conference", Status: GoalDone, Owner: RoleMentor, OwnerName: "Grace"}}}}
	return out
}

// TestGoldenVariants renders each variant in both languages against
// testdata/golden/variants (-update rewrites them).
func TestGoldenVariants(t *testing.T) {
	s := newSet(t)
	for _, lang := range Languages {
		for name, v := range variants(lang) {
			t.Run(name+"."+lang, func(t *testing.T) {
				r, err := s.Render(v.kind, lang, v.data)
				if err != nil {
					t.Fatal(err)
				}
				base := filepath.Join("testdata", "golden", "variants", name+"."+lang)
				golden(t, base+".txt", "Subject: "+r.Subject+"\n\n"+r.Text)
				golden(t, base+".html", r.HTML)
			})
		}
	}
}

// TestNoticesSpeakTheReadersLanguage: every code is worded in both languages,
// the French never falls back on the English, an unknown code gets the generic
// sentence, and the participant's words are quoted with the language's marks.
func TestNoticesSpeakTheReadersLanguage(t *testing.T) {
	for _, code := range append(NoticeCodes(), "never_heard_of_it") {
		en, fr := NoticeText(code, "en", "x"), NoticeText(code, "fr-CA", "x")
		if en == "" || fr == "" || en == fr {
			t.Errorf("%s: en %q, fr %q", code, en, fr)
		}
		for _, w := range []string{"Reply", "reply", "meeting", "goal "} {
			if strings.Contains(fr, w) {
				t.Errorf("%s: English %q in the French notice %q", code, w, fr)
			}
		}
	}
	if got := NoticeText("no_such_code", "fr", "x"); got != genericNotice["fr"] {
		t.Errorf("unknown code in French: %q", got)
	}
	if got := NoticeText("meeting_undated", "fr", "la semaine passée"); !strings.Contains(got, "«\u00a0la semaine passée\u00a0»") {
		t.Errorf("French quote: %q", got)
	}
	long := strings.Repeat("word ", 40)
	if got := NoticeText("date_vague", "en", long); strings.Count(got, "word") > maxNoticeQuote/5+1 {
		t.Errorf("a long quote is not bounded: %q", got)
	}
}

// TestBulletKeepsNoBreakSpaces: wrapping a French notice never breaks, or
// drops, the no-break space before a colon.
func TestBulletKeepsNoBreakSpaces(t *testing.T) {
	s := NoticeText("goal_unclear", "fr", "")
	b := bullet(s)
	if !strings.Contains(b, "objectif 1\u00a0:") || strings.Contains(b, " :") || strings.Contains(b, "\n:") {
		t.Errorf("bullet lost a no-break space: %q", b)
	}
	for _, l := range strings.Split(b, "\n") {
		if n := len([]rune(l)); n > wrapWidth {
			t.Errorf("line of %d runes: %q", n, l)
		}
	}
}
