package program

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Threading (RFC 5322 section 3.6.4): an answer to a participant's message carries
// In-Reply-To the message, References the message's own References followed by its
// Message-ID, and the conversation's subject after "Re: ", so that every client
// (Gmail matches the subject too) files it in the participant's thread.

// Limits on what a thread keeps of a message's headers.
const (
	// maxThreadRefs is how many message ids a References chain keeps: the first
	// (the thread's root) and the latest ones, as clients that trim do.
	maxThreadRefs = 20
	// maxMsgIDLen bounds one message id; a longer one is dropped from the chain.
	maxMsgIDLen = 250
	// maxThreadSubject bounds the subject kept for an answer, in characters.
	maxThreadSubject = 200
)

// replyPrefixes matches the reply and forward markers clients put before a subject,
// in English and French ("Re:", "RE :", "Fwd:", "TR :", "Réf. :"), repeated.
var replyPrefixes = regexp.MustCompile(`(?i)^(?:[\s\x{a0}\x{202f}]*(?:re|aw|sv|fw|fwd|tr|réf\.?|ref)(?:\[\d+\])?[\s\x{a0}\x{202f}]*:[\s\x{a0}\x{202f}]*)+`)

// normalSubject is a subject without its reply and forward markers and with its
// white space collapsed: what clients compare to thread messages.
func normalSubject(s string) string {
	s = replyPrefixes.ReplaceAllString(strings.TrimSpace(s), "")
	// ASCII white space only: a French subject's no-break spaces stay.
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' })
	return strings.Join(f, " ")
}

// replySubject is the subject of an answer to a message with subject s: "Re: "
// and the conversation's subject, or "" when it has none. Clients in both
// languages match on "Re: ", so French mail uses it too.
func replySubject(s string) string {
	s = normalSubject(s)
	if s == "" || templates.CheckHeader(s) != nil {
		return ""
	}
	if utf8.RuneCountInString(s) > maxThreadSubject {
		s = string([]rune(s)[:maxThreadSubject])
	}
	return "Re: " + s
}

// msgIDs returns the message ids in a Message-ID, In-Reply-To or References field
// value, without angle brackets, dropping any that could not be sent back (too
// long, no "@", or holding spaces or brackets).
func msgIDs(v string) []string {
	var out []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			return out
		}
		id := v[i+1 : i+j]
		v = v[i+j+1:]
		if len(id) <= maxMsgIDLen && strings.Contains(id, "@") && !strings.ContainsAny(id, "<> \t\r\n\"") {
			out = append(out, id)
		}
	}
}

// threadRefs is a message's own chain from its header fields: its References, then
// its In-Reply-To when References lacks it (RFC 5322 section 3.6.4).
func threadRefs(h map[string]string) []string {
	refs := msgIDs(h["references"])
	for _, id := range msgIDs(h["in-reply-to"]) {
		if !contains(refs, id) {
			refs = append(refs, id)
		}
	}
	return trimRefs(refs)
}

// chain is the References of an answer to a message with id and own chain refs.
func chain(refs []string, id string) []string {
	out := make([]string, 0, len(refs)+1)
	for _, r := range refs {
		if r != id && !contains(out, r) {
			out = append(out, r)
		}
	}
	return trimRefs(append(out, id))
}

// trimRefs keeps the root and the latest maxThreadRefs-1 ids of a long chain.
func trimRefs(refs []string) []string {
	if len(refs) <= maxThreadRefs {
		return refs
	}
	return append([]string{refs[0]}, refs[len(refs)-maxThreadRefs+1:]...)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// recordThread keeps on in what an answer to it needs: its chain, from the raw
// header, and its subject, as the parser decoded it.
func recordThread(tx *store.Tx, in *store.Inbound, raw []byte, subject string) error {
	h, _ := readHeader(raw)
	in.ThreadRefs = strings.Join(threadRefs(h), " ")
	subject = normalSubject(subject)
	if subject == "" {
		return nil
	}
	sealed, err := tx.Seal(subject)
	if err != nil {
		return err
	}
	in.SubjectSealed = sealed
	return nil
}

// threadOf returns the References and subject of m threaded under the inbound
// message it answers: the message's chain and its id, and "Re: " its subject for
// a participant. The identity notice is not threaded: the message it answers was
// someone else's.
func (p *Program) threadOf(tx *store.Tx, m outMail, subject string) ([]string, string, error) {
	if m.inReplyTo == "" || m.kind == templates.KindIdentityNotice {
		return m.references, subject, nil
	}
	var th store.Thread
	var err error
	if a := m.answers; a != nil && a.ID != 0 && strings.HasPrefix(a.Key, "mid:"+m.inReplyTo+"#") {
		// The message answered is in hand (a reply's receipt): no need to look
		// it up by its Message-ID.
		th, err = tx.ThreadOf(a)
	} else {
		th, err = tx.InboundThread(m.inReplyTo)
	}
	if errors.Is(err, store.ErrNotFound) {
		return m.references, subject, nil
	}
	if err != nil {
		return nil, "", err
	}
	refs := chain(append(append([]string(nil), th.References...), m.references...), m.inReplyTo)
	if m.participant != nil {
		if s := replySubject(th.Subject); s != "" {
			subject = s
		}
	}
	return refs, subject, nil
}

// ReplySubject is the subject the program gives an answer to a message with
// subject s (see replySubject); "" when s has none. preview --raw uses it.
func ReplySubject(s string) string { return replySubject(s) }

// ThreadReferences is the References of an answer to the message id whose own
// chain is refs (see chain). preview --raw uses it.
func ThreadReferences(refs []string, id string) []string { return chain(refs, id) }

// Threaded reports whether mail of this kind answers a participant's message,
// and so is threaded under it.
func Threaded(kind templates.Kind) bool {
	switch kind {
	case templates.KindQuestionAnswer, templates.KindReceiptMeeting, templates.KindReceiptGoals,
		templates.KindReceiptCommand, templates.KindNotUnderstood, templates.KindHelp:
		return true
	}
	return false
}
