package config

import (
	"slices"
	"strings"
	"testing"
)

// A named provider fills in the servers, endpoints and scopes; the SMTP login
// is the mailbox's; the client secret comes from the environment.
func TestOAuth2ProviderFillsIn(t *testing.T) {
	env := func(k string) string {
		if k == EnvOAuthClientSecret {
			return "from-env"
		}
		return ""
	}
	c, err := load(writeFile(t, `
[imap]
auth = "oauth2"
username = "mentorat@bib.example.ca"
[smtp]
auth = "oauth2"
[oauth2]
provider = "microsoft365"
tenant = "bib.example.ca"
client_id = "00000000-1111-2222-3333-444444444444"
`), env)
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.Addr != "outlook.office365.com:993" || c.IMAP.TLS != TLSImplicit {
		t.Errorf("imap = %s %s", c.IMAP.Addr, c.IMAP.TLS)
	}
	if c.SMTP.Addr != "smtp.office365.com:587" || c.SMTP.TLS != TLSStartTLS || c.SMTP.Username != "mentorat@bib.example.ca" {
		t.Errorf("smtp = %s %s %s", c.SMTP.Addr, c.SMTP.TLS, c.SMTP.Username)
	}
	if c.OAuth2.DeviceAuthURL != "https://login.microsoftonline.com/bib.example.ca/oauth2/v2.0/devicecode" ||
		c.OAuth2.TokenURL != "https://login.microsoftonline.com/bib.example.ca/oauth2/v2.0/token" {
		t.Errorf("endpoints = %s %s", c.OAuth2.DeviceAuthURL, c.OAuth2.TokenURL)
	}
	if !slices.Contains(c.OAuth2.Scopes, "offline_access") || !slices.Contains(c.OAuth2.Scopes, "https://outlook.office.com/SMTP.Send") {
		t.Errorf("scopes = %v", c.OAuth2.Scopes)
	}
	if c.OAuth2.ClientSecret != "from-env" {
		t.Errorf("client secret not taken from %s", EnvOAuthClientSecret)
	}

	g, err := load(writeFile(t, "[imap]\nauth = \"oauth2\"\nusername = \"m@example.org\"\n[oauth2]\nprovider = \"google\"\nclient_id = \"x.apps.googleusercontent.com\"\n"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if g.IMAP.Addr != "imap.gmail.com:993" || g.OAuth2.TokenURL != "https://oauth2.googleapis.com/token" ||
		g.OAuth2.DeviceAuthURL != "https://oauth2.googleapis.com/device/code" || !slices.Equal(g.OAuth2.Scopes, []string{"https://mail.google.com/"}) {
		t.Errorf("google = %+v %+v", g.IMAP, g.OAuth2)
	}
	// SMTP still logs in with a password: its address is not filled in.
	if g.SMTP.Addr != "" {
		t.Errorf("smtp.addr = %q, want it left to the file", g.SMTP.Addr)
	}
}

// Validation names the field that is wrong.
func TestOAuth2Validation(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"[imap]\nauth = \"token\"", `config: imap.auth: "token" must be password or oauth2`},
		{"[imap]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nclient_id = \"x\"", "config: oauth2.provider: must be set"},
		{"[imap]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nprovider = \"yahoo\"\nclient_id = \"x\"", `config: oauth2.provider: "yahoo" must be`},
		{"[imap]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nprovider = \"google\"", "config: oauth2.client_id: must be set"},
		{"[imap]\nauth = \"oauth2\"\n[oauth2]\nprovider = \"google\"\nclient_id = \"x\"", "config: imap.username: must be set"},
		{"[smtp]\nauth = \"oauth2\"\n[oauth2]\nprovider = \"generic\"\nclient_id = \"x\"\ntoken_url = \"https://id.example.org/token\"\nscopes = [\"mail\"]", "config: oauth2.device_auth_url: must be set"},
		{"[smtp]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nprovider = \"generic\"\nclient_id = \"x\"\ndevice_auth_url = \"https://id.example.org/device\"\ntoken_url = \"http://id.example.org/token\"\nscopes = [\"mail\"]", `config: oauth2.token_url: "http://id.example.org/token" must use https`},
		{"[smtp]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nprovider = \"generic\"\nclient_id = \"x\"\ndevice_auth_url = \"https://id.example.org/device\"\ntoken_url = \"https://id.example.org/token\"", "config: oauth2.scopes: must list at least one scope"},
	} {
		_, err := load(writeFile(t, c.text), noEnv)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got %v\nwant %s", c.text, err, c.want)
		}
	}
	// A generic provider on loopback over http is accepted (a test's server).
	if _, err := load(writeFile(t, "[imap]\nauth = \"oauth2\"\nusername = \"m\"\n[oauth2]\nprovider = \"generic\"\nclient_id = \"x\"\ndevice_auth_url = \"http://127.0.0.1:8080/device\"\ntoken_url = \"http://127.0.0.1:8080/token\"\nscopes = [\"mail\"]"), noEnv); err != nil {
		t.Error(err)
	}
}
