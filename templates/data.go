package templates

import (
	"time"

	"github.com/mentormail/mentormail/topics"
)

// This file holds the data each kind renders. The program package fills these
// structs; Render checks that the data given matches the kind (a value or a pointer).
// Zero values are safe everywhere: an unset date, link or list is left out.
// Dates are shown as calendar days in the language of the email; give them in the
// recipient's time zone.

// Role is a participant's part in a pair.
type Role string

// The roles.
const (
	RoleMentor Role = "mentor"
	RoleMentee Role = "mentee"
)

// Mode is how a pair met, with the parser's values.
type Mode string

// The meeting modes.
const (
	ModeVideo    Mode = "video"
	ModePhone    Mode = "phone"
	ModeInPerson Mode = "in_person"
	ModeEmail    Mode = "email"
	ModeChat     Mode = "chat"
)

// Horizon says whether a goal is short or long term.
type Horizon string

// The goal horizons. The empty horizon is shown as nothing.
const (
	HorizonShort Horizon = "short"
	HorizonLong  Horizon = "long"
)

// GoalStatus is where a goal stands, with the parser's values.
type GoalStatus string

// The goal states.
const (
	GoalNew        GoalStatus = "new"
	GoalInProgress GoalStatus = "in_progress"
	GoalDone       GoalStatus = "done"
	GoalDropped    GoalStatus = "dropped"
)

// Profile describes a participant to their partner in the introduction.
type Profile struct {
	Name string
	Role Role
	// Position is their job or studies as they wrote it ("Reference librarian, Prairie Valley Public Library").
	Position string
	// Background is a few sentences in their own words; long text is wrapped.
	Background string
	// Province is a two-letter code (ON, QC, ...) or a name; codes are shown in the email's language.
	Province string
	// TimeZone is an IANA zone name; Canadian zones are shown by their common name.
	TimeZone    string
	CVURL       string
	LinkedInURL string
	// CareerGoals is what they wrote about their career goals.
	CareerGoals string
	// Interests are the catalogue topics they chose.
	Interests []topics.Topic
	// Language is the language they write in ("en", "fr"): their own words
	// (position, background, career goals) carry it as their HTML lang.
	Language string
}

// Introduction introduces one partner to the other at the start of a session. The
// message is sent with Reply-To set to both partners.
type Introduction struct {
	// Name is how to greet the recipient (first or preferred name).
	Name    string
	Role    Role
	Partner Profile
	// SessionStart and SessionEnd bound the session.
	SessionStart time.Time
	SessionEnd   time.Time
}

// GoalsPrompt asks a participant for their short- and long-term goals.
type GoalsPrompt struct {
	Name        string
	Role        Role
	PartnerName string
	// ReplyBy is an optional gentle date to reply by.
	ReplyBy time.Time
}

// Checkin is the fortnightly prompt to log the last meeting.
type Checkin struct {
	Name        string
	Role        Role
	PartnerName string
	// Cycle is the check-in's number in the session, from 1.
	Cycle int
	// LastMeeting is the last logged meeting's date; zero if none yet.
	LastMeeting time.Time
	// MeetingsLogged counts the pair's meetings so far.
	MeetingsLogged int
	// Suggested are 2-3 topics the pair has not covered; the first two numbers
	// are also used in the example reply.
	Suggested []topics.Topic
}

// Confidentiality reminds a participant that conversations stay private.
type Confidentiality struct {
	Name        string
	Role        Role
	PartnerName string
	// MidSession selects the mid-session wording instead of the start-of-session one.
	MidSession bool
}

// Nudge tells a participant no meeting has been logged for a while.
type Nudge struct {
	Name        string
	Role        Role
	PartnerName string
	// DaysSince is the number of days since the last logged meeting, or since the
	// session began when there is none.
	DaysSince int
	// LastMeeting is the last logged meeting's date; zero if none yet.
	LastMeeting time.Time
	// PauseExample is the date shown in the "pause until" example; zero shows a placeholder.
	PauseExample time.Time
}

