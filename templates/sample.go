package templates

import (
	"time"

	"github.com/mentormail/mentormail/topics"
)

// The sample pair: Marcus Chen, an anglophone mentor in Vancouver, and Aïcha Diallo,
// a francophone mentee in Montréal. Both are fictional. English samples are written
// to Marcus, French ones to Aïcha.
type samplePerson struct {
	first string
	role  Role
	prof  Profile
}

func samplePair(c *topics.Catalogue) (marcus, aicha samplePerson) {
	pick := func(keys ...string) []topics.Topic {
		var out []topics.Topic
		for _, k := range keys {
			if t, ok := c.ByKey(k); ok {
				out = append(out, t)
			}
		}
		return out
	}
	marcus = samplePerson{first: "Marcus", role: RoleMentor, prof: Profile{
		Name:     "Marcus Chen",
		Role:     RoleMentor,
		Position: "Head of Adult Services, Fraser Valley Regional Library (fictional)",
		Language: "en",
		Background: "I came to libraries after six years in community radio. I've worked in " +
			"three public library systems in BC and now manage a team of twelve.",
		Province:    "BC",
		TimeZone:    "America/Vancouver",
		CVURL:       "https://example.org/cv/marcus-chen.pdf",
		LinkedInURL: "https://www.linkedin.com/in/example-marcus-chen",
		CareerGoals: "To help more librarians of colour into management, and to finish my " +
			"certificate in public administration.",
		Interests: pick("management", "diversity", "committees"),
	}}
	aicha = samplePerson{first: "Aïcha", role: RoleMentee, prof: Profile{
		Name:     "Aïcha Diallo",
		Role:     RoleMentee,
		Position: "Bibliothécaire, Bibliothèque du Plateau (fictive)",
		Language: "fr",
		Background: "Arrivée du Sénégal il y a quatre ans, j'ai terminé ma maîtrise à " +
			"l'EBSI et je travaille surtout en animation jeunesse.",
		Province:    "QC",
		TimeZone:    "America/Toronto",
		LinkedInURL: "https://www.linkedin.com/in/example-aicha-diallo",
		CareerGoals: "Obtenir un poste permanent et, à terme, coordonner les services " +
			"aux nouveaux arrivants de mon réseau.",
		Interests: pick("job_applications", "interviews", "diversity", "job_precarity"),
	}}
	return marcus, aicha
}

