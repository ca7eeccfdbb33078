package config

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/mentormail/mentormail/topics"
)

// NotesKeySize is the length of the decoded notes key in bytes (AES-256).
const NotesKeySize = 32

// MinSecretBytes is the shortest token secret accepted.
const MinSecretBytes = 16

// Validate checks every field and returns all problems found, joined, each naming
// its field: `config: program.address: "x" is not an address`. It does not require
// what only `serve` needs; see ValidateForServe.
func (c *Config) Validate() error {
	var v validator
	p := &c.Program
	v.check(strings.TrimSpace(p.Name) != "", "program.name", "must not be empty")
	v.check(strings.TrimSpace(p.NameFR) != "", "program.name_fr", "must not be empty")
	v.address("program.address", p.Address)
	if strings.Contains(p.Address, "+") {
		v.add("program.address", fmt.Sprintf("%q must not contain '+': replies come back as local+token@domain", p.Address))
	}
	v.address("program.committee_address", p.CommitteeAddress)
	v.check(len(p.CommitteeMembers) > 0, "program.committee_members", "must list at least one address")
	for i, m := range p.CommitteeMembers {
		v.address(fmt.Sprintf("program.committee_members[%d]", i), m)
	}
	if loc, err := time.LoadLocation(p.TimeZone); err != nil || p.TimeZone == "" {
		v.add("program.time_zone", fmt.Sprintf("%q is not an IANA time zone such as America/Toronto", p.TimeZone))
	} else {
		c.loc = loc
	}
	v.check(p.SendHour >= 0 && p.SendHour <= 23, "program.send_hour", fmt.Sprintf("%d is not an hour from 0 to 23", p.SendHour))
	v.check(p.CommitteeLanguage == "en" || p.CommitteeLanguage == "fr", "program.committee_language", fmt.Sprintf("%q is not en or fr", p.CommitteeLanguage))
	v.check(p.DailyAnswerCap >= 1, "program.daily_answer_cap", fmt.Sprintf("%d must be at least 1", p.DailyAnswerCap))
	if p.Secret != "" && len(p.Secret) < MinSecretBytes {
		v.add("program.secret", fmt.Sprintf("must be at least %d bytes, got %d", MinSecretBytes, len(p.Secret)))
	}
	if p.NotesKey != "" {
		if _, err := DecodeKey(p.NotesKey); err != nil {
			v.add("program.notes_key", err.Error())
		}
	}
	if p.TopicsFile != "" {
		if _, err := topics.Load(p.TopicsFile); err != nil {
			v.add("program.topics_file", err.Error())
		}
	}
	v.check(p.PrepDays >= 0 && p.PrepDays <= 14, "program.prep_days", fmt.Sprintf("%d must be from 0 to 14", p.PrepDays))
	v.check(p.RetentionDays >= 1, "program.retention_days", fmt.Sprintf("%d must be at least 1", p.RetentionDays))
	v.check(p.MaxMessageBytes >= 1024, "program.max_message_bytes", fmt.Sprintf("%d must be at least 1024", p.MaxMessageBytes))
	v.check(p.SessionDays >= 1 && p.SessionDays <= 366, "program.session_days", fmt.Sprintf("%d is not a number of days from 1 to 366", p.SessionDays))

	v.check(strings.TrimSpace(c.Store.Path) != "", "store.path", "must not be empty")
	v.check(c.Store.LeaseTTL >= time.Second && c.Store.LeaseTTL <= 10*time.Minute, "store.lease_ttl",
		fmt.Sprintf("%v must be from 1s to 10m", c.Store.LeaseTTL))

	v.hostPort("imap.addr", c.IMAP.Addr)
	v.tls("imap.tls", c.IMAP.TLS)
	v.clearOnlyLoopback("imap.tls", c.IMAP.TLS, "imap.addr", c.IMAP.Addr)
	v.tlsFields("imap", c.IMAP.TLS, c.IMAP.CAFile, c.IMAP.ServerName)
	v.check(c.IMAP.Mailbox != "", "imap.mailbox", "must not be empty")
	v.check(c.IMAP.Processed != "", "imap.processed", "must not be empty")
	v.check(c.IMAP.Quarantine != "", "imap.quarantine", "must not be empty")
	if c.IMAP.Processed != "" && (c.IMAP.Processed == c.IMAP.Mailbox || c.IMAP.Processed == c.IMAP.Quarantine) {
		v.add("imap.processed", fmt.Sprintf("%q must differ from imap.mailbox and imap.quarantine", c.IMAP.Processed))
	}
	if c.IMAP.Quarantine != "" && c.IMAP.Quarantine == c.IMAP.Mailbox {
		v.add("imap.quarantine", fmt.Sprintf("%q must differ from imap.mailbox", c.IMAP.Quarantine))
	}
	v.check(c.IMAP.PollInterval >= time.Second, "imap.poll_interval", fmt.Sprintf("%v must be at least 1s", c.IMAP.PollInterval))

	v.hostPort("smtp.addr", c.SMTP.Addr)
	v.tls("smtp.tls", c.SMTP.TLS)
	v.clearOnlyLoopback("smtp.tls", c.SMTP.TLS, "smtp.addr", c.SMTP.Addr)
	v.tlsFields("smtp", c.SMTP.TLS, c.SMTP.CAFile, c.SMTP.ServerName)
	if strings.ContainsAny(c.SMTP.HELO, " \t\r\n") {
		v.add("smtp.helo", fmt.Sprintf("%q must be a host name", c.SMTP.HELO))
	}

	v.validateAuth(c)
	v.console(&c.Console)

	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		v.add("log.level", fmt.Sprintf("%q must be debug, info, warn or error", c.Log.Level))
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		v.add("log.format", fmt.Sprintf("%q must be text or json", c.Log.Format))
	}
	return v.err()
}

