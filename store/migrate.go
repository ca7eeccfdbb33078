package store

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// migration is one step of the schema. Steps are applied in order, each in its own
// transaction, and recorded in schema_versions; a step is never edited once released:
// a change to the schema is a new step at the end.
type migration struct {
	version int
	name    string
	stmts   []string
}

// migrations is the schema's history. The SQL is SQLite's; it keeps to types and
// constraints PostgreSQL also has, bar INTEGER PRIMARY KEY, which a PostgreSQL list
// would spell BIGSERIAL.
var migrations = []migration{
	{1, "core tables", []string{
		`CREATE TABLE cohorts (
			id INTEGER PRIMARY KEY,
			name TEXT NOT NULL UNIQUE,
			start_date TEXT NOT NULL,
			days INTEGER NOT NULL CHECK (days > 0),
			created_at DATETIME NOT NULL)`,
		`CREATE TABLE participants (
			id INTEGER PRIMARY KEY,
			cohort_id INTEGER REFERENCES cohorts(id) ON DELETE SET NULL,
			email TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
			language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
			time_zone TEXT NOT NULL,
			province TEXT NOT NULL DEFAULT '',
			background TEXT NOT NULL DEFAULT '',
			cv_url TEXT NOT NULL DEFAULT '',
			linkedin_url TEXT NOT NULL DEFAULT '',
			career_goals TEXT NOT NULL DEFAULT '',
			interests TEXT NOT NULL DEFAULT '',
			status TEXT NOT NULL,
			paused_until DATETIME,
			bounce_count INTEGER NOT NULL DEFAULT 0,
			mail_stopped BOOLEAN NOT NULL DEFAULT FALSE,
			created_at DATETIME,
			updated_at DATETIME)`,
		`CREATE TABLE addresses (
			id INTEGER PRIMARY KEY,
			participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			address TEXT NOT NULL UNIQUE)`,
		`CREATE INDEX idx_addresses_participant ON addresses(participant_id)`,
		`CREATE TABLE pairs (
			id INTEGER PRIMARY KEY,
			cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
			mentor_id INTEGER NOT NULL REFERENCES participants(id),
			mentee_id INTEGER NOT NULL REFERENCES participants(id),
			start_date TEXT NOT NULL,
			status TEXT NOT NULL,
			next_tick_at DATETIME,
			created_at DATETIME,
			CHECK (mentor_id <> mentee_id))`,
		`CREATE INDEX idx_pairs_next_tick ON pairs(next_tick_at)`,
		`CREATE INDEX idx_pairs_mentor ON pairs(mentor_id)`,
		`CREATE INDEX idx_pairs_mentee ON pairs(mentee_id)`,
		`CREATE TABLE goals (
			id INTEGER PRIMARY KEY,
			pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
			owner_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			number INTEGER NOT NULL,
			title_sealed BLOB,
			horizon TEXT NOT NULL DEFAULT '',
			status TEXT NOT NULL,
			inbound_id INTEGER,
			undone_at DATETIME,
			created_at DATETIME,
			updated_at DATETIME)`,
		`CREATE INDEX idx_goals_pair ON goals(pair_id, number)`,
		`CREATE TABLE goal_updates (
			id INTEGER PRIMARY KEY,
			goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
			inbound_id INTEGER,
			status TEXT NOT NULL,
			prev_status TEXT NOT NULL,
			note_sealed BLOB,
			undone_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_goal_updates_goal ON goal_updates(goal_id)`,
		`CREATE INDEX idx_goal_updates_inbound ON goal_updates(inbound_id)`,
		`CREATE TABLE meetings (
			id INTEGER PRIMARY KEY,
			pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
			logged_by_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			inbound_id INTEGER,
			date TEXT NOT NULL,
			minutes INTEGER NOT NULL DEFAULT 0,
			mode TEXT NOT NULL DEFAULT '',
			topics TEXT NOT NULL DEFAULT '',
			notes_sealed BLOB,
			next_meeting TEXT NOT NULL DEFAULT '',
			undone_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_meetings_pair ON meetings(pair_id, date)`,
		`CREATE INDEX idx_meetings_inbound ON meetings(inbound_id)`,
		`CREATE TABLE questions (
			id INTEGER PRIMARY KEY,
			participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			pair_id INTEGER REFERENCES pairs(id) ON DELETE SET NULL,
			inbound_id INTEGER,
			text_sealed BLOB,
			state TEXT NOT NULL,
			message_id TEXT NOT NULL DEFAULT '',
			answered_by TEXT NOT NULL DEFAULT '',
			answered_at DATETIME,
			created_at DATETIME,
			updated_at DATETIME)`,
		`CREATE INDEX idx_questions_participant ON questions(participant_id)`,
		`CREATE TABLE outbox (
			id INTEGER PRIMARY KEY,
			idem_key TEXT NOT NULL UNIQUE,
			message_id TEXT NOT NULL UNIQUE,
			kind TEXT NOT NULL,
			lang TEXT NOT NULL,
			participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
			pair_id INTEGER REFERENCES pairs(id) ON DELETE SET NULL,
			question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
			to_addr TEXT NOT NULL,
			reply_to TEXT NOT NULL DEFAULT '',
			in_reply_to TEXT NOT NULL DEFAULT '',
			"references" TEXT NOT NULL DEFAULT '',
			subject_sealed BLOB,
			text_sealed BLOB,
			html_sealed BLOB,
			due_at DATETIME NOT NULL,
			state TEXT NOT NULL,
			attempts INTEGER NOT NULL DEFAULT 0,
			first_tried_at DATETIME,
			lease_owner TEXT NOT NULL DEFAULT '',
			lease_until DATETIME,
			last_error TEXT NOT NULL DEFAULT '',
			sent_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_outbox_due ON outbox(state, due_at)`,
		`CREATE INDEX idx_outbox_participant ON outbox(participant_id, kind, created_at)`,
		`CREATE TABLE inbound (
			id INTEGER PRIMARY KEY,
			key TEXT NOT NULL UNIQUE,
			mailbox TEXT NOT NULL,
			uid_validity INTEGER NOT NULL,
			uid INTEGER NOT NULL,
			from_addr TEXT NOT NULL,
			participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
			outbox_id INTEGER,
			class TEXT NOT NULL,
			outcome TEXT NOT NULL,
			reason TEXT NOT NULL DEFAULT '',
			size INTEGER NOT NULL,
			raw_sealed BLOB,
			received_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_inbound_created ON inbound(created_at)`,
		`CREATE TABLE cursors (
			mailbox TEXT PRIMARY KEY,
			uid_validity INTEGER NOT NULL,
			last_uid INTEGER NOT NULL,
			updated_at DATETIME)`,
		`CREATE TABLE meta (
			key TEXT PRIMARY KEY,
			value BLOB)`,
	}},
	{2, "surveys, failure counts, one active pair per mentor and mentee", []string{
		`CREATE TABLE survey_answers (
			id INTEGER PRIMARY KEY,
			pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
			participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			inbound_id INTEGER,
			rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
			comment_sealed BLOB,
			created_at DATETIME)`,
		`CREATE TABLE inbound_failures (
			key TEXT PRIMARY KEY,
			count INTEGER NOT NULL,
			last_error TEXT NOT NULL DEFAULT '',
			updated_at DATETIME)`,
		`CREATE UNIQUE INDEX idx_pairs_one_active ON pairs(cohort_id, mentor_id, mentee_id) WHERE status = 'active'`,
	}},
	{3, "indexes for reports, retention and erasure", []string{
		// The purge finds raw messages past retention without reading purged rows.
		`CREATE INDEX idx_inbound_raw_kept ON inbound(created_at) WHERE raw_sealed IS NOT NULL`,
		`CREATE INDEX idx_inbound_from ON inbound(from_addr)`,
		`CREATE INDEX idx_pairs_cohort ON pairs(cohort_id)`,
		`CREATE INDEX idx_meetings_logged_by ON meetings(logged_by_id)`,
		`CREATE INDEX idx_goals_owner ON goals(owner_id)`,
		`CREATE INDEX idx_survey_answers_pair ON survey_answers(pair_id)`,
		`CREATE INDEX idx_outbox_pair ON outbox(pair_id)`,
		`CREATE INDEX idx_outbox_question ON outbox(question_id)`,
	}},
	{4, "the calendar finds due pairs by index", []string{
		// DuePairs reads (status, next_tick_at) ranges: its cost follows what is
		// due, not the number of pairs.
		`CREATE INDEX idx_pairs_due ON pairs(status, next_tick_at)`,
		`DROP INDEX idx_pairs_next_tick`,
	}},
	{5, "the committee's review list", []string{
		// One item per inbound message that was not understood, quarantined or
		// understood in part: who, when and why, never the message's text.
		`CREATE TABLE review_items (
			id INTEGER PRIMARY KEY,
			inbound_id INTEGER NOT NULL UNIQUE REFERENCES inbound(id) ON DELETE CASCADE,
			participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
			sender TEXT NOT NULL DEFAULT '',
			reason TEXT NOT NULL,
			detail TEXT NOT NULL DEFAULT '',
			received_at DATETIME NOT NULL,
			state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
			consent TEXT NOT NULL DEFAULT '',
			consent_at DATETIME,
			question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
			resolution TEXT NOT NULL DEFAULT '',
			meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
			reprocessed_id INTEGER REFERENCES inbound(id) ON DELETE SET NULL,
			note TEXT NOT NULL DEFAULT '',
			resolved_by TEXT NOT NULL DEFAULT '',
			resolved_at DATETIME,
			created_at DATETIME NOT NULL)`,
		`CREATE INDEX idx_review_items_state ON review_items(state, received_at)`,
		`CREATE INDEX idx_review_items_participant ON review_items(participant_id)`,
	}},
	{6, "pairs the committee pauses or ends, and how a late pair catches up", []string{
		`ALTER TABLE pairs ADD COLUMN paused_until DATETIME`,
		`ALTER TABLE pairs ADD COLUMN ended_at DATETIME`,
		`ALTER TABLE pairs ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE pairs ADD COLUMN end_note TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE pairs ADD COLUMN catch_up TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE pairs ADD COLUMN calendar_from TEXT NOT NULL DEFAULT ''`,
	}},
	{7, "oauth2 grants", []string{
		// One row per mailbox that logs in with OAuth2: its refresh token,
		// sealed with the notes key (never stored in the clear).
		`CREATE TABLE oauth_grants (
			account TEXT PRIMARY KEY,
			refresh_sealed BLOB NOT NULL,
			scopes TEXT NOT NULL DEFAULT '',
			updated_at DATETIME NOT NULL)`,
	}},
	{8, "idempotency keys outlive the rows they made", []string{
		// One row per key: the hash of every idempotency key ever enqueued, so a
		// row erased later (forget) is not made again by the next tick. Hashes,
		// not keys: a key may carry a participant's Message-ID.
		`CREATE TABLE idem_keys (
			key_hash TEXT PRIMARY KEY,
			created_at DATETIME NOT NULL)`,
	}},
	{9, "acting safely on replies: confirmations, less mail, away holds, per-person goals, undoable changes", []string{
		// Less mail is never leaving: fewer reminders and the digest switched off
		// are preferences the calendar honours; away_until holds a person's nudges
		// and lapse alerts after an out-of-office reply that gave a return date.
		`ALTER TABLE participants ADD COLUMN fewer_reminders BOOLEAN NOT NULL DEFAULT FALSE`,
		`ALTER TABLE participants ADD COLUMN digest_off BOOLEAN NOT NULL DEFAULT FALSE`,
		`ALTER TABLE participants ADD COLUMN away_until DATETIME`,
		// A consequential step (leaving) waits here for its one-word confirmation.
		`CREATE TABLE confirmations (
			id INTEGER PRIMARY KEY,
			participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			action TEXT NOT NULL,
			inbound_id INTEGER,
			outbox_id INTEGER,
			state TEXT NOT NULL,
			expires_at DATETIME NOT NULL,
			resolved_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_confirmations_participant ON confirmations(participant_id, state)`,
		`CREATE INDEX idx_confirmations_outbox ON confirmations(outbox_id)`,
		// Every change a reply makes to a participant's settings or to a meeting
		// keeps the value it replaced, so that undo restores it.
		`CREATE TABLE changes (
			id INTEGER PRIMARY KEY,
			participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			inbound_id INTEGER,
			entity TEXT NOT NULL,
			entity_id INTEGER NOT NULL,
			field TEXT NOT NULL,
			prev TEXT NOT NULL DEFAULT '',
			value TEXT NOT NULL DEFAULT '',
			undone_at DATETIME,
			created_at DATETIME)`,
		`CREATE INDEX idx_changes_inbound ON changes(inbound_id)`,
		`CREATE INDEX idx_changes_entity ON changes(entity, entity_id, field)`,
		`CREATE INDEX idx_changes_participant ON changes(participant_id)`,
		// Goals belong to people: each partner's goals are numbered from 1 for
		// them, in the order they were set.
		`UPDATE goals SET number = (SELECT COUNT(*) FROM goals g2
			WHERE g2.pair_id = goals.pair_id AND g2.owner_id = goals.owner_id AND g2.id <= goals.id)`,
		`CREATE INDEX idx_goals_owner_number ON goals(pair_id, owner_id, number)`,
	}},
	{10, "what a reply to an inbound message needs to thread under it", []string{
		// thread_refs: the message's References chain (RFC 5322 section 3.6.4);
		// subject_sealed: its subject, sealed like the raw text and purged with it.
		`ALTER TABLE inbound ADD COLUMN thread_refs TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE inbound ADD COLUMN subject_sealed BLOB`,
	}},
	{11, "the committee's web console: sign-in links, sessions, languages, actions", []string{
		// Only a SHA-256 of a sign-in link's token or a session's id is kept: a
		// copy of the database does not let anyone in.
		`CREATE TABLE console_links (
			id INTEGER PRIMARY KEY,
			token_hash TEXT NOT NULL UNIQUE,
			email TEXT NOT NULL,
			expires_at DATETIME NOT NULL,
			created_at DATETIME NOT NULL)`,
		`CREATE INDEX idx_console_links_expires ON console_links(expires_at)`,
		`CREATE TABLE console_sessions (
			id INTEGER PRIMARY KEY,
			id_hash TEXT NOT NULL UNIQUE,
			email TEXT NOT NULL,
			csrf TEXT NOT NULL,
			expires_at DATETIME NOT NULL,
			created_at DATETIME NOT NULL)`,
		`CREATE INDEX idx_console_sessions_expires ON console_sessions(expires_at)`,
		`CREATE TABLE console_members (
			email TEXT PRIMARY KEY,
			lang TEXT NOT NULL CHECK (lang IN ('en', 'fr')),
			updated_at DATETIME NOT NULL)`,
		// Every committee action: who, when, what, on what. Never a participant's text.
		`CREATE TABLE console_actions (
			id INTEGER PRIMARY KEY,
			actor TEXT NOT NULL,
			action TEXT NOT NULL,
			subject TEXT NOT NULL DEFAULT '',
			detail TEXT NOT NULL DEFAULT '',
			at DATETIME NOT NULL)`,
		`CREATE INDEX idx_console_actions_at ON console_actions(at)`,
	}},
	{12, "planned meetings and the calendar invitations they send", []string{
		// A meeting a pair planned ahead. starts_at is the instant (UTC) of the
		// writer's local day and time; an all-day plan starts at the writer's midnight.
		`CREATE TABLE planned_meetings (
			id INTEGER PRIMARY KEY,
			pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
			planned_by_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
			inbound_id INTEGER,
			uid TEXT NOT NULL UNIQUE,
			starts_at DATETIME NOT NULL,
			all_day BOOLEAN NOT NULL DEFAULT FALSE,
			local_date TEXT NOT NULL,
			local_time TEXT NOT NULL DEFAULT '',
			time_zone TEXT NOT NULL,
			minutes INTEGER NOT NULL DEFAULT 0,
			mode TEXT NOT NULL DEFAULT '',
			state TEXT NOT NULL CHECK (state IN ('planned', 'cancelled', 'held', 'missed')),
			sequence INTEGER NOT NULL DEFAULT 0,
			mentor_reply TEXT NOT NULL DEFAULT '',
			mentee_reply TEXT NOT NULL DEFAULT '',
			asked_at DATETIME,
			prep_sent_at DATETIME,
			meeting_id INTEGER,
			created_at DATETIME NOT NULL,
			updated_at DATETIME NOT NULL)`,
		`CREATE INDEX idx_planned_pair ON planned_meetings(pair_id, starts_at)`,
		`CREATE INDEX idx_planned_state ON planned_meetings(state, starts_at)`,
		// An invitation's iCalendar object rides with its email, sealed like the text.
		`ALTER TABLE outbox ADD COLUMN calendar_sealed BLOB`,
		`ALTER TABLE outbox ADD COLUMN calendar_method TEXT NOT NULL DEFAULT ''`,
		// Partner confirmation: when the other partner was shown a logged
		// meeting, and when they said it was not theirs.
		`ALTER TABLE meetings ADD COLUMN partner_seen_at DATETIME`,
		`ALTER TABLE meetings ADD COLUMN disputed_at DATETIME`,
		// A file sent with the mail (the participation letter), sealed.
		`ALTER TABLE outbox ADD COLUMN attachment_sealed BLOB`,
		`ALTER TABLE outbox ADD COLUMN attachment_name TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE outbox ADD COLUMN attachment_type TEXT NOT NULL DEFAULT ''`,
	}},
	{13, "leases: one instance at a time reads the mailbox and runs the calendar", []string{
		// A named lease held by one instance until held_until; another takes it
		// once it has expired (its holder died) or was given back. Used on
		// PostgreSQL, where several instances share the database.
		`CREATE TABLE leases (
			name TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			held_until DATETIME NOT NULL)`,
	}},
}

