package program

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// The committee works the review list with these functions: list, show, and
// resolve (log the message as a meeting, reprocess it, or dismiss it), each
// resolution recorded with who did it and when. The command line and the web
// console call them; they read and write only the store, except Reprocess, which
// runs the message through the program again.

// Bounds on what a committee member types.
const (
	// maxReviewBy bounds the name recorded with a resolution.
	maxReviewBy = 100
	// maxReviewNote bounds a dismissal's note.
	maxReviewNote = 500
	// maxLoggedMinutes bounds the length of a meeting logged from the review list.
	maxLoggedMinutes = 600
)

// ReviewEntry is one item of the review list: who, when and why, and what became
// of it; never the message's text.
type ReviewEntry struct {
	ID int64 `json:"id"`
	// At is when the message arrived, in the program's time zone.
	At time.Time `json:"at"`
	// Who is the participant's name, or the address the message came from.
	Who     string `json:"who"`
	Address string `json:"address,omitempty"`
	Reason  string `json:"reason"`
	Detail  string `json:"detail,omitempty"`
	// Why is the reason in words.
	Why     string `json:"why"`
	State   string `json:"state"`
	Consent string `json:"consent,omitempty"`
	// Resolution, with who resolved it and when, once resolved.
	Resolution    string     `json:"resolution,omitempty"`
	ResolvedBy    string     `json:"resolved_by,omitempty"`
	ResolvedAt    *time.Time `json:"resolved_at,omitempty"`
	Note          string     `json:"note,omitempty"`
	MeetingID     *int64     `json:"meeting_id,omitempty"`
	ReprocessedID *int64     `json:"reprocessed_id,omitempty"`
	QuestionID    *int64     `json:"question_id,omitempty"`
}

// reasonWords are the review reasons in the command line's words.
var reasonWords = map[templates.ReviewReason]string{
	templates.ReviewNotUnderstood:    "not understood",
	templates.ReviewPartly:           "understood in part",
	templates.ReviewConcern:          "reports a problem in the pair",
	templates.ReviewAsked:            "asks something, perhaps of the committee",
	templates.ReviewUnknownSender:    "quarantined: unknown sender",
	templates.ReviewWrongAddress:     "quarantined: sent with another participant's link",
	templates.ReviewUnreadable:       "quarantined: unreadable",
	templates.ReviewTooBig:           "quarantined: too big",
	templates.ReviewFailed:           "quarantined: failed three times",
	templates.ReviewEmpty:            "quarantined: no readable text",
	templates.ReviewOutsideCommittee: "quarantined: answer from outside the committee",
	templates.ReviewQuarantined:      "quarantined",
}

// reviewWhy says why an item is listed, in words.
func reviewWhy(reason, detail, consent string) string {
	w, ok := reasonWords[templates.ReviewReason(reason)]
	if !ok {
		w = reason
	}
	if detail != "" {
		w += " (" + detail + ")"
	}
	switch consent {
	case store.ConsentOffered:
		w += "; consent offered"
	case store.ConsentGiven:
		w += "; text passed on with consent"
	case store.ConsentDeclined:
		w += "; consent declined"
	}
	return w
}

func reviewEntry(it store.ReviewView, loc *time.Location) ReviewEntry {
	e := ReviewEntry{ID: it.ID, At: it.ReceivedAt.In(loc), Who: reviewWho(it), Reason: it.Reason, Detail: it.Detail,
		Why: reviewWhy(it.Reason, it.Detail, it.Consent), State: it.State, Consent: it.Consent, Resolution: it.Resolution,
		ResolvedBy: it.ResolvedBy, Note: it.Note, MeetingID: it.MeetingID, ReprocessedID: it.ReprocessedID, QuestionID: it.QuestionID}
	e.Address = it.ParticipantEmail
	if e.Address == "" {
		e.Address = it.Sender
	}
	if it.ResolvedAt != nil {
		at := it.ResolvedAt.In(loc)
		e.ResolvedAt = &at
	}
	return e
}