// MeetingSummary is one logged meeting as its partners see it.
type MeetingSummary struct {
	Date    time.Time
	Minutes int
	Mode    Mode
	Topics  []topics.Topic
	// Notes are the pair's own notes, shown only to the partners; may be empty.
	Notes string
	// NextMeeting is the next meeting date they gave, if any.
	NextMeeting time.Time
	// Lang is the language of whoever logged it ("en", "fr"): the notes, their
	// own words, carry it as their HTML lang.
	Lang string
}

// GoalSummary is one goal and where it stands.
type GoalSummary struct {
	// Number is how replies refer to it ("goal 2: done").
	Number  int
	Title   string
	Horizon Horizon
	Status  GoalStatus
	// Owner is whose goal it is.
	Owner Role
	// OwnerName names the owner when the reader is not the owner (the mentor's
	// digest, a change to the partner's goal): numbers are per person.
	OwnerName string
	// Note is the latest progress note, if any (shown to the partners only).
	Note string
	// Lang is the language its owner writes in ("en", "fr"): the title and
	// note, their own words, carry it as their HTML lang.
	Lang string
}

// Digest is the mentor's fortnightly digest about their pair.
type Digest struct {
	// Name is the mentor's greeting name; PartnerName the mentee's name.
	Name        string
	PartnerName string
	// Meetings are the meetings logged so far, oldest first.
	Meetings []MeetingSummary
	Goals    []GoalSummary
	// Covered are the topics discussed so far; SuggestedNext 2-3 not yet covered.
	Covered       []topics.Topic
	SuggestedNext []topics.Topic
	// DaysSince is the number of days since the last meeting (or session start).
	DaysSince   int
	LastMeeting time.Time
	SessionEnd  time.Time
	// PartnerLogged: the digest shows meetings the mentee logged that the
	// mentor had not been shown; it says how to dispute one.
	PartnerLogged bool
}

// MidSession is the mid-session check-in.
type MidSession struct {
	Name           string
	Role           Role
	PartnerName    string
	MeetingsLogged int
	// Target is the number of meetings expected by now (twice a month).
	Target     int
	GoalsSet   int
	GoalsDone  int
	SessionEnd time.Time
}

// Wrapup closes the session and carries the feedback survey.
type Wrapup struct {
	Name           string
	Role           Role
	PartnerName    string
	MeetingsLogged int
	GoalsDone      int
	// SurveyBy is an optional date to answer the survey by.
	SurveyBy time.Time
	// LetterOffered: the wrap-up says a participation letter comes on "letter".
	LetterOffered bool
}

// MeetingReceipt confirms a logged meeting.
type MeetingReceipt struct {
	Name        string
	PartnerName string
	Meeting     MeetingSummary
	// MeetingsLogged counts the pair's meetings including this one.
	MeetingsLogged int
	// Notices are what the reader should check, each in the recipient's language
	// with the one line that corrects it (see NoticeText).
	Notices []string
}

// GoalsReceipt confirms goals recorded or updated by a reply.
type GoalsReceipt struct {
	Name string
	// Goals are the goals this reply recorded or changed, with their new state.
	Goals []GoalSummary
	// PartnerName is the partner, named when one of Goals is theirs.
	PartnerName string
	Notices     []string
}

// Command is a command a participant sent, as the parser names it.
type Command string

// The commands that get a receipt.
const (
	CommandPause  Command = "pause"
	CommandResume Command = "resume"
	CommandUndo   Command = "undo"
	CommandStop   Command = "stop"
	CommandRating Command = "rating"
	// CommandLeaveDeclined: the participant answered "no" to the leaving confirmation.
	CommandLeaveDeclined Command = "leave_declined"
	// CommandLeaveExpired: a "yes" came after the leaving confirmation expired.
	CommandLeaveExpired Command = "leave_expired"
	// CommandFewerReminders: no nudges, and a check-in every four weeks.
	CommandFewerReminders Command = "fewer_reminders"
	// CommandDigestOff and CommandDigestOn switch the mentor's digest.
	CommandDigestOff Command = "digest_off"
	CommandDigestOn  Command = "digest_on"
	// CommandNothingDone: the message was read but changed nothing; Notices say why.
	CommandNothingDone Command = "nothing_done"
	// CommandMeetingDisputed: "not me" to a meeting the partner logged; Done names it.
	CommandMeetingDisputed Command = "meeting_disputed"
)

