package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// tokenLife is how long the test's authorisation server lets an access token
// live: short, so that tokens expire, and are refreshed, during the test.
const tokenLife = 6 * time.Second

// idp is an OAuth2 authorisation server run by the test: the device
// authorization and token endpoints mentormail talks to (RFC 8628, RFC 6749),
// and the token-introspection endpoint Dovecot asks about each bearer token
// (RFC 7662). Refresh tokens rotate at each use, as Microsoft's do: only the
// latest one works.
type idp struct {
	*httptest.Server
	mu       sync.Mutex
	polls    int                   // device-code polls answered
	refresh  string                // the one refresh token that works
	tokens   map[string]*issued    // access tokens by value
	order    []string              // access tokens in the order issued
	revoked  bool                  // the grant is revoked: no refresh, every token inactive
	accepted map[string]int        // introspections answered active, by token
	refused  int                   // introspections answered inactive
	grants   map[string]int        // token requests by grant_type
	forms    []map[string][]string // every token request, for the record
}

type issued struct {
	n           int // 1 for the first token issued
	expiry      time.Time
	fromRefresh bool
}

func newIDP(t *testing.T) *idp {
	t.Helper()
	p := &idp{tokens: map[string]*issued{}, accepted: map[string]int{}, grants: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /device", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("client_id") != "mentormail-e2e" {
			jsonError(w, "invalid_client")
			return
		}
		writeJSON(w, map[string]any{"device_code": "device-code-e2e", "user_code": "MENT-ORMA",
			"verification_uri": p.URL + "/verify", "expires_in": 120, "interval": 1})
	})
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		p.mu.Lock()
		defer p.mu.Unlock()
		p.forms = append(p.forms, r.PostForm)
		gt := r.PostForm.Get("grant_type")
		p.grants[gt]++
		switch gt {
		case "urn:ietf:params:oauth:grant-type:device_code":
			p.polls++
			if p.polls%2 == 1 { // the person has not signed in yet at the first poll
				jsonError(w, "authorization_pending")
				return
			}
			p.revoked = false
			p.issue(w, false)
		case "refresh_token":
			if p.revoked || r.PostForm.Get("refresh_token") != p.refresh {
				jsonError(w, "invalid_grant")
				return
			}
			p.issue(w, true)
		default:
			jsonError(w, "unsupported_grant_type")
		}
	})
	mux.HandleFunc("POST /introspect", func(w http.ResponseWriter, r *http.Request) {
		tok := r.FormValue("token")
		p.mu.Lock()
		defer p.mu.Unlock()
		it, ok := p.tokens[tok]
		if !ok || p.revoked || time.Now().After(it.expiry) {
			p.refused++
			writeJSON(w, map[string]any{"active": false})
			return
		}
		p.accepted[tok]++
		writeJSON(w, map[string]any{"active": true, "username": "program", "exp": it.expiry.Unix()})
	})
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Close)
	return p
}

// issue answers with a new access token and a new refresh token. Called with mu held.
func (p *idp) issue(w http.ResponseWriter, fromRefresh bool) {
	n := len(p.order) + 1
	access := fmt.Sprintf("access-%d-%d", n, time.Now().UnixNano())
	p.refresh = fmt.Sprintf("refresh-%d-%d", n, time.Now().UnixNano())
	p.tokens[access] = &issued{n: n, expiry: time.Now().Add(tokenLife), fromRefresh: fromRefresh}
	p.order = append(p.order, access)
	writeJSON(w, map[string]any{"access_token": access, "token_type": "Bearer", "expires_in": int(tokenLife / time.Second),
		"refresh_token": p.refresh, "scope": "mail offline_access"})
}

// count is how many token requests had the grant type.
func (p *idp) count(grantType string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.grants[grantType]
}

func (p *idp) revoke() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.revoked = true
}

// refreshedAccepted counts the introspections that accepted a token issued by
// a refresh, issued after the first token had expired.
func (p *idp) refreshedAccepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for tok, c := range p.accepted {
		if p.tokens[tok].fromRefresh {
			n += c
		}
	}
	return n
}

