package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParseMessage feeds whole raw messages to Parse, seeded with real
// messages (the golden, trimming and classification sets), the committed
// corpus under testdata/fuzz/FuzzParseMessage (nested and unclosed multiparts,
// long lines) and large shapes generated here (a long line, a big base64
// part, an HTML div bomb, multiparts at and past each limit). On every input:
// Parse returns (within a generous ceiling, far above the milliseconds it
// takes, so only runaway work trips it), allocates within allocBudget, does not
// panic, and gives a Reply or an error; a message past a limit is
// ErrUnreadable; and enmime never nests deeper than scanMIME counted.
//
// CI runs it for a bounded time: go test -run='^$' -fuzz='^FuzzParseMessage$' -fuzztime=20s ./parser/
func FuzzParseMessage(f *testing.F) {
	for _, pattern := range []string{"golden/*.eml", "trim/*.eml", "classify/*.eml"} {
		files, _ := filepath.Glob(filepath.Join("testdata", pattern))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add(nestedMessage(maxMIMEDepth, false))
	f.Add(nestedMessage(maxMIMEDepth+1, false))
	f.Add(nestedMessage(40, false))
	f.Add(nestedMessage(maxMIMEDepth, true))
	f.Add(partsMessage(maxMIMEParts + 1))
	f.Add(boundariesMessage(maxBoundaries + 1))
	f.Add(boundaryLengthMessage(maxBoundaryBytes + 1))
	f.Add(headerLineMessage(maxHeaderLineBytes + 1))
	if !raceEnabled && !fuzzing() {
		// The large shapes, at sizes that took seconds or hundreds of MB, in
		// the plain run only: mutating megabytes would stall the fuzzer.
		f.Add(longLineMessage(47 << 10))
		f.Add(base64Message(7 << 20))
		f.Add(divBombMessage(7500 << 10))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkParseBounded(t, raw)
	})
}

// parseCeiling is how long one parse may take before the fuzz target calls it
// runaway: five seconds and half a second per MB in, four times that under the
// race detector or the fuzzer's coverage instrumentation. A reply parses in
// milliseconds and the largest seeds in well under a second on a busy
// machine; only exponential or quadratic work comes near it.
func parseCeiling(n int) time.Duration {
	d := 5*time.Second + time.Duration(n>>20)*time.Second/2
	if raceEnabled || fuzzing() {
		d *= 4
	}
	return d
}

// fuzzing reports a run under -fuzz, where the code is instrumented for
// coverage and several times slower.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// checkParseBounded parses raw and checks the bounds FuzzParseMessage asserts.
func checkParseBounded(t *testing.T, raw []byte) {
	t.Helper()
	var r *Reply
	var err error
	var n uint64
	done := make(chan struct{})
	go func() {
		defer close(done)
		n = allocated(func() { r, err = Parse(raw, Options{At: time.Date(2024, 11, 12, 10, 0, 0, 0, time.UTC)}) })
	}()
	select {
	case <-done:
	case <-time.After(parseCeiling(len(raw))):
		// Runaway work: fail now, without waiting for it (the fuzzer keeps the input).
		t.Fatalf("Parse of %d bytes still running after %v", len(raw), parseCeiling(len(raw)))
	}
	if !raceEnabled && n > allocBudget(len(raw)) {
		// The race detector makes sync.Pool keep nothing: allocations are not
		// comparable there.
		t.Errorf("Parse of %d bytes allocated %d bytes, over the budget of %d", len(raw), n, allocBudget(len(raw)))
	}
	if err != nil {
		if strings.Contains(err.Error(), "panic") {
			t.Fatalf("Parse panicked: %v", err)
		}
		if errors.Is(err, ErrUnreadable) {
			if _, serr := scanMIMEDepth(raw); serr == nil && len(raw) <= maxMessageBytes {
				t.Errorf("unreadable (%v) although scanMIME let it through: enmime and scanMIME disagree", err)
			}
		}
		return
	}
	if r == nil {
		t.Fatal("nil Reply without an error")
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	if len(raw) > 1<<20 {
		return
	}
	// enmime never nests deeper than scanMIME counted: the pre-scan is what
	// keeps enmime's exponential reader away.
	depth, err := scanMIMEDepth(raw)
	if err != nil {
		t.Fatalf("Parse read a message scanMIME refuses: %v", err)
	}
	if root, err := mimeParser.ReadParts(bytes.NewReader(raw)); err == nil && root != nil {
		if got, _, _ := treeShape(root); got > depth {
			t.Errorf("enmime nested %d deep, scanMIME counted %d", got, depth)
		}
	}
}
