// Package config holds mentormail's one typed configuration: a TOML file with
// defaults that serve a demo, secrets overridable from the environment, and
// validation whose errors name the offending field.
package config

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"
	_ "time/tzdata" // time zones work on hosts without a zoneinfo database

	"github.com/BurntSushi/toml"
)

// Environment variables that override secrets in the file, so a configuration
// file can be shared or committed without them.
const (
	EnvSecret       = "MENTORMAIL_SECRET"        // program.secret
	EnvNotesKey     = "MENTORMAIL_NOTES_KEY"     // program.notes_key
	EnvIMAPPassword = "MENTORMAIL_IMAP_PASSWORD" // imap.password
	EnvSMTPPassword = "MENTORMAIL_SMTP_PASSWORD" // smtp.password
	// EnvOAuthClientID and EnvOAuthClientSecret override oauth2.client_id and
	// oauth2.client_secret.
	EnvOAuthClientID     = "MENTORMAIL_OAUTH_CLIENT_ID"
	EnvOAuthClientSecret = "MENTORMAIL_OAUTH_CLIENT_SECRET"
)

// TLS modes for [imap] tls and [smtp] tls.
const (
	// TLSImplicit speaks TLS from the first byte (IMAPS on 993, SMTPS on 465).
	TLSImplicit = "implicit"
	// TLSStartTLS upgrades a plain connection with STARTTLS and refuses to go on
	// when the server does not offer it.
	TLSStartTLS = "starttls"
	// TLSNone sends everything, passwords included, in the clear. It is never a
	// default: only for loopback test servers.
	TLSNone = "none"
)

// Config is the whole configuration. Each section is a TOML table of the same name.
type Config struct {
	// Program is the program itself: its addresses, calendar, limits and secrets.
	Program Program `toml:"program"`
	// Store is the database.
	Store Store `toml:"store"`
	// IMAP is the mailbox replies are read from.
	IMAP IMAP `toml:"imap"`
	// SMTP is the server mail is sent through.
	SMTP SMTP `toml:"smtp"`
	// Log is where and how much the service logs.
	Log Log `toml:"log"`
	// OAuth2 is how mentormail gets access tokens when [imap] or [smtp] auth is "oauth2".
	OAuth2 OAuth2 `toml:"oauth2"`
	// Console is the committee's web console.
	Console Console `toml:"console"`

	loc *time.Location // Program.TimeZone, loaded by Validate
}

// Program is the [program] section.
type Program struct {
	// Name is the program's display name, used in the From header and in emails.
	Name string `toml:"name"`
	// NameFR is the program's name in French mail: the From header's display
	// name, subjects and footers. Default: Name when the file sets name, else
	// "Programme de mentorat".
	NameFR string `toml:"name_fr"`
	// Address is the program's mailbox, e.g. "mentorship@example.org". Mail goes
	// out from it, and replies come back to it as local+token@domain.
	Address string `toml:"address"`
	// CommitteeAddress is the committee's shared inbox: questions are forwarded
	// there and alerts are sent there.
	CommitteeAddress string `toml:"committee_address"`
	// CommitteeMembers are the addresses allowed to answer participants' questions
	// by replying to a forwarded question. Default: [CommitteeAddress].
	CommitteeMembers []string `toml:"committee_members"`
	// CommitteeLanguage is the language of the mail the committee gets (forwarded
	// questions, alerts, the weekly health digest): "en" or "fr". Default "en".
	CommitteeLanguage string `toml:"committee_language"`
	// TimeZone is the program's IANA time zone, used for participants without one
	// and for the committee's reports. Default "America/Toronto".
	TimeZone string `toml:"time_zone"`
	// SendHour is the local hour (0-23), in each participant's own time zone, at
	// which scheduled mail goes out. Default 9.
	SendHour int `toml:"send_hour"`
	// DailyAnswerCap is how many automatic answers (receipts, "could not read
	// that" replies) one participant can get per day; it stops mail loops. Default 10.
	DailyAnswerCap int `toml:"daily_answer_cap"`
	// PlainReplyTo makes Reply-To the bare program address, for a mail server that
	// does not deliver address+tag to the address: reply tokens then travel only in
	// the Message-ID that replies quote (In-Reply-To, References). Default false:
	// Reply-To carries the token as a plus tag, which survives clients that drop
	// In-Reply-To.
	PlainReplyTo bool `toml:"plain_reply_to"`
	// Secret signs reply tokens (HMAC-SHA256); at least 16 bytes. Prefer the
	// MENTORMAIL_SECRET environment variable. Required to serve.
	Secret string `toml:"secret"`
	// NotesKey encrypts notes and free text at rest: 32 bytes written as base64
	// or as 64 hex digits. Prefer MENTORMAIL_NOTES_KEY. Losing it loses the notes.
	NotesKey string `toml:"notes_key"`
	// TopicsFile is an optional topic catalogue (JSON) replacing the built-in one.
	TopicsFile string `toml:"topics_file"`
	// RetentionDays is how long raw inbound messages are kept before they are
	// purged. Default 30.
	RetentionDays int `toml:"retention_days"`
	// MaxMessageBytes is the largest inbound message read; larger ones are
	// quarantined unread. Default 10 MiB.
	MaxMessageBytes int64 `toml:"max_message_bytes"`
	// SessionDays is a cohort's length when `import` is not given --days. Default 60.
	SessionDays int `toml:"session_days"`
	// PrepDays is how many days before a planned meeting the mentee is asked
	// what they would like to cover; 0 sends no such prompt. Default 2.
	PrepDays int `toml:"prep_days"`
	// NoLetters stops the participation letter a participant gets by replying
	// "letter" at the end of the session (and the wrap-up's offer of it).
	// Default false: letters are on.
	NoLetters bool `toml:"no_letters"`
}

