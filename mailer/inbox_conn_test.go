package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"math/rand/v2"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCheck: a quick, one-line answer for an unreachable server, a silent one,
// and a refused login.
func TestCheck(t *testing.T) {
	ts := newTestServer(t, capsDovecotLike)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	silent, err := net.Listen("tcp", "127.0.0.1:0") // accepts, never greets
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	const dialDeadline = 300 * time.Millisecond
	for _, tc := range []struct {
		name, addr, pass, want string
	}{
		{"ok", ts.addr, testPass, ""},
		{"unreachable", closed, testPass, "dial"},
		{"silent", silent.Addr().String(), testPass, "no answer before the deadline"},
		{"wrong password", ts.addr, "nope", "refused the login"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := testInbox(t, tc.addr, nil, nil, nil, func(o *InboxOptions) {
				o.Password = tc.pass
				o.Timeouts.Dial = dialDeadline
			})
			start := time.Now()
			err := in.Check(context.Background())
			took := time.Since(start)
			t.Logf("%v: %v", took.Round(time.Millisecond), err)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("Check = %v; want one line containing %q", err, tc.want)
			}
			if took > dialDeadline+time.Second {
				t.Errorf("Check took %v", took)
			}
		})
	}
}

// TestInboxTLS runs a pass over implicit TLS and over STARTTLS, and checks that
// an untrusted certificate is refused.
func TestInboxTLS(t *testing.T) {
	cert, pool := testCert(t)
	srvCfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	for _, tc := range []struct {
		name     string
		mode     TLSMode
		implicit bool
	}{
		{"implicit", TLSImplicit, true},
		{"starttls", TLSStartTLS, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServerTLS(t, capsDovecotLike, srvCfg, tc.implicit)
			ts.deliver(t, "INBOX", testMessage("tls@example.test", "log"))
			st := openStore(t)
			in := testInbox(t, ts.addr, &recorder{st: st}, st, nil, func(o *InboxOptions) {
				o.TLS = tc.mode
				o.TLSConfig = &tls.Config{RootCAs: pool}
			})
			if err := in.RunOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
			if ts.count("Processed") != 1 {
				t.Errorf("Processed holds %d, want 1", ts.count("Processed"))
			}
			untrusted := testInbox(t, ts.addr, nil, nil, nil, func(o *InboxOptions) { o.TLS = tc.mode })
			err := untrusted.Check(context.Background())
			t.Logf("untrusted: %v", err)
			if err == nil || !strings.Contains(err.Error(), "certificate") {
				t.Errorf("Check with an untrusted certificate = %v", err)
			}
		})
	}
	// STARTTLS is required: a server that does not offer it is refused.
	plain := newTestServer(t, capsDovecotLike)
	in := testInbox(t, plain.addr, nil, nil, nil, func(o *InboxOptions) { o.TLS = TLSStartTLS })
	err := in.Check(context.Background())
	t.Logf("no STARTTLS: %v", err)
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Errorf("Check against a server without STARTTLS = %v", err)
	}
}

// TestRunBacksOffWithJitter: reconnects to a dead server come at growing,
// jittered intervals between BackoffMin and BackoffMax.
func TestRunBacksOffWithJitter(t *testing.T) {
	var mu sync.Mutex
	var at []time.Time
	in := testInbox(t, "127.0.0.1:1", &recorder{}, nil, nil, func(o *InboxOptions) {
		o.BackoffMin, o.BackoffMax = 20*time.Millisecond, 160*time.Millisecond
		o.Rand = rand.New(rand.NewPCG(1, 2))
		o.Dialer = func(ctx context.Context, network, addr string) (net.Conn, error) {
			mu.Lock()
			at = append(at, time.Now())
			mu.Unlock()
			return nil, errors.New("connection refused")
		}
	})
	stop := runInbox(t, in)
	time.Sleep(900 * time.Millisecond)
	stop()
	mu.Lock()
	defer mu.Unlock()
	if len(at) < 5 {
		t.Fatalf("%d dials in 900 ms", len(at))
	}
	want := 20 * time.Millisecond
	for i := 1; i < len(at); i++ {
		gap := at[i].Sub(at[i-1])
		// Timers never fire early; they may fire late on a loaded machine.
		if gap < want/2 || gap > want+100*time.Millisecond {
			t.Errorf("gap %d: %v, want within [%v, %v) (+100 ms of lateness)", i, gap, want/2, want)
		}
		want = min(2*want, 160*time.Millisecond)
	}
	t.Logf("%d dials in 900 ms", len(at))
}