// CommandReceipt acknowledges a command.
type CommandReceipt struct {
	Name    string
	Command Command
	// Until is the day mail resumes, for pause.
	Until time.Time
	// Rating is the rating given, for rating (1-5).
	Rating int
	// Done says what was done, in the recipient's language, when the fixed wording
	// needs a detail ("removed the meeting of November 20"); may be empty.
	Done    string
	Notices []string
}

// NotUnderstood answers a reply the parser could not read.
type NotUnderstood struct {
	Name string
	// ReceivedAt is when their message arrived.
	ReceivedAt time.Time
	// Suggested topics supply the numbers of the example; may be empty.
	Suggested []topics.Topic
	// Concern says the message asks for help or reports a problem in the pair:
	// the answer leads with the offer to pass it to the committee.
	Concern bool
	// Asked is what the message asks without saying it is for the committee
	// (parser.Reply.MaybeQuestion): the answer quotes it and offers to pass it on.
	Asked string
	// ConsentDays is how many days the offer to pass the message to the
	// committee stands (a one-word "yes" or "oui" to this email).
	ConsentDays int
	Notices     []string
}

// Help lists every way to reply.
type Help struct {
	Name string
	Role Role
	// PartnerName shows how to name the partner's goals; may be empty.
	PartnerName string
	Notices     []string
	// PauseExample is the date shown in the "pause until" example; zero shows a placeholder.
	PauseExample time.Time
}

// IdentityNotice tells a participant that someone used a link meant for them.
// It never carries the message's content.
type IdentityNotice struct {
	Name string
	// From is the address the reply came from.
	From       string
	ReceivedAt time.Time
}

// QuestionForward sends a participant's question to the committee. It has no
// field for meeting notes, on purpose.
type QuestionForward struct {
	Question  string
	AskerName string
	AskerRole Role
	// PartnerName is the asker's partner.
	PartnerName string
	Cohort      string
	// Language is the asker's language, "en" or "fr".
	Language        string
	DaysIntoSession int
	MeetingsLogged  int
	AskedAt         time.Time
	// Passed says the text is a message the program could not read (or a
	// reported problem) that its writer agreed to pass to the committee, rather
	// than a question they asked.
	Passed bool
}

// QuestionAnswer relays the committee's answer to a participant.
type QuestionAnswer struct {
	Name string
	// Question is the participant's question, quoted back; may be empty.
	Question string
	Answer   string
	AskedAt  time.Time
}

// AlertReason is why the committee is alerted.
type AlertReason string

// The alert reasons.
const (
	AlertLapsing         AlertReason = "lapsing"
	AlertDeliveryFailed  AlertReason = "delivery_failed"
	AlertQuarantined     AlertReason = "quarantined"
	AlertParticipantLeft AlertReason = "participant_left"
	AlertPermanentBounce AlertReason = "permanent_bounce"
	// AlertSignInLost: the OAuth2 grant of the program's mailbox no longer works.
	AlertSignInLost AlertReason = "signin_lost"
)

// CommitteeAlert tells the committee something needs a person. Fields that do not
// apply to the reason are left zero.
type CommitteeAlert struct {
	Reason AlertReason
	// Participant, Role and PartnerName identify who it is about.
	Participant string
	Role        Role
	PartnerName string
	Cohort      string
	// Address is the email address involved (failed delivery, bounce, quarantine sender).
	Address string
	// Days without a meeting, for lapsing; LastMeeting zero if none.
	Days        int
	LastMeeting time.Time
	// Kind is the kind of email that failed, for delivery_failed.
	Kind Kind
	// Details is a short technical detail (an SMTP reply, a folder); never message content.
	Details string
	At      time.Time
}

// Flag marks a pair in the committee's health digest.
type Flag string

