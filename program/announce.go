package program

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Limits of an announcement.
const (
	// MaxAnnounceSubject is the longest subject, in characters.
	MaxAnnounceSubject = 200
	// MaxAnnounceBody is the largest body, in bytes, per language.
	MaxAnnounceBody = 64 << 10
	// MaxAnnounceKey is the longest key.
	MaxAnnounceKey = 64
	// AnnouncePerMinute is how many announcements are due per minute by default:
	// the rows' due times are spread, so the sender sends them at this pace
	// whatever else it has to send, and a large cohort does not look like a
	// burst of bulk mail to the receiving servers.
	AnnouncePerMinute = 30
)

// Audiences of an announcement.
const (
	ToAll     = "all"
	ToMentors = "mentors"
	ToMentees = "mentees"
)

// Announcement is a message from the committee to a cohort, written in both
// languages; each person gets it in theirs.
type Announcement struct {
	Cohort               string
	To                   string // ToAll (default), ToMentors or ToMentees
	SubjectEN, SubjectFR string
	BodyEN, BodyFR       string
	// Key makes the announcement once per person: a second run with the same
	// key queues nothing for those who have it. Empty: a digest of the cohort,
	// audience, subjects and bodies, so rerunning the same command is harmless.
	Key string
	// PerMinute spreads the due times (default AnnouncePerMinute).
	PerMinute int
	// DryRun queues nothing and reports who would get it.
	DryRun bool
}

// Recipient is one person an announcement is for, and what happens for them.
type Recipient struct {
	Email    string    `json:"email"`
	Name     string    `json:"name"`
	Role     string    `json:"role"`
	Language string    `json:"language"`
	Status   string    `json:"status"` // "queued", "already", "would queue", or why not
	Due      time.Time `json:"due"`
}

// Recipient statuses.
const (
	RecipientQueued  = "queued"
	RecipientWould   = "would queue"
	RecipientAlready = "already has it"
	RecipientLeft    = "skipped: left the program"
	RecipientStopped = "skipped: mail stopped"
)

// AnnounceResult is what an announcement did or, dry, would do.
type AnnounceResult struct {
	Key        string
	Recipients []Recipient
	Queued     int
	Already    int
	Skipped    int
	// Last is when the last queued message is due.
	Last time.Time
}

func (a *Announcement) check() error {
	a.To = strings.ToLower(strings.TrimSpace(a.To))
	if a.To == "" {
		a.To = ToAll
	}
	switch {
	case a.To != ToAll && a.To != ToMentors && a.To != ToMentees:
		return fmt.Errorf("program: unknown audience %q: use mentors, mentees or all", a.To)
	case strings.TrimSpace(a.Cohort) == "":
		return errors.New("program: an announcement needs a cohort")
	case strings.TrimSpace(a.SubjectEN) == "" || strings.TrimSpace(a.SubjectFR) == "":
		return errors.New("program: an announcement needs a subject in English and in French")
	case strings.TrimSpace(a.BodyEN) == "" || strings.TrimSpace(a.BodyFR) == "":
		return errors.New("program: an announcement needs a body in English and in French")
	case utf8.RuneCountInString(a.SubjectEN) > MaxAnnounceSubject || utf8.RuneCountInString(a.SubjectFR) > MaxAnnounceSubject:
		return fmt.Errorf("program: a subject is longer than %d characters", MaxAnnounceSubject)
	case len(a.BodyEN) > MaxAnnounceBody || len(a.BodyFR) > MaxAnnounceBody:
		return fmt.Errorf("program: a body is larger than %d bytes", MaxAnnounceBody)
	case !utf8.ValidString(a.BodyEN) || !utf8.ValidString(a.BodyFR):
		return errors.New("program: a body is not UTF-8 text")
	case len(a.Key) > MaxAnnounceKey || strings.ContainsAny(a.Key, " \t\r\n:"):
		return fmt.Errorf("program: the key must be at most %d characters, without spaces or colons", MaxAnnounceKey)
	}
	for _, s := range []string{a.SubjectEN, a.SubjectFR} {
		if err := templates.CheckHeader(s); err != nil {
			return fmt.Errorf("program: subject: %w", err)
		}
	}
	if a.PerMinute <= 0 {
		a.PerMinute = AnnouncePerMinute
	}
	if a.Key == "" {
		h := sha256.Sum256([]byte(strings.Join([]string{a.Cohort, a.To, a.SubjectEN, a.SubjectFR, a.BodyEN, a.BodyFR}, "\x00")))
		a.Key = hex.EncodeToString(h[:6])
	}
	return nil
}

// Announce queues an announcement for everyone paired in the cohort (in any
// pair state), or its mentors or mentees, in each person's language, through the
// outbox: once per person per key, their due times spread at a.PerMinute. Those
// who left or whose mail is stopped are skipped; someone paused gets it when
// their pause ends.
func (p *Program) Announce(a Announcement) (*AnnounceResult, error) {
	if err := a.check(); err != nil {
		return nil, err
	}
	res := &AnnounceResult{Key: a.Key}
	now := p.now()
	gap := time.Minute / time.Duration(a.PerMinute)
	err := p.store.Tx(func(tx *store.Tx) error {
		c, err := tx.CohortByName(a.Cohort)
		if err != nil {
			return fmt.Errorf("program: no cohort named %q", a.Cohort)
		}
		people, err := tx.CohortMembers(c.ID)
		if err != nil {
			return err
		}
		for i := range people {
			pt := &people[i]
			if (a.To == ToMentors && pt.Role != store.RoleMentor) || (a.To == ToMentees && pt.Role != store.RoleMentee) || store.IsForgotten(pt) {
				continue
			}
			r := Recipient{Email: pt.Email, Name: pt.Name, Role: pt.Role, Language: templates.Lang(pt.Language)}
			key := fmt.Sprintf("announce:%s:%d", a.Key, pt.ID)
			has, err := tx.HasOutbox(key)
			if err != nil {
				return err
			}
			switch {
			case has:
				r.Status = RecipientAlready
				res.Already++
			case pt.Status == store.StatusWithdrawn:
				r.Status = RecipientLeft
				res.Skipped++
			case pt.MailStopped:
				r.Status = RecipientStopped
				res.Skipped++
			default:
				r.Due = now.Add(time.Duration(res.Queued) * gap)
				if pt.PausedUntil != nil && pt.PausedUntil.After(r.Due) {
					r.Due = pt.PausedUntil.UTC()
				}
				r.Status = RecipientWould
				if !a.DryRun {
					r.Status = RecipientQueued
					subject, body := a.SubjectEN, a.BodyEN
					if r.Language == "fr" {
						subject, body = a.SubjectFR, a.BodyFR
					}
					_, err := p.enqueue(tx, outMail{key: key, kind: templates.KindAnnouncement, lang: pt.Language,
						to: pt.Email, participant: pt, due: r.Due,
						data: templates.Announcement{Name: firstName(pt), Subject: strings.TrimSpace(subject),
							Body: strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))}})
					if err != nil {
						return err
					}
				}
				res.Queued++
				if r.Due.After(res.Last) {
					res.Last = r.Due
				}
			}
			res.Recipients = append(res.Recipients, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !a.DryRun && res.Queued > 0 {
		p.notify()
	}
	return res, nil
}
