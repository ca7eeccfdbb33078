package store

import "time"

// Participant roles.
const (
	RoleMentor = "mentor"
	RoleMentee = "mentee"
)

// Participant states.
const (
	StatusActive    = "active"
	StatusWithdrawn = "withdrawn"
)

// Pair states.
const (
	PairActive = "active"
	PairEnded  = "ended"
)

// Cohort is one session of the program: a set of pairs that start together.
type Cohort struct {
	ID        int64     `gorm:"primaryKey"`
	Name      string    `gorm:"uniqueIndex;not null"`
	StartDate string    `gorm:"not null"` // YYYY-MM-DD, the day introductions go out
	Days      int       `gorm:"not null"` // length of the session in days
	CreatedAt time.Time `gorm:"not null"`
}

// Participant is a mentor or mentee. Email is the primary address, normalised
// (lower case, trimmed); alternates live in Address rows.
type Participant struct {
	ID          int64  `gorm:"primaryKey"`
	CohortID    *int64 // the cohort the participant was last imported with
	Email       string `gorm:"uniqueIndex;not null"`
	Name        string `gorm:"not null"`
	Role        string `gorm:"not null"` // RoleMentor or RoleMentee
	Language    string `gorm:"not null"` // "en" or "fr"
	TimeZone    string `gorm:"not null"` // IANA name, e.g. America/Vancouver
	Province    string
	Background  string
	CVURL       string `gorm:"column:cv_url"`
	LinkedInURL string `gorm:"column:linkedin_url"`
	CareerGoals string
	Interests   string // comma-separated topic keys
	Status      string `gorm:"not null"` // StatusActive or StatusWithdrawn
	PausedUntil *time.Time
	BounceCount int `gorm:"not null"`
	// MailStopped is set after a permanent delivery failure: nothing more is sent.
	MailStopped bool `gorm:"not null"`
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// FewerReminders asks the calendar for less mail: no nudges, and a check-in
	// every four weeks instead of two. The participant stays in the program.
	FewerReminders bool `gorm:"not null"`
	// DigestOff stops the mentor's fortnightly digest.
	DigestOff bool `gorm:"not null"`
	// AwayUntil is the return date an out-of-office reply gave: the person's
	// nudges and the pair's lapse alerts wait until then. Any reply of theirs
	// ends it sooner.
	AwayUntil *time.Time
}

// Address is a participant's alternate address. Addresses are unique across
// participants; a primary address is never also an alternate.
type Address struct {
	ID            int64  `gorm:"primaryKey"`
	ParticipantID int64  `gorm:"not null;index"`
	Address       string `gorm:"uniqueIndex;not null"`
}

// Pair is a mentor and a mentee in a cohort. StartDate is the pair's own day 0,
// later than the cohort's for a pair added mid-session.
type Pair struct {
	ID        int64  `gorm:"primaryKey"`
	CohortID  int64  `gorm:"not null"`
	MentorID  int64  `gorm:"not null"`
	MenteeID  int64  `gorm:"not null"`
	StartDate string `gorm:"not null"` // YYYY-MM-DD
	Status    string `gorm:"not null"` // PairActive or PairEnded
	// NextTickAt is when the calendar must next look at this pair; nil means now.
	// The tick reads only pairs whose time has come, so its cost follows what is due.
	NextTickAt *time.Time
	CreatedAt  time.Time
	// PausedUntil holds the pair's scheduled mail until then (the committee's pause).
	PausedUntil *time.Time
	// EndedAt, EndReason and EndNote record a pair the committee ended early
	// (EndReason is one of the fixed reasons; EndNote the committee's own words).
	EndedAt   *time.Time
	EndReason string `gorm:"not null"`
	EndNote   string `gorm:"not null"`
	// CatchUp is how a pair imported after its start catches up (CatchUpNone,
	// CatchUpIntro, CatchUpAll; "" is CatchUpAll), and CalendarFrom the day, in
	// the program's time zone, from which its calendar runs when not all.
	CatchUp      string `gorm:"not null"`
	CalendarFrom string `gorm:"not null"` // YYYY-MM-DD or ""
}

