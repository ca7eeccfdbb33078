package e2e

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/mentormail/mentormail/store"
)

// The instances suite's sizes and times.
const (
	instReplies = 1000 // replies put into the program's mailbox
	instKills   = 4    // SIGKILLs of one of the two instances, at random moments
	// instLeaseTTL is store.lease_ttl: a dead instance's mailbox and claimed
	// outbox rows are taken over within about 4/3 of it.
	instLeaseTTL = 3 * time.Second
	// instBound bounds the whole run's processing: a bound for a hang, not a
	// speed check.
	instBound = 3 * time.Minute
	// appenders is how many IMAP connections put the replies into the mailbox.
	appenders = 4
)

// envPostgres names the variable with the test PostgreSQL URL (store/storetest).
const envPostgres = "MENTORMAIL_TEST_POSTGRES"

// requirePostgres returns a PostgreSQL URL for the suite: MENTORMAIL_TEST_POSTGRES,
// or a throwaway cluster started by postgres.sh when PostgreSQL is installed.
// Without either it skips, and under CI=true it fails.
func requirePostgres(t *testing.T, root string) string {
	t.Helper()
	if u := os.Getenv(envPostgres); u != "" {
		return u
	}
	script := filepath.Join(root, "e2e", "postgres.sh")
	dir, err := os.MkdirTemp("", "mm-pg")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), serversTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "bash", script, "start", dir).Output()
	if err != nil {
		os.RemoveAll(dir)
		msg := fmt.Sprintf("the instances suite needs PostgreSQL: set %s (e2e/postgres.sh start DIR prints it), or install it (e2e/postgres.sh install): %v", envPostgres, err)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " (CI=true: the suite may not be skipped)")
		}
		t.Skip(msg)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), serversTimeout)
		defer cancel()
		exec.CommandContext(ctx, "bash", script, "stop", dir).Run()
		os.RemoveAll(dir)
	})
	_, u, ok := strings.Cut(strings.TrimSpace(string(out)), "=")
	if !ok {
		t.Fatalf("postgres.sh start printed %q", out)
	}
	return strings.Trim(u, "'")
}

// instance is one `mentormail serve` process of the suite, in a process group
// of its own.
type instance struct {
	n    int // 1, 2, ... in the order started
	proc *process
}

func (i *instance) pid() int { return i.proc.cmd.Process.Pid }

