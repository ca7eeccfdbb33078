package templates

import (
	"strings"
	"time"
)

// The kinds the committee's pair and cohort management sends: a notice to a
// pair's partners when the committee ends, pauses or resumes their pair, and
// an announcement to a cohort. A meeting that cannot be logged is answered by
// the reply's receipt, with its notice (NoticeMeetingBeforeStart).
const (
	KindPairNotice   Kind = "pair_notice"
	KindAnnouncement Kind = "announcement"
)

func init() {
	kinds = append(kinds,
		info[PairNotice](KindPairNotice, false),
		info[Announcement](KindAnnouncement, false),
	)
}

// PairEvent is what the committee did to a pair.
type PairEvent string

// The pair events.
const (
	PairEnded   PairEvent = "ended"
	PairPaused  PairEvent = "paused"
	PairResumed PairEvent = "resumed"
)

// EndReason is why the committee ended a pair early: a fixed list, so that the
// words partners read are chosen with care in both languages.
type EndReason string

// The reasons a pair ends early.
const (
	EndAvailability EndReason = "availability" // schedules or workload no longer allow it
	EndRequest      EndReason = "request"      // one of the partners asked
	EndPartnerLeft  EndReason = "partner_left" // one of the partners left the program
	EndRepaired     EndReason = "repaired"     // the committee is pairing them anew
	EndCommittee    EndReason = "committee"    // the committee's decision, without more said
)

// EndReasons lists every reason, in the order the command line shows them.
var EndReasons = []EndReason{EndAvailability, EndRequest, EndPartnerLeft, EndRepaired, EndCommittee}

// PairNotice tells a partner that the committee ended, paused or resumed their pair.
type PairNotice struct {
	Name string
	// PartnerName is the partner's first name; empty says "your partner".
	PartnerName string
	Event       PairEvent
	// Reason is why the pair ended (Event ended).
	Reason EndReason
	// Note is the committee's own words, shown as they wrote them; may be empty.
	Note string
	// Until is the last day of a pause (Event paused); zero: until further notice.
	Until time.Time
	// NewPartner is the first name of the recipient's new partner, when the
	// committee re-pairs them; an introduction follows separately.
	NewPartner string
}

// Announcement is the committee's message to a cohort, written by the committee in
// both languages and sent to each person in theirs.
type Announcement struct {
	Name    string
	Subject string
	// Body is the committee's text; blank lines separate paragraphs.
	Body string
}

// Paragraphs splits the body at blank lines, for the HTML alternative.
func (a Announcement) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(a.Body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// opsSample returns the sample data of the kinds above, or nil.
func opsSample(kind Kind, lang string, me, other samplePerson) any {
	fr := Lang(lang) == "fr"
	switch kind {
	case KindPairNotice:
		n := PairNotice{Name: me.first, PartnerName: other.first, Event: PairEnded, Reason: EndAvailability,
			Note: "Thank you both for the conversations you had. We hope to see you in a future session."}
		if fr {
			n.Note = "Merci à vous deux pour vos échanges. Au plaisir de vous revoir à une prochaine session."
		}
		return n
	case KindAnnouncement:
		if fr {
			return Announcement{Name: me.first, Subject: "Webinaire : négocier son premier contrat",
				Body: "Joignez-vous à nous jeudi à midi (heure de l'Est) pour un\nwebinaire d'une heure.\n\nLe lien suivra la semaine prochaine."}
		}
		return Announcement{Name: me.first, Subject: "Webinar: negotiating your first contract",
			Body: "Join us on Thursday at noon Eastern for a one-hour webinar.\n\nThe link follows next week."}
	}
	return nil
}
