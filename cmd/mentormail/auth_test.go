package main

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// auth refuses, on one line and in the language asked, a configuration in
// which nothing logs in with OAuth2.
func TestAuthWithoutOAuth2(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	key := base64.StdEncoding.EncodeToString(make([]byte, 32))
	os.WriteFile(cfg, []byte("[program]\nnotes_key = \""+key+"\"\n[store]\npath = \""+filepath.Join(dir, "m.db")+"\"\n"), 0o600)
	for _, c := range []struct{ lang, want string }{
		{"en", "mentormail auth: neither imap.auth nor smtp.auth is \"oauth2\""},
		{"fr", "mentormail auth: ni imap.auth ni smtp.auth ne valent «\u00a0oauth2\u00a0»"},
	} {
		code, _, errOut := runCmd("auth", "--config", cfg, "--lang", c.lang)
		if code != 1 || !strings.HasPrefix(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q, want it to begin %q", c.lang, code, errOut, c.want)
		}
	}
}
