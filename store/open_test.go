package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenSaysWhatFailed: a database that cannot be opened says why, not just
// "unable to create".
func TestOpenSaysWhatFailed(t *testing.T) {
	skipPostgres(t, "the SQLite file's errors")
	dir := t.TempDir()
	key := make([]byte, KeySize)
	cases := map[string]string{
		filepath.Join(dir, "missing", "m.db"): "the directory " + filepath.Join(dir, "missing") + " does not exist",
		dir:                                   "it is a directory, not a database file",
	}
	if os.Geteuid() != 0 { // root may write whatever the mode says
		ro := filepath.Join(dir, "ro.db")
		if err := os.WriteFile(ro, nil, 0o400); err != nil {
			t.Fatal(err)
		}
		cases[ro] = "the file exists but this user may not write it (mode -r--------)"
		locked := filepath.Join(dir, "locked")
		if err := os.Mkdir(locked, 0o500); err != nil {
			t.Fatal(err)
		}
		cases[filepath.Join(locked, "m.db")] = "this user may not write in the directory " + locked
	} else {
		t.Log("running as root: the permission cases are not checked")
	}
	for path, want := range cases {
		_, err := Open(Options{Path: path, Key: key})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want it to say %q", path, err, want)
		}
	}
}
