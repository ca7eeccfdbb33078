package service_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/mentormail/mentormail/demo"
	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

// testClock is a settable clock for the service.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// newWorldAt is newWorld with the service's clock at clock and the demo cohort
// started start.
func newWorldAt(t *testing.T, clock *testClock, start string) *world {
	t.Helper()
	users, err := demo.Mailboxes()
	if err != nil {
		t.Fatal(err)
	}
	m, err := devmail.Start(devmail.Options{Domain: demo.Domain, Users: users})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	cfg, err := demo.Config(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Program.SendHour = 0
	svc, err := service.New(cfg, cfg.Logger(io.Discard), service.Options{Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if _, err := demo.ImportCohort(svc.Store, start); err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, mail: m, svc: svc, now: clock.Now}
	w.settle()
	return w
}

// invitation is one invitation as its recipient's mail reads it.
type invitation struct {
	text     string // the text/plain alternative
	method   string // the text/calendar part's method parameter
	ics      []byte
	parts    []string // the alternatives' media types, in order
	calendar *ical.Calendar
}

// readInvitation reads the newest invitation in a user's INBOX: a
// multipart/alternative of text, HTML and text/calendar.
func (w *world) readInvitation(user string) invitation {
	w.t.Helper()
	msgs, err := w.mail.Mailbox(user, "INBOX")
	if err != nil {
		w.t.Fatal(err)
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		m, err := mail.ReadMessage(bytes.NewReader(msgs[i].Raw))
		if err != nil || !strings.Contains(m.Header.Get("Message-Id"), ".meeting-invite@") {
			continue
		}
		mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
		if err != nil || mt != "multipart/alternative" {
			w.t.Fatalf("%s: the invitation is %q, want multipart/alternative", user, m.Header.Get("Content-Type"))
		}
		var inv invitation
		mr := multipart.NewReader(m.Body, params["boundary"])
		for {
			p, err := mr.NextPart() // decodes quoted-printable; base64 below
			if err == io.EOF {
				break
			}
			if err != nil {
				w.t.Fatal(err)
			}
			pt, pp, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
			inv.parts = append(inv.parts, pt)
			body, _ := io.ReadAll(p)
			switch pt {
			case "text/plain":
				inv.text = string(body)
			case "text/calendar":
				if !strings.EqualFold(pp["charset"], "utf-8") {
					w.t.Errorf("%s: text/calendar charset %q", user, pp["charset"])
				}
				inv.method = pp["method"]
				dec, err := decodeBase64(body)
				if err != nil {
					w.t.Fatalf("%s: calendar part: %v", user, err)
				}
				inv.ics = dec
			}
		}
		if inv.ics == nil {
			w.t.Fatalf("%s: the invitation has no text/calendar part (parts %v)", user, inv.parts)
		}
		cal, err := ical.NewDecoder(bytes.NewReader(inv.ics)).Decode()
		if err != nil {
			w.t.Fatalf("%s: go-ical does not read the invitation: %v\n%s", user, err, inv.ics)
		}
		inv.calendar = cal
		return inv
	}
	w.t.Fatalf("%s has no invitation", user)
	return invitation{}
}

// decodeBase64 decodes a base64 body; the decoder skips line ends.
func decodeBase64(b []byte) ([]byte, error) {
	return io.ReadAll(base64.NewDecoder(base64.StdEncoding, bytes.NewReader(b)))
}

// event returns the invitation's one event's UID, SEQUENCE, METHOD, STATUS and start in UTC.
func (inv invitation) event(t *testing.T) (uid string, seq int, method, status string, start time.Time) {
	t.Helper()
	evs := inv.calendar.Events()
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	ev := evs[0]
	uid, _ = ev.Props.Text(ical.PropUID)
	if p := ev.Props.Get(ical.PropSequence); p != nil {
		seq, _ = p.Int()
	}
	method, _ = inv.calendar.Props.Text(ical.PropMethod)
	status, _ = ev.Props.Text(ical.PropStatus)
	start, err := ev.DateTimeStart(time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return uid, seq, method, status, start.UTC()
}

// pyEvent is what python3-icalendar reads of an invitation (testdata/ics_check.py).
type pyEvent struct {
	Method string `json:"method"`
	Events []struct {
		UID       string   `json:"uid"`
		Sequence  int      `json:"sequence"`
		Status    string   `json:"status"`
		Start     string   `json:"start"`
		End       string   `json:"end"`
		Summary   string   `json:"summary"`
		Attendees []string `json:"attendees"`
	} `json:"events"`
}

// pythonICS reads ics with Debian's python3-icalendar (the system python, not a
// pyenv one). Without it the check is skipped, unless CI=true, where it fails.
func pythonICS(t *testing.T, ics []byte) *pyEvent {
	t.Helper()
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import icalendar").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3-icalendar is missing (apt-get install python3-icalendar): %v", err)
		}
		t.Logf("python3-icalendar is missing; the second reader is skipped: %v", err)
		return nil
	}
	f := filepath.Join(t.TempDir(), "invite.ics")
	if err := os.WriteFile(f, ics, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join("testdata", "ics_check.py"), f).Output()
	if err != nil {
		t.Fatalf("python3-icalendar does not read the invitation: %v\n%s", err, ics)
	}
	var ev pyEvent
	if err := json.Unmarshal(out, &ev); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(ev.Events) != 1 {
		t.Fatalf("python3-icalendar reads %d events, want 1", len(ev.Events))
	}
	return &ev
}

