package e2e

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// participant is one row of testdata/participants.csv, as the checks see it.
type participant struct {
	user, name, role, lang, zone string
	partner                      string // user
}

func (p participant) addr() string  { return p.user + "@" + domain }
func (p participant) first() string { return strings.Fields(p.name)[0] }

// greeting is how every email to p starts, in p's language.
func (p participant) greeting() string {
	if p.lang == "fr" {
		return "Bonjour " + p.first() + ","
	}
	return "Hi " + p.first() + ","
}

// cohort is testdata/participants.csv: two pairs, a French mentee with an English
// mentor and an English mentee with a French mentor, in four time zones.
var cohort = []participant{
	{user: "ana", name: "Ana Diallo", role: "mentee", lang: "fr", zone: "America/Toronto", partner: "ben"},
	{user: "ben", name: "Ben Okafor", role: "mentor", lang: "en", zone: "America/Vancouver", partner: "ana"},
	{user: "cleo", name: "Cleo Tran", role: "mentee", lang: "en", zone: "America/Halifax", partner: "dev"},
	{user: "dev", name: "Dev Sharma", role: "mentor", lang: "fr", zone: "America/Moncton", partner: "cleo"},
}

func byUser(user string) participant {
	i := slices.IndexFunc(cohort, func(p participant) bool { return p.user == user })
	return cohort[i]
}

// scheduledKinds is what each participant gets at once: the day-0 mail, and the
// mentor's day-7 digest.
func scheduledKinds(p participant) []string {
	k := []string{"confidentiality", "goals-prompt", "introduction"}
	if p.role == "mentor" {
		k = append(k, "digest")
	}
	slices.Sort(k)
	return k
}

// cohortStart is the first day of a cohort whose day 7 has begun (its send hour
// being 0) in every participant's time zone: today in the zone where it is
// earliest, less seven days.
func cohortStart(now time.Time) (string, error) {
	var earliest string
	for _, p := range cohort {
		loc, err := time.LoadLocation(p.zone)
		if err != nil {
			return "", err
		}
		if d := now.In(loc).Format(time.DateOnly); earliest == "" || d < earliest {
			earliest = d
		}
	}
	d, _ := time.Parse(time.DateOnly, earliest)
	return d.AddDate(0, 0, -digestDay).Format(time.DateOnly), nil
}

func randomBase64(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

// endpoint is how serve reaches one mail server: [imap] or [smtp]'s addr, tls,
// ca_file and server_name.
type endpoint struct {
	addr, tls, caFile, serverName string
}

// toml is the section's connection fields.
func (e endpoint) toml() string {
	out := fmt.Sprintf("addr = %q\ntls = %q\n", e.addr, e.tls)
	if e.caFile != "" {
		out += fmt.Sprintf("ca_file = %q\n", e.caFile)
	}
	if e.serverName != "" {
		out += fmt.Sprintf("server_name = %q\n", e.serverName)
	}
	return out
}

// writeConfig writes a serve configuration for the loopback servers, in plain text.
func writeConfig(t *testing.T, path, imapAddr, smtpAddr, db string) {
	t.Helper()
	writeServeConfig(t, path, db, endpoint{addr: imapAddr, tls: "none"}, endpoint{addr: smtpAddr, tls: "none"})
}

// writeServeConfig writes a serve configuration for the loopback servers.
func writeServeConfig(t *testing.T, path, db string, imap, smtp endpoint) {
	t.Helper()
	cfg := fmt.Sprintf(`# Written by the end-to-end suite.
[program]
name = "Mentorship Program"
address = %q
committee_address = %q
time_zone = "America/Toronto"
# Midnight: day 0 and day 7 of the cohort have begun in every time zone.
send_hour = 0

[store]
path = %q

[imap]
%susername = "program"
poll_interval = "2s"

[smtp]
%s
[log]
level = "debug"
`, program, committee, db, imap.toml(), smtp.toml())
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}