// sampleZone stands for the program's zone in the samples: the program gives
// committee mail its times in its own zone, never in UTC.
var sampleZone = time.FixedZone("EST", -5*60*60)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Sample returns built-in sample data for kind in lang, for previews and tests: English
// samples are addressed to Marcus (mentor), French ones to Aïcha (mentee); committee
// kinds carry the same data in both. It returns nil for an unknown kind.
func Sample(kind Kind, lang string) any {
	c := topics.Default()
	marcus, aicha := samplePair(c)
	me, other := marcus, aicha
	if Lang(lang) == "fr" {
		me, other = aicha, marcus
	}
	topic := func(n int) topics.Topic { t, _ := c.ByNumber(n); return t }
	suggested := []topics.Topic{topic(7), topic(17), topic(19)}
	meetings := []MeetingSummary{
		{Date: day(2025, 10, 9), Minutes: 60, Mode: ModeVideo, Topics: []topics.Topic{topic(1), topic(4)},
			Notes: "Talked about how we each got here. Marcus shared his CV as a model."},
		{Date: day(2025, 10, 23), Minutes: 45, Mode: ModePhone, Topics: []topics.Topic{topic(8)},
			Notes: "Went through the CV line by line.", NextMeeting: day(2025, 11, 6)},
	}
	goals := []GoalSummary{
		{Number: 1, Title: "Update my CV and send two applications", Horizon: HorizonShort,
			Status: GoalInProgress, Owner: RoleMentee, Note: "CV done, one application sent"},
		{Number: 2, Title: "Obtenir un poste permanent", Horizon: HorizonLong, Status: GoalNew, Owner: RoleMentee, Lang: "fr"},
		{Number: 3, Title: "Present at a provincial conference", Horizon: HorizonLong, Status: GoalDone, Owner: RoleMentor},
	}
	switch kind {
	case KindIntroduction:
		return Introduction{Name: me.first, Role: me.role, Partner: other.prof,
			SessionStart: day(2025, 10, 6), SessionEnd: day(2025, 12, 5)}
	case KindGoalsPrompt:
		return GoalsPrompt{Name: me.first, Role: me.role, PartnerName: other.first, ReplyBy: day(2025, 10, 14)}
	case KindCheckin:
		return Checkin{Name: me.first, Role: me.role, PartnerName: other.first, Cycle: 2,
			LastMeeting: day(2025, 10, 9), MeetingsLogged: 1, Suggested: suggested}
	case KindConfidentiality:
		return Confidentiality{Name: me.first, Role: me.role, PartnerName: other.first}
	case KindNudge:
		return Nudge{Name: me.first, Role: me.role, PartnerName: other.first, DaysSince: 16,
			LastMeeting: day(2025, 10, 23), PauseExample: day(2025, 11, 24)}
	case KindDigest:
		return Digest{Name: marcus.first, PartnerName: aicha.first, Meetings: meetings, Goals: goals,
			Covered: []topics.Topic{topic(1), topic(4), topic(8)}, SuggestedNext: suggested,
			DaysSince: 7, LastMeeting: day(2025, 10, 23), SessionEnd: day(2025, 12, 5), PartnerLogged: true}
	case KindMidSession:
		return MidSession{Name: me.first, Role: me.role, PartnerName: other.first, MeetingsLogged: 2,
			Target: 2, GoalsSet: 3, GoalsDone: 1, SessionEnd: day(2025, 12, 5)}
	case KindWrapup:
		return Wrapup{Name: me.first, Role: me.role, PartnerName: other.first, MeetingsLogged: 4,
			GoalsDone: 2, SurveyBy: day(2025, 12, 15), LetterOffered: true}
	case KindReceiptMeeting:
		return MeetingReceipt{Name: me.first, PartnerName: other.first, Meeting: meetings[1], MeetingsLogged: 2}
	case KindReceiptGoals:
		return GoalsReceipt{Name: me.first, Goals: goals[:2]}
	case KindReceiptCommand:
		return CommandReceipt{Name: me.first, Command: CommandPause, Until: day(2025, 11, 24)}
	case KindNotUnderstood:
		return NotUnderstood{Name: me.first, ReceivedAt: day(2025, 10, 27), Suggested: suggested, ConsentDays: 14}
	case KindHelp:
		return Help{Name: me.first, Role: me.role, PartnerName: other.first, PauseExample: day(2025, 11, 24)}
	case KindIdentityNotice:
		return IdentityNotice{Name: me.first, From: "a.diallo@example.net", ReceivedAt: day(2025, 10, 28)}
	case KindQuestionForward:
		return QuestionForward{
			Question: "Est-ce que je peux demander à Marcus de me présenter à quelqu'un de son réseau? " +
				"Je ne veux pas abuser.",
			AskerName: aicha.prof.Name, AskerRole: RoleMentee, PartnerName: marcus.prof.Name,
			Cohort: "Fall 2025", Language: "fr", DaysIntoSession: 23, MeetingsLogged: 2,
			AskedAt: day(2025, 10, 29)}
	case KindQuestionAnswer:
		return QuestionAnswer{Name: me.first, AskedAt: day(2025, 10, 29),
			Question: "Can I ask my partner to introduce me to someone in their network?",
			Answer: "Absolutely. That is one of the best things a mentoring pair can do. " +
				"Say who you'd like to meet and why, and let your partner decide how to make the introduction."}
	case KindCommitteeAlert:
		return CommitteeAlert{Reason: AlertLapsing, Participant: aicha.prof.Name, Role: RoleMentee,
			PartnerName: marcus.prof.Name, Cohort: "Fall 2025", Days: 24, LastMeeting: day(2025, 10, 23),
			At: time.Date(2025, 11, 16, 9, 0, 0, 0, sampleZone)}
	case KindHealthDigest:
		return sampleHealth()
	case KindConsentOffer:
		return ConsentOffer{Name: me.first, ReceivedAt: day(2025, 10, 27), ConsentDays: 14}
	case KindReceiptConsent:
		return ConsentReceipt{Name: me.first, Outcome: ConsentPassed, ReceivedAt: day(2025, 10, 27)}
	case KindConfirmLeave:
		return ConfirmLeave{Name: me.first, PartnerName: other.first, Days: 7,
			ExpiresAt: time.Date(2025, 11, 3, 14, 0, 0, 0, sampleZone)}
	case KindGoalChanged:
		g := goals[0]
		g.Status = GoalDone
		return GoalChanged{Name: me.first, PartnerName: other.first, Goal: g, Previous: GoalInProgress}
	case KindQuestionReceived:
		return QuestionReceived{Name: me.first, ReceivedAt: day(2025, 10, 29)}
	case KindMeetingInvite:
		zone := "America/Vancouver"
		if lang == "fr" {
			zone = "America/Toronto"
		}
		loc, err := time.LoadLocation(zone)
		if err != nil {
			loc = time.UTC
		}
		return MeetingInvite{Name: me.first, PartnerName: other.first, Change: InviteNew, TimeZone: zone,
			Start: time.Date(2025, 11, 5, 19, 0, 0, 0, time.UTC).In(loc), Minutes: 45, Mode: ModeVideo}
	case KindMeetingHappened:
		return MeetingHappened{Name: me.first, PartnerName: other.first, Start: time.Date(2025, 11, 5, 14, 0, 0, 0, time.UTC),
			Minutes: 45, Mode: ModeVideo}
	case KindMeetingPrep:
		return MeetingPrep{Name: me.first, PartnerName: other.first, Start: time.Date(2025, 11, 5, 14, 0, 0, 0, time.UTC),
			Suggested: suggested}
	case KindMeetingAgenda:
		return MeetingAgenda{Name: me.first, PartnerName: other.first, Start: time.Date(2025, 11, 5, 14, 0, 0, 0, time.UTC),
			TimeZone: "America/Toronto", Agenda: "I'd like to go over the posting I sent you, and how to talk\nabout my contract work in an interview."}
	case KindParticipationLetter:
		full := map[bool]string{true: "Aïcha Diallo", false: "Marcus Chen"}[lang == "fr"]
		return ParticipationLetter{Name: me.first, FullName: full, Role: me.role, Ready: true,
			SessionStart: day(2025, 10, 6), SessionEnd: day(2025, 12, 5), Meetings: 4, Minutes: 225,
			Topics: []topics.Topic{topic(1), topic(4), topic(8)}, Issued: day(2025, 12, 2)}
	case KindConsoleSignIn:
		return ConsoleSignIn{Link: "https://console.example.org/signin/link#t=SAMPLE", Minutes: 15,
			Address: "committee@example.org", At: time.Date(2025, 11, 16, 14, 5, 0, 0, sampleZone)}
	}
	return opsSample(kind, lang, me, other)
}