// Goal is one of a pair's goals, numbered from 1 for its owner within the pair:
// the mentor's goal 1 and the mentee's goal 1 are two goals.
type Goal struct {
	ID          int64 `gorm:"primaryKey"`
	PairID      int64 `gorm:"not null"`
	OwnerID     int64 `gorm:"not null"` // the participant who set it
	Number      int   `gorm:"not null"`
	TitleSealed []byte
	Horizon     string `gorm:"not null"` // "short", "long" or ""
	Status      string `gorm:"not null"` // "new", "in_progress", "done", "dropped"
	InboundID   *int64
	UndoneAt    *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// GoalUpdate records one change to a goal as reported in a reply.
type GoalUpdate struct {
	ID         int64  `gorm:"primaryKey"`
	GoalID     int64  `gorm:"not null;index"`
	InboundID  *int64 `gorm:"index"`
	Status     string `gorm:"not null"`
	PrevStatus string `gorm:"not null"`
	NoteSealed []byte
	UndoneAt   *time.Time
	CreatedAt  time.Time
}

// Meeting is a meeting logged by one of the partners.
type Meeting struct {
	ID          int64  `gorm:"primaryKey"`
	PairID      int64  `gorm:"not null;index"`
	LoggedByID  int64  `gorm:"not null"`
	InboundID   *int64 `gorm:"index"`
	Date        string `gorm:"not null"` // YYYY-MM-DD, or "" for a meeting reported without a day (undated)
	Minutes     int    `gorm:"not null"`
	Mode        string `gorm:"not null"`
	Topics      string `gorm:"not null"` // comma-separated topic keys
	NotesSealed []byte
	NextMeeting string
	UndoneAt    *time.Time
	CreatedAt   time.Time
	// PartnerSeenAt is when the other partner was shown this meeting (a receipt
	// or digest); DisputedAt when they answered it was not theirs ("not me").
	PartnerSeenAt *time.Time
	DisputedAt    *time.Time
}

// Question states.
const (
	QuestionOpen     = "open"
	QuestionAnswered = "answered"
)

// Question is a participant's question for the committee.
type Question struct {
	ID            int64 `gorm:"primaryKey"`
	ParticipantID int64 `gorm:"not null;index"`
	PairID        *int64
	InboundID     *int64
	TextSealed    []byte
	State         string `gorm:"not null"`
	// MessageID is the Message-ID of the participant's message, for threading the answer.
	MessageID  string
	AnsweredBy string
	AnsweredAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// SurveyAnswer is a rating and comment from the end-of-session survey.
type SurveyAnswer struct {
	ID            int64 `gorm:"primaryKey"`
	PairID        int64 `gorm:"not null"`
	ParticipantID int64 `gorm:"not null"`
	InboundID     *int64
	Rating        int `gorm:"not null"`
	CommentSealed []byte
	CreatedAt     time.Time
}

// Outbox states.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
	// OutboxCancelled rows were never sent: the recipient paused, left or bounced.
	OutboxCancelled = "cancelled"
)

// Outbox is one message to send. It is rendered when it is made, so a resend after
// a crash is byte-for-byte the same message with the same Message-ID.
type Outbox struct {
	ID int64 `gorm:"primaryKey"`
	// IdemKey makes a calendar tick idempotent, e.g. "checkin:p42:c3:mentee".
	IdemKey       string `gorm:"uniqueIndex;not null"`
	MessageID     string `gorm:"uniqueIndex;not null"` // without angle brackets
	Kind          string `gorm:"not null"`
	Lang          string `gorm:"not null"`
	ParticipantID *int64 `gorm:"index"`
	PairID        *int64
	QuestionID    *int64
	ToAddr        string `gorm:"not null"`
	ReplyTo       string // comma-separated addresses
	InReplyTo     string
	References    string // space-separated message ids, without angle brackets
	SubjectSealed []byte
	TextSealed    []byte
	HTMLSealed    []byte
	DueAt         time.Time `gorm:"not null;index"`
	State         string    `gorm:"not null"`
	Attempts      int       `gorm:"not null"`
	// FirstTriedAt is when the first attempt failed; retries give up two days after it.
	FirstTriedAt *time.Time
	LeaseOwner   string
	LeaseUntil   *time.Time
	LastError    string
	SentAt       *time.Time
	CreatedAt    time.Time
	// CalendarSealed is an invitation's iCalendar object (RFC 5545), sent as a
	// text/calendar part with CalendarMethod (RFC 5546: REQUEST, CANCEL); nil for
	// other mail.
	CalendarSealed []byte
	CalendarMethod string `gorm:"not null;default:''"`
	// AttachmentSealed is a file sent after the text (the participation
	// letter's PDF), named AttachmentName, of media type AttachmentType.
	AttachmentSealed []byte
	AttachmentName   string `gorm:"not null;default:''"`
	AttachmentType   string `gorm:"not null;default:''"`
}

// TableName keeps the table's name singular.
func (Outbox) TableName() string { return "outbox" }

// Inbound outcomes.
const (
	InboundProcessed   = "processed"
	InboundQuarantined = "quarantined"
)

// Inbound is one message read from the mailbox. Key is unique: the Message-ID, or a
// hash of the raw message where there is none, so a message is applied once.
type Inbound struct {
	ID            int64  `gorm:"primaryKey"`
	Key           string `gorm:"uniqueIndex;not null"`
	Mailbox       string `gorm:"not null"`
	UIDValidity   uint32 `gorm:"column:uid_validity;not null"`
	UID           uint32 `gorm:"column:uid;not null"`
	FromAddr      string `gorm:"not null"`
	ParticipantID *int64 `gorm:"index"`
	OutboxID      *int64 // the message this one answers, from its token
	Class         string `gorm:"not null"`
	Outcome       string `gorm:"not null"` // InboundProcessed or InboundQuarantined
	Reason        string // why it was quarantined, or what it was understood as
	Size          int    `gorm:"not null"`
	RawSealed     []byte // the raw message, kept for the retention period
	ReceivedAt    time.Time
	// ThreadRefs is the message's own References chain (its References, then its
	// In-Reply-To), space-separated, without angle brackets: an answer to it
	// carries this chain followed by the message's Message-ID.
	ThreadRefs string `gorm:"not null;default:''"`
	// SubjectSealed is the message's subject, so an answer keeps it; purged with RawSealed.
	SubjectSealed []byte
	CreatedAt     time.Time
}

// TableName keeps the table's name singular.
func (Inbound) TableName() string { return "inbound" }

// InboundFailure counts failed attempts to process a message, outside the
// transaction that failed, so that the third failure quarantines it.
type InboundFailure struct {
	Key       string `gorm:"primaryKey"`
	Count     int    `gorm:"not null"`
	LastError string
	UpdatedAt time.Time
}

// Cursor is the per-mailbox IMAP position: messages up to LastUID under
// UIDValidity have been applied.
type Cursor struct {
	Mailbox     string `gorm:"primaryKey"`
	UIDValidity uint32 `gorm:"column:uid_validity;not null"`
	LastUID     uint32 `gorm:"column:last_uid;not null"`
	UpdatedAt   time.Time
}

// Meta holds small store-wide values, such as the key check.
type Meta struct {
	Key   string `gorm:"primaryKey"`
	Value []byte
}

// TableName keeps the table's name singular.
func (Meta) TableName() string { return "meta" }

// Review item states.
const (
	ReviewOpen     = "open"
	ReviewResolved = "resolved"
)

// Consent states of a review item: whether the participant agreed that the
// committee read their message.
const (
	ConsentNone     = ""
	ConsentOffered  = "offered"
	ConsentGiven    = "given"
	ConsentDeclined = "declined"
)

// Resolutions of a review item.
const (
	ResolvedMeeting     = "logged_meeting"
	ResolvedReprocessed = "reprocessed"
	ResolvedDismissed   = "dismissed"
)

// ReviewItem is one entry of the committee's review list: an inbound message that
// was not understood, quarantined or understood in part. It says who, when and why,
// never what the message says; the text reaches the committee only as a question,
// once the participant consents (QuestionID).
type ReviewItem struct {
	ID        int64 `gorm:"primaryKey"`
	InboundID int64 `gorm:"uniqueIndex;not null"`
	// ParticipantID is the sender when known; Sender is their address otherwise.
	ParticipantID *int64
	Sender        string
	// Reason is a code (program.Review*); Detail short words, such as notice codes.
	Reason     string `gorm:"not null"`
	Detail     string
	ReceivedAt time.Time `gorm:"not null"`
	State      string    `gorm:"not null"`
	Consent    string
	ConsentAt  *time.Time
	QuestionID *int64
	// Resolution is one of the Resolved* constants, with what it made.
	Resolution    string
	MeetingID     *int64
	ReprocessedID *int64 // the inbound row the reprocessing made
	Note          string
	ResolvedBy    string
	ResolvedAt    *time.Time
	CreatedAt     time.Time `gorm:"not null"`
}

// Confirmation states.
const (
	ConfirmPending   = "pending"
	ConfirmConfirmed = "confirmed"
	ConfirmDeclined  = "declined"
	ConfirmExpired   = "expired"
)

// ActionLeave is the confirmation of a request to leave the program.
const ActionLeave = "leave"

// Confirmation is a consequential step a participant asked for, waiting for their
// one-word confirmation by reply to the email OutboxID.
type Confirmation struct {
	ID            int64     `gorm:"primaryKey"`
	ParticipantID int64     `gorm:"not null"`
	Action        string    `gorm:"not null"` // ActionLeave
	InboundID     *int64    // the message that asked
	OutboxID      *int64    // the email asking for the confirmation
	State         string    `gorm:"not null"`
	ExpiresAt     time.Time `gorm:"not null"`
	ResolvedAt    *time.Time
	CreatedAt     time.Time
}

// The entities and fields a Change may record.
const (
	EntityParticipant = "participant"
	EntityMeeting     = "meeting"

	FieldPausedUntil    = "paused_until"
	FieldFewerReminders = "fewer_reminders"
	FieldDigestOff      = "digest_off"
	FieldDate           = "date"
)

// Change is one value a reply changed, with the value it replaced, so that undo
// restores exactly what was there.
type Change struct {
	ID            int64  `gorm:"primaryKey"`
	ParticipantID int64  `gorm:"not null"` // who made the change
	InboundID     *int64 // the message that made it
	Entity        string `gorm:"not null"`
	EntityID      int64  `gorm:"not null"`
	Field         string `gorm:"not null"`
	Prev          string `gorm:"not null"`
	Value         string `gorm:"not null"`
	UndoneAt      *time.Time
	CreatedAt     time.Time
}

// Planned meeting states.
const (
	PlanPlanned   = "planned"
	PlanCancelled = "cancelled"
	// PlanHeld: a partner logged it, or answered "yes" to "did it happen?".
	PlanHeld = "held"
	// PlanMissed: its time passed without a log, and the question went unanswered.
	PlanMissed = "missed"
)

// PlannedMeeting is a meeting a pair planned ahead in a reply. Both partners
// get a calendar invitation for it; UID names it in every invitation, and
// Sequence counts its changes (RFC 5545 section 3.8.7.4).
type PlannedMeeting struct {
	ID          int64 `gorm:"primaryKey"`
	PairID      int64 `gorm:"not null"`
	PlannedByID int64 `gorm:"not null"`
	InboundID   *int64
	UID         string    `gorm:"column:uid;uniqueIndex;not null"`
	StartsAt    time.Time `gorm:"not null"`
	AllDay      bool      `gorm:"not null"`
	LocalDate   string    `gorm:"not null"` // YYYY-MM-DD on the writer's calendar
	LocalTime   string    `gorm:"not null"` // HH:MM on the writer's clock, "" for a day
	TimeZone    string    `gorm:"not null"` // the writer's IANA zone
	Minutes     int       `gorm:"not null"`
	Mode        string    `gorm:"not null"`
	State       string    `gorm:"not null"`
	Sequence    int       `gorm:"not null"`
	// MentorReply and MenteeReply are each partner's answer to the invitation
	// (iTIP PARTSTAT: ACCEPTED, DECLINED, TENTATIVE), "" before one comes.
	MentorReply string `gorm:"not null"`
	MenteeReply string `gorm:"not null"`
	AskedAt     *time.Time
	PrepSentAt  *time.Time
	MeetingID   *int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}