// TestPlannedMeetingInvitations: a mentee in Toronto plans the next meeting in a
// reply on 29 October, a week before the clocks change; both partners get an
// invitation (text, HTML and text/calendar; method=REQUEST) for 5 November at
// 14:00 Toronto time, which is 19:00 UTC (EST) and 11:00 in Vancouver, each in
// their own language and zone, read alike by go-ical and python3-icalendar.
// The mentor moves it (an update: same UID, SEQUENCE 1), the mentee cancels it
// (CANCEL, SEQUENCE 2).
func TestPlannedMeetingInvitations(t *testing.T) {
	clock := &testClock{}
	clock.Set(time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC)) // 09:00 in Toronto, EDT
	w := newWorldAt(t, clock, "2026-10-20")

	w.send("Aisha Rahman <aisha@example.test>", nil, "Next meeting",
		"Hi Marcus,\n\nNext meeting Thursday at 2 for 45 minutes, by video.\n\nAisha")
	w.settle()

	want := time.Date(2026, 11, 5, 19, 0, 0, 0, time.UTC) // 14:00 EST, after DST ends on 1 November
	var uid string
	for _, c := range []struct{ user, clock string }{{"aisha", "2:00 p.m."}, {"marcus", "11:00 a.m."}} {
		inv := w.readInvitation(c.user)
		if strings.Join(inv.parts, ",") != "text/plain,text/html,text/calendar" {
			t.Errorf("%s: alternatives %v", c.user, inv.parts)
		}
		if inv.method != "REQUEST" {
			t.Errorf("%s: method parameter %q, want REQUEST", c.user, inv.method)
		}
		u, seq, method, _, start := inv.event(t)
		if method != "REQUEST" || seq != 0 || !start.Equal(want) {
			t.Errorf("%s: go-ical reads %s seq %d start %v, want REQUEST seq 0 start %v", c.user, method, seq, start, want)
		}
		if uid == "" {
			uid = u
		} else if u != uid {
			t.Errorf("the partners' invitations have two UIDs: %q and %q", uid, u)
		}
		if !strings.Contains(inv.text, "Thursday, November 5, 2026, "+c.clock) {
			t.Errorf("%s: the text does not give the time in their own zone (%s):\n%s", c.user, c.clock, inv.text)
		}
		if py := pythonICS(t, inv.ics); py != nil {
			e := py.Events[0]
			if py.Method != "REQUEST" || e.UID != uid || e.Sequence != 0 || e.Start != "2026-11-05T19:00:00Z" ||
				e.End != "2026-11-05T19:45:00Z" || len(e.Attendees) != 2 {
				t.Errorf("%s: python3-icalendar reads %+v", c.user, py)
			}
		}
	}

	planned := w.planned()
	if len(planned) == 0 {
		t.Fatal("no planned meeting")
	}
	pm := planned[0]
	if pm.LocalDate != "2026-11-05" || pm.LocalTime != "14:00" || pm.TimeZone != "America/Toronto" || pm.Minutes != 45 || pm.Mode != "video" {
		t.Errorf("planned meeting %+v", pm)
	}

	// Each partner's calendar answers the invitation (iTIP REPLY); the answer
	// is recorded on the planned meeting and never answered.
	before := map[string]int{"aisha": w.count("aisha", "INBOX"), "marcus": w.count("marcus", "INBOX")}
	w.sendRaw("marcus@example.test", "program@"+demo.Domain, calendarReply("Marcus Chen <marcus@example.test>", uid, 0, "ACCEPTED"))
	w.sendRaw("aisha@example.test", "program@"+demo.Domain, calendarReply("Aisha Rahman <aisha@example.test>", uid, 0, "TENTATIVE"))
	w.settle()
	pm = w.plannedByID(pm.ID)
	if pm.MentorReply != "ACCEPTED" || pm.MenteeReply != "TENTATIVE" {
		t.Errorf("after the calendar replies: mentor %q, mentee %q", pm.MentorReply, pm.MenteeReply)
	}
	for user, n := range before {
		if got := w.count(user, "INBOX"); got != n {
			t.Errorf("%s got %d messages after their calendar's reply, want none", user, got-n)
		}
	}
	if n := w.count("program", "Processed"); n < 3 {
		t.Errorf("the calendar replies were not moved to Processed (%d there)", n)
	}

	// The mentor, in Vancouver, moves it by answering his invitation.
	clock.Set(time.Date(2026, 10, 30, 17, 0, 0, 0, time.UTC))
	w.send("Marcus Chen <marcus@example.test>", w.latest("marcus", "meeting_invite"), "",
		"Could we move it to Friday, November 6 at 10 instead? Same link.")
	w.settle()
	moved := time.Date(2026, 11, 6, 18, 0, 0, 0, time.UTC) // 10:00 PST
	for _, c := range []struct{ user, clock string }{{"aisha", "1:00 p.m."}, {"marcus", "10:00 a.m."}} {
		inv := w.readInvitation(c.user)
		u, seq, method, _, start := inv.event(t)
		if u != uid || seq != 1 || method != "REQUEST" || !start.Equal(moved) {
			t.Errorf("%s: update reads uid %q seq %d %s start %v; want uid %q seq 1 REQUEST start %v", c.user, u, seq, method, start, uid, moved)
		}
		if !strings.Contains(inv.text, "Friday, November 6, 2026, "+c.clock) {
			t.Errorf("%s: the update's text:\n%s", c.user, inv.text)
		}
		if py := pythonICS(t, inv.ics); py != nil && (py.Events[0].Sequence != 1 || py.Events[0].Start != "2026-11-06T18:00:00Z") {
			t.Errorf("%s: python3-icalendar reads the update as %+v", c.user, py)
		}
	}

	// The mentee cancels it.
	clock.Set(time.Date(2026, 11, 2, 14, 0, 0, 0, time.UTC))
	w.send("Aisha Rahman <aisha@example.test>", nil, "Friday", "Sorry Marcus, we have to cancel Friday.")
	w.settle()
	for _, user := range []string{"aisha", "marcus"} {
		inv := w.readInvitation(user)
		u, seq, method, status, _ := inv.event(t)
		if inv.method != "CANCEL" || method != "CANCEL" || u != uid || seq != 2 || status != "CANCELLED" {
			t.Errorf("%s: cancellation reads %s/%s uid %q seq %d status %s", user, inv.method, method, u, seq, status)
		}
		if py := pythonICS(t, inv.ics); py != nil && (py.Method != "CANCEL" || py.Events[0].Sequence != 2 || py.Events[0].Status != "CANCELLED") {
			t.Errorf("%s: python3-icalendar reads the cancellation as %+v", user, py)
		}
	}
	pm = w.plannedByID(pm.ID)
	if pm.State != store.PlanCancelled {
		t.Errorf("planned meeting state %q, want cancelled", pm.State)
	}
	if pm.MentorReply != "" {
		t.Errorf("the answer to the first version outlived the move: %q", pm.MentorReply)
	}
	// A late answer to the first version changes nothing.
	w.sendRaw("marcus@example.test", "program@"+demo.Domain, calendarReply("Marcus Chen <marcus@example.test>", uid, 0, "ACCEPTED"))
	w.settle()
	pm = w.plannedByID(pm.ID)
	if pm.MentorReply != "" {
		t.Errorf("an answer to an earlier version was recorded: %q", pm.MentorReply)
	}
	// An invitation is its own acknowledgement: no "not understood" went out.
	for _, user := range []string{"aisha", "marcus"} {
		if n := len(w.ofKind(user, "INBOX", "not_understood")); n != 0 {
			t.Errorf("%s got %d not-understood answers", user, n)
		}
	}
}