func (p *idp) snapshot() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return fmt.Sprintf("issued %d tokens, grants %v, introspections accepted %v, refused %d", len(p.order), p.grants, p.accepted, p.refused)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func jsonError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": "e2e: " + code})
}

// oauth2Section is the [oauth2] section for the test's authorisation server.
func (p *idp) oauth2Section() string {
	return fmt.Sprintf("\n[oauth2]\nprovider = \"generic\"\nclient_id = \"mentormail-e2e\"\ndevice_auth_url = %q\ntoken_url = %q\nscopes = [\"mail\", \"offline_access\"]\n",
		p.URL+"/device", p.URL+"/token")
}

// writeAuthConfig writes a serve configuration with IMAP and SMTP auth (password
// or oauth2), extra [program] lines, and the rest (an [oauth2] section) at the end.
func writeAuthConfig(t *testing.T, path, db string, imap, smtp endpoint, auth, programExtra, rest string) {
	t.Helper()
	smtpUser := "" // the plain SMTP port takes mail from loopback without a login
	if auth == "oauth2" {
		smtpUser = "username = \"program\"\n"
	}
	cfg := fmt.Sprintf(`# Written by the end-to-end suite.
[program]
name = "Mentorship Program"
address = %q
committee_address = %q
time_zone = "America/Toronto"
send_hour = 0
%s
[store]
path = %q

[imap]
%susername = "program"
poll_interval = "2s"
auth = %q

[smtp]
%s%sauth = %q

[log]
level = "debug"
%s`, program, committee, programExtra, db, imap.toml(), auth, smtp.toml(), smtpUser, auth, rest)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestE2EOAuth2 runs mentormail with OAuth2 against Dovecot, whose oauth2
// passdb checks each bearer token with the test's introspection endpoint, and
// Postfix, whose submission port requires SASL and asks Dovecot: `mentormail
// auth` gets a grant by the device-code flow; serve logs in with XOAUTH2 on
// both servers, sends the introductions, and refreshes its access token (which
// lives 6 s) to send a receipt once the first token has expired; revoking the
// grant stops serve with one line that says to run `mentormail auth` again;
// and `mentormail check` passes, with OAuth2 and plus addressing. The skip and
// fail rules, ports and E2E_KEEP are TestE2E's.
func TestE2EOAuth2(t *testing.T) {
	requireServers(t)
	began := time.Now()
	root := moduleRoot(t)
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	p := newIDP(t)
	srv := startServersWith(t, root, dir, serverOptions{oauth2URL: p.URL + "/introspect"}, mailboxes("program", "committee")...)
	t.Logf("setup: binary, authorisation server and mail servers ready in %v", time.Since(began).Round(time.Millisecond))
	defer func() {
		if t.Failed() {
			t.Logf("authorisation server: %s", p.snapshot())
		}
	}()

	env := serveEnv()
	db := filepath.Join(dir, "mentormail.db")
	cfg := filepath.Join(dir, "mentormail.toml")
	writeAuthConfig(t, cfg, db, endpoint{addr: srv.imap, tls: "none"}, endpoint{addr: srv.submission, tls: "none"},
		"oauth2", "", p.oauth2Section())
	importCohort(t, root, dir, bin, cfg, env)

	step(t, "1 mentormail auth", func(t *testing.T) {
		code, stdout, stderr := runBinary(t, waitTimeout, bin, env, "auth", "--config", cfg)
		if code != 0 {
			t.Fatalf("auth exited %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
		}
		for _, want := range []string{p.URL + "/verify", "MENT-ORMA", "Signed in"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("auth's output lacks %q:\n%s", want, stdout)
			}
		}
		p.mu.Lock()
		polls, refresh := p.polls, p.refresh
		p.mu.Unlock()
		if polls != 2 {
			t.Errorf("auth polled the token endpoint %d times, want 2 (pending, then the token)", polls)
		}
		// The refresh token is in the database, sealed: not in the clear.
		for _, f := range []string{db, db + "-wal"} {
			if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), refresh) {
				t.Errorf("%s holds the refresh token in the clear", f)
			}
		}
	})

	serve := startServe(t, bin, cfg, env)
	ana := dialIMAP(t, srv.imap, "ana", password)
	var prompt *message

	step(t, "2 XOAUTH2 on IMAP and SMTP", func(t *testing.T) {
		ms := ana.waitMessages(t, "INBOX", "ana's scheduled mail", func(ms []*message) bool {
			return len(ms) >= len(scheduledKinds(byUser("ana")))
		})
		prompt = find(t, ms, "goals-prompt")
		logins := loginLines(t, srv, "program")
		if !slices.ContainsFunc(logins, func(l string) bool { return strings.Contains(l, "method=XOAUTH2") }) {
			t.Errorf("no XOAUTH2 login of the program in dovecot.log:\n%s", strings.Join(logins, "\n"))
		}
		if n := saslLines(t, srv, "XOAUTH2", "program"); n == 0 {
			t.Errorf("postfix.log has no message submitted with sasl_method=XOAUTH2, sasl_username=program")
		}
	})

	step(t, "3 a token expires and is refreshed", func(t *testing.T) {
		if prompt == nil {
			t.Skip("no prompt to reply to")
		}
		// Wait until the first token has expired and serve has refreshed.
		p.mu.Lock()
		first := p.tokens[p.order[0]].expiry
		p.mu.Unlock()
		deadline := time.Now().Add(waitTimeout)
		for time.Now().Before(first.Add(time.Second)) || p.count("refresh_token") == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("no refresh within %v: %s", waitTimeout, p.snapshot())
			}
			time.Sleep(pollEvery)
		}
		before := p.refreshedAccepted()
		// A reply makes serve send a receipt, over a new SMTP connection that
		// logs in with the refreshed token.
		now := time.Now()
		reply := meetingReply(byUser("ana"), prompt, replyAddress(t, prompt), now)
		if err := sendSMTP(srv.smtp, reply, now); err != nil {
			t.Fatalf("ana's reply: %v", err)
		}
		ana.waitMessage(t, "INBOX", "ana's receipt", byKind("receipt-meeting"))
		if after := p.refreshedAccepted(); after <= before {
			t.Errorf("Dovecot accepted no refreshed token for the receipt's login: %s", p.snapshot())
		}
		if n := saslLines(t, srv, "XOAUTH2", "program"); n < 2 {
			t.Errorf("postfix.log has %d XOAUTH2 submissions, want the introductions' and the receipt's", n)
		}
	})

	step(t, "4 a revoked grant stops serve", func(t *testing.T) {
		p.revoke()
		select {
		case <-serve.done:
		case <-time.After(waitTimeout):
			t.Fatalf("serve still runs %v after the grant was revoked: %s", waitTimeout, p.snapshot())
		}
		if code := exitCode(serve.err); code != 1 {
			t.Errorf("serve exited %d, want 1", code)
		}
		out := serve.stderr.String()
		var said []string
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "mentormail auth") {
				said = append(said, l)
			}
		}
		last := strings.TrimSpace(out[strings.LastIndex(strings.TrimRight(out, "\n"), "\n")+1:])
		if len(said) != 1 || said[0] != last || !strings.HasPrefix(last, "mentormail: ") ||
			!strings.Contains(last, "invalid_grant") || !strings.Contains(last, "run `mentormail auth` again") {
			t.Errorf("want one last line saying to run `mentormail auth` again, got %d such lines:\n%s", len(said), strings.Join(said, "\n"))
		}
		t.Logf("serve's last line: %s", last)
		for _, bad := range []string{"panic:", "WARNING: DATA RACE", "access-", "refresh-"} {
			if strings.Contains(out, bad) {
				t.Errorf("serve's stderr has %q", bad)
			}
		}
	})

	step(t, "5 mentormail check with OAuth2", func(t *testing.T) {
		// A new grant first: the old one is revoked.
		if code, stdout, stderr := runBinary(t, waitTimeout, bin, env, "auth", "--config", cfg); code != 0 {
			t.Fatalf("auth exited %d\n%s%s", code, stdout, stderr)
		}
		code, stdout, stderr := runBinary(t, 2*waitTimeout, bin, env, "check", "--config", cfg, "--wait", "20s")
		t.Logf("check exited %d:\n%s%s", code, stdout, stderr)
		if code != 0 {
			t.Errorf("check exited %d, want 0", code)
		}
		for _, want := range []string{"ok   IMAP: logged in to " + srv.imap + " as program with OAuth2",
			"ok   IMAP capabilities: IDLE yes, MOVE yes, NAMESPACE yes", "ok   SMTP AUTH: logged in as program with XOAUTH2",
			"ok   round trip: the message to program+check-", "ok   plus addressing works"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("check's output lacks %q", want)
			}
		}
		checkNoTestMessage(t, srv)
	})

	if !t.Failed() {
		t.Logf("the suite took %v", time.Since(began).Round(time.Millisecond))
		fmt.Println("E2E-OAUTH2: ran")
	}
}

