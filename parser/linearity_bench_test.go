package parser

import (
	"bytes"
	"testing"
	"time"
)

// BenchmarkParseLinearity parses each shape at size N and 4N, interleaved in
// the same run, and reports the time per byte of each (ns/B-N, ns/B-4N) and
// their ratio (x-per-byte): about 1 when the parse is linear in its input, 4
// when it is quadratic. The floor, in the same run, is enmime alone reading
// the 4N message (ns/B-enmime): the least any parse of it costs. The sizes
// stay under the caps (maxReadBytes for the line, maxHTMLBytes for the HTML),
// so that the work measured is the parser's, not a cut.
//
//	go test -run='^$' -bench=BenchmarkParseLinearity -benchtime=5x ./parser/
func BenchmarkParseLinearity(b *testing.B) {
	shapes := []struct {
		name string
		n    int
		make func(int) []byte
	}{
		{"long-line", 12 << 10, longLineMessage},
		{"base64-part", 1792 << 10, base64Message},
		{"deep-html", 512 << 10, divBombMessage},
	}
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			small, large := s.make(s.n), s.make(4*s.n)
			parse := func(raw []byte) time.Duration {
				start := time.Now()
				if _, err := Parse(raw, Options{}); err != nil {
					b.Fatal(err)
				}
				return time.Since(start)
			}
			var tSmall, tLarge, tFloor time.Duration
			for b.Loop() {
				tSmall += parse(small)
				tLarge += parse(large)
				start := time.Now()
				if _, err := mimeParser.ReadParts(bytes.NewReader(large)); err != nil {
					b.Fatal(err)
				}
				tFloor += time.Since(start)
			}
			perSmall := float64(tSmall) / float64(b.N) / float64(len(small))
			perLarge := float64(tLarge) / float64(b.N) / float64(len(large))
			b.ReportMetric(perSmall, "ns/B-N")
			b.ReportMetric(perLarge, "ns/B-4N")
			b.ReportMetric(perLarge/perSmall, "x-per-byte")
			b.ReportMetric(float64(tFloor)/float64(b.N)/float64(len(large)), "ns/B-enmime")
		})
	}
}