// calendarReply is the answer Gmail sends the organizer when an attendee
// clicks Yes, Maybe or No: a line of text, the same in HTML, and the iTIP
// REPLY as text/calendar; method=REPLY and as an attached invite.ics.
func calendarReply(from, uid string, seq int, partstat string) []byte {
	a, _ := mail.ParseAddress(from)
	word := map[string]string{"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
	ics := "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\n" +
		"BEGIN:VEVENT\r\nDTSTART:20261105T190000Z\r\nDTEND:20261105T194500Z\r\nDTSTAMP:20261029T150000Z\r\n" +
		"ORGANIZER;CN=Mentorship Program:mailto:program@example.test\r\nUID:" + uid + "\r\n" +
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=" + partstat + ";CN=" + a.Name + ";X-NUM-GUESTS=0:mailto:" + a.Address + "\r\n" +
		"SEQUENCE:" + fmt.Sprint(seq) + "\r\nSTATUS:CONFIRMED\r\nSUMMARY:Mentorship meeting\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	b64 := base64.StdEncoding.EncodeToString([]byte(ics))
	text := a.Name + " has " + strings.ToLower(word) + " this invitation."
	return []byte("From: " + from + "\r\nTo: program@example.test\r\nSubject: " + word + ": Mentorship meeting @ Thu Nov 5, 2026\r\n" +
		"Date: Thu, 29 Oct 2026 11:00:00 -0400\r\nMessage-ID: <cal" + partstat + fmt.Sprint(time.Now().UnixNano()) + "@google.example>\r\n" +
		"Reply-To: " + from + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
		"--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" +
		"--alt\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n" + text + "\r\n" +
		"--alt\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\n<p>" + text + "</p>\r\n" +
		"--alt\r\nContent-Type: text/calendar; charset=\"UTF-8\"; method=REPLY\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + ics +
		"--alt--\r\n--outer\r\nContent-Type: application/ics; name=\"invite.ics\"\r\nContent-Disposition: attachment; filename=\"invite.ics\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--outer--\r\n")
}

// plannedOf returns the pair's planned meetings, oldest first.
func (w *world) planned() []store.PlannedMeeting {
	w.t.Helper()
	out, err := w.svc.Store.AllPlanned()
	if err != nil {
		w.t.Fatal(err)
	}
	return out
}

// plannedByID returns the planned meeting with the id.
func (w *world) plannedByID(id int64) store.PlannedMeeting {
	w.t.Helper()
	pm, err := w.svc.Store.Planned(id)
	if err != nil {
		w.t.Fatal(err)
	}
	return *pm
}

// TestDidItHappen: after a planned meeting's time, with no meeting logged that
// day, the mentee alone is asked whether it took place; "yes" logs it with the
// planned day, length and way of meeting through the usual receipt, and the
// planned meeting is held. A planned meeting a partner logged on its day is
// held without a question; "no" makes one missed.
func TestDidItHappen(t *testing.T) {
	clock := &testClock{}
	clock.Set(time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC))
	w := newWorldAt(t, clock, "2026-10-20")
	w.send("Aisha Rahman <aisha@example.test>", nil, "Next meeting",
		"Next meeting Thursday at 2 for 45 minutes, by video.\nAnd the one after: Next: 2026-11-12 10:00")
	w.settle()
	if got := len(w.planned()); got != 1 {
		t.Fatalf("%d planned meetings, want 1 (one plan per reply)", got)
	}
	w.send("Marcus Chen <marcus@example.test>", nil, "Also", "See you next on Friday, November 13 at 9 by phone.")
	w.settle()
	if got := len(w.planned()); got != 2 {
		t.Fatalf("%d planned meetings, want 2", got)
	}

	// Before the end of the meeting (and the grace after it): no question.
	clock.Set(time.Date(2026, 11, 5, 20, 0, 0, 0, time.UTC))
	w.settle()
	if n := len(w.ofKind("aisha", "INBOX", "meeting_happened")); n != 0 {
		t.Fatalf("asked %d times before the meeting was over", n)
	}
	clock.Set(time.Date(2026, 11, 5, 23, 0, 0, 0, time.UTC)) // 18:00 in Toronto
	w.settle()
	w.settle()
	asked := w.ofKind("aisha", "INBOX", "meeting_happened")
	if len(asked) != 1 || len(w.ofKind("marcus", "INBOX", "meeting_happened")) != 0 {
		t.Fatalf("the mentee was asked %d times, the mentor %d; want once and never", len(asked), len(w.ofKind("marcus", "INBOX", "meeting_happened")))
	}
	if !strings.Contains(asked[0].Text, "Thursday, November 5, 2026") {
		t.Errorf("the question:\n%s", asked[0].Text)
	}
	w.send("Aisha Rahman <aisha@example.test>", asked[0], "", "Yes")
	w.settle()
	ms, err := w.svc.Store.Meetings(store.MeetingQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Date != "2026-11-05" || ms[0].Minutes != 45 || ms[0].Mode != "video" {
		t.Fatalf("meetings after yes: %+v", ms)
	}
	if r := w.latest("aisha", "receipt_meeting"); !strings.Contains(r.Text, "November 5") {
		t.Errorf("the receipt:\n%s", r.Text)
	}
	if pm := w.planned()[0]; pm.State != store.PlanHeld || pm.MeetingID == nil || *pm.MeetingID != ms[0].ID {
		t.Errorf("planned meeting after yes: state %s, meeting %v", pm.State, pm.MeetingID)
	}

	// The second: the mentor logs it himself on the day; nobody is asked.
	clock.Set(time.Date(2026, 11, 13, 19, 0, 0, 0, time.UTC)) // 11:00 in Vancouver
	w.send("Marcus Chen <marcus@example.test>", nil, "Meeting", "We met today by phone, 30 min.")
	w.settle()
	clock.Set(time.Date(2026, 11, 14, 19, 0, 0, 0, time.UTC))
	w.settle()
	if pm := w.planned()[1]; pm.State != store.PlanHeld {
		t.Errorf("a planned meeting logged on its day is %s, want held", pm.State)
	}
	if n := len(w.ofKind("aisha", "INBOX", "meeting_happened")) + len(w.ofKind("marcus", "INBOX", "meeting_happened")); n != 1 {
		t.Errorf("%d questions in all, want the first only", n)
	}

	// A third, answered "no".
	w.send("Aisha Rahman <aisha@example.test>", nil, "Next", "Next meeting: November 20 at 1 pm")
	w.settle()
	clock.Set(time.Date(2026, 11, 21, 14, 0, 0, 0, time.UTC))
	w.settle()
	w.send("Aisha Rahman <aisha@example.test>", w.latest("aisha", "meeting_happened"), "", "no")
	w.settle()
	if pm := w.planned()[2]; pm.State != store.PlanMissed {
		t.Errorf("after no: %s, want missed", pm.State)
	}
	if n := len(w.ofKind("aisha", "INBOX", "not_understood")); n != 0 {
		t.Errorf("%d not-understood answers", n)
	}
}

// TestPreparationAgenda: two days before a planned meeting (the default), at
// the send hour in the mentee's zone, the mentee alone is asked what to cover,
// with topics not yet covered; their reply reaches the mentor as the agenda,
// with Reply-To the mentee, and nothing of it reaches the committee or its
// review list.
func TestPreparationAgenda(t *testing.T) {
	clock := &testClock{}
	clock.Set(time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC))
	w := newWorldAt(t, clock, "2026-10-20")
	w.send("Aisha Rahman <aisha@example.test>", nil, "Next meeting", "Next meeting Thursday at 2.")
	w.settle()

	clock.Set(time.Date(2026, 11, 2, 23, 0, 0, 0, time.UTC)) // 18:00 on 2 November in Toronto: too early
	w.settle()
	if n := len(w.ofKind("aisha", "INBOX", "meeting_prep")); n != 0 {
		t.Fatalf("prompted %d times three days ahead", n)
	}
	clock.Set(time.Date(2026, 11, 3, 12, 0, 0, 0, time.UTC))
	w.settle()
	w.settle()
	prompts := w.ofKind("aisha", "INBOX", "meeting_prep")
	if len(prompts) != 1 || len(w.ofKind("marcus", "INBOX", "meeting_prep")) != 0 {
		t.Fatalf("the mentee got %d prompts, the mentor %d; want one and none", len(prompts), len(w.ofKind("marcus", "INBOX", "meeting_prep")))
	}
	if !strings.Contains(prompts[0].Text, "Thursday, November 5, 2026 at 2:00 p.m.") || !strings.Contains(prompts[0].Text, "haven't covered yet") {
		t.Errorf("the prompt:\n%s", prompts[0].Text)
	}
	committeeBefore := w.count("committee", "INBOX")
	agenda := "I'd like to go over my cover letter for the Halifax posting, and practise two interview questions."
	w.send("Aisha Rahman <aisha@example.test>", prompts[0], "", agenda)
	w.settle()
	got := w.ofKind("marcus", "INBOX", "meeting_agenda")
	if len(got) != 1 {
		t.Fatalf("the mentor got %d agendas", len(got))
	}
	if !strings.Contains(strings.Join(strings.Fields(got[0].Text), " "), agenda) {
		t.Errorf("the agenda does not carry the mentee's words:\n%s", got[0].Text)
	}
	if rt := got[0].GetHeader("Reply-To"); !strings.Contains(rt, "aisha@example.test") || strings.Contains(rt, "program") {
		t.Errorf("the agenda's Reply-To is %q, want the mentee alone", rt)
	}
	if n := w.count("committee", "INBOX"); n != committeeBefore {
		t.Errorf("the committee got %d messages", n-committeeBefore)
	}
	its, err := w.svc.Store.AllReviewItems()
	if err != nil {
		t.Fatal(err)
	}
	goalRows, _ := w.svc.Store.Goals(store.GoalQuery{})
	meetings, _ := w.svc.Store.CountMeetings(store.MeetingQuery{})
	questionRows, _ := w.svc.Store.QuestionsIn("")
	items, goals, questions := int64(len(its)), int64(len(goalRows)), int64(len(questionRows))
	if items+goals+meetings+questions != 0 {
		t.Errorf("the agenda left %d review items, %d goals, %d meetings, %d questions", items, goals, meetings, questions)
	}
	if n := len(w.ofKind("aisha", "INBOX", "not_understood")); n != 0 {
		t.Errorf("the mentee got %d not-understood answers", n)
	}
}

