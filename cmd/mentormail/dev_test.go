package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestServeDevPrintsConsole: serve --dev turns the console on at a loopback
// port and prints it on its own line, "console: http://...", where it answers.
func TestServeDevPrintsConsole(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r, w := io.Pipe()
	done := make(chan int)
	go func() {
		code := runDev(ctx, "", 1, w, io.Discard)
		w.Close()
		done <- code
	}()
	defer func() {
		cancel()
		go io.Copy(io.Discard, r)
		if code := <-done; code != 0 {
			t.Errorf("serve --dev exited %d", code)
		}
	}()
	sc := bufio.NewScanner(r)
	url := ""
	for sc.Scan() {
		if u, ok := strings.CutPrefix(sc.Text(), "console: "); ok {
			url = u
			break
		}
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Fatalf("no console line (got %q)", url)
	}
	res, err := http.Get(url + "/signin")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("GET %s/signin: %d", url, res.StatusCode)
	}
}