// ListReview returns the open review items, oldest first, or every item when all
// is set; times in loc.
func ListReview(s ReviewLister, all bool, loc *time.Location) ([]ReviewEntry, error) {
	items, err := s.ReviewList(context.Background(), all, 0)
	if err != nil {
		return nil, err
	}
	out := make([]ReviewEntry, 0, len(items))
	for _, it := range items {
		out = append(out, reviewEntry(it, loc))
	}
	return out, nil
}

// WriteReview writes the list as aligned text.
func WriteReview(w io.Writer, es []ReviewEntry) error {
	if len(es) == 0 {
		_, err := io.WriteString(w, "Nothing to review.\n")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tRECEIVED\tWHO\tWHY\tSTATE")
	for _, e := range es {
		state := e.State
		if e.Resolution != "" {
			state = e.Resolution + " by " + e.ResolvedBy
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", e.ID, e.At.Format("2006-01-02 15:04 MST"), e.Who, e.Why, state)
	}
	return tw.Flush()
}

// ReviewDetail is one item with what is known of its message. Text is the
// message's text as passed to the committee, only when its writer consented.
type ReviewDetail struct {
	ReviewEntry
	InboundID int64  `json:"inbound_id"`
	Class     string `json:"class"`
	Outcome   string `json:"outcome"`
	Size      int    `json:"size"`
	// RawKept says the raw message is still kept, so it can be reprocessed,
	// until RawUntil.
	RawKept  bool      `json:"raw_kept"`
	RawUntil time.Time `json:"raw_until"`
	Text     string    `json:"text,omitempty"`
	// QuestionState is the state of the question the text became.
	QuestionState string `json:"question_state,omitempty"`
}

// ShowReview returns one review item; retentionDays is how long raw messages
// are kept.
func ShowReview(s Transactor, id int64, loc *time.Location, retentionDays int) (*ReviewDetail, error) {
	var d ReviewDetail
	err := s.Tx(func(tx *store.Tx) error {
		it, err := tx.ReviewView(id)
		if err != nil {
			return err
		}
		in, err := tx.InboundByID(it.InboundID)
		if err != nil {
			return err
		}
		d = ReviewDetail{ReviewEntry: reviewEntry(*it, loc), InboundID: in.ID, Class: in.Class, Outcome: in.Outcome,
			Size: in.Size, RawKept: in.RawSealed != nil, RawUntil: in.CreatedAt.AddDate(0, 0, retentionDays).In(loc)}
		if it.Consent != store.ConsentGiven || it.QuestionID == nil {
			return nil
		}
		q, text, err := tx.QuestionByID(*it.QuestionID)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		d.Text, d.QuestionState = text, q.State
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// WriteReviewDetail writes one item as labelled lines.
func WriteReviewDetail(w io.Writer, d *ReviewDetail) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	line := func(k, v string) { fmt.Fprintf(tw, "%s:\t%s\n", k, v) }
	line("Item", fmt.Sprint(d.ID))
	line("Received", d.At.Format("2006-01-02 15:04 MST"))
	who := d.Who
	if d.Address != "" && d.Address != d.Who {
		who += " <" + d.Address + ">"
	}
	line("Who", who)
	line("Why", d.Why)
	line("Message", fmt.Sprintf("inbound %d, %s, %d bytes, %s", d.InboundID, dash(d.Class), d.Size, d.Outcome))
	if d.RawKept {
		line("Raw message", "kept until "+d.RawUntil.Format(time.DateOnly)+" (can be reprocessed)")
	} else {
		line("Raw message", "not kept (purged after the retention period, or never read): cannot be reprocessed")
	}
	line("State", d.State)
	if d.Resolution != "" {
		res := d.Resolution + " by " + d.ResolvedBy
		if d.ResolvedAt != nil {
			res += ", " + d.ResolvedAt.Format("2006-01-02 15:04 MST")
		}
		switch {
		case d.MeetingID != nil:
			res += fmt.Sprintf(" (meeting %d)", *d.MeetingID)
		case d.ReprocessedID != nil:
			res += fmt.Sprintf(" (inbound %d)", *d.ReprocessedID)
		}
		line("Resolution", res)
	}
	if d.Note != "" {
		line("Note", d.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var err error
	switch {
	case d.Text != "":
		_, err = fmt.Fprintf(w, "\nText, passed on with the writer's consent (question %s):\n\n%s\n", d.QuestionState, indent(d.Text))
	case d.Consent == store.ConsentDeclined:
		_, err = io.WriteString(w, "\nThe writer declined to pass the text on; it is not shown.\n")
	case d.Outcome == store.InboundQuarantined:
		_, err = io.WriteString(w, "\nThe text is not shown here; the message itself is in the program mailbox's Quarantine folder.\n")
	default:
		_, err = io.WriteString(w, "\nThe text is shown only when the writer agrees to pass it on.\n")
	}
	return err
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n  ")
}

// checkBy validates the name recorded with a resolution.
func checkBy(by string) (string, error) {
	by = strings.TrimSpace(by)
	switch {
	case by == "":
		return "", errors.New("program: say who resolves the item (--by NAME)")
	case utf8.RuneCountInString(by) > maxReviewBy:
		return "", fmt.Errorf("program: the name is longer than %d characters", maxReviewBy)
	case strings.ContainsAny(by, "\r\n\x00"):
		return "", errors.New("program: the name must be one line")
	}
	return by, nil
}

// openItem returns an item that is still open.
func openItem(tx *store.Tx, id int64) (*store.ReviewItem, error) {
	it, err := tx.ReviewByID(id)
	if err != nil {
		return nil, err
	}
	if it.State == store.ReviewResolved {
		return nil, fmt.Errorf("%w: %s by %s", ErrReviewResolved, it.Resolution, it.ResolvedBy)
	}
	return it, nil
}

// resolve closes an item with its resolution and who did it, when.
func resolve(tx *store.Tx, id int64, by, resolution string, now time.Time, fields map[string]any) error {
	if fields == nil {
		fields = map[string]any{}
	}
	fields["state"], fields["resolution"], fields["resolved_by"], fields["resolved_at"] = store.ReviewResolved, resolution, by, now.UTC()
	return tx.UpdateReview(id, fields)
}

// LoggedMeeting is a meeting the committee logs from a review item.
type LoggedMeeting struct {
	Pair    int64
	Date    string // YYYY-MM-DD
	Minutes int
}

// ResolveMeeting logs a review item's message as a meeting of a pair, on the
// participant's behalf, and closes the item. The sender must be a partner of the
// pair; the date must fall between the pair's first day and today (in loc).
func ResolveMeeting(s Transactor, id int64, by string, lm LoggedMeeting, now time.Time, loc *time.Location) (*store.Meeting, error) {
	by, err := checkBy(by)
	if err != nil {
		return nil, err
	}
	day, err := time.ParseInLocation(time.DateOnly, lm.Date, loc)
	if err != nil {
		return nil, fmt.Errorf("program: the date %q is not YYYY-MM-DD", lm.Date)
	}
	if lm.Minutes < 0 || lm.Minutes > maxLoggedMinutes {
		return nil, fmt.Errorf("program: a meeting of %d minutes: give 0 to %d", lm.Minutes, maxLoggedMinutes)
	}
	var m *store.Meeting
	err = s.Tx(func(tx *store.Tx) error {
		it, err := openItem(tx, id)
		if err != nil {
			return err
		}
		if it.ParticipantID == nil {
			return fmt.Errorf("program: item %d came from %s, who is not a participant: add the address to a participant and reprocess it instead", id, dash(it.Sender))
		}
		v, err := tx.LoadPair(lm.Pair)
		if err != nil {
			return fmt.Errorf("program: no pair %d: %w", lm.Pair, err)
		}
		if v.Member(*it.ParticipantID) == nil {
			return fmt.Errorf("program: the sender of item %d is not a partner in pair %d (%s / %s)", id, lm.Pair, v.Mentor.Name, v.Mentee.Name)
		}
		today := now.In(loc).Format(time.DateOnly)
		if lm.Date < v.Pair.StartDate || lm.Date > today {
			return fmt.Errorf("program: %s is not between the pair's first day (%s) and today (%s)", day.Format(time.DateOnly), v.Pair.StartDate, today)
		}
		m = &store.Meeting{PairID: v.Pair.ID, LoggedByID: *it.ParticipantID, InboundID: &it.InboundID, Date: lm.Date,
			Minutes: lm.Minutes, CreatedAt: now.UTC()}
		if err := tx.AddMeeting(m, ""); err != nil {
			return err
		}
		if err := tx.WakePairs(*it.ParticipantID); err != nil {
			return err
		}
		return resolve(tx, id, by, store.ResolvedMeeting, now, map[string]any{"meeting_id": m.ID})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// DismissReview closes a review item with nothing done, and an optional note.
func DismissReview(s Transactor, id int64, by, note string, now time.Time) error {
	by, err := checkBy(by)
	if err != nil {
		return err
	}
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > maxReviewNote {
		return fmt.Errorf("program: the note is longer than %d characters", maxReviewNote)
	}
	return s.Tx(func(tx *store.Tx) error {
		if _, err := openItem(tx, id); err != nil {
			return err
		}
		return resolve(tx, id, by, store.ResolvedDismissed, now, map[string]any{"note": note})
	})
}

// ErrRawGone is returned when an item's raw message is no longer kept.
var ErrRawGone = errors.New("program: the raw message is no longer kept")

// Reprocessed is what reprocessing a review item's message did.
type Reprocessed struct {
	// InboundID is the new inbound row; Outcome and Reason what became of it
	// (processed, and what it was understood as; or quarantined, and why).
	InboundID int64
	Outcome   string
	Reason    string
	// NewItem is the review item the message made again, if it is still not
	// understood, quarantined or understood in part; 0 if none.
	NewItem int64
}

// Reprocess runs a review item's raw message through the current parser and
// program rules again, as if it had just arrived (its effects and answers
// included), and closes the item. It is for after a fix: a parser update, or an
// address added to a participant. Raw messages are kept for the retention period
// (Options.RetentionDays); after that the item can only be logged or dismissed.
func (p *Program) Reprocess(ctx context.Context, id int64, by string) (*Reprocessed, error) {
	by, err := checkBy(by)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var res Reprocessed
	err = p.store.Tx(func(tx *store.Tx) error {
		it, err := openItem(tx, id)
		if err != nil {
			return err
		}
		orig, err := tx.InboundByID(it.InboundID)
		if err != nil {
			return err
		}
		raw, kept, err := tx.InboundRaw(orig)
		if err != nil {
			return err
		}
		if !kept {
			return fmt.Errorf("%w (raw messages are kept %d days; this one is purged or was never read): log it or dismiss it",
				ErrRawGone, p.opts.RetentionDays)
		}
		key := fmt.Sprintf("%s#reprocessed%d", orig.Key, it.ID)
		d := mailer.Delivery{Mailbox: orig.Mailbox, UIDValidity: orig.UIDValidity, UID: orig.UID, Raw: raw, Size: int64(len(raw))}
		r, s, opts, perr := p.readOnce(ctx, tx, raw, orig.ReceivedAt)
		if perr != nil {
			err = p.quarantine(tx, p.inboundRow(d, key, orig.FromAddr, ""), raw, "unreadable message")
		} else if s, err = p.senderOf(tx, s, r); err == nil {
			_, err = p.applyRead(ctx, tx, d, key, r, s, opts)
		}
		if err != nil {
			return err
		}
		in, err := tx.InboundByKey(key)
		if err != nil {
			return err
		}
		res = Reprocessed{InboundID: in.ID, Outcome: in.Outcome, Reason: in.Reason}
		if again, err := tx.ReviewByInbound(in.ID); err == nil {
			res.NewItem = again.ID
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		return resolve(tx, id, by, store.ResolvedReprocessed, p.now(), map[string]any{"reprocessed_id": in.ID})
	})
	if err != nil {
		return nil, err
	}
	p.notify()
	return &res, nil
}
