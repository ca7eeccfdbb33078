package parser

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestDumpForDiff writes, with PARSER_DUMP=FILE, the whole JSON of Parse and then
// of three Reinterprets (other zones and prompts, then the first options again)
// for every in-code case and every file of testdata and the corpora, one line each,
// so that a change meant to keep what the parser reads (a faster mechanism) is
// checked byte for byte: dump before, dump after, cmp.
//
//	PARSER_DUMP=/tmp/before.txt MENTORMAIL_CORPORA=/work/shared/corpora \
//	    go test -count=1 -run TestDumpForDiff ./parser/
func TestDumpForDiff(t *testing.T) {
	out := os.Getenv("PARSER_DUMP")
	if out == "" {
		t.Skip("PARSER_DUMP not set")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	paris, _ := time.LoadLocation("Europe/Paris")
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	n := 0
	dump := func(name string, raw []byte, opts Options) {
		n++
		r, err := Parse(raw, opts)
		if err != nil {
			fmt.Fprintf(w, "%s\tERR %v\n", name, err)
			return
		}
		b, _ := json.Marshal(r)
		fmt.Fprintf(w, "%s\t%s\t%v %v %v %v\n", name, b, r.truncated, r.guessed, r.busyOnly, r.answersQuote)
		Reinterpret(r, Options{TZ: paris, Prompt: PromptCheckin, At: opts.At})
		b, _ = json.Marshal(r)
		fmt.Fprintf(w, "%s/re1\t%s\n", name, b)
		Reinterpret(r, Options{TZ: tokyo, Prompt: PromptConfirm, At: opts.At})
		b, _ = json.Marshal(r)
		fmt.Fprintf(w, "%s/re2\t%s\n", name, b)
		Reinterpret(r, opts)
		b, _ = json.Marshal(r)
		fmt.Fprintf(w, "%s/re3\t%s\n", name, b)
	}
	for _, c := range append(append([]batteryCase{}, batteryEN...), batteryFR...) {
		dump("battery/"+c.name, []byte(c.text), Options{TextBody: true, TZ: batteryAt.Location(), At: batteryAt})
	}
	at, loc := blindAt()
	for _, c := range append(append([]blindCase{}, blindCases...), holdoutCases...) {
		dump("blind/"+c.name, []byte(c.body), Options{TextBody: true, At: at, TZ: loc})
	}
	cases := append(append(append(append([]tuneCase{}, tuningEN...), tuningFR...), tuningMail...), tuningMore...)
	for _, c := range cases {
		dump("tune/"+c.name, []byte(c.text), Options{At: tuneAt, TZ: tuneAt.Location(), Prompt: c.prompt, TextBody: !isWholeMessage(c.text)})
	}
	var files []string
	corpora := os.Getenv("MENTORMAIL_CORPORA")
	if corpora == "" {
		corpora = filepath.Join("..", "..", "shared", "corpora")
	}
	for _, root := range []string{"testdata", corpora} {
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	fixed := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, p := range files {
		ext := filepath.Ext(p)
		if ext == ".json" || ext == ".tz" || ext == ".want" || ext == ".py" || ext == ".md" {
			continue
		}
		raw, err := os.ReadFile(p)
		if err != nil || len(raw) > 4<<20 {
			continue
		}
		dump("file/"+p, raw, Options{At: fixed, TZ: loc})
		dump("text/"+p, raw, Options{At: fixed, TZ: loc, TextBody: true})
		for _, pr := range []string{PromptWrapup, PromptConsent} {
			if strings.HasSuffix(p, ".eml") {
				dump("file-"+pr+"/"+p, raw, Options{At: fixed, TZ: loc, Prompt: pr})
			}
		}
	}
	t.Logf("dumped %d cases", n)
}