// LatestVersion is the schema version a fully migrated database has.
func LatestVersion() int { return migrations[len(migrations)-1].version }

// migrate applies every step above the database's version, up to target.
func migrate(db *gorm.DB, dialect string, target int) error {
	// On PostgreSQL several instances may start at once: each step runs under a
	// lock of the schema's and checks the version again inside it.
	lock := func(tx *gorm.DB) error {
		if dialect != Postgres {
			return nil
		}
		return pgXactLock(tx, "migrate")
	}
	timeType := "DATETIME"
	if dialect == Postgres {
		timeType = "TIMESTAMPTZ"
	}
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := lock(tx); err != nil {
			return err
		}
		return tx.Exec(`CREATE TABLE IF NOT EXISTS schema_versions (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at ` + timeType + ` NOT NULL)`).Error
	})
	if err != nil {
		return fmt.Errorf("store: unable to create schema_versions: %w", err)
	}
	current, err := schemaVersion(db)
	if err != nil {
		return err
	}
	if current > LatestVersion() {
		return fmt.Errorf("store: the database is at schema version %d, newer than this program's %d", current, LatestVersion())
	}
	for _, m := range migrations {
		if m.version <= current || m.version > target {
			continue
		}
		stmts, err := m.statements(dialect)
		if err != nil {
			return err
		}
		err = db.Transaction(func(tx *gorm.DB) error {
			if err := lock(tx); err != nil {
				return err
			}
			if now, err := schemaVersion(tx); err != nil || now >= m.version {
				return err // another instance applied it meanwhile
			}
			if dialect == Postgres {
				// One round trip for the step: PostgreSQL runs several statements
				// sent at once in order (the migration's connection uses the simple
				// protocol, see openPostgres).
				stmts = []string{strings.Join(stmts, ";\n")}
			}
			for _, s := range stmts {
				if err := tx.Exec(s).Error; err != nil {
					return err
				}
			}
			return tx.Exec(`INSERT INTO schema_versions (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().UTC()).Error
		})
		if err != nil {
			return fmt.Errorf("store: migration %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}

func schemaVersion(db *gorm.DB) (int, error) {
	var v *int
	if err := db.Raw(`SELECT MAX(version) FROM schema_versions`).Scan(&v).Error; err != nil {
		return 0, fmt.Errorf("store: unable to read the schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
