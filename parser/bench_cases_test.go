package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchCase is one scored case of testdata: the message and the options it is
// scored with.
type benchCase struct {
	raw  []byte
	opts Options
}

// benchCases reads every scored case (testdata/*/cases/*.eml with its .json):
// the replies people write, in both languages, with the prompt and time zone
// each answers under. The mix is what ingest reads.
func benchCases(b *testing.B) []benchCase {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "cases", "*.json"))
	var cases []benchCase
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		var c indepCase
		if json.Unmarshal(data, &c) != nil {
			continue // not a case (an answer sheet)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".eml")
		if err != nil {
			continue
		}
		zone := c.TZ
		if zone == "" {
			zone = "America/Toronto"
		}
		loc, err := time.LoadLocation(zone)
		if err != nil {
			b.Fatal(err)
		}
		cases = append(cases, benchCase{raw: raw, opts: Options{TZ: loc, Prompt: c.Prompt, At: time.Date(2026, 12, 1, 12, 0, 0, 0, loc)}})
	}
	if len(cases) == 0 {
		b.Fatal("no cases to measure")
	}
	return cases
}

// BenchmarkParseCases is Parse over the scored cases, one message per iteration.
//
//	go test -run='^$' -bench='Cases' -benchtime=3000x ./parser/
func BenchmarkParseCases(b *testing.B) {
	cases := benchCases(b)
	b.ReportAllocs()
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		c := cases[i%len(cases)]
		if _, err := Parse(c.raw, c.opts); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// reportCPU reports the CPU time per iteration since start (cpu-ns/op): on a
// shared machine the wall time counts others' work too. The garbage collector's
// background work is in it, as it is in the cost of parsing.
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkReinterpretCases is Reinterpret alone over the parsed scored cases,
// under the sender's time zone as the program knows it, as ingest runs it.
func BenchmarkReinterpretCases(b *testing.B) {
	cases := benchCases(b)
	replies := make([]*Reply, len(cases))
	for i, c := range cases {
		r, err := Parse(c.raw, c.opts)
		if err != nil {
			b.Fatal(err)
		}
		replies[i] = r
	}
	b.ReportAllocs()
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		j := i % len(cases)
		Reinterpret(replies[j], cases[j].opts)
	}
	reportCPU(b, cpu)
}
