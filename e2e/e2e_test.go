package e2e

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const (
	domain    = "example.test"
	program   = "program@" + domain
	committee = "committee@" + domain
	password  = "secret"
	// stranger has a mailbox but is in no cohort: an unknown sender.
	stranger = "zoe"
	// digestDay is how many days before today the cohort starts: the day-0
	// introductions and the day-7 mentor digest are due at once, check-ins
	// (day 14) are not.
	digestDay = 7
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

// writeConfig writes a serve configuration for the loopback servers.
func writeConfig(t *testing.T, path, imapAddr, smtpAddr, db string) {
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
addr = %q
username = "program"
tls = "none"
poll_interval = "2s"

[smtp]
addr = %q
tls = "none"

[log]
level = "debug"
`, program, committee, db, imapAddr, smtpAddr)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestE2E builds mentormail, starts Dovecot and Postfix on loopback, imports a
// cohort whose introductions and first mentor digests are due, runs `mentormail
// serve`, and checks over real IMAP and SMTP what the participants receive and
// what becomes of their replies.
//
// The servers listen on free loopback ports, or on E2E_IMAP_PORT and
// E2E_SMTP_PORT when they are set. E2E_KEEP=1 keeps the directory of a failed
// run (mail, logs, database, configuration) for a look afterwards.
func TestE2E(t *testing.T) {
	requireServers(t)
	began := time.Now()
	root := moduleRoot(t)
	// Not t.TempDir(): the servers' Unix sockets live under DIR, which must be short.
	dir, err := os.MkdirTemp("", "mm-e2e")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() && os.Getenv("E2E_KEEP") != "" {
			t.Logf("E2E_KEEP: kept %s", dir)
			return
		}
		if err := os.RemoveAll(dir); err != nil {
			// Not root: the servers' files belong to root and nobody.
			if out, serr := exec.Command("sudo", "-n", "rm", "-rf", dir).CombinedOutput(); serr != nil {
				t.Logf("cleanup: %v; sudo rm: %v %s", err, serr, out)
			}
		}
	})

	bin := buildBinary(t, root, dir)
	users := []string{"program:" + password, "committee:" + password, stranger + ":" + password}
	for _, p := range cohort {
		users = append(users, p.user+":"+password)
	}
	srv := startServers(t, root, dir, users...)
	t.Logf("setup: binary and mail servers ready in %v", time.Since(began).Round(time.Millisecond))

	env := []string{
		"MENTORMAIL_SECRET=" + randomBase64(24),
		"MENTORMAIL_NOTES_KEY=" + randomBase64(32),
		"MENTORMAIL_IMAP_PASSWORD=" + password,
		"MENTORMAIL_SMTP_PASSWORD=",
	}
	cfg := filepath.Join(dir, "mentormail.toml")
	writeConfig(t, cfg, srv.imap, srv.smtp, filepath.Join(dir, "mentormail.db"))

	// The cohort: started seven days ago.
	start, err := cohortStart(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pairs := filepath.Join(dir, "pairs.csv")
	pairsCSV := "mentor_email,mentee_email,start_date\n"
	for _, p := range cohort {
		if p.role == "mentor" {
			pairsCSV += fmt.Sprintf("%s,%s,%s\n", p.addr(), byUser(p.partner).addr(), start)
		}
	}
	if err := os.WriteFile(pairs, []byte(pairsCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runBinary(t, importTimeout, bin, env, "import", "--config", cfg,
		"--cohort", "e2e", "--start", start,
		"--participants", filepath.Join(root, "e2e", "testdata", "participants.csv"), "--pairs", pairs)
	if code != 0 {
		t.Fatalf("mentormail import exited %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	t.Logf("import (cohort starting %s):\n%s%s", start, stdout, stderr)

	serve := startServe(t, bin, cfg, env)
	served := time.Now()

	boxes := map[string]*imapUser{}
	for _, u := range append([]string{"program", stranger}, "ana", "ben", "cleo", "dev") {
		boxes[u] = dialIMAP(t, srv.imap, u, password)
	}
	// What each participant received, once everything scheduled has arrived.
	received := map[string][]*message{}

	step(t, "1 introductions", func(t *testing.T) {
		for _, p := range cohort {
			want := scheduledKinds(p)
			ms := boxes[p.user].waitMessages(t, "INBOX", p.user+"'s scheduled mail "+strings.Join(want, ", "),
				func(ms []*message) bool { return len(ms) >= len(want) })
			if got := kinds(ms); !slices.Equal(got, want) {
				t.Errorf("%s received kinds %v, want exactly %v:%s", p.user, got, want, describe(ms))
			}
			received[p.user] = ms
			for _, m := range ms {
				checkProgramMail(t, p, m)
			}
			i := slices.IndexFunc(ms, byKind("introduction"))
			if i < 0 {
				continue
			}
			checkIntroduction(t, p, ms[i])
		}
		t.Logf("all scheduled mail arrived %v after serve started", time.Since(served).Round(time.Millisecond))
	})

	step(t, "2 mentor digest", func(t *testing.T) {
		for _, p := range cohort {
			i := slices.IndexFunc(received[p.user], byKind("digest"))
			switch {
			case p.role == "mentor" && i < 0:
				t.Errorf("%s (mentor) received no digest:%s", p.user, describe(received[p.user]))
			case p.role == "mentee" && i >= 0:
				t.Errorf("%s (mentee) received a mentor's digest: %s", p.user, received[p.user][i])
			case i >= 0:
				checkDigest(t, p, received[p.user][i])
			}
		}
	})

	step(t, "3 meeting logged from a reply", func(t *testing.T) {
		ana := byUser("ana")
		prompt := find(t, received["ana"], "goals-prompt")
		to := replyAddress(t, prompt)
		loc, _ := time.LoadLocation(ana.zone)
		now := time.Now().In(loc)
		reply := outgoing{
			from: ana.addr(), fromName: ana.name, to: to,
			subject:   "RE: " + prompt.subject,
			messageID: fmt.Sprintf("e2e-ana-%d@client.example.test", now.UnixNano()),
			inReplyTo: prompt.messageID,
			body: "On s'est rencontrées en vidéo hier pendant 45 minutes. Sujets : 7\n\n" +
				"Ana\n\n" +
				"Le " + now.Format("02/01/2006") + ", Mentorship Program <" + program + "> a écrit :\n" +
				quote(prompt.text),
		}
		if err := sendSMTP(srv.smtp, reply, now); err != nil {
			t.Fatalf("ana's reply through Postfix: %v", err)
		}
		receipt := boxes["ana"].waitMessage(t, "INBOX", "ana's meeting receipt", byKind("receipt-meeting"))
		checkProgramMail(t, ana, receipt)
		if receipt.inReplyTo != reply.messageID {
			t.Errorf("receipt In-Reply-To <%s>, want ana's reply <%s>", receipt.inReplyTo, reply.messageID)
		}
		yesterday := now.AddDate(0, 0, -1)
		for _, want := range []string{"Consignée", frenchDay(yesterday)} {
			if !strings.Contains(plain(receipt.subject), want) {
				t.Errorf("receipt subject %q lacks %q", receipt.subject, want)
			}
		}
		for _, want := range []string{"45 min", "vidéo", frenchDay(yesterday), "Entrevues"} {
			if !strings.Contains(plain(receipt.text), want) {
				t.Errorf("receipt text lacks %q:\n%s", want, receipt.text)
			}
		}
		// The reply is moved out of the program's INBOX to Processed.
		boxes["program"].waitMessage(t, "Processed", "ana's reply in the program's Processed folder",
			byMessageID(reply.messageID))
		if ms, err := boxes["program"].list("INBOX"); err != nil {
			t.Error(err)
		} else if slices.ContainsFunc(ms, byMessageID(reply.messageID)) {
			t.Errorf("ana's reply is in Processed and still in INBOX")
		}
		// Nothing else for ana: one receipt (step 4 checks that ben got nothing).
		ms := boxes["ana"].waitMessages(t, "INBOX", "ana's mailbox", func([]*message) bool { return true })
		if n := len(ms) - len(received["ana"]); n != 1 {
			t.Errorf("ana received %d messages after her reply, want 1 receipt:%s", n, describe(ms))
		}
		received["ana"] = ms
	})

	step(t, "4 auto-replies not answered", func(t *testing.T) {
		// Baselines: what ben and dev had after the scheduled mail; anything
		// since (ana's reply included) must not be for them.
		before := map[*imapUser][]*message{}
		for _, u := range []string{"ben", "dev"} {
			before[boxes[u]] = received[u]
			if len(received[u]) == 0 {
				ms, err := boxes[u].list("INBOX")
				if err != nil {
					t.Fatal(err)
				}
				before[boxes[u]] = ms
			}
		}
		ben, dev := byUser("ben"), byUser("dev")
		stamp := time.Now().UnixNano()
		auto := []outgoing{{
			// RFC 3834's header, and the classic subject.
			from: ben.addr(), fromName: ben.name, to: replyAddress(t, find(t, received["ben"], "digest")),
			subject:   "Out of Office",
			messageID: fmt.Sprintf("e2e-ben-ooo-%d@client.example.test", stamp),
			inReplyTo: find(t, received["ben"], "digest").messageID,
			headers:   []string{"Auto-Submitted: auto-replied", "X-Autoreply: yes"},
			body:      "I am out of the office until Monday, with limited access to email.\n",
		}, {
			// No header at all, as some clients send them: the French subject alone.
			from: dev.addr(), fromName: dev.name, to: replyAddress(t, find(t, received["dev"], "goals-prompt")),
			subject:   "Réponse automatique : Absent du bureau",
			messageID: fmt.Sprintf("e2e-dev-ooo-%d@client.example.test", stamp),
			inReplyTo: find(t, received["dev"], "goals-prompt").messageID,
			body:      "Je suis absent du bureau jusqu'à lundi. Pour toute urgence, écrivez à la bibliothèque.\n",
		}}
		for _, o := range auto {
			if err := sendSMTP(srv.smtp, o, time.Now()); err != nil {
				t.Fatalf("%s's auto-reply through Postfix: %v", o.from, err)
			}
		}
		for _, o := range auto {
			boxes["program"].waitMessage(t, "Processed", o.from+"'s auto-reply in the program's Processed folder",
				byMessageID(o.messageID))
		}
		stayQuiet(t, "an auto-reply must never be answered", before)
	})

	step(t, "5 unknown sender quarantined", func(t *testing.T) {
		before, err := boxes[stranger].list("INBOX")
		if err != nil {
			t.Fatal(err)
		}
		msg := outgoing{
			from: stranger + "@" + domain, fromName: "Zoe Unknown", to: program,
			subject:   "How do I join?",
			messageID: fmt.Sprintf("e2e-zoe-%d@client.example.test", time.Now().UnixNano()),
			body:      "Hello, I would like to join the mentorship program. How do I sign up?\n",
		}
		if err := sendSMTP(srv.smtp, msg, time.Now()); err != nil {
			t.Fatalf("the stranger's message through Postfix: %v", err)
		}
		boxes["program"].waitMessage(t, "Quarantine", "the stranger's message in the program's Quarantine folder",
			byMessageID(msg.messageID))
		for _, box := range []string{"INBOX", "Processed"} {
			if ms, err := boxes["program"].list(box); err != nil {
				t.Error(err)
			} else if slices.ContainsFunc(ms, byMessageID(msg.messageID)) {
				t.Errorf("the stranger's message is in Quarantine and also in %s", box)
			}
		}
		stayQuiet(t, "an unknown sender must get no reply (no backscatter)", map[*imapUser][]*message{boxes[stranger]: before})
		// Every message sent to the program has been dealt with.
		if ms, err := boxes["program"].list("INBOX"); err != nil {
			t.Error(err)
		} else if len(ms) > 0 {
			t.Errorf("the program's INBOX still holds:%s", describe(ms))
		}
	})

	step(t, "6 SIGTERM", func(t *testing.T) {
		if serve.exited() {
			t.Fatalf("serve exited early (%v)", serve.err)
		}
		code, took, err := serve.terminate(exitTimeout)
		if err != nil {
			t.Fatal(err)
		}
		if code != 0 {
			t.Errorf("serve exited %d after SIGTERM, want 0", code)
		}
		t.Logf("serve exited %d, %v after SIGTERM", code, took.Round(time.Millisecond))
		for _, bad := range []string{"panic:", "WARNING: DATA RACE", "level=ERROR"} {
			if strings.Contains(serve.stderr.String(), bad) {
				t.Errorf("serve's stderr has %q lines", bad)
			}
		}
	})

	step(t, "7 unreachable servers", func(t *testing.T) {
		closed := "127.0.0.1:" + freePort(t)
		for _, c := range []struct{ name, imap, smtp string }{
			{"IMAP", closed, srv.smtp},
			{"SMTP", srv.imap, closed},
		} {
			cfg := filepath.Join(dir, "closed-"+c.name+".toml")
			writeConfig(t, cfg, c.imap, c.smtp, filepath.Join(dir, "closed-"+c.name+".db"))
			began := time.Now()
			code, _, stderr := runBinary(t, 3*exitTimeout, bin, env, "serve", "--config", cfg)
			took := time.Since(began)
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			t.Logf("%s at a closed port: exit %d after %v: %s", c.name, code, took.Round(time.Millisecond), stderr)
			if code == 0 {
				t.Errorf("%s at a closed port: serve exited 0, want non-zero", c.name)
			}
			if took > exitTimeout {
				t.Errorf("%s at a closed port: serve took %v to exit, want at most %v", c.name, took, exitTimeout)
			}
			if len(lines) != 1 || !strings.Contains(lines[0], closed) || !strings.Contains(lines[0], c.name) {
				t.Errorf("%s at a closed port: want one line naming %s and %s, got:\n%s", c.name, c.name, closed, stderr)
			}
		}
	})

	if !t.Failed() {
		t.Logf("the suite took %v", time.Since(began).Round(time.Millisecond))
		fmt.Println("E2E: ran")
	}
}

// step runs one numbered check as a subtest. A failed step does not stop the
// later ones: each finds what it needs or says what is missing.
func step(t *testing.T, name string, f func(t *testing.T)) {
	t.Helper()
	began := time.Now()
	t.Run(name, f)
	t.Logf("step %s: %v", name, time.Since(began).Round(time.Millisecond))
}

// find returns the message of kind among ms, or fails the test.
func find(t *testing.T, ms []*message, kind string) *message {
	t.Helper()
	i := slices.IndexFunc(ms, byKind(kind))
	if i < 0 {
		t.Fatalf("no %s message among:%s", kind, describe(ms))
	}
	return ms[i]
}

// replyAddress is the program's tagged Reply-To address of m, which carries
// m's reply token.
func replyAddress(t *testing.T, m *message) string {
	t.Helper()
	tok := m.replyToken(program)
	if tok == "" {
		t.Fatalf("%s: Reply-To %v has no %s tagged address", m, m.replyTo, program)
	}
	local, d, _ := strings.Cut(program, "@")
	return local + "+" + tok + "@" + d
}

// checkProgramMail checks what every message from the program carries.
func checkProgramMail(t *testing.T, p participant, m *message) {
	t.Helper()
	if m.from != program || m.fromName != "Mentorship Program" {
		t.Errorf("%s: From %q <%s>, want \"Mentorship Program\" <%s>", m, m.fromName, m.from, program)
	}
	if !slices.Equal(m.to, []string{p.addr()}) {
		t.Errorf("%s: To %v, want %s", m, m.to, p.addr())
	}
	if m.autoSubmitted != "auto-generated" {
		t.Errorf("%s: Auto-Submitted %q, want auto-generated", m, m.autoSubmitted)
	}
	if m.mediaType != "multipart/alternative" || strings.TrimSpace(m.text) == "" || strings.TrimSpace(m.html) == "" {
		t.Errorf("%s: %s with text %d bytes and HTML %d bytes, want multipart/alternative with both",
			m, m.mediaType, len(m.text), len(m.html))
	}
	if !strings.HasPrefix(strings.TrimSpace(plain(m.text)), p.greeting()) {
		t.Errorf("%s: text does not start with %q (language %s):\n%s", m, p.greeting(), p.lang, m.text)
	}
	if m.kind() != "introduction" && m.replyToken(program) == "" {
		t.Errorf("%s: Reply-To %v has no tagged program address", m, m.replyTo)
	}
}

// checkIntroduction checks an introduction: Reply-To is the two partners only,
// and it presents the partner in the recipient's language.
func checkIntroduction(t *testing.T, p participant, m *message) {
	t.Helper()
	partner := byUser(p.partner)
	got := slices.Sorted(slices.Values(m.replyTo))
	want := slices.Sorted(slices.Values([]string{p.addr(), partner.addr()}))
	if !slices.Equal(got, want) {
		t.Errorf("%s: Reply-To %v, want the two partners %v", m, m.replyTo, want)
	}
	subject := "Meet " + partner.name + ", your " + partner.role
	if p.lang == "fr" {
		subject = "Voici " + partner.name + ", votre partenaire de mentorat"
	}
	if !strings.HasPrefix(plain(m.subject), subject) {
		t.Errorf("%s: subject %q, want it to start %q", m, m.subject, subject)
	}
	if !strings.Contains(m.text, partner.name) || !strings.Contains(m.html, partner.name) {
		t.Errorf("%s: the text or HTML does not name the partner %s", m, partner.name)
	}
}

// checkDigest checks a mentor's digest.
func checkDigest(t *testing.T, p participant, m *message) {
	t.Helper()
	partner := byUser(p.partner)
	subject := "Your mentoring digest: you and " + partner.first()
	if p.lang == "fr" {
		subject = "Votre bilan de mentorat : " + partner.first() + " et vous"
	}
	if plain(m.subject) != subject {
		t.Errorf("%s: subject %q, want %q", m, m.subject, subject)
	}
}

// plain turns the no-break spaces of French typography ("Sujets\u00a0:") into
// spaces, so the checks can be written with plain ones.
func plain(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

var frenchMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// frenchDay writes t's day and month as French mail does: "23 octobre", "1er mai".
func frenchDay(t time.Time) string {
	d := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + frenchMonths[t.Month()-1]
}

// quote quotes text as a mail client does when replying.
func quote(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString("> " + strings.TrimRight(l, "\r") + "\n")
	}
	return b.String()
}
