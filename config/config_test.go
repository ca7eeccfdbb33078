package config

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func noEnv(string) string { return "" }

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExampleFileLoadsAndValidates(t *testing.T) {
	c, err := load("../mentormail.example.toml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Program.Address != "mentorship@example.org" || c.IMAP.Addr != "imap.example.org:993" || c.IMAP.PollInterval != time.Minute {
		t.Errorf("unexpected values: %+v", c)
	}
	if c.Program.NameIn("fr") != "Programme de mentorat" || c.Program.NameIn("en") != "Mentorship Program" {
		t.Errorf("names: %q in French, %q in English", c.Program.NameIn("fr"), c.Program.NameIn("en"))
	}
	if len(c.Program.CommitteeMembers) != 2 {
		t.Errorf("committee_members = %v", c.Program.CommitteeMembers)
	}
	// With the secrets from the environment, the example is ready to serve.
	c, err = load("../mentormail.example.toml", func(k string) string {
		return map[string]string{EnvSecret: "0123456789abcdef0123", EnvNotesKey: base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{1}, 32))}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.ValidateForServe(); err != nil {
		t.Errorf("ValidateForServe: %v", err)
	}
}

// The example documents every field: each key of the struct appears in it.
func TestExampleFileHasEveryField(t *testing.T) {
	data, err := os.ReadFile("../mentormail.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"name", "name_fr", "address", "committee_address", "committee_members", "time_zone", "send_hour",
		"daily_answer_cap", "secret", "notes_key", "topics_file", "retention_days", "max_message_bytes", "session_days",
		"path", "addr", "username", "password", "tls", "mailbox", "processed", "quarantine", "poll_interval", "helo",
		"ca_file", "server_name", "lease_ttl",
		"level", "format", "public_url"} {
		if !bytes.Contains(data, []byte("\n"+k+" = ")) {
			t.Errorf("the example does not set %s", k)
		}
	}
}