// TestPartnerConfirmation: a meeting one partner logs is shown to the other in
// their next receipt, once; "not me" to that receipt disputes it into the
// committee's review list (the meeting stays, the committee's inbox gets
// nothing), and the writer gets a receipt.
func TestPartnerConfirmation(t *testing.T) {
	clock := &testClock{}
	clock.Set(time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC))
	w := newWorldAt(t, clock, "2026-10-20")
	w.send("Aisha Rahman <aisha@example.test>", nil, "Meeting", "We met yesterday for an hour by video.")
	w.settle()
	if r := w.latest("aisha", "receipt_meeting"); strings.Contains(r.Text, "not me") {
		t.Errorf("the writer was asked to confirm her own meeting:\n%s", r.Text)
	}
	w.send("Marcus Chen <marcus@example.test>", nil, "Meeting", "We met on Monday by phone, 30 min.")
	w.settle()
	r := w.latest("marcus", "receipt_meeting")
	text := strings.Join(strings.Fields(r.Text), " ")
	if !strings.Contains(text, "Aisha logged a meeting with you on October 28. Not you? Reply “not me”.") {
		t.Fatalf("the partner's receipt does not show her meeting:\n%s", r.Text)
	}
	// Said once: the next receipt does not repeat it.
	w.send("Marcus Chen <marcus@example.test>", nil, "Meeting", "We also met on Tuesday by phone.")
	w.settle()
	if again := w.latest("marcus", "receipt_meeting"); strings.Contains(again.Text, "October 28") {
		t.Errorf("the meeting was shown twice:\n%s", again.Text)
	}
	committee := w.count("committee", "INBOX")
	w.send("Marcus Chen <marcus@example.test>", r, "", "Not me!")
	w.settle()
	ms, err := w.svc.Store.Meetings(store.MeetingQuery{Date: "2026-10-28"})
	if err != nil || len(ms) == 0 {
		t.Fatalf("no meeting on 2026-10-28 (%v)", err)
	}
	m := ms[0]
	if m.DisputedAt == nil || m.UndoneAt != nil {
		t.Errorf("after not me: disputed %v, undone %v; want disputed, kept", m.DisputedAt, m.UndoneAt)
	}
	items, err := w.svc.Store.AllReviewItems()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Reason != "disputed_meeting" {
		t.Errorf("review items %+v, want one disputed_meeting", items)
	}
	if rc := w.latest("marcus", "receipt_command"); !strings.Contains(rc.Text, "October 28 logged by Aisha") {
		t.Errorf("the dispute's receipt:\n%s", rc.Text)
	}
	if n := w.count("committee", "INBOX"); n != committee {
		t.Errorf("the committee's inbox got %d messages", n-committee)
	}
	// And the other way: the mentee's next receipt shows the mentor's meetings.
	w.send("Aisha Rahman <aisha@example.test>", nil, "Goal", "New short-term goal: send two applications")
	w.settle()
	got := strings.Join(strings.Fields(w.latest("aisha", "receipt_goals").Text), " ")
	if !strings.Contains(got, "Marcus logged a meeting with you on October 26") || !strings.Contains(got, "October 27") {
		t.Errorf("the mentee's receipt does not show the mentor's meetings:\n%s", got)
	}
	// The mentor's digest shows a meeting the mentee logged since, and says how
	// to dispute it; his next receipt does not repeat it.
	clock.Set(time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC))
	w.send("Aisha Rahman <aisha@example.test>", nil, "Meeting", "We met today by video, 40 min.")
	w.settle()
	clock.Set(time.Date(2026, 11, 10, 18, 0, 0, 0, time.UTC)) // day 21: the digest
	w.settle()
	digest := strings.Join(strings.Fields(w.latest("marcus", "digest").Text), " ")
	if !strings.Contains(digest, "Aisha logged some of these. One you did not have? Reply \"not me\".") {
		t.Errorf("the digest does not offer the dispute:\n%s", digest)
	}
	w.send("Marcus Chen <marcus@example.test>", nil, "Meeting", "We met today by phone.")
	w.settle()
	if again := w.latest("marcus", "receipt_meeting"); strings.Contains(again.Text, "November 3") {
		t.Errorf("a meeting the digest showed was shown again:\n%s", again.Text)
	}
}

