package program

import (
	"context"
	"time"
)

// Purge removes the raw text of inbound messages older than the retention period
// (Options.RetentionDays, default 30 days) and returns how many it purged. The rows
// stay, with their key, class and outcome: the key is what keeps a message that is
// read again from being applied twice. The calendar tick runs it, so raw messages
// are purged within a tick of their expiry; it costs one index probe when nothing
// has expired.
func (p *Program) Purge(ctx context.Context) (int, error) {
	return p.purgeBefore(ctx, p.now())
}

func (p *Program) purgeBefore(ctx context.Context, now time.Time) (int, error) {
	before := now.AddDate(0, 0, -p.opts.RetentionDays)
	n, err := p.store.PurgeRaw(ctx, before)
	if err != nil {
		return 0, err
	}
	if n > 0 {
		p.log.Info("raw inbound messages purged", "count", n, "older_than", before.Format(time.DateOnly))
	}
	return n, nil
}