// NameIn returns the program's name in a language ("fr" or "en").
func (p Program) NameIn(lang string) string {
	if lang == "fr" && p.NameFR != "" {
		return p.NameFR
	}
	return p.Name
}

// Store is the [store] section.
type Store struct {
	// Path is the SQLite database file, created 0600 when missing. Default "./mentormail.db".
	Path string `toml:"path"`
	// LeaseTTL is how long an instance on a shared PostgreSQL database holds
	// its leases (the mailbox's, the calendar's, its sender's heartbeat)
	// without renewing them; it renews them every third of it. When an
	// instance dies, another takes over its mailbox and its claimed outbox
	// rows within about LeaseTTL and a third. Default DefaultLeaseTTL; from
	// 1s to 10m. Unused on SQLite.
	LeaseTTL time.Duration `toml:"lease_ttl"`
}

// IMAP is the [imap] section.
type IMAP struct {
	// Addr is the server as host:port, e.g. "imap.example.org:993". Required to serve.
	Addr string `toml:"addr"`
	// Username is the login of the program's mailbox.
	Username string `toml:"username"`
	// Password is the mailbox password. Prefer MENTORMAIL_IMAP_PASSWORD.
	Password string `toml:"password"`
	// TLS is "implicit" (default), "starttls", or "none" (loopback tests only).
	TLS string `toml:"tls"`
	// CAFile is an optional PEM file of certificate authorities to trust for this
	// server besides the system's roots, for a server with a private or
	// self-signed certificate. The certificate is always verified.
	CAFile string `toml:"ca_file"`
	// ServerName is the name the server's certificate is checked against, for when
	// Addr's host is an IP address or another name. Default: Addr's host.
	ServerName string `toml:"server_name"`
	// Mailbox is the folder new replies arrive in. Default "INBOX".
	Mailbox string `toml:"mailbox"`
	// Processed is the folder a message is moved to once applied. Default "Processed".
	Processed string `toml:"processed"`
	// Quarantine is the folder for messages that are not applied (unknown sender,
	// forged token, too large, failed three times). Default "Quarantine".
	Quarantine string `toml:"quarantine"`
	// PollInterval is how often the mailbox is polled when the server lacks IDLE,
	// as a Go duration string ("1m", "30s"). Default "1m".
	PollInterval time.Duration `toml:"poll_interval"`
	// Auth is how the mailbox logs in: "password" (default; IMAP LOGIN) or
	// "oauth2" (SASL XOAUTH2 or OAUTHBEARER with a token from [oauth2]).
	Auth string `toml:"auth"`
}