// ValidateForServe checks, beyond Validate, what running the service needs: the
// mail servers, the token secret and the notes key. Commands that work offline
// (import, report, parse) do not call it.
func (c *Config) ValidateForServe() error {
	if err := c.Validate(); err != nil {
		return err
	}
	var v validator
	v.check(c.IMAP.Addr != "", "imap.addr", "is required to serve (host:port)")
	v.check(c.SMTP.Addr != "", "smtp.addr", "is required to serve (host:port)")
	v.check(c.Program.Secret != "", "program.secret", "is required to serve (or set "+EnvSecret+")")
	v.check(c.Program.NotesKey != "", "program.notes_key", "is required to serve (or set "+EnvNotesKey+")")
	return v.err()
}

// DecodeKey decodes a NotesKeySize-byte key written as 64 hex digits or as
// base64 (standard or URL alphabet, padded or not).
func DecodeKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if len(s) == 2*NotesKeySize {
		if k, err := hex.DecodeString(s); err == nil {
			return k, nil
		}
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		k, err := enc.DecodeString(s)
		if err != nil {
			continue
		}
		if len(k) != NotesKeySize {
			return nil, fmt.Errorf("the key must be %d bytes, got %d (make one with: openssl rand -base64 32)", NotesKeySize, len(k))
		}
		return k, nil
	}
	return nil, fmt.Errorf("the key is neither 64 hex digits nor base64 (make one with: openssl rand -base64 32)")
}

// validator collects field errors in order.
type validator struct{ errs []error }

func (v *validator) add(field, msg string) {
	v.errs = append(v.errs, fmt.Errorf("config: %s: %s", field, msg))
}

func (v *validator) check(ok bool, field, msg string) {
	if !ok {
		v.add(field, msg)
	}
}

// address accepts a bare address such as "a@example.org", without a display name.
func (v *validator) address(field, s string) {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != strings.TrimSpace(s) || a.Name != "" {
		v.add(field, fmt.Sprintf("%q is not an address", s))
	}
}

// hostPort accepts "" (checked by ValidateForServe) or host:port.
func (v *validator) hostPort(field, s string) {
	if s == "" {
		return
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil || host == "" || port == "" {
		v.add(field, fmt.Sprintf("%q is not host:port", s))
	}
}

func (v *validator) tls(field, s string) {
	switch s {
	case TLSImplicit, TLSStartTLS, TLSNone:
	default:
		v.add(field, fmt.Sprintf("%q must be implicit, starttls or none", s))
	}
}

// clearOnlyLoopback refuses tls = "none" for a server that is not on loopback:
// the password would cross the network in clear. The host is not resolved: a
// name other than localhost could point anywhere.
func (v *validator) clearOnlyLoopback(field, mode, addrField, addr string) {
	if mode != TLSNone || addr == "" {
		return
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return // hostPort reports it
	}
	if IsLoopback(host) {
		return
	}
	v.add(field, fmt.Sprintf("%q sends the password in clear and is allowed only for a loopback server "+
		"(127.0.0.1, ::1 or localhost); %s is %q", mode, addrField, host))
}

// IsLoopback reports whether host is a loopback address or "localhost".
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (v *validator) err() error { return errors.Join(v.errs...) }

// console checks the [console] section and fills public_url for a loopback addr.
func (v *validator) console(c *Console) {
	if c.Addr == "" {
		return
	}
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		v.add("console.addr", fmt.Sprintf("%q is not host:port", c.Addr))
		return
	}
	if c.PublicURL == "" {
		ip := net.ParseIP(host)
		if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			v.add("console.public_url", "is required when console.addr is not a loopback address (the address browsers use, e.g. https://console.example.org)")
			return
		}
		c.PublicURL = "http://" + c.Addr
	}
	u, err := url.Parse(c.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		v.add("console.public_url", fmt.Sprintf("%q must be an origin such as https://console.example.org (no path)", c.PublicURL))
		return
	}
	c.PublicURL = u.Scheme + "://" + u.Host
}
