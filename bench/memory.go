package bench

// memory: the heap while the inbox ingests many replies, and while one large
// message goes through parser.Parse and through the inbox. The mail server runs
// in this process, so its copy of the mailbox is in the baseline; the heap is
// sampled through runtime/metrics, which does not stop the world.

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"math"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/mentormail/mentormail/parser"
)

// Targets of the memory workload.
const (
	// flatTarget bounds the live heap left after ingesting, as a fraction of the
	// mail ingested: a flat inbox keeps none of it.
	flatTarget = 0.10
	// bigTarget bounds the peak heap while one large message is handled, in
	// multiples of its size (the raw message, its decoded parts, the sealed copy).
	bigTarget = 4.0
)

// heapSampleEvery is the heap sampling period.
const heapSampleEvery = time.Millisecond

// heapSampler records the high-water marks of the heap in use (objects, live or
// not yet swept) and of the live heap (as marked by the last GC).
type heapSampler struct {
	stop          chan struct{}
	wg            sync.WaitGroup
	inUse, live   uint64
	baseInUse     uint64
	baseLive      uint64
	samples       []metrics.Sample
	sampleCounter int
}

const (
	metricHeapObjects = "/memory/classes/heap/objects:bytes"
	metricHeapLive    = "/gc/heap/live:bytes"
)

// startHeap collects garbage, takes the baseline and samples until stop.
func startHeap() *heapSampler {
	runtime.GC()
	runtime.GC()
	h := &heapSampler{stop: make(chan struct{}),
		samples: []metrics.Sample{{Name: metricHeapObjects}, {Name: metricHeapLive}}}
	h.read()
	h.baseInUse, h.baseLive = h.inUse, h.live
	h.wg.Go(func() {
		t := time.NewTicker(heapSampleEvery)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				h.read()
			}
		}
	})
	return h
}

func (h *heapSampler) read() {
	metrics.Read(h.samples)
	h.inUse = max(h.inUse, h.samples[0].Value.Uint64())
	h.live = max(h.live, h.samples[1].Value.Uint64())
	h.sampleCounter++
}

// end stops sampling and returns the peaks above the baseline, in bytes; it
// collects garbage first, so that live counts what the work left behind.
func (h *heapSampler) end() (peakInUse, liveGrowth float64) {
	close(h.stop)
	h.wg.Wait()
	h.read()
	runtime.GC()
	h.read()
	return float64(h.inUse) - float64(h.baseInUse), float64(h.live) - float64(h.baseLive)
}

func runMemory(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	var rows []Row
	row, err := memoryIngest(ctx, opts, dir)
	if err != nil {
		return nil, err
	}
	rows = append(rows, row...)
	big, err := memoryBig(ctx, opts, dir)
	rows = append(rows, big...)
	return rows, err
}

// memoryIngest ingests N replies and watches the heap.
func memoryIngest(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	mb, err := newMailbox(opts, dir, opts.N, 0)
	if err != nil {
		return nil, err
	}
	defer mb.close()
	in, err := mb.inbox(0)
	if err != nil {
		return nil, err
	}
	h := startHeap()
	base := float64(h.baseInUse)
	pprof.Do(ctx, pprof.Labels("workload", Memory, "side", "ours"), func(ctx context.Context) {
		err = in.RunOnce(ctx)
	})
	peak, live := h.end()
	if err != nil {
		return nil, err
	}
	a, err := countApplied(mb.env.store)
	if err != nil {
		return nil, err
	}
	if a.inbound != int64(mb.n) {
		return nil, fmt.Errorf("bench: memory: the inbox applied %d of %d", a.inbound, mb.n)
	}
	mail := float64(mb.bytes)
	fmt.Fprintf(opts.Out, "  %d replies (%s): heap %s at the start, peak +%s, live +%s after\n", mb.n, mb2(mail), mb2(base), mb2(peak), mb2(live))
	return []Row{
		{Workload: Memory, Case: fmt.Sprintf("ingest %d replies (%s of mail): live heap left, of the mail", mb.n, mb2(mail)),
			Floor: mb2(float64(h.baseLive)) + " live before", Ours: "+" + mb2(live), Ratio: math.Max(live, 0) / mail,
			Target: fmt.Sprintf("≤ %.2f", flatTarget), Met: verdict(live/mail <= flatTarget)},
		{Workload: Memory, Case: fmt.Sprintf("ingest %d replies: peak heap in use, of the mail (GOGC slack included)", mb.n),
			Floor: mb2(base) + " before", Ours: "+" + mb2(peak), Ratio: peak / mail},
	}, nil
}