// SMTP is the [smtp] section.
type SMTP struct {
	// Addr is the submission server as host:port, e.g. "smtp.example.org:587". Required to serve.
	Addr string `toml:"addr"`
	// Username is the SMTP login; empty sends without authentication.
	Username string `toml:"username"`
	// Password is the SMTP password. Prefer MENTORMAIL_SMTP_PASSWORD.
	Password string `toml:"password"`
	// TLS is "starttls" (default; mandatory STARTTLS), "implicit", or "none"
	// (loopback tests only).
	TLS string `toml:"tls"`
	// CAFile is an optional PEM file of certificate authorities to trust for this
	// server besides the system's roots, for a server with a private or
	// self-signed certificate. The certificate is always verified.
	CAFile string `toml:"ca_file"`
	// ServerName is the name the server's certificate is checked against, for when
	// Addr's host is an IP address or another name. Default: Addr's host.
	ServerName string `toml:"server_name"`
	// HELO is the name given in EHLO; empty lets the client choose.
	HELO string `toml:"helo"`
	// Auth is how the sender logs in: "password" (default; AUTH PLAIN or LOGIN,
	// none without a username) or "oauth2" (AUTH XOAUTH2 with a token from
	// [oauth2]; the username defaults to imap.username, and the token is the one
	// grant's, whoever signed in).
	Auth string `toml:"auth"`
}

// Login methods for [imap] auth and [smtp] auth.
const (
	AuthPassword = "password"
	AuthOAuth2   = "oauth2"
)

// OAuth2 providers for [oauth2] provider.
const (
	ProviderMicrosoft365 = "microsoft365"
	ProviderGoogle       = "google"
	ProviderGeneric      = "generic"
)

// OAuth2 is the [oauth2] section: where access tokens come from when a mail
// server logs in with OAuth2. One grant serves both servers; `mentormail auth`
// makes it, and the database keeps its refresh token sealed with the notes key.
type OAuth2 struct {
	// Provider is "microsoft365", "google" or "generic". The first two fill in
	// the mail servers (when [imap] and [smtp] addr are not set), their TLS
	// modes, the endpoints and the scopes; "generic" takes them all from here.
	Provider string `toml:"provider"`
	// Tenant is Microsoft Entra ID's directory (tenant) id or domain for
	// microsoft365. Default "organizations" (any work or school account).
	Tenant string `toml:"tenant"`
	// ClientID is the application (client) id of the app registered with the
	// provider. Or MENTORMAIL_OAUTH_CLIENT_ID.
	ClientID string `toml:"client_id"`
	// ClientSecret is the app's secret, for a provider that issues one (Google
	// does, for its "TVs and limited input devices" clients). Prefer
	// MENTORMAIL_OAUTH_CLIENT_SECRET. Microsoft's public clients have none.
	ClientSecret string `toml:"client_secret"`
	// DeviceAuthURL is the device authorization endpoint (RFC 8628) that
	// `mentormail auth` starts from. Required for generic.
	DeviceAuthURL string `toml:"device_auth_url"`
	// TokenURL is the token endpoint. Required for generic.
	TokenURL string `toml:"token_url"`
	// Scopes are the scopes asked for. Required for generic; the provider's
	// own for the others (IMAP and SMTP access, and offline access so that a
	// refresh token is issued).
	Scopes []string `toml:"scopes"`
}

// Log is the [log] section.
type Log struct {
	// Level is debug, info (default), warn or error. Protocol transcripts are logged at debug.
	Level string `toml:"level"`
	// Format is text (default) or json.
	Format string `toml:"format"`
}

// Console is the [console] section: the committee's web console, served by
// `serve` when Addr is set.
type Console struct {
	// Addr is the address the console listens on, as host:port, e.g.
	// "127.0.0.1:8080" behind a reverse proxy. Empty (the default) turns it off.
	Addr string `toml:"addr"`
	// PublicURL is the console's address as committee members' browsers see it,
	// e.g. "https://console.example.org": sign-in links point to it, its origin is
	// the one trusted for changes, and the session cookie is Secure when it is
	// https. Default, only for a loopback Addr: "http://" + Addr.
	PublicURL string `toml:"public_url"`
}

