package devmail

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-smtp"
)

// The SMTP replies delivery gives. go-smtp writes a returned *smtp.SMTPError
// as is, so these are returned unwrapped to the SMTP session.
var (
	// RFC 5321 section 4.2.2 and RFC 3463: 5.1.1 bad destination mailbox.
	errNoSuchUser = func(rcpt string) *smtp.SMTPError {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1},
			Message: fmt.Sprintf("<%s>: no such user here", rcpt)}
	}
	// 5.7.1: delivery not authorized; we are final destination for one
	// domain and relay for nobody.
	errRelayDenied = func(rcpt string) *smtp.SMTPError {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
			Message: fmt.Sprintf("<%s>: relay access denied", rcpt)}
	}
	// 5.1.3: bad destination mailbox address syntax.
	errBadAddress = func(addr string) *smtp.SMTPError {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 1, 3},
			Message: fmt.Sprintf("<%s>: bad address syntax", addr)}
	}
	// RFC 1870 / RFC 3463 5.3.4: message too big for system.
	errTooBig = &smtp.SMTPError{Code: 552, EnhancedCode: smtp.EnhancedCode{5, 3, 4},
		Message: "Max message size exceeded"}
	errNoRecipients = &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 5, 1},
		Message: "no valid recipients"}
	errShuttingDown = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 2},
		Message: "service shutting down"}
)

// Deliver injects a message as if it had come through SMTP, with the same
// rules: every recipient must be local@Domain or local+tag@Domain for an
// existing user, and raw must fit the size limit. Unlike SMTP, which refuses
// recipients one by one, Deliver checks them all first and delivers nothing
// if one is refused. A refusal wraps a *smtp.SMTPError carrying the code an
// SMTP client would have seen (550 5.1.1, 550 5.7.1, 552 5.3.4, ...).
// Bare LF line endings in raw are stored as CRLF. After Close it returns
// ErrClosed.
func (s *System) Deliver(from string, to []string, raw []byte) error {
	if s.isClosed() {
		return ErrClosed
	}
	if strings.ContainsAny(from, "\r\n<>") {
		return fmt.Errorf("devmail: deliver: %w", errBadAddress(strings.TrimSpace(from)))
	}
	for _, rcpt := range to {
		if _, err := s.resolve(rcpt); err != nil {
			return fmt.Errorf("devmail: deliver: %w", err)
		}
	}
	if err := s.deliver(from, to, raw); err != nil {
		return fmt.Errorf("devmail: deliver: %w", err)
	}
	return nil
}

// resolve maps an envelope recipient to the user it is for. The error is a
// *smtp.SMTPError.
func (s *System) resolve(rcpt string) (*account, error) {
	if strings.ContainsAny(rcpt, "\r\n<> ") {
		return nil, errBadAddress(strings.TrimSpace(rcpt))
	}
	at := strings.LastIndexByte(rcpt, '@')
	if at <= 0 {
		return nil, errBadAddress(rcpt)
	}
	if !strings.EqualFold(rcpt[at+1:], s.domain) {
		return nil, errRelayDenied(rcpt)
	}
	local, _, _ := strings.Cut(rcpt[:at], "+")
	acct := s.account(local)
	if acct == nil {
		return nil, errNoSuchUser(rcpt)
	}
	return acct, nil
}

// deliver appends one copy of raw per distinct recipient address to the
// INBOX of its user, then reports the delivery. The recipients must have
// been resolved already; errors are *smtp.SMTPError values.
func (s *System) deliver(from string, to []string, raw []byte) error {
	if s.isClosed() {
		return errShuttingDown
	}
	if int64(len(raw)) > s.maxBytes {
		return errTooBig
	}
	if len(to) == 0 {
		return errNoRecipients
	}
	at := s.now()
	body := toCRLF(raw)
	seen := make(map[string]bool) // recipient addresses, lower case
	var users []string
	for _, rcpt := range to {
		key := strings.ToLower(rcpt)
		if seen[key] {
			continue
		}
		seen[key] = true
		acct, err := s.resolve(rcpt)
		if err != nil {
			return err
		}
		err = s.appendInbox(acct, from, rcpt, body, at)
		s.changes.notify()
		if err != nil {
			s.log.Error("devmail: append to INBOX failed", "user", acct.local, "err", err)
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0},
				Message: "local error in delivery"}
		}
		if !slices.Contains(users, acct.local) {
			users = append(users, acct.local)
		}
	}
	s.log.Info("devmail: delivered", "users", users, "recipients", len(to), "bytes", len(raw))
	if s.onDeliv != nil {
		s.onDeliv(Delivered{
			From:  from,
			To:    append([]string(nil), to...),
			Users: users,
			Raw:   append([]byte(nil), raw...),
			At:    at,
		})
	}
	return nil
}

// appendInbox stores one copy in acct's INBOX, with the trace headers a
// local delivery agent prepends (RFC 5321 section 4.4: Return-Path holds the
// envelope sender; Delivered-To, as Postfix and others write it, the
// envelope recipient as given). A user who deleted their INBOX gets a new
// one, as a real server would.
func (s *System) appendInbox(acct *account, from, rcpt string, body []byte, at time.Time) error {
	var buf bytes.Buffer
	buf.Grow(len(body) + len(from) + len(rcpt) + 32)
	fmt.Fprintf(&buf, "Return-Path: <%s>\r\nDelivered-To: %s\r\n", from, rcpt)
	buf.Write(body)
	opts := &imap.AppendOptions{Time: at}
	_, err := acct.mem.Append("INBOX", bytes.NewReader(buf.Bytes()), opts)
	if err != nil {
		if cerr := acct.mem.Create("INBOX", nil); cerr != nil {
			return fmt.Errorf("append: %w", err)
		}
		_, err = acct.mem.Append("INBOX", bytes.NewReader(buf.Bytes()), opts)
	}
	return err
}

// toCRLF returns raw with every bare LF turned into CRLF, as IMAP requires.
func toCRLF(raw []byte) []byte {
	if !bytes.Contains(raw, []byte("\n")) || bytes.Count(raw, []byte("\n")) == bytes.Count(raw, []byte("\r\n")) {
		return raw
	}
	out := make([]byte, 0, len(raw)+bytes.Count(raw, []byte("\n")))
	for i, b := range raw {
		if b == '\n' && (i == 0 || raw[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, b)
	}
	return out
}
