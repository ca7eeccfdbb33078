package bench

// idle: `mentormail serve` as a child process against a devmail started here,
// with the sample cohort and nothing to do, waiting in IDLE; its CPU time and
// resident memory are read from /proc.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/service"
)

// Timing of the idle workload.
const (
	// serveStartTimeout bounds the wait for the child to say it is serving.
	serveStartTimeout = 30 * time.Second
	// settleTime lets the child finish its first round, tick and IDLE before measuring.
	settleTime = 2 * time.Second
	// stopTimeout bounds the wait for the child after SIGTERM.
	stopTimeout = 10 * time.Second
	// clockTicks is USER_HZ, the unit of utime and stime in /proc/PID/stat: 100 on Linux.
	clockTicks = 100
)

// idleCPUTarget bounds the CPU an idle service may use, as a fraction of one core.
const idleCPUTarget = 0.01

func runIdle(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	if len(opts.Serve) == 0 {
		return nil, errNoServe
	}
	users, err := demo.Mailboxes()
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	m, err := devmail.Start(devmail.Options{Domain: demo.Domain, Users: users})
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer m.Close()
	cfg, err := demo.Config(dir, m)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	// The sample cohort, starting in a month: the calendar has pairs to look
	// at and nothing to send.
	s, err := service.OpenStore(cfg, opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	_, err = demo.ImportCohort(s, time.Now().AddDate(0, 1, 0).Format(time.DateOnly))
	s.Close()
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	path := filepath.Join(dir, "serve.toml")
	if err := os.WriteFile(path, []byte(serveTOML(cfg.Program.Address, cfg.Program.CommitteeAddress, cfg.Store.Path,
		cfg.IMAP.Addr, cfg.IMAP.Username, cfg.SMTP.Addr)), 0o600); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}

	cmd := exec.Command(opts.Serve[0], append(opts.Serve[1:], "--config", path)...)
	cmd.Env = append(os.Environ(), "MENTORMAIL_SECRET="+cfg.Program.Secret, "MENTORMAIL_NOTES_KEY="+cfg.Program.NotesKey,
		"MENTORMAIL_IMAP_PASSWORD="+cfg.IMAP.Password)
	logs := &syncBuffer{}
	cmd.Stderr, cmd.Stdout = logs, logs
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: unable to start %s: %w", opts.Serve[0], err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(stopTimeout):
			cmd.Process.Kill()
			<-exited
		}
	}()
	deadline := time.After(serveStartTimeout)
	for !strings.Contains(logs.String(), "serving") {
		select {
		case err := <-exited:
			return nil, fmt.Errorf("bench: serve exited (%v): %s", err, logs.String())
		case <-deadline:
			return nil, fmt.Errorf("bench: serve did not start within %v: %s", serveStartTimeout, logs.String())
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	time.Sleep(settleTime)
	pid := cmd.Process.Pid
	cpu0, err := procCPU(pid)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	fmt.Fprintf(opts.Out, "  serve (pid %d) idling for %d s ...\n", pid, opts.IdleSeconds)
	select {
	case <-time.After(time.Duration(opts.IdleSeconds) * time.Second):
	case err := <-exited:
		return nil, fmt.Errorf("bench: serve exited (%v): %s", err, logs.String())
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	cpu1, err := procCPU(pid)
	if err != nil {
		return nil, err
	}
	wall := time.Since(t0)
	rss, hwm, err := procRSS(pid)
	if err != nil {
		return nil, err
	}
	used := cpu1 - cpu0
	share := used.Seconds() / wall.Seconds()
	fmt.Fprintf(opts.Out, "  CPU %s in %s; RSS %s (peak %s)\n", dur(used), dur(wall), mb(rss), mb(hwm))
	return []Row{
		{Workload: Idle, Case: fmt.Sprintf("serve in IDLE for %d s: CPU time, of the wall time (resolution 10 ms)", opts.IdleSeconds),
			Floor: dur(wall) + " wall", Ours: dur(used) + " CPU", Ratio: share,
			Target: fmt.Sprintf("≤ %.2f", idleCPUTarget), Met: verdict(share <= idleCPUTarget)},
		{Workload: Idle, Case: "serve in IDLE: resident memory (VmRSS, peak VmHWM)", Ours: fmt.Sprintf("%s (peak %s)", mb(rss), mb(hwm)),
			Ratio: math.NaN()},
	}, nil
}

// serveTOML is the child's configuration; the secrets come from the environment.
func serveTOML(address, committee, db, imapAddr, imapUser, smtpAddr string) string {
	return fmt.Sprintf(`[program]
name = "Mentorship Program (bench)"
address = %q
committee_address = %q

[store]
path = %q

[imap]
addr = %q
username = %q
tls = "none"

[smtp]
addr = %q
tls = "none"

[log]
level = "info"
`, address, committee, db, imapAddr, imapUser, smtpAddr)
}

// procCPU returns the user and system CPU time of a process, from /proc/PID/stat.
func procCPU(pid int) (time.Duration, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	// The command name, in parentheses, may hold spaces: the fields start after it.
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, fmt.Errorf("bench: /proc/%d/stat: too few fields", pid)
	}
	// Fields 14 and 15 of stat (utime, stime) are 12 and 13 after the name.
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("bench: /proc/%d/stat: bad utime or stime", pid)
	}
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}

// procRSS returns VmRSS and VmHWM of a process, in bytes, from /proc/PID/status.
func procRSS(pid int) (rss, hwm float64, err error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			continue
		}
		kb, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return 0, 0, fmt.Errorf("bench: /proc/%d/status: %s: %w", pid, k, err)
		}
		if k == "VmRSS" {
			rss = kb * 1024
		} else {
			hwm = kb * 1024
		}
	}
	return rss, hwm, nil
}

// syncBuffer is a bytes.Buffer safe for the child's output and our reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