// Defaults that are not obvious from a literal.
const (
	DefaultMaxMessageBytes = 10 << 20
	DefaultPollInterval    = time.Minute
	DefaultLeaseTTL        = 30 * time.Second
)

// Default returns the configuration used when no file is given: a program at
// example.org that a demo can run with. Secrets are empty.
func Default() *Config {
	return &Config{
		Program: Program{
			Name:              "Mentorship Program",
			NameFR:            "Programme de mentorat",
			Address:           "mentorship@example.org",
			CommitteeAddress:  "committee@example.org",
			CommitteeMembers:  []string{"committee@example.org"},
			TimeZone:          "America/Toronto",
			SendHour:          9,
			CommitteeLanguage: "en",
			DailyAnswerCap:    10,
			RetentionDays:     30,
			MaxMessageBytes:   DefaultMaxMessageBytes,
			SessionDays:       60,
			PrepDays:          2,
		},
		Store: Store{Path: "./mentormail.db", LeaseTTL: DefaultLeaseTTL},
		IMAP: IMAP{
			TLS:          TLSImplicit,
			Mailbox:      "INBOX",
			Processed:    "Processed",
			Quarantine:   "Quarantine",
			PollInterval: DefaultPollInterval,
			Auth:         AuthPassword,
		},
		SMTP: SMTP{TLS: TLSStartTLS, Auth: AuthPassword},
		Log:  Log{Level: "info", Format: "text"},
	}
}

// Load reads the TOML file at path over the defaults (path "" keeps the
// defaults), applies the environment overrides and validates the result.
// Unknown keys in the file are errors, so a misspelt field is not ignored.
func Load(path string) (*Config, error) {
	return load(path, os.Getenv)
}

func load(path string, getenv func(string) string) (*Config, error) {
	c := Default()
	if path != "" {
		md, err := toml.DecodeFile(path, c)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if undec := md.Undecoded(); len(undec) > 0 {
			return nil, fmt.Errorf("config: %s: unknown field %q", path, undec[0].String())
		}
		if md.IsDefined("program", "name") && !md.IsDefined("program", "name_fr") {
			// A program's own name is kept in French rather than replaced by
			// the generic default.
			c.Program.NameFR = c.Program.Name
		}
		if !md.IsDefined("program", "committee_members") {
			// The committee is its shared inbox unless the file says otherwise.
			c.Program.CommitteeMembers = []string{c.Program.CommitteeAddress}
		}
	}
	c.applyEnv(getenv)
	c.applyProvider()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) applyEnv(getenv func(string) string) {
	for _, o := range []struct {
		env string
		dst *string
	}{
		{EnvSecret, &c.Program.Secret},
		{EnvNotesKey, &c.Program.NotesKey},
		{EnvIMAPPassword, &c.IMAP.Password},
		{EnvSMTPPassword, &c.SMTP.Password},
		{EnvOAuthClientID, &c.OAuth2.ClientID},
		{EnvOAuthClientSecret, &c.OAuth2.ClientSecret},
	} {
		if v := getenv(o.env); v != "" {
			*o.dst = v
		}
	}
}

// SecretBytes returns the token secret.
func (c *Config) SecretBytes() []byte { return []byte(c.Program.Secret) }

// NotesKeyBytes returns the decoded notes key (32 bytes).
func (c *Config) NotesKeyBytes() ([]byte, error) {
	if c.Program.NotesKey == "" {
		return nil, errors.New("config: program.notes_key is not set (or set " + EnvNotesKey + ")")
	}
	k, err := DecodeKey(c.Program.NotesKey)
	if err != nil {
		return nil, fmt.Errorf("config: program.notes_key: %w", err)
	}
	return k, nil
}

// Location returns the program's time zone; UTC if it cannot be loaded (which
// Validate reports).
func (c *Config) Location() *time.Location {
	if c.loc != nil && c.loc.String() == c.Program.TimeZone {
		return c.loc
	}
	loc, err := time.LoadLocation(c.Program.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Logger returns a slog logger writing to w at [log] level in [log] format.
func (c *Config) Logger(w io.Writer) *slog.Logger {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(c.Log.Level)); err != nil {
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