// attachmentOf returns the first attachment of a raw message: its media type,
// file name and decoded bytes.
func attachmentOf(t *testing.T, raw []byte) (string, string, []byte) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" {
		return "", "", nil
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return "", "", nil
		}
		if d, dp, _ := mime.ParseMediaType(p.Header.Get("Content-Disposition")); d == "attachment" {
			ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
			b, _ := io.ReadAll(base64.NewDecoder(base64.StdEncoding, p))
			return ct, dp["filename"], b
		}
	}
}

// rawOfKind returns the raw messages of a kind in a user's INBOX.
func (w *world) rawOfKind(user, kind string) [][]byte {
	w.t.Helper()
	msgs, err := w.mail.Mailbox(user, "INBOX")
	if err != nil {
		w.t.Fatal(err)
	}
	var out [][]byte
	for _, m := range msgs {
		if bytes.Contains(m.Raw, []byte("."+strings.ReplaceAll(kind, "_", "-")+"@")) {
			out = append(out, m.Raw)
		}
	}
	return out
}

// TestParticipationLetter: "letter" before the last week of the session says
// when it will be ready, with no file; in the last week it brings the
// committee's letter as a PDF whose first page pdftoppm renders at US Letter
// size, with text on it.
func TestParticipationLetter(t *testing.T) {
	clock := &testClock{}
	clock.Set(time.Date(2026, 10, 1, 13, 0, 0, 0, time.UTC))
	w := newWorldAt(t, clock, "2026-09-01") // 60 days: the session ends on 31 October
	w.send("Aisha Rahman <aisha@example.test>", nil, "Letter", "letter")
	w.settle()
	early := w.rawOfKind("aisha", "participation_letter")
	if len(early) != 1 {
		t.Fatalf("%d answers to an early letter request", len(early))
	}
	if ct, _, _ := attachmentOf(t, early[0]); ct != "" {
		t.Errorf("an early request got a %s", ct)
	}
	if !strings.Contains(w.latest("aisha", "participation_letter").Text, "Saturday, October 24, 2026") {
		t.Errorf("the early answer does not say when:\n%s", w.latest("aisha", "participation_letter").Text)
	}

	clock.Set(time.Date(2026, 10, 29, 13, 0, 0, 0, time.UTC))
	w.send("Aisha Rahman <aisha@example.test>", nil, "Meeting", "We met yesterday for an hour by video about interviews.")
	w.send("Aisha Rahman <aisha@example.test>", nil, "Letter", "Letter, please!")
	w.settle()
	all := w.rawOfKind("aisha", "participation_letter")
	if len(all) != 2 {
		t.Fatalf("%d letter answers, want 2", len(all))
	}
	ct, name, pdf := attachmentOf(t, all[1])
	if ct != "application/pdf" || name != "participation-letter.pdf" || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("the letter's attachment: %q %q, %d bytes", ct, name, len(pdf))
	}
	checkPDFPage(t, pdf)
}

// checkPDFPage renders page 1 with pdftoppm (poppler-utils) at 72 dpi and checks
// its size (US Letter: 612 by 792 pixels) and that it is not blank: text below
// the band at the top. Without
// pdftoppm the check is skipped, unless CI=true, where it fails.
func checkPDFPage(t *testing.T, pdf []byte) {
	t.Helper()
	tool, err := exec.LookPath("pdftoppm")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftoppm is missing (apt-get install poppler-utils)")
		}
		t.Log("pdftoppm is missing; the rendering check is skipped")
		return
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(tool, "-f", "1", "-l", "1", "-r", "72", "-png", "-singlefile", in, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() != 612 || b.Dy() != 792 {
		t.Errorf("page 1 is %dx%d pixels at 72 dpi, want 612x792 (US Letter)", b.Dx(), b.Dy())
	}
	dark, body := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if (r+g+bl)/3 < 0x8000 {
				dark++
				if y > b.Dy()/10 {
					body++ // text, not only the band at the top
				}
			}
		}
	}
	if total := b.Dx() * b.Dy(); dark < total/50 || body < total/200 {
		t.Errorf("page 1 looks blank: %d dark pixels of %d, %d below the band", dark, total, body)
	}
}
