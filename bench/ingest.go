package bench

// ingest: replies in an in-process IMAP server, read by our inbox and applied by
// the program, against a floor that fetches, parses and stores them the
// cheapest way the same libraries allow.

import (
	"context"
	"fmt"
	"runtime/pprof"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/jhillyerd/enmime/v2"

	"github.com/mentormail/mentormail/devmail"
	"github.com/mentormail/mentormail/mailer"
	"github.com/mentormail/mentormail/store"
)

// Targets of the ingest workload.
const (
	ingestRatioTarget = 1.0  // of the floor's rate (issue 20)
	ingestRateTarget  = 1000 // messages per second
)

// benchNow is the simulated time of every workload: a Tuesday evening in the
// third week of a session (day 15), when check-ins have gone out and replies come in.
var benchNow = time.Date(2026, 9, 22, 22, 0, 0, 0, time.UTC)

// sessionStart is the cohorts' day 0.
var sessionStart = benchNow.AddDate(0, 0, -15).Truncate(24 * time.Hour)

// mailbox is a program whose INBOX holds n replies to its check-ins.
type mailbox struct {
	mail  *devmail.System
	env   *env
	n     int
	bytes int64
	// lastCheckin is the last check-in enqueued: the memory workload answers it again.
	lastCheckin sentCheckin
}

// newMailbox starts devmail, builds the program with a cohort big enough that each
// participant replies about twice (well under the daily cap of receipts), and
// delivers n replies to the program's INBOX.
func newMailbox(opts *Options, dir string, n int, maxBytes int64) (*mailbox, error) {
	m, err := devmail.Start(devmail.Options{Domain: domain, Users: map[string]string{"program": mailboxPassword, "committee": mailboxPassword},
		MaxMessageBytes: maxBytes})
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	mb := &mailbox{mail: m, n: n}
	cfg, err := newConfig(dir, m)
	if err != nil {
		m.Close()
		return nil, err
	}
	if mb.env, err = newEnv(cfg, benchNow, opts.Logger); err != nil {
		m.Close()
		return nil, err
	}
	pairs := max((n+3)/4, 1)
	c, err := mb.env.addCohort("Bench", pairs, sessionStart, func(int) *time.Time { t := benchNow.AddDate(0, 0, 1); return &t })
	if err != nil {
		mb.close()
		return nil, err
	}
	sent, err := mb.env.enqueueCheckins(c, 2*pairs)
	if err != nil {
		mb.close()
		return nil, err
	}
	mb.lastCheckin = sent[len(sent)-1]
	for i := range n {
		sc := sent[i%len(sent)]
		raw := mb.env.replyMessage(i, sc, benchNow.Add(-time.Duration(n-i)*time.Second))
		if err := m.Deliver(sc.to.Email, []string{mb.env.addr.ReplyTo(sc.token)}, raw); err != nil {
			mb.close()
			return nil, err
		}
		mb.bytes += int64(len(raw))
	}
	return mb, nil
}

func (mb *mailbox) close() {
	mb.env.close()
	mb.mail.Close()
}

// inbox returns our inbox over the program's mailbox, reading messages up to maxSize.
func (mb *mailbox) inbox(maxSize int64) (*mailer.Inbox, error) {
	in, err := mailer.NewInbox(mailer.InboxOptions{Addr: mb.mail.IMAPAddr(), Username: "program", Password: mailboxPassword,
		TLS: mailer.TLSNone, MaxSize: maxSize, Handler: mb.env.prog, Cursors: mb.env.store})
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return in, nil
}

