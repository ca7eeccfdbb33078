package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
)

// A grant is stored sealed: the refresh token is not in the database file.
func TestGrantSealed(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if _, err := s.Grant(ctx, "m@example.org"); !errors.Is(err, ErrNoGrant) {
		t.Fatalf("Grant before any save: %v, want ErrNoGrant", err)
	}
	const rt = "refresh-token-9f3c2a71e5d04b8c"
	if err := s.SaveGrant(ctx, "m@example.org", rt, "mail"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveGrant(ctx, "m@example.org", rt+"-rotated", "mail"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Grant(ctx, "m@example.org")
	if err != nil || got != rt+"-rotated" {
		t.Fatalf("Grant = %q, %v", got, err)
	}
	path := s.path
	s.Close()
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if bytes.Contains(b, []byte(rt)) {
			t.Errorf("%s holds the refresh token in the clear", f)
		}
	}
}