// startInstance runs serve in a new process group; it is killed when the test
// ends if still running.
func startInstance(t *testing.T, n int, bin, cfg string, env []string) *instance {
	t.Helper()
	p := &process{stderr: &lockedBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(bin, "serve", "--config", cfg)
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = p.stderr, p.stderr
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start mentormail serve: %v", err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	in := &instance{n: n, proc: p}
	t.Cleanup(func() {
		if !p.exited() {
			syscall.Kill(-in.pid(), syscall.SIGKILL)
			<-p.done
		}
		if t.Failed() {
			t.Logf("----- instance %d (pid %d): stderr, last lines -----\n%s", n, in.pid(), tail(p.stderr.String(), logTail))
		}
	})
	return in
}

// kill ends the instance's process group with SIGKILL: nothing is given back.
func (i *instance) kill(t *testing.T) {
	t.Helper()
	if err := syscall.Kill(-i.pid(), syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 instance %d: %v", i.n, err)
	}
	<-i.proc.done
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// pidOf returns the process id in a lease owner's name (host.pid.random), or 0.
func pidOf(owner string) int {
	parts := strings.Split(owner, ".")
	if len(parts) < 3 {
		return 0
	}
	pid, _ := strconv.Atoi(parts[len(parts)-2])
	return pid
}

// instDB is the suite's own view of the shared database.
type instDB struct {
	t  *testing.T
	db *sql.DB
}

func (d instDB) count(query string, args ...any) int {
	d.t.Helper()
	var n int
	if err := d.db.QueryRow(query, args...).Scan(&n); err != nil {
		d.t.Fatalf("%s: %v", query, err)
	}
	return n
}

func (d instDB) strings(query string, args ...any) []string {
	d.t.Helper()
	rows, err := d.db.Query(query, args...)
	if err != nil {
		d.t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			d.t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		d.t.Fatal(err)
	}
	return out
}

// inboxHolder returns the process id of the instance that holds the mailbox's lease, or 0.
func (d instDB) inboxHolder() int {
	d.t.Helper()
	owners := d.strings(`SELECT owner FROM leases WHERE name = 'inbox'`)
	if len(owners) == 0 {
		return 0
	}
	return pidOf(owners[0])
}

// applied counts the suite's replies applied (one inbound row each).
func (d instDB) applied() int {
	return d.count(`SELECT count(*) FROM inbound WHERE key LIKE 'mid:e2e-inst-%'`)
}

// heldBy lists the Message-IDs of unsent outbox rows claimed by the sender of
// the process pid.
func (d instDB) heldBy(pid int) []string {
	return d.strings(`SELECT message_id FROM outbox WHERE state = 'pending' AND lease_owner LIKE $1`,
		fmt.Sprintf("%%.%d.%%", pid))
}

// instReply is the i-th reply: a participant logs a meeting.
func instReply(i int, now time.Time) []byte {
	p := cohort[i%len(cohort)]
	o := outgoing{from: p.addr(), fromName: p.name, to: program,
		subject:   fmt.Sprintf("Meeting %d", i+1),
		messageID: fmt.Sprintf("e2e-inst-%d-%d@client.example.test", i, now.UnixNano()),
		body:      fmt.Sprintf("We met yesterday for %d minutes.\n\n%s\n", 20+i%40, p.first())}
	return o.bytes(now)
}

// appendReplies puts the replies into the program's INBOX over IMAP APPEND,
// on several connections at once.
func appendReplies(addr string, n int) error {
	now := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, appenders)
	for a := range appenders {
		wg.Go(func() {
			c, err := imapclient.DialInsecure(addr, &imapclient.Options{Dialer: &net.Dialer{Timeout: dialTimeout}})
			if err != nil {
				errs[a] = err
				return
			}
			defer c.Close()
			if err := c.Login("program", password).Wait(); err != nil {
				errs[a] = err
				return
			}
			// Pipelined (Dovecot has LITERAL+): every APPEND is written
			// before the answers are read.
			var cmds []*imapclient.AppendCommand
			for i := a; i < n; i += appenders {
				raw := instReply(i, now)
				cmd := c.Append("INBOX", int64(len(raw)), nil)
				if _, err := cmd.Write(raw); err != nil {
					errs[a] = fmt.Errorf("append %d: %w", i, err)
					return
				}
				if err := cmd.Close(); err != nil {
					errs[a] = fmt.Errorf("append %d: %w", i, err)
					return
				}
				cmds = append(cmds, cmd)
			}
			for _, cmd := range cmds {
				if _, err := cmd.Wait(); err != nil {
					errs[a] = fmt.Errorf("append: %w", err)
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// mailboxSize returns how many messages user's mailbox holds.
func mailboxSize(u *imapUser, mailbox string) (int, error) {
	st, err := u.c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		return 0, err
	}
	return int(*st.NumMessages), nil
}

// traceFields are the header fields Postfix and its delivery add in front of
// a message; what follows them is what the sender wrote.
var traceFields = []string{"return-path:", "x-original-to:", "delivered-to:", "received:"}

// sentBytes returns raw without the trace fields at its top.
func sentBytes(raw []byte) []byte {
	for len(raw) > 0 {
		end := bytes.Index(raw, []byte("\r\n"))
		if end < 0 {
			return raw
		}
		line := strings.ToLower(string(raw[:end]))
		trace := false
		for _, f := range traceFields {
			trace = trace || strings.HasPrefix(line, f)
		}
		if !trace {
			return raw
		}
		// The field and its continuation lines.
		raw = raw[end+2:]
		for len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t') {
			end = bytes.Index(raw, []byte("\r\n"))
			if end < 0 {
				return nil
			}
			raw = raw[end+2:]
		}
	}
	return raw
}

// TestE2EInstances runs two `mentormail serve` processes on one PostgreSQL
// database and one Dovecot mailbox (sending through Postfix), puts 1,000
// meeting logs into the mailbox, and while they are processed kills one
// instance with SIGKILL at random moments, four times, starting a fresh one
// after each so that two run again. The first kill hits the instance that
// reads the mailbox (while its sender holds claimed receipts), the second the
// other one, the others either. It checks from the database and the
// participants' mailboxes that every reply was applied once (one inbound row,
// one meeting), every receipt made once (one outbox row) and delivered, and
// that a receipt delivered twice was one a killed sender had in hand, the
// same bytes with the same Message-ID, at most one per kill; that the
// survivor took over the mailbox after a kill of its reader, and the outbox
// rows the dead sender had claimed.
func TestE2EInstances(t *testing.T) {
	requireServers(t)
	began := time.Now()
	root := moduleRoot(t)
	pgURL := requirePostgres(t, root)
	dsn, drop, err := store.NewSchema(pgURL, "e2e_instances")
	if err != nil {
		t.Fatalf("a schema for the suite on %s: %v", store.Redact(pgURL), err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Errorf("drop the suite's schema: %v", err)
		}
	})
	dir := workDir(t)
	// Without the race detector, even under go test -race: 1,000 replies
	// through a race-built binary take three times as long (70 s of CI's
	// budget); the race detector sees two instances at work in service's
	// TestTwoInstancesOneDatabase, and this suite looks at what processes do.
	bin := buildBinaryRace(t, root, dir, false)
	srv := startServers(t, root, dir, mailboxes("program", "committee")...)
	t.Logf("setup: binary, mail servers and schema ready in %v", time.Since(began).Round(time.Millisecond))

	env := serveEnv() // one set of secrets for every instance
	cfg := filepath.Join(dir, "mentormail.toml")
	writeInstancesConfig(t, cfg, srv.imap, srv.smtp, dsn)
	importCohort(t, root, dir, bin, cfg, env)

	sqldb, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqldb.Close() })
	db := instDB{t: t, db: sqldb}
	boxes := map[string]*imapUser{}
	for _, u := range []string{"program", "ana", "ben", "cleo", "dev"} {
		boxes[u] = dialIMAP(t, srv.imap, u, password)
	}

	started := 0
	start := func() *instance {
		started++
		return startInstance(t, started, bin, cfg, env)
	}
	deadline := time.Now().Add(instBound)
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("still waiting for %s after %v (%d of %d replies applied)", what, instBound, db.applied(), instReplies)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	running := []*instance{start(), start()}
	waitFor("an instance to read the mailbox", func() bool { return db.inboxHolder() != 0 })
	processing := time.Now()
	appended := make(chan error, 1)
	go func() {
		err := appendReplies(srv.imap, instReplies)
		t.Logf("the %d replies were in the mailbox %v after the start", instReplies, time.Since(processing).Round(time.Millisecond))
		appended <- err
	}()

	// inHand is every receipt a killed sender had claimed and not marked,
	// with the kill's number: what may arrive twice.
	inHand := map[string]int{}
	var victims []*instance
	inboxKills, tookOver := 0, 0
	for k := range instKills {
		// A random moment in the k-th of instKills+1 slices of the run.
		slice := instReplies / (instKills + 1)
		at := slice*k + slice/2 + rand.IntN(slice)
		waitFor(fmt.Sprintf("%d replies applied before kill %d", at, k+1), func() bool { return db.applied() >= at })
		time.Sleep(time.Duration(rand.IntN(300)) * time.Millisecond)

		// The first kill hits the mailbox's reader and the second the other
		// instance, so both takeovers are seen; the others pick at random.
		reader := 0
		if db.inboxHolder() != running[0].pid() {
			reader = 1
		}
		v := rand.IntN(2)
		switch k {
		case 0:
			v = reader
		case 1:
			v = 1 - reader
		}
		victim, survivor := running[v], running[1-v]
		if k == 0 {
			// And while its sender holds claimed rows, so that the outbox's
			// takeover is seen too.
			waitFor("the reader's sender to claim receipts", func() bool { return len(db.heldBy(victim.pid())) >= 5 })
		}
		victim.kill(t)
		killed := time.Now()
		victims = append(victims, victim)
		held := db.heldBy(victim.pid())
		for _, id := range held {
			inHand[id] = k + 1
		}
		wasReader := db.inboxHolder() == victim.pid()
		t.Logf("kill %d: instance %d (pid %d%s) at %d replies applied, %d receipts claimed and unsent by its sender",
			k+1, victim.n, victim.pid(), map[bool]string{true: ", the mailbox's reader", false: ""}[wasReader], db.applied(), len(held))
		if wasReader {
			inboxKills++
			// The survivor takes the mailbox over once the lease expires; the
			// fresh instance starts after, so the takeover is the survivor's.
			waitFor("the survivor to take over the mailbox", func() bool { return db.inboxHolder() == survivor.pid() })
			t.Logf("kill %d: instance %d took over the mailbox %v after the kill", k+1, survivor.n,
				time.Since(killed).Round(time.Millisecond))
		}
		if len(held) > 0 {
			waitFor("the dead sender's claimed rows to be taken over", func() bool { return len(db.heldBy(victim.pid())) == 0 })
			tookOver += len(held)
			t.Logf("kill %d: its %d claimed rows freed for the survivors %v after the kill", k+1, len(held),
				time.Since(killed).Round(time.Millisecond))
		}
		running = []*instance{survivor, start()}
	}
	if err := <-appended; err != nil {
		t.Fatalf("IMAP APPEND of the replies: %v", err)
	}

	// Wait for the end: every reply applied and moved, every row sent, every
	// message delivered by Postfix.
	waitFor("every reply applied", func() bool { return db.applied() == instReplies })
	t.Logf("every reply applied %v after the start", time.Since(processing).Round(time.Millisecond))
	waitFor("the outbox to drain", func() bool { return db.count(`SELECT count(*) FROM outbox WHERE state = 'pending'`) == 0 })
	waitFor("the program's INBOX to empty", func() bool {
		n, err := mailboxSize(boxes["program"], "INBOX")
		return err == nil && n == 0
	})
	sentTo := map[string]int{}
	for _, to := range db.strings(`SELECT to_addr FROM outbox WHERE state = 'sent'`) {
		sentTo[strings.ToLower(to)]++
	}
	for _, p := range cohort {
		waitFor(p.user+"'s mail delivered", func() bool {
			n, err := mailboxSize(boxes[p.user], "INBOX")
			return err == nil && n >= sentTo[p.addr()]
		})
	}
	drained := time.Since(processing)
	for _, in := range running {
		checkStops(t, in.proc)
	}
	// The CPU the instances used, killed ones included: the figure that the
	// machine's load does not change.
	var cpu time.Duration
	for _, in := range append(victims, running...) {
		if st := in.proc.cmd.ProcessState; st != nil {
			cpu += st.UserTime() + st.SystemTime()
		}
	}

	// The database: every reply applied once, its effects once.
	if n := db.count(`SELECT count(*) FROM inbound WHERE key LIKE 'mid:e2e-inst-%' AND outcome = $1`, store.InboundProcessed); n != instReplies {
		t.Errorf("%d replies processed, want %d (quarantined: %d)", n, instReplies,
			db.count(`SELECT count(*) FROM inbound WHERE key LIKE 'mid:e2e-inst-%' AND outcome <> $1`, store.InboundProcessed))
	}
	if n := db.count(`SELECT count(*) FROM meetings m JOIN inbound i ON m.inbound_id = i.id WHERE i.key LIKE 'mid:e2e-inst-%'`); n != instReplies {
		t.Errorf("%d meetings logged from the replies, want exactly %d", n, instReplies)
	}
	if n := db.count(`SELECT count(*) FROM (SELECT inbound_id FROM meetings WHERE inbound_id IS NOT NULL GROUP BY inbound_id HAVING count(*) > 1) x`); n != 0 {
		t.Errorf("%d replies logged more than one meeting", n)
	}
	// Every receipt made once: one row per reply, answering it.
	receipts := db.strings(`SELECT message_id FROM outbox WHERE kind = 'receipt_meeting' AND state = 'sent'`)
	if n := db.count(`SELECT count(*) FROM outbox WHERE kind = 'receipt_meeting'`); n != len(receipts) || n != instReplies {
		t.Errorf("%d meeting receipts made, %d of them sent; want one per reply, %d, every one sent", n, len(receipts), instReplies)
	}
	if n := db.count(`SELECT count(DISTINCT in_reply_to) FROM outbox WHERE kind = 'receipt_meeting' AND in_reply_to LIKE 'e2e-inst-%'`); n != instReplies {
		t.Errorf("receipts answer %d distinct replies, want %d", n, instReplies)
	}
	if n := db.count(`SELECT count(*) FROM outbox WHERE state <> 'sent'`); n != 0 {
		t.Errorf("%d outbox rows not sent (failed or cancelled)", n)
	}

	// The participants' mailboxes: every receipt delivered; one delivered
	// twice only if a killed sender had it in hand, with the same bytes.
	made := map[string]bool{}
	for _, id := range receipts {
		made[id] = true
	}
	delivered := map[string][][]byte{}
	for _, p := range cohort {
		ms, err := boxes[p.user].list("INBOX")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if m.kind() == "receipt-meeting" {
				delivered[m.messageID] = append(delivered[m.messageID], sentBytes(m.raw))
			}
		}
	}
	twice := 0
	perKill := map[int]int{}
	for id, copies := range delivered {
		if !made[id] {
			t.Errorf("a receipt <%s> delivered that no outbox row made", id)
		}
		if len(copies) == 1 {
			continue
		}
		twice += len(copies) - 1
		if inHand[id] == 0 {
			t.Errorf("receipt <%s> delivered %d times, and no killed sender had it in hand", id, len(copies))
		}
		perKill[inHand[id]] += len(copies) - 1
		for _, c := range copies[1:] {
			if !bytes.Equal(c, copies[0]) {
				t.Errorf("receipt <%s> delivered twice with different bytes:\n%s\n-----\n%s", id, copies[0], c)
			}
		}
	}
	for id := range made {
		if len(delivered[id]) == 0 {
			t.Errorf("receipt <%s> made and marked sent, never delivered", id)
		}
	}
	// A sender has one message in hand at a time: at most one second copy
	// per kill.
	for k, n := range perKill {
		if k > 0 && n > 1 {
			t.Errorf("%d receipts of the sender killed by kill %d delivered twice, more than its one message in flight", n, k)
		}
	}
	if inboxKills == 0 {
		t.Error("no kill hit the mailbox's reader")
	}
	if tookOver == 0 {
		t.Error("no killed sender held claimed rows: the outbox's takeover was not seen")
	}
	t.Logf("%d replies, %d kills (%d of the mailbox's reader); %d claimed rows taken over; %d receipts delivered, %d of them twice (in flight at a kill, same bytes)",
		instReplies, instKills, inboxKills, tookOver, len(delivered), twice)
	t.Logf("processing took %v (the instances' CPU: %v); the suite %v", drained.Round(time.Millisecond),
		cpu.Round(time.Millisecond), time.Since(began).Round(time.Millisecond))
	for _, v := range victims {
		if s := v.proc.stderr.String(); strings.Contains(s, "panic:") || strings.Contains(s, "WARNING: DATA RACE") {
			t.Errorf("killed instance %d's stderr has a panic or race:\n%s", v.n, tail(s, logTail))
		}
	}
	if !t.Failed() {
		fmt.Println("E2E-INSTANCES: ran")
	}
}

// writeInstancesConfig writes serve's configuration for the suite: the shared
// PostgreSQL database, short leases, and no daily cap on receipts in reach.
func writeInstancesConfig(t *testing.T, path, imapAddr, smtpAddr, dsn string) {
	t.Helper()
	cfg := fmt.Sprintf(`# Written by the end-to-end suite (instances).
[program]
name = "Mentorship Program"
address = %q
committee_address = %q
time_zone = "America/Toronto"
send_hour = 0
# 250 meeting logs a person in one day, each answered.
daily_answer_cap = 5000

[store]
path = %q
lease_ttl = %q

[imap]
addr = %q
tls = "none"
username = "program"
poll_interval = "2s"

[smtp]
addr = %q
tls = "none"

[log]
level = "info"
`, program, committee, dsn, instLeaseTTL.String(), imapAddr, smtpAddr)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}