func sampleHealth() HealthDigest {
	return HealthDigest{
		Cohort: "Fall 2025", WeekOf: day(2025, 11, 10),
		Pairs: []PairHealth{
			{MentorName: "Marcus Chen", MenteeName: "Aïcha Diallo", Meetings: 2, Target: 3,
				LastMeeting: day(2025, 10, 23), DaysSince: 21, GoalsSet: 3, GoalsDone: 1, Flags: []Flag{FlagQuestion}},
			{MentorName: "Hélène Nguyen", MenteeName: "Samuel Mensah", Meetings: 3, Target: 3,
				LastMeeting: day(2025, 11, 7), DaysSince: 6, GoalsSet: 4, GoalsDone: 2},
			{MentorName: "Rajinder Gill", MenteeName: "Li Wei Zhang", Meetings: 0, Target: 3,
				DaysSince: 38, Flags: []Flag{FlagLapsing, FlagBouncing}},
		},
		Totals:        HealthTotals{Pairs: 3, Meetings: 5, Target: 9, GoalsSet: 7, GoalsDone: 3, Lapsing: 1},
		OpenQuestions: []OpenQuestion{{Asker: "Aïcha Diallo", AskedAt: day(2025, 11, 5), Days: 8}},
		Quarantined:   2,
		Review: []ReviewLine{
			{ID: 4, Who: "Aïcha Diallo", At: time.Date(2025, 11, 6, 14, 12, 0, 0, sampleZone), Reason: ReviewNotUnderstood, Consent: true},
			{ID: 7, Who: "Marcus Chen", At: time.Date(2025, 11, 8, 9, 40, 0, 0, sampleZone), Reason: ReviewPartly, Detail: "meeting_undated"},
			{ID: 9, Who: "stranger@example.net", At: time.Date(2025, 11, 9, 22, 5, 0, 0, sampleZone), Reason: ReviewUnknownSender},
		},
		ReviewOpen: 3,
	}
}
