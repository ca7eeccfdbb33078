package roster

import (
	"bytes"
	"fmt"
	"time"

	"github.com/mentormail/mentormail/store"
)

// What a pair imported after its start date receives. Without a policy, every
// email of the weeks already past would go out at once.
const (
	// CatchUpIntro sends the introduction and the goals prompt now and runs the
	// calendar from today: the default.
	CatchUpIntro = "intro"
	// CatchUpNone sends nothing of the past: the calendar runs from today.
	CatchUpNone = "none"
	// CatchUpAll sends what the calendar would have sent by now (the latest
	// check-in and digest, the mid-session mail if past, ...), at once.
	CatchUpAll = "all"
)

var catchUpSaying = map[string]string{
	CatchUpIntro: "the introduction and goals go out now, the calendar runs from today (--catch-up=intro)",
	CatchUpNone:  "nothing of the weeks past is sent, the calendar runs from today (--catch-up=none)",
	CatchUpAll:   "what the calendar would have sent by now goes out at once (--catch-up=all)",
}

func checkCatchUp(opts *Options) error {
	switch opts.CatchUp {
	case "":
		opts.CatchUp = CatchUpIntro
	case CatchUpIntro, CatchUpNone, CatchUpAll:
	default:
		return fmt.Errorf("roster: unknown catch-up %q: use none, intro or all", opts.CatchUp)
	}
	if opts.Today == "" {
		opts.Today = time.Now().UTC().Format(DateLayout)
	}
	if _, err := time.Parse(DateLayout, opts.Today); err != nil {
		return fmt.Errorf("roster: today %q is not a date", opts.Today)
	}
	return nil
}

// catchUp records the policy on a pair the import made whose start is past.
func (im *importer) catchUp(sum *Summary, pair *store.Pair, ch store.RosterChange) error {
	if ch != store.RosterAdded || pair.StartDate >= im.opts.Today {
		return nil
	}
	sum.CaughtUp++
	sum.CatchUp = im.opts.CatchUp
	if err := im.tx.SetCatchUp(pair.ID, im.opts.CatchUp, im.opts.Today); err != nil {
		return fmt.Errorf("roster: %w", err)
	}
	return nil
}

// binaryKind names what data looks like when it is not text (a spreadsheet, a
// PDF, an image or any file with NUL bytes outside UTF-16), or returns "".
func binaryKind(data []byte) string {
	head := data[:min(len(data), 8)]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "a zip archive, such as an Excel .xlsx or OpenDocument .ods file"
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "an old Excel .xls file"
	case bytes.HasPrefix(head, []byte("%PDF")):
		return "a PDF"
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "" // UTF-16 text has NULs
	case bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0:
		return "a binary file"
	}
	return ""
}
