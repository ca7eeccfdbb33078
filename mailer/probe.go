package mailer

// What `mentormail check` asks of the servers, one step at a time, so that
// each step can be reported on its own line: the IMAP session as serve opens
// it, and an SMTP conversation spelt out (EHLO, STARTTLS, AUTH, a message).

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// InboxProbe is a logged-in IMAP connection for checking a configuration.
type InboxProbe struct {
	s *session
}

// Probe connects and logs in as the inbox would.
func (in *Inbox) Probe(ctx context.Context) (*InboxProbe, error) {
	s, err := in.connect(ctx)
	if err != nil {
		return nil, err
	}
	return &InboxProbe{s: s}, nil
}

// Caps says whether the server offers IDLE, MOVE and NAMESPACE after login.
func (p *InboxProbe) Caps() (idle, move, namespace bool) {
	c := p.s.caps
	return c.Has(imap.CapIdle) || c.Has(imap.CapIMAP4rev2), c.Has(imap.CapMove) || c.Has(imap.CapIMAP4rev2),
		c.Has(imap.CapNamespace) || c.Has(imap.CapIMAP4rev2)
}

// Folders resolves the Processed and Quarantine folders as serve does (under
// the personal namespace's prefix) and creates those missing; it returns their
// names on the server and those it created.
func (p *InboxProbe) Folders(ctx context.Context) (processed, quarantine string, created []string, err error) {
	s := p.s
	if err := s.resolveFolders(ctx); err != nil {
		return "", "", nil, err
	}
	var before []string
	for _, name := range []string{s.processed, s.quarantine} {
		err := s.do(ctx, "list "+name, s.in.t.Select, func() error {
			found, err := s.c.List("", name, nil).Collect()
			if err == nil && len(found) > 0 {
				before = append(before, name)
			}
			return err
		})
		if err != nil {
			return "", "", nil, err
		}
	}
	if err := s.ensureFolders(ctx); err != nil {
		return "", "", nil, err
	}
	for _, name := range []string{s.processed, s.quarantine} {
		if !slices.Contains(before, name) {
			created = append(created, name)
		}
	}
	return s.processed, s.quarantine, created, nil
}

// Find selects mailbox and returns the UIDs of the messages whose Message-ID
// is messageID (without angle brackets).
func (p *InboxProbe) Find(ctx context.Context, mailbox, messageID string) ([]imap.UID, error) {
	s := p.s
	var uids []imap.UID
	err := s.do(ctx, "search "+mailbox, s.in.t.Select, func() error {
		if _, err := s.c.Select(mailbox, nil).Wait(); err != nil {
			return err
		}
		crit := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: messageID}}}
		data, err := s.c.UIDSearch(crit, nil).Wait()
		if err != nil {
			return err
		}
		uids = data.AllUIDs()
		return nil
	})
	return uids, err
}

// Delete removes the messages uids from the selected mailbox: \Deleted, then
// UID EXPUNGE where UIDPLUS allows it, else EXPUNGE.
func (p *InboxProbe) Delete(ctx context.Context, uids []imap.UID) error {
	if len(uids) == 0 {
		return nil
	}
	s := p.s
	set := imap.UIDSetNum(uids...)
	return s.do(ctx, "delete", s.in.t.Move, func() error {
		flags := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}
		if err := s.c.Store(set, flags, nil).Close(); err != nil {
			return err
		}
		if s.caps.Has(imap.CapUIDPlus) || s.caps.Has(imap.CapIMAP4rev2) {
			return s.c.UIDExpunge(set).Close()
		}
		return s.c.Expunge().Close()
	})
}

// Close logs out.
func (p *InboxProbe) Close(ctx context.Context) { p.s.logout(ctx) }

// SMTPStep is one step of an SMTP probe, for a one-line report.
type SMTPStep struct {
	Name string // "connect", "TLS", "greeting", "EHLO", "STARTTLS", "AUTH"
	// Offers lists what the server offers after EHLO, and after STARTTLS.
	Offers string
	// Mechanism is how AUTH logged in: "XOAUTH2" or "password".
	Mechanism string
	Err       error // nil when the step worked
	// Skip says why the step did not apply: SkipImplicitTLS, SkipNoTLS, SkipNoLogin.
	Skip string
}

// Why an SMTP step was skipped.
const (
	SkipImplicitTLS = "implicit" // no STARTTLS: TLS from the first byte
	SkipNoTLS       = "none"     // no STARTTLS: tls = none
	SkipNoLogin     = "nologin"  // no AUTH: no username
)

// joinAuth lists the server's AUTH mechanisms.
func joinAuth(ext string) string {
	return strings.Join(strings.Fields(ext), " ")
}

// probeErr wraps err as the failure of step.
func probeErr(step string, err error) error {
	return fmt.Errorf("%s: %w", step, err)
}
