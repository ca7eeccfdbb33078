package e2e

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// slowProxy sits between mentormail and Postfix and holds Postfix's answer to
// the final dot of each message ("250 ... queued as ...") for delay: Postfix has
// taken the message, the sender does not know it yet. held counts the answers
// it has started to hold.
type slowProxy struct {
	addr    string
	backend string
	delay   atomic.Int64 // nanoseconds
	held    atomic.Int64
	ln      net.Listener
	wg      sync.WaitGroup
}

func startSlowProxy(t *testing.T, backend string) *slowProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &slowProxy{addr: ln.Addr().String(), backend: backend, ln: ln}
	p.wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.wg.Go(func() { p.serve(c) })
		}
	})
	t.Cleanup(func() { ln.Close() })
	return p
}

func (p *slowProxy) serve(client net.Conn) {
	defer client.Close()
	server, err := net.DialTimeout("tcp", p.backend, dialTimeout)
	if err != nil {
		return
	}
	defer server.Close()
	go func() {
		io.Copy(server, client)
		server.Close()
	}()
	r := bufio.NewReader(server)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if strings.HasPrefix(line, "250") && strings.Contains(line, "queued as") {
			if d := time.Duration(p.delay.Load()); d > 0 {
				p.held.Add(1)
				time.Sleep(d)
			}
		}
		if _, err := client.Write([]byte(line)); err != nil {
			return
		}
	}
}

// waitHeld waits until the proxy has held n answers in all.
func (p *slowProxy) waitHeld(t *testing.T, n int64) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for p.held.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("the proxy held %d answers to the final dot within %v, want %d", p.held.Load(), waitTimeout, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// byID counts messages by Message-ID.
func byID(ms []*message) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		out[m.messageID]++
	}
	return out
}

// TestE2ERobust stops and kills `mentormail serve` while it sends through
// Postfix, behind a proxy that delays Postfix's answer to the final dot:
//
//  1. SIGTERM while Postfix holds the answer to a message: serve waits for the
//     answer, marks the message, and exits within the grace; the next start
//     sends the rest, and every participant has each message exactly once.
//  2. kill -9 at a random point of a burst of forwarded questions: nothing is
//     lost, at most the message in hand arrives twice (with one Message-ID),
//     and the restarted serve sends the rest at once, not after the lease.
func TestE2ERobust(t *testing.T) {
	requireServers(t)
	root := moduleRoot(t)
	dir := workDir(t)
	bin := buildBinary(t, root, dir)
	srv := startServers(t, root, dir, mailboxes("program", "committee")...)
	proxy := startSlowProxy(t, srv.smtp)

	env := serveEnv()
	cfg := filepath.Join(dir, "mentormail.toml")
	writeConfig(t, cfg, srv.imap, proxy.addr, filepath.Join(dir, "mentormail.db"))
	importCohort(t, root, dir, bin, cfg, env)
	boxes := map[string]*imapUser{}
	for _, u := range []string{"program", "committee", "ana", "ben", "cleo", "dev"} {
		boxes[u] = dialIMAP(t, srv.imap, u, password)
	}

	step(t, "1 SIGTERM during a slow DATA", func(t *testing.T) {
		proxy.delay.Store(int64(3 * time.Second))
		serve := startServe(t, bin, cfg, env)
		proxy.waitHeld(t, 1)
		checkStops(t, serve) // within exitTimeout, though Postfix answers 3 s later
		if !strings.Contains(serve.stderr.String(), "batch stopped early") {
			t.Log("the whole batch went before the stop (nothing left for the restart)")
		}
		proxy.delay.Store(0)
		serve = startServe(t, bin, cfg, env)
		for _, p := range cohort {
			want := scheduledKinds(p)
			ms := boxes[p.user].waitMessages(t, "INBOX", p.user+"'s scheduled mail",
				func(ms []*message) bool { return len(ms) >= len(want) })
			time.Sleep(pollEvery) // a second copy would follow the first closely
			ms, _ = boxes[p.user].list("INBOX")
			if got := kinds(ms); !slices.Equal(got, want) {
				t.Errorf("%s received %v, want each of %v once:%s", p.user, got, want, describe(ms))
			}
		}
		checkStops(t, serve)
	})

	step(t, "2 kill -9 during a send burst", func(t *testing.T) {
		const n = 16
		proxy.delay.Store(int64(300 * time.Millisecond))
		before := proxy.held.Load()
		serve := startServe(t, bin, cfg, env)
		now := time.Now()
		for i := range n {
			p := cohort[i%len(cohort)]
			q := outgoing{from: p.addr(), fromName: p.name, to: program, subject: "Question for the committee",
				messageID: fmt.Sprintf("e2e-q%d-%d@client.example.test", i, now.UnixNano()),
				body:      fmt.Sprintf("Question: could the session cover topic number %d in more depth?\n", i+1)}
			if err := sendSMTP(srv.smtp, q, now); err != nil {
				t.Fatal(err)
			}
		}
		k := 2 + rand.Int64N(n-4)
		proxy.waitHeld(t, before+k)
		if err := serve.cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		<-serve.done
		t.Logf("killed serve after %d of %d forwards reached Postfix", k, n)

		proxy.delay.Store(0)
		serve = startServe(t, bin, cfg, env)
		ms := boxes["committee"].waitMessages(t, "INBOX", fmt.Sprintf("%d forwarded questions", n), func(ms []*message) bool {
			return len(byID(slices.DeleteFunc(slices.Clone(ms), func(m *message) bool { return m.kind() != "question-forward" }))) >= n
		})
		ms = slices.DeleteFunc(ms, func(m *message) bool { return m.kind() != "question-forward" })
		ids := byID(ms)
		twice := 0
		for _, c := range ids {
			twice += c - 1
		}
		if len(ids) != n || twice > 1 {
			t.Errorf("%d distinct forwards (want %d), %d sent twice (at most the one in hand)", len(ids), n, twice)
		}
		t.Logf("%d forwards, %d sent twice (the kill fell between Postfix's 250 and the mark)", len(ids), twice)
		boxes["program"].waitMessages(t, "INBOX", "the program's INBOX emptied", func(ms []*message) bool { return len(ms) == 0 })
		checkStops(t, serve)
	})
	fmt.Println("E2E-ROBUST: ran")
}
