package e2e

import (
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
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	users := mailboxes("program", "committee", stranger)
	srv := startServers(t, root, dir, users...)
	t.Logf("setup: binary and mail servers ready in %v", time.Since(began).Round(time.Millisecond))

	env := serveEnv()
	cfg := filepath.Join(dir, "mentormail.toml")
	writeConfig(t, cfg, srv.imap, srv.smtp, filepath.Join(dir, "mentormail.db"))

	importCohort(t, root, dir, bin, cfg, env)

	serve := startServe(t, bin, cfg, env)
	served := time.Now()

	boxes := map[string]*imapUser{}
	for _, u := range append([]string{"program", "committee", stranger}, "ana", "ben", "cleo", "dev") {
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
		reply := meetingReply(ana, prompt, to, now)
		if err := sendSMTP(srv.smtp, reply, now); err != nil {
			t.Fatalf("ana's reply through Postfix: %v", err)
		}
		receipt := boxes["ana"].waitMessage(t, "INBOX", "ana's meeting receipt", byKind("receipt-meeting"))
		checkProgramMail(t, ana, receipt)
		if receipt.inReplyTo != reply.messageID {
			t.Errorf("receipt In-Reply-To <%s>, want ana's reply <%s>", receipt.inReplyTo, reply.messageID)
		}
		// The receipt keeps the conversation's subject and its References chain.
		if want := "Re: " + prompt.subject; receipt.subject != want {
			t.Errorf("receipt subject %q, want %q", receipt.subject, want)
		}
		if want := []string{prompt.messageID, reply.messageID}; !slices.Equal(receipt.references, want) {
			t.Errorf("receipt References %v, want %v", receipt.references, want)
		}
		yesterday := now.AddDate(0, 0, -1)
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

	step(t, "3b question, answer and follow-up in one thread", func(t *testing.T) {
		checkQuestionThread(t, srv.smtp, boxes)
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
		checkStops(t, serve)
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

// workDir makes the run's directory (mail, logs, database, configuration) and
// removes it when the test ends, unless E2E_KEEP is set and the test failed.
func workDir(t *testing.T) string {
	t.Helper()
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

	return dir
}

// importCohort imports the two pairs of testdata/participants.csv as a cohort
// that started seven days ago (see cohortStart) into cfg's database.
func importCohort(t *testing.T, root, dir, bin, cfg string, env []string) {
	t.Helper()
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
		"--cohort", "e2e", "--start", start, "--catch-up", "all", // the suite checks a week's mail at once
		"--participants", filepath.Join(root, "e2e", "testdata", "participants.csv"), "--pairs", pairs)
	if code != 0 {
		t.Fatalf("mentormail import exited %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	t.Logf("import (cohort starting %s):\n%s%s", start, stdout, stderr)
}

// meetingReply is ana's answer to a prompt, in French, as a mail client writes
// it: a meeting by video yesterday, 45 minutes, topic 7 (interviews), then her
// name and the quoted prompt.
func meetingReply(ana participant, prompt *message, to string, now time.Time) outgoing {
	return outgoing{
		from: ana.addr(), fromName: ana.name, to: to,
		subject:   "RE: " + prompt.subject,
		messageID: fmt.Sprintf("e2e-ana-%d@client.example.test", now.UnixNano()),
		inReplyTo: prompt.messageID,
		body: "On s'est rencontrées en vidéo hier pendant 45 minutes. Sujets : 7\n\n" +
			"Ana\n\n" +
			"Le " + now.Format("02/01/2006") + ", Mentorship Program <" + program + "> a écrit :\n" +
			quote(prompt.text),
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
