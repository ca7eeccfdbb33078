// Package e2e runs the real mentormail binary against a real Dovecot (IMAP) and a
// real Postfix (SMTP) on loopback, started by mailservers.sh.
package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Deadlines of the suite's own steps.
const (
	buildTimeout   = 5 * time.Minute  // go build of the binary (cold cache, race)
	serversTimeout = 60 * time.Second // mailservers.sh start or stop
	importTimeout  = 30 * time.Second // mentormail import
	exitTimeout    = 10 * time.Second // serve after SIGTERM, or on a closed port
	logTail        = 80               // lines of each server log shown on failure
)

// postfixPath is where Debian installs postfix(1); it is not on a user's PATH.
const postfixPath = "/usr/sbin/postfix"

// moduleRoot returns the directory of the module's go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		t.Fatal("go env GOMOD: not inside the module")
	}
	return filepath.Dir(gomod)
}

// requireServers skips the test when Dovecot or Postfix is missing, or when the
// servers could not be started for lack of root; with CI=true it fails instead,
// so that CI never passes without running the suite.
func requireServers(t *testing.T) {
	t.Helper()
	var missing []string
	if _, err := exec.LookPath("dovecot"); err != nil {
		if _, err := os.Stat("/usr/sbin/dovecot"); err != nil {
			missing = append(missing, "dovecot")
		}
	}
	if _, err := os.Stat(postfixPath); err != nil {
		missing = append(missing, "postfix")
	}
	var msg string
	switch {
	case len(missing) > 0:
		msg = fmt.Sprintf("the end-to-end suite needs %s: run `sudo e2e/mailservers.sh install`, then `go test ./e2e/`",
			strings.Join(missing, " and "))
	case os.Geteuid() != 0 && exec.Command("sudo", "-n", "true").Run() != nil:
		msg = "the end-to-end suite starts its mail servers as root: run `go test ./e2e/` as root, or with sudo that needs no password"
	default:
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: the suite may not be skipped)")
	}
	t.Skip(msg)
}

// servers are Dovecot and Postfix started by mailservers.sh under dir.
type servers struct {
	script string
	dir    string
	imap   string // 127.0.0.1:port
	smtp   string
	// With TLS (mailservers.sh start --tls): STARTTLS is offered on imap and
	// smtp too, and these are set.
	tls         bool
	imaps       string // IMAP over TLS from the first byte
	submissions string // SMTP over TLS from the first byte
	caFile      string // the throwaway CA that signed the servers' certificate
	// With OAuth2 (mailservers.sh start --oauth2): the submission port, where
	// Postfix requires SASL and asks Dovecot about it.
	submission string
}

// serverOptions are mailservers.sh start's options beyond --tls.
type serverOptions struct {
	oauth2URL string // --oauth2: Dovecot checks bearer tokens against this introspection endpoint
	noPlus    bool   // --no-plus: Postfix has no recipient_delimiter
}

// startServersWith starts both servers in plain text with the options.
func startServersWith(t *testing.T, root, dir string, o serverOptions, users ...string) *servers {
	t.Helper()
	return launch(t, root, dir, false, o, users)
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// startServers starts both servers with the users (localpart:password) and stops
// them when the test ends. On failure, their logs are printed.
func startServers(t *testing.T, root, dir string, users ...string) *servers {
	t.Helper()
	return launchServers(t, root, dir, false, users)
}

// startTLSServers is startServers with TLS: a certificate for 127.0.0.1 and
// localhost signed by a throwaway CA, STARTTLS on the IMAP and SMTP ports, and
// the IMAPS and submissions ports; and Dovecot's folders under "INBOX.".
func startTLSServers(t *testing.T, root, dir string, users ...string) *servers {
	t.Helper()
	return launchServers(t, root, dir, true, users)
}

func launchServers(t *testing.T, root, dir string, withTLS bool, users []string) *servers {
	t.Helper()
	return launch(t, root, dir, withTLS, serverOptions{}, users)
}

func launch(t *testing.T, root, dir string, withTLS bool, o serverOptions, users []string) *servers {
	t.Helper()
	s := &servers{script: filepath.Join(root, "e2e", "mailservers.sh"), dir: dir,
		imap: "127.0.0.1:" + envOr("E2E_IMAP_PORT", freePort(t)), smtp: "127.0.0.1:" + envOr("E2E_SMTP_PORT", freePort(t))}
	start := []string{"start", dir}
	if withTLS {
		s.tls = true
		s.imaps = "127.0.0.1:" + envOr("E2E_IMAPS_PORT", freePort(t))
		s.submissions = "127.0.0.1:" + envOr("E2E_SUBMISSIONS_PORT", freePort(t))
		s.caFile = filepath.Join(dir, "tls", "ca.pem")
		// The TLS servers are laid out as shared hosting (cPanel) has them:
		// folders under "INBOX.", so Processed is INBOX.Processed.
		start = []string{"start", "--tls", "--inbox-prefix", dir}
	}
	if o.oauth2URL != "" {
		s.submission = "127.0.0.1:" + envOr("E2E_SUBMISSION_PORT", freePort(t))
		start = append([]string{start[0], "--oauth2", o.oauth2URL}, start[1:]...)
	}
	if o.noPlus {
		start = append([]string{start[0], "--no-plus"}, start[1:]...)
	}
	t.Cleanup(func() {
		if t.Failed() {
			s.dumpLogs(t)
		}
		if out, err := s.run("stop", dir); err != nil {
			t.Errorf("mailservers.sh stop: %v\n%s", err, out)
		}
	})
	if out, err := s.run(append(start, users...)...); err != nil {
		t.Fatalf("mailservers.sh start: %v\n%s", err, out)
	}
	return s
}

// freePort returns a loopback TCP port nothing listens on now, so that the
// suite's servers need not share the script's default ports with another run.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

func (s *servers) run(args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), serversTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", append([]string{s.script}, args...)...)
	_, imapPort, _ := strings.Cut(s.imap, ":")
	_, smtpPort, _ := strings.Cut(s.smtp, ":")
	// E2E_TLS from the caller's environment does not apply: only --tls does.
	cmd.Env = append(os.Environ(), "E2E_IMAP_PORT="+imapPort, "E2E_SMTP_PORT="+smtpPort, "E2E_TLS=")
	if s.tls {
		_, imapsPort, _ := strings.Cut(s.imaps, ":")
		_, subsPort, _ := strings.Cut(s.submissions, ":")
		cmd.Env = append(cmd.Env, "E2E_IMAPS_PORT="+imapsPort, "E2E_SUBMISSIONS_PORT="+subsPort)
	}
	if s.submission != "" {
		_, subPort, _ := strings.Cut(s.submission, ":")
		cmd.Env = append(cmd.Env, "E2E_SUBMISSION_PORT="+subPort)
	}
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		err = fmt.Errorf("%w (no answer within %v)", err, serversTimeout)
	}
	return out, err
}