func TestDefaults(t *testing.T) {
	c, err := load("", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Program.Name != "Mentorship Program" || c.Program.SendHour != 9 || c.Program.SessionDays != 60 ||
		c.Program.MaxMessageBytes != 10<<20 || c.Store.Path != "./mentormail.db" || c.IMAP.TLS != TLSImplicit ||
		c.SMTP.TLS != TLSStartTLS || c.Log.Level != "info" {
		t.Errorf("defaults: %+v", c)
	}
	if got := c.Program.CommitteeMembers; len(got) != 1 || got[0] != c.Program.CommitteeAddress {
		t.Errorf("committee_members default = %v, want [committee_address]", got)
	}
	if c.Location().String() != "America/Toronto" {
		t.Errorf("Location = %v", c.Location())
	}
	err = c.ValidateForServe()
	for _, f := range []string{"imap.addr", "smtp.addr", "program.secret", "program.notes_key"} {
		if err == nil || !strings.Contains(err.Error(), "config: "+f+": ") {
			t.Errorf("ValidateForServe on defaults: %v; want it to name %s", err, f)
		}
	}
}

// A file that sets only some fields keeps the defaults of the others, and a
// committee address alone becomes the committee.
func TestPartialFile(t *testing.T) {
	c, err := load(writeFile(t, "[program]\ncommittee_address = \"team@lib.example.ca\"\n[smtp]\ntls = \"none\"\n"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.SMTP.TLS != TLSNone || c.IMAP.TLS != TLSImplicit || c.Program.SendHour != 9 {
		t.Errorf("got %+v", c)
	}
	if got := c.Program.CommitteeMembers; len(got) != 1 || got[0] != "team@lib.example.ca" {
		t.Errorf("committee_members = %v", got)
	}
}

func TestEnvOverrides(t *testing.T) {
	key := bytes.Repeat([]byte{0xab}, 32)
	t.Setenv(EnvSecret, "from-the-environment-16+")
	t.Setenv(EnvNotesKey, hex.EncodeToString(key))
	t.Setenv(EnvIMAPPassword, "imap-pw")
	t.Setenv(EnvSMTPPassword, "smtp-pw")
	c, err := Load(writeFile(t, "[program]\nsecret = \"from-the-file-0123456789\"\n[imap]\npassword = \"file\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if string(c.SecretBytes()) != "from-the-environment-16+" || c.IMAP.Password != "imap-pw" || c.SMTP.Password != "smtp-pw" {
		t.Errorf("env did not override: %+v", c)
	}
	got, err := c.NotesKeyBytes()
	if err != nil || !bytes.Equal(got, key) {
		t.Errorf("NotesKeyBytes = %x, %v", got, err)
	}
}

func TestDecodeKey(t *testing.T) {
	key := bytes.Repeat([]byte{0xfe, 0x01}, 16)
	for _, s := range []string{
		hex.EncodeToString(key),
		strings.ToUpper(hex.EncodeToString(key)),
		base64.StdEncoding.EncodeToString(key),
		base64.RawURLEncoding.EncodeToString(key),
		" " + base64.StdEncoding.EncodeToString(key) + "\n",
	} {
		got, err := DecodeKey(s)
		if err != nil || !bytes.Equal(got, key) {
			t.Errorf("DecodeKey(%q) = %x, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "short", base64.StdEncoding.EncodeToString(key[:16]), strings.Repeat("z", 64)} {
		if _, err := DecodeKey(s); err == nil {
			t.Errorf("DecodeKey(%q) succeeded", s)
		}
	}
}

func TestBadFieldsAreNamed(t *testing.T) {
	for _, tc := range []struct{ toml, want string }{
		{"[program]\naddress = \"x\"", `config: program.address: "x" is not an address`},
		{"[program]\naddress = \"a+b@example.org\"", `config: program.address: "a+b@example.org" must not contain '+'`},
		{"[program]\naddress = \"Program <p@example.org>\"", `config: program.address: `},
		{"[program]\ncommittee_members = [\"ok@example.org\", \"nope\"]", `config: program.committee_members[1]: "nope" is not an address`},
		{"[program]\ncommittee_members = []", `config: program.committee_members: must list at least one address`},
		{"[program]\ntime_zone = \"Canada/Nowhere\"", `config: program.time_zone: "Canada/Nowhere"`},
		{"[program]\nsend_hour = 24", `config: program.send_hour: 24`},
		{"[program]\ndaily_answer_cap = 0", `config: program.daily_answer_cap: 0`},
		{"[program]\nsecret = \"short\"", `config: program.secret: must be at least 16 bytes`},
		{"[program]\nnotes_key = \"abc\"", `config: program.notes_key: `},
		{"[program]\ntopics_file = \"/nonexistent/topics.json\"", `config: program.topics_file: `},
		{"[program]\nsession_days = 0", `config: program.session_days: 0`},
		{"[store]\npath = \"\"", `config: store.path: must not be empty`},
		{"[imap]\naddr = \"imap.example.org\"", `config: imap.addr: "imap.example.org" is not host:port`},
		{"[imap]\ntls = \"ssl\"", `config: imap.tls: "ssl" must be implicit, starttls or none`},
		{"[imap]\ntls = \"\"", `config: imap.tls: "" must be`},
		{"[imap]\nprocessed = \"INBOX\"", `config: imap.processed: "INBOX" must differ`},
		{"[imap]\npoll_interval = \"10ms\"", `config: imap.poll_interval: 10ms must be at least 1s`},
		{"[store]\nlease_ttl = \"500ms\"", `config: store.lease_ttl: 500ms must be from 1s to 10m`},
		{"[store]\nlease_ttl = \"1h\"", `config: store.lease_ttl: 1h0m0s must be from 1s to 10m`},
		{"[smtp]\ntls = \"tls\"", `config: smtp.tls: "tls" must be`},
		{"[imap]\naddr = \"mail.example.org:143\"\ntls = \"none\"", `config: imap.tls: "none" sends the password in clear and is allowed only for a loopback server (127.0.0.1, ::1 or localhost); imap.addr is "mail.example.org"`},
		{"[smtp]\naddr = \"192.0.2.7:25\"\ntls = \"none\"", `config: smtp.tls: "none" sends the password in clear`},
		{"[log]\nlevel = \"loud\"", `config: log.level: "loud"`},
		{"[log]\nformat = \"xml\"", `config: log.format: "xml"`},
		{"[program]\nadress = \"a@example.org\"", `unknown field "program.adress"`},
		{"[program]\nsend_hour = \"nine\"", `config: `},
		{"[console]\naddr = \"8080\"", `config: console.addr: "8080" is not host:port`},
		{"[console]\naddr = \"0.0.0.0:8080\"", `config: console.public_url: is required when console.addr is not a loopback address`},
		{"[console]\naddr = \"127.0.0.1:8080\"\npublic_url = \"https://c.example.org/console\"", `config: console.public_url: "https://c.example.org/console" must be an origin`},
		{"[console]\naddr = \"127.0.0.1:8080\"\npublic_url = \"ftp://c.example.org\"", `config: console.public_url: `},
	} {
		_, err := load(writeFile(t, tc.toml), noEnv)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s\n  err = %v\n  want it to contain %q", tc.toml, err, tc.want)
		}
	}
}

// tls = "none" is accepted for a server on loopback.
func TestClearTextOnLoopback(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:143", "[::1]:143", "localhost:143", "127.0.0.9:143"} {
		if _, err := load(writeFile(t, "[imap]\naddr = \""+addr+"\"\ntls = \"none\"\n[smtp]\naddr = \""+addr+"\"\ntls = \"none\""), noEnv); err != nil {
			t.Errorf("%s: %v", addr, err)
		}
	}
}

// Every problem is reported, one per line, not just the first.
func TestAllProblemsReported(t *testing.T) {
	_, err := load(writeFile(t, "[program]\nsend_hour = -1\n[log]\nlevel = \"x\"\nformat = \"y\""), noEnv)
	if err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Errorf("err = %v, want three lines", err)
	}
}

func TestLogger(t *testing.T) {
	var buf bytes.Buffer
	c := Default()
	c.Log = Log{Level: "warn", Format: "json"}
	lg := c.Logger(&buf)
	lg.Info("hidden")
	lg.Warn("shown", "n", 1)
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"msg":"shown"`) {
		t.Errorf("log output %q", out)
	}
}

// A program's own name reaches French mail unless the file gives a French one;
// without either, French mail has a French default.
func TestProgramNameInFrench(t *testing.T) {
	for _, c := range []struct{ file, fr string }{
		{"[program]\nname = \"Passerelles\"\n", "Passerelles"},
		{"[program]\nname = \"Bridges\"\nname_fr = \"Passerelles\"\n", "Passerelles"},
		{"[program]\n", "Programme de mentorat"},
	} {
		cfg, err := load(writeFile(t, c.file), noEnv)
		if err != nil {
			t.Fatal(err)
		}
		if got := cfg.Program.NameIn("fr"); got != c.fr {
			t.Errorf("%q: French name %q, want %q", c.file, got, c.fr)
		}
	}
}

// TestConsoleSection: the console is off by default; a loopback address
// needs no public URL; a public URL is kept as its origin.
func TestConsoleSection(t *testing.T) {
	c, err := load("", noEnv)
	if err != nil || c.Console.Addr != "" {
		t.Fatalf("default console %+v, %v: want off", c.Console, err)
	}
	c, err = load(writeFile(t, "[console]\naddr = \"127.0.0.1:8025\"\n"), noEnv)
	if err != nil || c.Console.PublicURL != "http://127.0.0.1:8025" {
		t.Errorf("loopback console: %+v, %v", c.Console, err)
	}
	c, err = load(writeFile(t, "[console]\naddr = \"10.0.0.5:8080\"\npublic_url = \"https://Console.Example.org/\"\n"), noEnv)
	if err != nil || c.Console.PublicURL != "https://Console.Example.org" {
		t.Errorf("public console: %+v, %v", c.Console, err)
	}
}