// TestE2ECheckPlainServer runs `mentormail check` with passwords against a
// Postfix that has no recipient_delimiter: the plus-tagged message is refused,
// the bare one arrives, and check fails saying to set plain_reply_to; with
// plain_reply_to = true it passes. It also makes the folders on a fresh mailbox.
func TestE2ECheckPlainServer(t *testing.T) {
	requireServers(t)
	root := moduleRoot(t)
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	srv := startServersWith(t, root, dir, serverOptions{noPlus: true}, "program:"+password, "committee:"+password)
	env := serveEnv()
	imap, smtp := endpoint{addr: srv.imap, tls: "none"}, endpoint{addr: srv.smtp, tls: "none"}

	cfg := filepath.Join(dir, "plus.toml")
	writeAuthConfig(t, cfg, filepath.Join(dir, "plus.db"), imap, smtp, "password", "", "")
	code, stdout, stderr := runBinary(t, 2*waitTimeout, bin, env, "check", "--config", cfg, "--wait", "10s")
	t.Logf("check exited %d:\n%s%s", code, stdout, stderr)
	if code != 1 {
		t.Errorf("check exited %d, want 1", code)
	}
	for _, want := range []string{"ok   IMAP: logged in to " + srv.imap + " as program with a password",
		"IMAP folders: Processed and Quarantine are there (created now: Processed, Quarantine)",
		"--   SMTP STARTTLS: not used (tls = none)", "--   SMTP AUTH: not used, smtp.username is empty",
		"--   round trip: the server refused program+check-", "ok   round trip: the message to program@example.test reached INBOX",
		"FAIL plus addressing does not work on this server: set program.plain_reply_to = true"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check's output lacks %q", want)
		}
	}

	cfg = filepath.Join(dir, "plain.toml")
	writeAuthConfig(t, cfg, filepath.Join(dir, "plain.db"), imap, smtp, "password", "plain_reply_to = true", "")
	code, stdout, stderr = runBinary(t, 2*waitTimeout, bin, env, "check", "--config", cfg, "--wait", "10s", "--lang", "fr")
	t.Logf("check (plain_reply_to, in French) exited %d:\n%s%s", code, stdout, stderr)
	if code != 0 {
		t.Errorf("check with plain_reply_to = true exited %d, want 0", code)
	}
	for _, want := range []string{"IMAP, dossiers\u00a0: Processed et Quarantine existent\n", "program.plain_reply_to = true est réglé",
		"tout fonctionne"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check's output lacks %q", want)
		}
	}
	checkNoTestMessage(t, srv)
}

// saslLines counts Postfix's log lines of messages submitted with the SASL
// method by user.
func saslLines(t *testing.T, srv *servers, method, user string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(srv.dir, "log", "postfix.log"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "sasl_method="+method+", sasl_username="+user)
}

// checkNoTestMessage fails if a test message of `mentormail check` is left
// in the program's mailbox.
func checkNoTestMessage(t *testing.T, srv *servers) {
	t.Helper()
	box := dialIMAP(t, srv.imap, "program", password)
	ms, err := box.list("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if strings.HasPrefix(m.messageID, "check-") {
			t.Errorf("check left its test message %s in INBOX", m)
		}
	}
}