// The pair flags.
const (
	FlagLapsing  Flag = "lapsing"
	FlagPaused   Flag = "paused"
	FlagBouncing Flag = "bouncing"
	FlagLeft     Flag = "left"
	FlagQuestion Flag = "question"
)

// PairHealth is one pair's figures in the health digest.
// The committee knows a pair by its partners' names, never by its key.
type PairHealth struct {
	MentorName string
	MenteeName string
	Meetings   int
	Target     int
	// LastMeeting is zero if none; DaysSince counts from it (or the session start).
	LastMeeting time.Time
	DaysSince   int
	GoalsSet    int
	GoalsDone   int
	Flags       []Flag
}

// OpenQuestion is a participant question still unanswered.
type OpenQuestion struct {
	Asker   string
	AskedAt time.Time
	Days    int
}

// HealthTotals are the cohort's totals.
type HealthTotals struct {
	Pairs     int
	Meetings  int
	Target    int
	GoalsSet  int
	GoalsDone int
	Lapsing   int
}

// HealthDigest is the committee's weekly digest: counts, dates and keys only.
type HealthDigest struct {
	Cohort string
	// WeekOf is the first day of the week reported.
	WeekOf time.Time
	Pairs  []PairHealth
	Totals HealthTotals
	// OpenQuestions are the questions unanswered for more than 3 days.
	OpenQuestions []OpenQuestion
	// Quarantined is the number of messages in quarantine.
	Quarantined int
	// Review lists the open items of the review list, oldest first (at most a
	// screenful); ReviewOpen is how many are open in all.
	Review     []ReviewLine
	ReviewOpen int
}

// ReviewReason says why a message is on the committee's review list.
type ReviewReason string

// The review reasons.
const (
	ReviewNotUnderstood ReviewReason = "not_understood"
	// ReviewPartly: understood in part; Detail lists the parser's notice codes.
	ReviewPartly ReviewReason = "partly_understood"
	// ReviewConcern: a reply that reports a problem, passed on with consent.
	ReviewConcern ReviewReason = "concern"
	// ReviewAsked: a reply that asks something without saying it is for the
	// committee (parser.Reply.MaybeQuestion); its writer is asked.
	ReviewAsked ReviewReason = "asked"
	// The quarantined ones.
	ReviewUnknownSender    ReviewReason = "unknown_sender"
	ReviewWrongAddress     ReviewReason = "wrong_address"
	ReviewUnreadable       ReviewReason = "unreadable"
	ReviewTooBig           ReviewReason = "too_big"
	ReviewFailed           ReviewReason = "failed"
	ReviewEmpty            ReviewReason = "empty"
	ReviewOutsideCommittee ReviewReason = "outside_committee"
	ReviewQuarantined      ReviewReason = "quarantined"
	// ReviewDisputed: a partner answered "not me" to a meeting the other logged.
	ReviewDisputed ReviewReason = "disputed_meeting"
)

// ReviewLine is one open review item in the health digest: who, when, why;
// never the message's text.
type ReviewLine struct {
	ID     int64
	Who    string
	At     time.Time
	Reason ReviewReason
	Detail string
	// Consent is set when the writer agreed to pass the text to the committee.
	Consent bool
}

// ConsentOffer offers a participant whose reply reports a problem, or asks for
// help, to pass it to the committee by a one-word reply.
type ConsentOffer struct {
	Name       string
	ReceivedAt time.Time
	// Asked is what the message asks without saying it is for the committee
	// (parser.Reply.MaybeQuestion); empty for a message that reports a problem.
	Asked string
	// ConsentDays is how many days the offer stands.
	ConsentDays int
}

// ConsentOutcome is what became of a participant's answer to the offer.
type ConsentOutcome string

// The consent outcomes.
const (
	// ConsentPassed: the message went to the committee.
	ConsentPassed ConsentOutcome = "passed"
	// ConsentAlready: it had gone already; nothing was sent again.
	ConsentAlready ConsentOutcome = "already"
	// ConsentDeclined: the participant said no; the committee does not see it.
	ConsentDeclined ConsentOutcome = "declined"
	// ConsentExpired: the offer had run out; nothing was sent.
	ConsentExpired ConsentOutcome = "expired"
	// ConsentGone: the message is no longer kept; nothing was sent.
	ConsentGone ConsentOutcome = "gone"
)