// memoryBig puts one large reply (a meeting log with a PDF attached) through
// parser.Parse, then through the inbox with MaxSize raised.
func memoryBig(ctx context.Context, opts *Options, dir string) ([]Row, error) {
	size := opts.BigMessageMB << 20
	mb, err := newMailbox(opts, dir+"-big", 0, int64(2*size+(1<<20)))
	if err != nil {
		return nil, err
	}
	defer mb.close()
	raw := bigMessage(mb.env, mb.lastCheckin, size)
	n := float64(len(raw))
	var rows []Row

	h := startHeap()
	pprof.Do(ctx, pprof.Labels("workload", Memory, "side", "parse"), func(context.Context) {
		_, err = parser.Parse(raw, parser.Options{Topics: mb.env.cat, TZ: mb.env.cfg.Location(), At: mb.env.now})
	})
	peak, _ := h.end()
	if err != nil {
		return nil, fmt.Errorf("bench: memory: %w", err)
	}
	fmt.Fprintf(opts.Out, "  parser.Parse of one %s message: peak heap +%s\n", mb2(n), mb2(peak))
	rows = append(rows, Row{Workload: Memory, Case: fmt.Sprintf("parser.Parse, one %s message: peak heap, of its size", mb2(n)),
		Floor: mb2(n), Ours: "+" + mb2(peak), Ratio: peak / n, Target: fmt.Sprintf("≤ %.1f", bigTarget), Met: verdict(peak/n <= bigTarget)})

	sc := mb.lastCheckin
	if err := mb.mail.Deliver(sc.to.Email, []string{mb.env.addr.ReplyTo(sc.token)}, raw); err != nil {
		return rows, fmt.Errorf("bench: memory: %w", err)
	}
	raw = nil
	in, err := mb.inbox(int64(2 * size))
	if err != nil {
		return rows, err
	}
	h = startHeap()
	pprof.Do(ctx, pprof.Labels("workload", Memory, "side", "ours"), func(ctx context.Context) {
		err = in.RunOnce(ctx)
	})
	peak, _ = h.end()
	if err != nil {
		return rows, err
	}
	a, err := countApplied(mb.env.store)
	if err != nil {
		return rows, err
	}
	if a.inbound != 1 || a.quarantined != 0 || a.meetings != 1 {
		return rows, fmt.Errorf("bench: memory: the large message was not applied: %s", a)
	}
	fmt.Fprintf(opts.Out, "  the inbox on the same message (MaxSize raised): peak heap +%s\n", mb2(peak))
	rows = append(rows, Row{Workload: Memory, Case: fmt.Sprintf("inbox (fetch, parse, seal, store), one %s message: peak heap, of its size", mb2(n)),
		Floor: mb2(n), Ours: "+" + mb2(peak), Ratio: peak / n, Target: fmt.Sprintf("≤ %.1f", bigTarget), Met: verdict(peak/n <= bigTarget)})
	return rows, nil
}

func mb2(b float64) string { return mb(b) }

// bigMessage is a reply to sc of about size bytes: a meeting log and a PDF
// attachment, as a Gmail user would send the slides of a talk.
func bigMessage(e *env, sc sentCheckin, size int) []byte {
	var b bytes.Buffer
	date := e.now.Add(-time.Hour)
	e.traceHeaders(&b, 1, e.addr.ReplyTo(sc.token), date)
	fmt.Fprintf(&b, "From: %s <%s>\r\nTo: %s\r\nSubject: Re: %s\r\nDate: %s\r\n", sc.to.Name, sc.to.Email,
		e.addr.ReplyTo(sc.token), sc.rendered.Subject, date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", sc.msgID, sc.msgID)
	bnd := "000000000000bench0big0mixed"
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n--%s\r\n", bnd, bnd)
	b.WriteString("Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	b.WriteString(qp("We met on Zoom yesterday for about an hour and talked about interview tips. The slides I presented are attached.\n\n" +
		e.attribution(sc, date.Add(-26*time.Hour)) + "\n\n" + quoted(sc.rendered.Text) + "\n"))
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: application/pdf; name=\"slides.pdf\"\r\nContent-Disposition: attachment; filename=\"slides.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n", bnd)
	// Random bytes: a compressed PDF does not compress further, nor does this.
	left := size - b.Len() - 64
	data := make([]byte, left/77*57)
	for i := 0; i < len(data); i += 8 {
		v := e.rng.Uint64()
		for j := 0; j < 8 && i+j < len(data); j++ {
			data[i+j] = byte(v >> (8 * j))
		}
	}
	enc := base64.StdEncoding.EncodeToString(data)
	var body strings.Builder
	for len(enc) > 76 {
		body.WriteString(enc[:76])
		body.WriteString("\r\n")
		enc = enc[76:]
	}
	body.WriteString(enc)
	b.WriteString(body.String())
	fmt.Fprintf(&b, "\r\n--%s--\r\n", bnd)
	return b.Bytes()
}
