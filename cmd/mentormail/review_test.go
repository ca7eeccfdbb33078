package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

// reviewWorld is the example cohort in a real SQLite file (started 2026-09-14),
// with three messages the program has read: a stranger's, one it did not
// understand from Daniel, and another stranger's to reprocess.
func reviewWorld(t *testing.T) (cfgPath, db string) {
	t.Helper()
	setNotesKey(t)
	t.Setenv(config.EnvSecret, "a token secret for the review tests")
	dir := t.TempDir()
	db = filepath.Join(dir, "m.db")
	cfgPath = filepath.Join(dir, "m.toml")
	if err := os.WriteFile(cfgPath, []byte("[store]\npath = \""+db+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCmd("import", "--config", cfgPath, "--cohort", "2026-fall", "--start", "2026-09-14",
		"--participants", "../../examples/participants.csv", "--pairs", "../../examples/pairs.csv"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := service.OpenStore(cfg, cfg.Logger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := service.NewProgram(cfg, s, cfg.Logger(io.Discard), time.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range []struct{ from, body string }{
		{"stranger@example.net", "Hello, can I join?"},
		{"daniel.cheng@ualberta.example.org", "Voir le document joint pour les détails. TULIP-404"},
		{"daniel.home@example.net", "We met yesterday for 40 minutes on the phone."},
	} {
		raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: note\r\nDate: %s\r\nMessage-ID: <r%d@client.test>\r\n\r\n%s\r\n",
			m.from, cfg.Program.Address, time.Now().Format(time.RFC1123Z), i, m.body)
		if _, err := p.Handle(context.Background(), mailer.Delivery{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1),
			Raw: []byte(raw), Size: int64(len(raw))}); err != nil {
			t.Fatal(err)
		}
	}
	return cfgPath, db
}

func TestReviewCommand(t *testing.T) {
	cfg, db := reviewWorld(t)
	code, out, errOut := runCmd("review", "--config", cfg)
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.Contains(out, "stranger@example.net") ||
		!strings.Contains(out, "quarantined: unknown sender") || !strings.Contains(out, "Daniel Cheng") ||
		!strings.Contains(out, "not understood; consent offered") || strings.Contains(out, "TULIP") {
		t.Fatalf("review: exit %d\n%s%s", code, out, errOut)
	}
	ids := regexp.MustCompile(`(?m)^(\d+) `).FindAllStringSubmatch(out, -1)
	if len(ids) != 3 {
		t.Fatalf("no ids in\n%s", out)
	}
	stranger, daniel, home := ids[0][1], ids[1][1], ids[2][1]

	// --db names the database instead of the configuration's store.path.
	if code, out2, _ := runCmd("review", "--db", db); code != 0 || out2 != out {
		t.Errorf("review --db: exit %d\n%s", code, out2)
	}
	code, out, _ = runCmd("review", "show", daniel, "--config", cfg)
	if code != 0 || !strings.Contains(out, "Daniel Cheng <daniel.cheng@ualberta.example.org>") ||
		!strings.Contains(out, "can be reprocessed") || !strings.Contains(out, "only when the writer agrees") || strings.Contains(out, "TULIP") {
		t.Errorf("review show: exit %d\n%s", code, out)
	}

	// Resolutions, each recorded with who.
	code, out, errOut = runCmd("review", "resolve", daniel, "--config", cfg, "--by", "Ana Ortiz", "--log-meeting",
		"--pair", "pair1", "--date", time.Now().AddDate(0, 0, -1).Format(time.DateOnly), "--minutes", "45")
	if code != 0 || !strings.Contains(out, "meeting") {
		t.Fatalf("resolve --log-meeting: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd("review", "resolve", stranger, "--config", cfg, "--by", "Ana Ortiz", "--dismiss", "--note", "asked to join; answered by hand")
	if code != 0 || !strings.Contains(out, "dismissed by Ana Ortiz") {
		t.Fatalf("resolve --dismiss: exit %d\n%s%s", code, out, errOut)
	}
	// The committee adds Daniel's other address, then reprocesses his message.
	s := openCLIStore(t, cfg)
	dan, err := s.ParticipantByEmail("daniel.cheng@ualberta.example.org")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.InsertRow(&store.Address{ParticipantID: dan.ID, Address: "daniel.home@example.net"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errOut = runCmd("review", "resolve", "--config", cfg, home, "--by", "Ana Ortiz", "--reprocess")
	if code != 0 || !strings.Contains(out, "reprocessed by Ana Ortiz") || !strings.Contains(out, "processed (meeting)") {
		t.Fatalf("resolve --reprocess: exit %d\n%s%s", code, out, errOut)
	}
	s = openCLIStore(t, cfg)
	meetings, err := s.Meetings(store.MeetingQuery{LoggedByID: dan.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(meetings) != 2 || meetings[0].Minutes != 45 || meetings[1].Minutes != 40 {
		t.Errorf("Daniel's meetings = %+v; want the one logged by the committee and the reprocessed one", meetings)
	}
	s.Close()

	if code, out, _ := runCmd("review", "--config", cfg); code != 0 || out != "Nothing to review.\n" {
		t.Errorf("review after resolving all: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd("review", "--config", cfg, "--all")
	if code != 0 || strings.Count(out, "by Ana Ortiz") != 3 || !strings.Contains(out, "logged_meeting") ||
		!strings.Contains(out, "dismissed") || !strings.Contains(out, "reprocessed") {
		t.Errorf("review --all: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd("review", "show", stranger, "--config", cfg)
	if code != 0 || !strings.Contains(out, "dismissed by Ana Ortiz") || !strings.Contains(out, "asked to join; answered by hand") {
		t.Errorf("review show of a dismissed item: exit %d\n%s", code, out)
	}

	// Mistakes are refused with a reason.
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"review", "resolve", daniel, "--config", cfg, "--by", "Ana", "--dismiss"}, 1, "resolved already"},
		{[]string{"review", "resolve", daniel, "--config", cfg, "--dismiss"}, 2, "--by"},
		{[]string{"review", "resolve", daniel, "--config", cfg, "--by", "Ana"}, 2, "one of"},
		{[]string{"review", "resolve", daniel, "--config", cfg, "--by", "Ana", "--log-meeting", "--pair", "1"}, 2, "--date"},
		{[]string{"review", "resolve", daniel, "--config", cfg, "--by", "Ana", "--reprocess", "--note", "x"}, 2, "--note"},
		{[]string{"review", "show", "--config", cfg}, 2, "item's ID"},
		{[]string{"review", "show", "999", "--config", cfg}, 1, "not found"},
		{[]string{"review", "stray", "--config", cfg}, 2, "stray"},
	} {
		code, _, errOut := runCmd(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d naming %q", c.args[1:], code, errOut, c.code, c.want)
		}
	}
	for _, h := range [][]string{{"review", "show", "--help"}, {"review", "resolve", "--help"}} {
		if code, out, _ := runCmd(h...); code != 0 || !strings.Contains(out, "Usage: mentormail "+strings.Join(h[:2], " ")) {
			t.Errorf("%v: exit %d\n%s", h, code, out)
		}
	}
}

func openCLIStore(t *testing.T, cfgPath string) *store.Store {
	t.Helper()
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := service.OpenStore(cfg, cfg.Logger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	return s
}