func runIngest(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	mb, err := newMailbox(opts, dir, opts.N, 0)
	if err != nil {
		return nil, err
	}
	defer mb.close()
	fmt.Fprintf(opts.Out, "  %d replies in INBOX, %.1f KB on average\n", mb.n, float64(mb.bytes)/float64(mb.n)/1024)

	var floorN int
	var floorT time.Duration
	pprof.Do(ctx, pprof.Labels("workload", Ingest, "side", "floor"), func(ctx context.Context) {
		floorDSN := dir + "/floor.db"
		if pgURL != "" {
			if floorDSN, err = newSchema("floor"); err != nil {
				return
			}
		}
		floorN, floorT, err = ingestFloor(mb.mail.IMAPAddr(), floorDSN)
	})
	if err != nil {
		return nil, err
	}
	if floorN != mb.n {
		return nil, fmt.Errorf("bench: the floor read %d messages of %d", floorN, mb.n)
	}
	fmt.Fprintf(opts.Out, "  floor: %d messages in %s\n", floorN, dur(floorT))

	in, err := mb.inbox(mailer.DefaultMaxSize)
	if err != nil {
		return nil, err
	}
	var oursT time.Duration
	stmts := mb.env.store.Statements()
	pprof.Do(ctx, pprof.Labels("workload", Ingest, "side", "ours"), func(ctx context.Context) {
		t := time.Now()
		err = in.RunOnce(ctx)
		oursT = time.Since(t)
	})
	stmts = mb.env.store.Statements() - stmts
	if err != nil {
		return nil, err
	}
	out, err := countApplied(mb.env.store)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(opts.Out, "  ours: %d messages in %s: %s\n", out.inbound, dur(oursT), out)
	fmt.Fprintf(opts.Out, "  ours: %d SQL statements, %.1f a message\n", stmts, float64(stmts)/float64(mb.n))
	if out.inbound != int64(mb.n) || out.meetings == 0 || out.receipts == 0 {
		return nil, fmt.Errorf("bench: the inbox applied %s of %d replies", out, mb.n)
	}
	floorRate, oursRate := float64(floorN)/floorT.Seconds(), float64(mb.n)/oursT.Seconds()
	ratio := oursRate / floorRate
	return []Row{
		{Workload: Ingest, Case: fmt.Sprintf("%d replies, rate vs floor (%d meetings, %d receipts)", mb.n, out.meetings, out.receipts),
			Floor: rate(floorN, floorT, "msg"), Ours: rate(mb.n, oursT, "msg"), Ratio: ratio,
			Target: fmt.Sprintf("≥ %.2f", ingestRatioTarget), Met: verdict(ratio >= ingestRatioTarget)},
		{Workload: Ingest, Case: "our rate, absolute", Ours: rate(mb.n, oursT, "msg"), Ratio: oursRate / ingestRateTarget,
			Target: fmt.Sprintf("≥ %d msg/s", ingestRateTarget), Met: verdict(oursRate >= ingestRateTarget)},
	}, nil
}

// applied counts what the program made of the replies.
type applied struct {
	inbound, quarantined, meetings, receipts, questions int64
}

func (a applied) String() string {
	return fmt.Sprintf("%d applied (%d quarantined), %d meetings, %d receipts, %d questions",
		a.inbound, a.quarantined, a.meetings, a.receipts, a.questions)
}

func countApplied(s *store.Store) (applied, error) {
	c, err := s.CountRows()
	if err != nil {
		return applied{}, fmt.Errorf("bench: %w", err)
	}
	return applied{inbound: c.Inbound, quarantined: c.Quarantined, meetings: c.Meetings, receipts: c.Receipts, questions: c.Questions}, nil
}

// ingestFloor is the least work that reads the same messages: one connection,
// one UID FETCH 1:* BODY.PEEK[] streamed, enmime.ReadEnvelope on each, and one
// batched insert of a row per message.
func ingestFloor(addr, dbPath string) (int, time.Duration, error) {
	db, err := store.OpenFloor(dbPath)
	if err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	defer db.Close()
	t := time.Now()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("bench: floor: %w", err)
	}
	defer c.Close()
	if err := c.Login("program", mailboxPassword).Wait(); err != nil {
		return 0, 0, fmt.Errorf("bench: floor: login: %w", err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, 0, fmt.Errorf("bench: floor: select: %w", err)
	}
	section := &imap.FetchItemBodySection{Peek: true}
	fetch := c.Fetch(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
	var rows []store.FloorRow
	for msg := fetch.Next(); msg != nil; msg = fetch.Next() {
		for item := msg.Next(); item != nil; item = msg.Next() {
			body, ok := item.(imapclient.FetchItemDataBodySection)
			if !ok {
				continue
			}
			cr := &countReader{r: body.Literal}
			env, err := enmime.ReadEnvelope(cr)
			if err != nil {
				fetch.Close()
				return 0, 0, fmt.Errorf("bench: floor: %w", err)
			}
			rows = append(rows, store.FloorRow{MessageID: env.GetHeader("Message-Id"), From: env.GetHeader("From"),
				Subject: env.GetHeader("Subject"), Size: cr.n})
		}
	}
	if err := fetch.Close(); err != nil {
		return 0, 0, fmt.Errorf("bench: floor: fetch: %w", err)
	}
	if err := db.Insert(rows); err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	took := time.Since(t)
	c.Logout().Wait()
	return len(rows), took, nil
}