// dumpLogs prints the tail of every log under DIR/log.
func (s *servers) dumpLogs(t *testing.T) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(s.dir, "log", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Logf("----- %s: %v", f, err)
			continue
		}
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if len(lines) > logTail {
			lines = lines[len(lines)-logTail:]
		}
		t.Logf("----- %s (last %d lines) -----\n%s", f, len(lines), strings.Join(lines, "\n"))
	}
}

// buildBinary builds ./cmd/mentormail into dir, with the race detector when the
// test itself runs with it.
func buildBinary(t *testing.T, root, dir string) string {
	t.Helper()
	return buildBinaryRace(t, root, dir, raceEnabled)
}

// buildBinaryRace builds ./cmd/mentormail into dir, with the race detector if race.
func buildBinaryRace(t *testing.T, root, dir string, race bool) string {
	t.Helper()
	bin := filepath.Join(dir, "mentormail")
	args := []string{"build", "-o", bin}
	if race {
		args = append(args, "-race")
	}
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", append(args, "./cmd/mentormail")...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(cmd.Args[1:], " "), err, out)
	}
	return bin
}

// lockedBuffer collects a subprocess's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// process is `mentormail serve` running in the background.
type process struct {
	cmd    *exec.Cmd
	stderr *lockedBuffer
	done   chan struct{}
	err    error // cmd.Wait's, once done is closed
}

// startServe runs `mentormail serve --config cfg` with env added to the
// environment. It is killed when the test ends if still running, and its
// stderr is printed if the test failed.
func startServe(t *testing.T, bin, cfg string, env []string) *process {
	t.Helper()
	p := &process{stderr: &lockedBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(bin, "serve", "--config", cfg)
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout = p.stderr
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start mentormail serve: %v", err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("----- mentormail serve: stderr -----\n%s", p.stderr.String())
		}
	})
	return p
}

// exited reports whether serve has stopped.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// terminate sends SIGTERM and waits up to timeout for the exit. It returns the
// exit code, and how long the exit took.
func (p *process) terminate(timeout time.Duration) (code int, took time.Duration, err error) {
	start := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil && !p.exited() {
		return 0, 0, fmt.Errorf("SIGTERM: %w", err)
	}
	select {
	case <-p.done:
	case <-time.After(timeout):
		return 0, time.Since(start), fmt.Errorf("still running %v after SIGTERM", timeout)
	}
	return exitCode(p.err), time.Since(start), nil
}

// exitCode is a command's exit status from its Wait error (-1: killed by a signal).
func exitCode(err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	return -1
}

// runBinary runs the binary to completion with a deadline, returning its exit
// code, stdout and stderr.
func runBinary(t *testing.T, timeout time.Duration, bin string, env []string, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(append(os.Environ(), raceExitEnv()...), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("mentormail %s: no exit within %v\nstderr:\n%s", strings.Join(args, " "), timeout, stderr.String())
	}
	if err != nil && exitCode(err) == -1 {
		t.Fatalf("mentormail %s: %v", strings.Join(args, " "), err)
	}
	return exitCode(err), stdout.String(), stderr.String()
}

// raceExitEnv shortens the race detector's wait at exit (a second by default:
// atexit_sleep_ms) for a command that runs and exits, like preview or check: a
// race is still reported, and the suites run such commands by the dozen. A
// GORACE set by the caller is kept.
func raceExitEnv() []string {
	if os.Getenv("GORACE") != "" {
		return nil
	}
	return []string{"GORACE=atexit_sleep_ms=20"}
}

// checkStops sends serve SIGTERM and checks that it exits 0, in time, with no
// panic, race or error in its log.
func checkStops(t *testing.T, serve *process) {
	t.Helper()
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
}

// mailboxes are the servers' users (localpart:password): the ones named and every
// participant of the cohort.
func mailboxes(names ...string) []string {
	var users []string
	for _, n := range names {
		users = append(users, n+":"+password)
	}
	for _, p := range cohort {
		users = append(users, p.user+":"+password)
	}
	return users
}

// serveEnv is the environment serve runs with: fresh secrets, and the program
// mailbox's password.
func serveEnv() []string {
	return []string{
		"MENTORMAIL_SECRET=" + randomBase64(24),
		"MENTORMAIL_NOTES_KEY=" + randomBase64(32),
		"MENTORMAIL_IMAP_PASSWORD=" + password,
		"MENTORMAIL_SMTP_PASSWORD=",
	}
}
