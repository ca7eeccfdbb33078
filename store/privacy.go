package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Retention and erasure of a participant's data (DESIGN.md, Privacy); export is in export.go.

// PurgeRaw removes the raw text of inbound messages received before a time and
// returns how many it purged. The rows stay: their key keeps each message applied
// once. It looks first, without the write lock, so that it costs one index probe
// when nothing is due.
func (s *Store) PurgeRaw(ctx context.Context, before time.Time) (int, error) {
	db := s.db.WithContext(ctx)
	before = utc(before)
	var ids []int64
	err := db.Model(&Inbound{}).Where("raw_sealed IS NOT NULL AND created_at < ?", before).Limit(1).Pluck("id", &ids).Error
	if err != nil {
		return 0, fmt.Errorf("store: unable to look for raw messages to purge: %w", err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	res := db.Model(&Inbound{}).Where("raw_sealed IS NOT NULL AND created_at < ?", before).
		Updates(map[string]any{"raw_sealed": nil, "subject_sealed": nil})
	if res.Error != nil {
		return 0, fmt.Errorf("store: unable to purge raw messages: %w", res.Error)
	}
	return int(res.RowsAffected), nil
}

// subject is what an export or erasure is about: a participant and their
// addresses, pairs, questions and messages.
type subject struct {
	p         *Participant
	addrs     []string // primary first
	pairs     []Pair
	questions []int64
	inbound   []int64
}

func (t *Tx) subject(addr string) (*subject, error) {
	p, err := t.ParticipantByAddress(addr)
	if err != nil {
		return nil, err
	}
	s := &subject{p: p, addrs: []string{p.Email}}
	var alts []string
	if err := t.db.Model(&Address{}).Where("participant_id = ?", p.ID).Order("id").Pluck("address", &alts).Error; err != nil {
		return nil, fmt.Errorf("store: addresses of participant %d: %w", p.ID, err)
	}
	s.addrs = append(s.addrs, alts...)
	if err := t.db.Where("mentor_id = ? OR mentee_id = ?", p.ID, p.ID).Order("id").Find(&s.pairs).Error; err != nil {
		return nil, fmt.Errorf("store: pairs of participant %d: %w", p.ID, err)
	}
	if err := t.db.Model(&Question{}).Where("participant_id = ?", p.ID).Order("id").Pluck("id", &s.questions).Error; err != nil {
		return nil, fmt.Errorf("store: questions of participant %d: %w", p.ID, err)
	}
	err = t.db.Model(&Inbound{}).Where("participant_id = ? OR from_addr IN ?", p.ID, s.addrs).Order("id").Pluck("id", &s.inbound).Error
	if err != nil {
		return nil, fmt.Errorf("store: messages of participant %d: %w", p.ID, err)
	}
	return s, nil
}

func (s *subject) pairIDs() []int64 {
	ids := make([]int64, len(s.pairs))
	for i, p := range s.pairs {
		ids[i] = p.ID
	}
	return ids
}

// Forgotten counts what ForgetParticipant erased.
type Forgotten struct {
	ParticipantID int64 `json:"participant_id"`
	Addresses     int64 `json:"addresses"`
	Meetings      int64 `json:"meetings"`
	Goals         int64 `json:"goals"`
	GoalUpdates   int64 `json:"goal_updates"`
	Questions     int64 `json:"questions"`
	SurveyAnswers int64 `json:"survey_answers"`
	Inbound       int64 `json:"inbound_messages"`
	Outbox        int64 `json:"outbox_messages"`
	PairsEnded    int64 `json:"pairs_ended"`
}

// tombstoneName is what remains of a forgotten participant who was in a pair.
const tombstoneName = "(forgotten)"

// ForgetParticipant erases the participant with the address (primary or
// alternate) and everything stored about them, in one transaction, then
// compacts the database (see Compact) so no page of their data survives in the
// file or its WAL. ErrNotFound if there is none.
//
// What goes: their alternate addresses; the meetings they logged; the goals they
// set, with every update; their updates to their partner's goals; their questions
// and survey answers; every inbound row from them or from their addresses (raw
// messages included), and the committee's answers to their questions; every
// outbox row to them, about their questions, of their pairs (their partner's
// mail there quotes them: introductions, digests, receipts), and any committee
// mail that names them or gives their address (alerts, forwards, health digests).
//
// What stays: their partner's own meetings, goals and goal updates. A pair row
// must stay for those to keep their pair, and its mentor_id and mentee_id are
// NOT NULL references, so a participant who was in a pair becomes a tombstone:
// the row keeps its id and role and nothing else (name "(forgotten)", an address
// under the reserved .invalid domain, no profile, withdrawn, mail stopped). Their
// pairs are ended, so the calendar never writes to the tombstone. A participant
// in no pair is deleted outright.
//
// The program's mailbox is not the store's: the messages themselves remain in
// the IMAP folders until the committee deletes them there.
func (s *Store) ForgetParticipant(addr string) (*Forgotten, error) {
	var f *Forgotten
	err := s.Tx(func(tx *Tx) error {
		var err error
		f, err = tx.forget(addr)
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, s.Compact()
}

func (t *Tx) forget(addr string) (*Forgotten, error) {
	sub, err := t.subject(addr)
	if err != nil {
		return nil, err
	}
	pid := sub.p.ID
	f := &Forgotten{ParticipantID: pid}
	del := func(n *int64, model any, where string, args ...any) error {
		res := t.db.Where(where, args...).Delete(model)
		if res.Error != nil {
			return fmt.Errorf("store: unable to erase participant %d: %w", pid, res.Error)
		}
		if n != nil {
			*n += res.RowsAffected
		}
		return nil
	}
	pairIDs := sub.pairIDs()
	outbox, err := t.outboxAbout(sub)
	if err != nil {
		return nil, err
	}
	var forwards []int64 // question forwards: the committee's answers reply to them
	if len(sub.questions) > 0 {
		if err := t.db.Model(&Outbox{}).Where("question_id IN ?", sub.questions).Pluck("id", &forwards).Error; err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	if err := t.keepKeys(outbox); err != nil {
		return nil, err
	}
	var goals []int64
	if err := t.db.Model(&Goal{}).Where("owner_id = ?", pid).Pluck("id", &goals).Error; err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	steps := []error{
		del(&f.GoalUpdates, &GoalUpdate{}, "goal_id IN ? OR inbound_id IN ?", orNone(goals), orNone(sub.inbound)),
		del(&f.Goals, &Goal{}, "owner_id = ?", pid),
		del(&f.Meetings, &Meeting{}, "logged_by_id = ?", pid),
		del(&f.SurveyAnswers, &SurveyAnswer{}, "participant_id = ?", pid),
		del(&f.Outbox, &Outbox{}, "id IN ?", orNone(outbox)),
		del(&f.Questions, &Question{}, "participant_id = ?", pid),
		del(&f.Inbound, &Inbound{}, "id IN ? OR (participant_id IS NULL AND outbox_id IN ?)", orNone(sub.inbound), orNone(forwards)),
		del(&f.Addresses, &Address{}, "participant_id = ?", pid),
		del(nil, &Confirmation{}, "participant_id = ?", pid),
		del(nil, &Change{}, "participant_id = ? OR inbound_id IN ?", pid, orNone(sub.inbound)),
		del(nil, &PlannedMeeting{}, "pair_id IN ? OR planned_by_id = ?", orNone(pairIDs), pid),
	}
	for _, err := range steps {
		if err != nil {
			return nil, err
		}
	}
	if err := t.scrubPartnerMessages(sub); err != nil {
		return nil, err
	}
	if len(sub.pairs) == 0 {
		return f, del(nil, &Participant{}, "id = ?", pid)
	}
	res := t.db.Model(&Pair{}).Where("id IN ? AND status = ?", pairIDs, PairActive).
		Updates(map[string]any{"status": PairEnded, "next_tick_at": nil})
	if res.Error != nil {
		return nil, fmt.Errorf("store: unable to end the pairs of participant %d: %w", pid, res.Error)
	}
	f.PairsEnded = res.RowsAffected
	err = t.db.Model(&Participant{}).Where("id = ?", pid).Updates(map[string]any{
		"email": fmt.Sprintf("forgotten-%d%s", pid, forgottenDomain), "name": tombstoneName, "province": "",
		"background": "", "cv_url": "", "linkedin_url": "", "career_goals": "", "interests": "",
		"status": StatusWithdrawn, "paused_until": nil, "bounce_count": 0, "mail_stopped": true,
		"away_until": nil, "fewer_reminders": false, "digest_off": false,
	}).Error
	if err != nil {
		return nil, fmt.Errorf("store: unable to erase participant %d: %w", pid, err)
	}
	return f, nil
}

// keepKeys decides, for the outbox rows about to be erased, whether their
// idempotency keys stay taken. Committee mail (a health digest, an alert) is made
// again by the next tick if its key goes, since its cause outlives the erasure
// (the cohort, the week): its key stays. Mail tied to the participant, their
// pairs, questions or messages cannot be made again (the pairs end, the rows that
// caused it go): its key is freed, so that an id SQLite hands out again later
// (it reuses the highest rowid once deleted) does not meet an old key. For the
// same reason a committee mail's key is never made of a row id alone (the
// program adds the message's key or the row's creation time).
func (t *Tx) keepKeys(ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	var rows []Outbox
	if err := t.db.Select("idem_key", "participant_id", "question_id", "pair_id", "created_at").Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return fmt.Errorf("store: %w", err)
	}
	var free []string
	for _, o := range rows {
		if o.ParticipantID == nil && o.QuestionID == nil && o.PairID == nil {
			if _, err := t.claimKey(o.IdemKey, o.CreatedAt); err != nil {
				return err
			}
			continue
		}
		free = append(free, idemHash(o.IdemKey))
	}
	if len(free) == 0 {
		return nil
	}
	if err := t.db.Exec(`DELETE FROM idem_keys WHERE key_hash IN ?`, free).Error; err != nil {
		return fmt.Errorf("store: unable to free idempotency keys: %w", err)
	}
	return nil
}

// scrubPartnerMessages purges the raw text of the partners' messages that name
// the subject or give one of their addresses (a reply quoting a program email
// about them). The rows stay, as after the retention period.
func (t *Tx) scrubPartnerMessages(sub *subject) error {
	partners := []int64{-1}
	for _, pr := range sub.pairs {
		partners = append(partners, pr.MentorID, pr.MenteeID)
	}
	needles := sub.needles()
	var rows []Inbound
	var hits []int64
	err := t.db.Select("id", "raw_sealed").Where("participant_id IN ? AND participant_id <> ? AND raw_sealed IS NOT NULL", partners, sub.p.ID).
		FindInBatches(&rows, 200, func(*gorm.DB, int) error {
			for _, in := range rows {
				hit, err := t.mentions(needles, in.RawSealed)
				if err != nil {
					return err
				}
				if hit {
					hits = append(hits, in.ID)
				}
			}
			return nil
		}).Error
	if err != nil {
		return fmt.Errorf("store: messages naming participant %d: %w", sub.p.ID, err)
	}
	if len(hits) == 0 {
		return nil
	}
	// The subject goes with the text: it may name them too.
	if err := t.db.Model(&Inbound{}).Where("id IN ?", hits).Updates(map[string]any{"raw_sealed": nil, "subject_sealed": nil}).Error; err != nil {
		return fmt.Errorf("store: unable to purge messages naming participant %d: %w", sub.p.ID, err)
	}
	return nil
}

// needles are what marks text as being about the subject: their name and
// addresses, lower case.
func (s *subject) needles() []string {
	out := []string{strings.ToLower(s.p.Name)}
	for _, a := range s.addrs {
		out = append(out, strings.ToLower(a))
	}
	return out
}

// orNone keeps "x IN ?" valid (and false) for an empty list.
func orNone(ids []int64) []int64 {
	if len(ids) == 0 {
		return []int64{-1}
	}
	return ids
}

// outboxAbout returns the outbox rows that carry the subject's data: rows to
// them, about their questions, of their pairs, and committee mail or their
// partners' mail that names them or gives one of their addresses.
func (t *Tx) outboxAbout(sub *subject) ([]int64, error) {
	var ids []int64
	err := t.db.Model(&Outbox{}).Where("participant_id = ? OR to_addr IN ? OR question_id IN ? OR pair_id IN ?",
		sub.p.ID, sub.addrs, orNone(sub.questions), orNone(sub.pairIDs())).Pluck("id", &ids).Error
	if err != nil {
		return nil, fmt.Errorf("store: mail about participant %d: %w", sub.p.ID, err)
	}
	partners := []int64{-1}
	for _, pr := range sub.pairs {
		partners = append(partners, pr.MentorID, pr.MenteeID)
	}
	needles := sub.needles()
	var rows []Outbox
	err = t.db.Select("id", "subject_sealed", "text_sealed", "html_sealed").
		Where("(participant_id IS NULL OR participant_id IN ?) AND id NOT IN ?", partners, orNone(ids)).
		FindInBatches(&rows, 500, func(*gorm.DB, int) error {
			for _, o := range rows {
				hit, err := t.mentions(needles, o.SubjectSealed, o.TextSealed, o.HTMLSealed)
				if err != nil {
					return err
				}
				if hit {
					ids = append(ids, o.ID)
				}
			}
			return nil
		}).Error
	if err != nil {
		return nil, fmt.Errorf("store: mail naming participant %d: %w", sub.p.ID, err)
	}
	return ids, nil
}

// mentions reports whether any of the sealed values, opened, contains any of the
// needles (lower case), compared case-insensitively.
func (t *Tx) mentions(needles []string, values ...[]byte) (bool, error) {
	for _, sealed := range values {
		text, err := t.seal.open(sealed)
		if err != nil {
			return false, err
		}
		// Lower case, and one space for any run of white space: a name may be wrapped.
		text = strings.ToLower(strings.Join(strings.Fields(text), " "))
		for _, n := range needles {
			if n != "" && strings.Contains(text, n) {
				return true, nil
			}
		}
	}
	return false, nil
}

// Compact checkpoints the WAL into the database file and truncates it, rebuilds
// the file (VACUUM) so that no free page keeps erased rows, and truncates the WAL
// again, where VACUUM wrote the new pages. It fails if another connection holds a
// read transaction open long enough that the WAL cannot be emptied.
//
// On PostgreSQL it runs VACUUM FULL on the store's tables (those of its
// schema), which rewrites each without its dead rows (and locks it while it does).
func (s *Store) Compact() error {
	if s.dialect == Postgres {
		var tables []string
		if err := s.db.Raw(`SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`).
			Scan(&tables).Error; err != nil {
			return fmt.Errorf("store: unable to list the tables to vacuum: %w", err)
		}
		if len(tables) == 0 {
			return nil
		}
		if err := s.db.Exec("VACUUM FULL " + strings.Join(tables, ", ")).Error; err != nil {
			return fmt.Errorf("store: unable to vacuum the database: %w", err)
		}
		return nil
	}
	if err := s.checkpoint(); err != nil {
		return err
	}
	if err := s.db.Exec("VACUUM").Error; err != nil {
		return fmt.Errorf("store: unable to vacuum the database: %w", err)
	}
	return s.checkpoint()
}

func (s *Store) checkpoint() error {
	var r struct{ Busy, Log, Checkpointed int }
	if err := s.db.Raw("PRAGMA wal_checkpoint(TRUNCATE)").Row().Scan(&r.Busy, &r.Log, &r.Checkpointed); err != nil {
		return fmt.Errorf("store: unable to checkpoint the WAL: %w", err)
	}
	if r.Busy != 0 {
		return fmt.Errorf("store: the WAL could not be emptied: another process is reading the database (stop it and try again)")
	}
	return nil
}
