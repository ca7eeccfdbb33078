package program

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
	"github.com/mentormail/mentormail/templates"
)

// Partner confirmation: a meeting one partner logs is shown to the other in
// their next receipt (a line under "Please check") or, for a mentor, their next
// digest. A one-word "not me" (or "pas moi") disputes the meeting last shown:
// it stays counted, and the committee finds it in its review list. Both
// partners logging one meeting count it once (mergeByDay), so a meeting the
// reader logged too is never shown.

// disputeWindow is how long after a meeting was shown a "not me" still names it.
const disputeWindow = 30 * 24 * time.Hour

// notMeAnswers are the replies that dispute a meeting, folded, without the
// final punctuation, English and French.
var notMeAnswers = map[string]bool{
	"not me": true, "wasn't me": true, "that wasn't me": true, "it wasn't me": true, "not mine": true,
	"pas moi": true, "ce n'etait pas moi": true, "c'etait pas moi": true, "pas moi merci": true, "not me thanks": true,
}

// isNotMe reports whether a reply is only a dispute ("Not me!", "pas moi.").
func isNotMe(text string) bool {
	t := strings.Join(strings.Fields(strings.Trim(fold(text), " \t\r\n.!?")), " ")
	return notMeAnswers[strings.Trim(strings.ReplaceAll(t, ",", ""), ".!?")]
}

// partnerNotices adds to the reply's receipt the meetings the partner logged
// that the writer has not been shown, and returns their ids, to be marked
// seen once a receipt said them.
func (p *Program) partnerNotices(tx *store.Tx, st *replyState) ([]int64, error) {
	if st.v == nil {
		return nil, nil
	}
	ms, err := tx.UnseenPartnerMeetings(st.v.Pair.ID, st.pt.ID)
	if err != nil || len(ms) == 0 {
		return nil, err
	}
	partner := firstName(st.v.Partner(st.pt.ID))
	ids := make([]int64, 0, len(ms))
	for _, m := range ms {
		d, err := time.Parse(time.DateOnly, m.Date)
		if err != nil {
			continue
		}
		st.extra = append(st.extra, templates.PartnerLoggedNotice(st.pt.Language, partner, d))
		ids = append(ids, m.ID)
	}
	return ids, nil
}

// digestPartnerSeen marks the meetings the mentee logged as shown to the
// mentor by their digest, and reports whether any was new to them.
func (p *Program) digestPartnerSeen(tx *store.Tx, v *store.PairView, reader *store.Participant, at time.Time) (bool, error) {
	ms, err := tx.UnseenPartnerMeetings(v.Pair.ID, reader.ID)
	if err != nil || len(ms) == 0 {
		return false, err
	}
	ids := make([]int64, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return true, tx.MarkPartnerSeen(ids, at)
}

// applyNotMe disputes the partner's meeting the writer was last shown, when
// the reply is only "not me": the committee's review list gets it, and the
// writer a receipt. It reports whether the reply was such a dispute.
func (p *Program) applyNotMe(tx *store.Tx, st *replyState) (bool, error) {
	if st.v == nil || !isNotMe(st.r.ReplyText) {
		return false, nil
	}
	m, err := tx.LastSeenPartnerMeeting(st.v.Pair.ID, st.pt.ID, p.now().Add(-disputeWindow))
	if errors.Is(err, store.ErrNotFound) {
		return false, nil // nothing shown to dispute: read as any reply
	}
	if err != nil {
		return false, err
	}
	if err := tx.DisputeMeeting(m.ID, p.now()); err != nil {
		return false, err
	}
	if _, err := p.addReview(tx, st.in, templates.ReviewDisputed, fmt.Sprintf("meeting %d of %s", m.ID, m.Date)); err != nil {
		return false, err
	}
	d, _ := time.Parse(time.DateOnly, m.Date)
	partner := firstName(st.v.Partner(st.pt.ID))
	if err := p.answer(tx, st.pt, st.in, st.v.Pair.ID, templates.KindReceiptCommand, "notme",
		templates.CommandReceipt{Name: firstName(st.pt), Command: templates.CommandMeetingDisputed,
			Done: templates.DisputedText(st.pt.Language, partner, d)}); err != nil {
		return false, err
	}
	return true, tx.UpdateInbound(st.in.ID, map[string]any{"reason": "meeting disputed"})
}