// ConsentReceipt answers a yes or no to the offer to pass a message on.
type ConsentReceipt struct {
	Name    string
	Outcome ConsentOutcome
	// ReceivedAt is when the message concerned arrived.
	ReceivedAt time.Time
}

// ConfirmLeave asks a participant who asked to leave the program to confirm it
// by a one-word reply before ExpiresAt; without it nothing happens.
type ConfirmLeave struct {
	Name        string
	PartnerName string
	// Days is how long the confirmation stays open; ExpiresAt is its last moment.
	Days      int
	ExpiresAt time.Time
	Notices   []string
}

// GoalChanged tells a participant that their partner changed one of their goals.
type GoalChanged struct {
	Name        string
	PartnerName string
	// Goal is the goal, with its new state.
	Goal GoalSummary
	// Previous is the state it had before.
	Previous GoalStatus
}

// QuestionReceived tells a participant that the committee has their question.
type QuestionReceived struct {
	Name       string
	ReceivedAt time.Time
	Notices    []string
}

// ConsoleSignIn is a committee member's sign-in link to the web console.
type ConsoleSignIn struct {
	// Link is the single-use sign-in address; Minutes how long it works.
	Link    string
	Minutes int
	// Address is the member's address the link was asked for.
	Address string
	// At is when it was asked for.
	At time.Time
}

// InviteChange says what a meeting invitation is: a new meeting, a change to
// one, or its cancellation.
type InviteChange string

// The invitation changes.
const (
	InviteNew    InviteChange = "new"
	InviteUpdate InviteChange = "update"
	InviteCancel InviteChange = "cancel"
)

// MeetingInvite carries the calendar invitation to a meeting a partner planned
// in a reply, its update or its cancellation.
type MeetingInvite struct {
	Name        string
	PartnerName string
	// PlannedByMe: the reader wrote the plan; otherwise their partner did.
	PlannedByMe bool
	Change      InviteChange
	// Start is the meeting's time in the reader's own zone (TimeZone); with
	// AllDay only its day counts.
	Start    time.Time
	AllDay   bool
	TimeZone string
	Minutes  int
	Mode     Mode
}

// MeetingHappened asks one partner whether a planned meeting took place.
type MeetingHappened struct {
	Name        string
	PartnerName string
	// Start is the planned time in the reader's zone; with AllDay only its day counts.
	Start   time.Time
	AllDay  bool
	Minutes int
	Mode    Mode
}

// MeetingPrep asks the mentee what they would like to cover at a planned meeting.
type MeetingPrep struct {
	Name        string
	PartnerName string
	// Start is the meeting's time in the reader's zone; with AllDay only its day counts.
	Start  time.Time
	AllDay bool
	// Suggested are topics the pair has not covered yet.
	Suggested []topics.Topic
}

// MeetingAgenda passes the mentee's answer to the preparation prompt to the
// mentor, in the mentee's words.
type MeetingAgenda struct {
	Name        string
	PartnerName string
	Start       time.Time
	AllDay      bool
	TimeZone    string
	Agenda      string
	// Cut says the agenda was longer than is passed on and was shortened.
	Cut bool
}

// ParticipationLetter is the answer to "letter": the committee's letter
// attesting a participant's session, as a PDF, or when it will be ready.
type ParticipationLetter struct {
	Name     string
	FullName string
	Role     Role
	// Ready: the session is ending or over; otherwise From says when.
	Ready bool
	From  time.Time
	// SessionStart and SessionEnd are the pair's session.
	SessionStart time.Time
	SessionEnd   time.Time
	// Meetings and Minutes count the pair's meetings (one a day) and their length.
	Meetings int
	Minutes  int
	// Topics are the topics covered; never notes.
	Topics []topics.Topic
	Issued time.Time
}
