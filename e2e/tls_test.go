package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestE2ETLS runs `mentormail serve` with the production TLS modes against
// Dovecot and Postfix with a certificate from a throwaway CA: IMAP over
// implicit TLS (the IMAPS port) and SMTP with mandatory STARTTLS, trusting the
// CA through [imap] and [smtp] ca_file, with Dovecot's folders under "INBOX."
// as on shared hosting (cPanel). It checks that the introductions
// arrive and that a reply is answered with a receipt and moved to
// INBOX.Processed, both legs over TLS; and
// that without ca_file serve refuses to start, in one line naming the
// certificate. The skip and fail rules, ports and E2E_KEEP are TestE2E's.
func TestE2ETLS(t *testing.T) {
	requireServers(t)
	began := time.Now()
	root := moduleRoot(t)
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	users := mailboxes("program", "committee")
	srv := startTLSServers(t, root, dir, users...)
	t.Logf("setup: binary and mail servers (TLS) ready in %v", time.Since(began).Round(time.Millisecond))

	env := serveEnv()
	// IMAP by the IP address the certificate names; SMTP by the name it also
	// carries, through server_name.
	imapTLS := endpoint{addr: srv.imaps, tls: "implicit", caFile: srv.caFile}
	smtpTLS := endpoint{addr: srv.smtp, tls: "starttls", caFile: srv.caFile, serverName: "localhost"}
	cfg := filepath.Join(dir, "mentormail.toml")
	writeServeConfig(t, cfg, filepath.Join(dir, "mentormail.db"), imapTLS, smtpTLS)
	importCohort(t, root, dir, bin, cfg, env)

	serve := startServe(t, bin, cfg, env)
	served := time.Now()
	// The checks read the mailboxes over plain IMAP, which the servers still
	// allow on their plain ports; only serve's connections are under test.
	boxes := map[string]*imapUser{}
	for _, u := range []string{"program", "ana"} {
		boxes[u] = dialIMAP(t, srv.imap, u, password)
	}
	received := map[string][]*message{}

	step(t, "1 introductions over STARTTLS", func(t *testing.T) {
		for _, p := range cohort {
			box := boxes[p.user]
			if box == nil {
				box = dialIMAP(t, srv.imap, p.user, password)
			}
			want := scheduledKinds(p)
			ms := box.waitMessages(t, "INBOX", p.user+"'s scheduled mail "+strings.Join(want, ", "),
				func(ms []*message) bool { return len(ms) >= len(want) })
			if got := kinds(ms); !slices.Equal(got, want) {
				t.Errorf("%s received kinds %v, want exactly %v:%s", p.user, got, want, describe(ms))
			}
			received[p.user] = ms
			for _, m := range ms {
				checkProgramMail(t, p, m)
				checkReceivedOverTLS(t, m)
			}
			if i := slices.IndexFunc(ms, byKind("introduction")); i >= 0 {
				checkIntroduction(t, p, ms[i])
			}
		}
		t.Logf("all scheduled mail arrived %v after serve started", time.Since(served).Round(time.Millisecond))
	})

	step(t, "2 a reply read over IMAPS is answered", func(t *testing.T) {
		ana := byUser("ana")
		prompt := find(t, received["ana"], "goals-prompt")
		loc, _ := time.LoadLocation(ana.zone)
		now := time.Now().In(loc)
		reply := meetingReply(ana, prompt, replyAddress(t, prompt), now)
		if err := sendSMTP(srv.smtp, reply, now); err != nil {
			t.Fatalf("ana's reply through Postfix: %v", err)
		}
		receipt := boxes["ana"].waitMessage(t, "INBOX", "ana's meeting receipt", byKind("receipt-meeting"))
		checkProgramMail(t, ana, receipt)
		checkReceivedOverTLS(t, receipt)
		if receipt.inReplyTo != reply.messageID {
			t.Errorf("receipt In-Reply-To <%s>, want ana's reply <%s>", receipt.inReplyTo, reply.messageID)
		}
		for _, want := range []string{"45 min", "vidéo", "Entrevues"} {
			if !strings.Contains(plain(receipt.text), want) {
				t.Errorf("receipt text lacks %q:\n%s", want, receipt.text)
			}
		}
		// The folders live under the server's "INBOX." prefix.
		boxes["program"].waitMessage(t, "INBOX.Processed", "ana's reply in the program's INBOX.Processed folder",
			byMessageID(reply.messageID))
		// Dovecot logs how each login was secured. serve logs in only on the
		// IMAPS port; the suite's own logins are plain.
		logins := loginLines(t, srv, "program")
		if !slices.ContainsFunc(logins, func(l string) bool { return strings.Contains(l, ", TLS") }) {
			t.Errorf("no TLS login of the program in dovecot.log:\n%s", strings.Join(logins, "\n"))
		}
	})

	step(t, "3 SIGTERM", func(t *testing.T) {
		checkStops(t, serve)
	})

	step(t, "4 untrusted certificate refused", func(t *testing.T) {
		imapNoCA, smtpNoCA := imapTLS, smtpTLS
		imapNoCA.caFile, smtpNoCA.caFile = "", ""
		// The server names are right; only the CA is not trusted. IMAP is
		// checked first, so the SMTP case trusts the CA for IMAP.
		for _, c := range []struct {
			name, addr string
			imap, smtp endpoint
		}{
			{"IMAP", imapTLS.addr, imapNoCA, smtpTLS},
			{"SMTP", smtpTLS.addr, imapTLS, smtpNoCA},
		} {
			cfg := filepath.Join(dir, "no-ca-"+c.name+".toml")
			writeServeConfig(t, cfg, filepath.Join(dir, "no-ca-"+c.name+".db"), c.imap, c.smtp)
			began := time.Now()
			code, _, stderr := runBinary(t, 3*exitTimeout, bin, env, "serve", "--config", cfg)
			took := time.Since(began)
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			t.Logf("%s without ca_file: exit %d after %v: %s", c.name, code, took.Round(time.Millisecond), stderr)
			if code == 0 {
				t.Errorf("%s without ca_file: serve exited 0, want non-zero", c.name)
			}
			if took > exitTimeout {
				t.Errorf("%s without ca_file: serve took %v to exit, want at most %v", c.name, took, exitTimeout)
			}
			field := strings.ToLower(c.name) + ".ca_file"
			if len(lines) != 1 || !strings.Contains(lines[0], c.name+" "+c.addr) ||
				!strings.Contains(lines[0], "certificate") || !strings.Contains(lines[0], field) {
				t.Errorf("%s without ca_file: want one line naming %s %s, the certificate and %s, got:\n%s",
					c.name, c.name, c.addr, field, stderr)
			}
		}
	})

	if !t.Failed() {
		t.Logf("the suite took %v", time.Since(began).Round(time.Millisecond))
		fmt.Println("E2E-TLS: ran")
	}
}

// checkReceivedOverTLS checks that Postfix received m over TLS: with
// smtpd_tls_received_header it says so in its Received header.
func checkReceivedOverTLS(t *testing.T, m *message) {
	t.Helper()
	head, _, _ := strings.Cut(string(m.raw), "\r\n\r\n")
	for _, f := range strings.Split(strings.ReplaceAll(head, "\r\n\t", " "), "\r\n") {
		if strings.HasPrefix(strings.ToLower(f), "received:") && strings.Contains(f, "mail.example.test") {
			if !strings.Contains(f, "(using TLS") {
				t.Errorf("%s: Postfix did not receive it over TLS: %s", m, f)
			}
			return
		}
	}
	t.Errorf("%s: no Received header from Postfix:\n%s", m, head)
}

// loginLines returns Dovecot's log lines of user's successful logins.
func loginLines(t *testing.T, srv *servers, user string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(srv.dir, "log", "dovecot.log"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, "imap-login: ") && strings.Contains(l, " Login: user=<"+user+">") {
			out = append(out, l)
		}
	}
	return out
}
