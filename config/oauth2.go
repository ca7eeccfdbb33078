package config

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// DefaultTenant is the Microsoft Entra ID tenant used when [oauth2] tenant is
// empty: any work or school account.
const DefaultTenant = "organizations"

// providerPreset is what a named provider fills in.
type providerPreset struct {
	imapAddr, imapTLS string
	smtpAddr, smtpTLS string
	deviceAuthURL     string // may hold {tenant}
	tokenURL          string // may hold {tenant}
	scopes            []string
}

// presets are the providers' published settings. Microsoft: "Authenticate an
// IMAP, POP or SMTP connection using OAuth" (Exchange Online) and the Microsoft
// identity platform's device authorization grant. Google: "OAuth 2.0 for TV and
// Limited-Input Device Applications" and Gmail's IMAP and SMTP settings.
var presets = map[string]providerPreset{
	ProviderMicrosoft365: {
		imapAddr: "outlook.office365.com:993", imapTLS: TLSImplicit,
		smtpAddr: "smtp.office365.com:587", smtpTLS: TLSStartTLS,
		deviceAuthURL: "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
		tokenURL:      "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
		scopes: []string{"https://outlook.office.com/IMAP.AccessAsUser.All",
			"https://outlook.office.com/SMTP.Send", "offline_access"},
	},
	ProviderGoogle: {
		imapAddr: "imap.gmail.com:993", imapTLS: TLSImplicit,
		smtpAddr: "smtp.gmail.com:587", smtpTLS: TLSStartTLS,
		deviceAuthURL: "https://oauth2.googleapis.com/device/code",
		tokenURL:      "https://oauth2.googleapis.com/token",
		scopes:        []string{"https://mail.google.com/"},
	},
}

// UsesOAuth2 reports whether either mail server logs in with OAuth2.
func (c *Config) UsesOAuth2() bool {
	return c.IMAP.Auth == AuthOAuth2 || c.SMTP.Auth == AuthOAuth2
}

// OAuth2Account is the mailbox the OAuth2 grant is for: the IMAP login when
// IMAP uses OAuth2, else the SMTP login. The stored grant is keyed by it.
func (c *Config) OAuth2Account() string {
	if c.IMAP.Auth == AuthOAuth2 {
		return c.IMAP.Username
	}
	return c.SMTP.Username
}

// applyProvider fills in what a named provider implies and the configuration
// left empty: the mail servers and their TLS modes, the endpoints, the scopes,
// and the SMTP login (the mailbox's).
func (c *Config) applyProvider() {
	if !c.UsesOAuth2() {
		return
	}
	if c.SMTP.Auth == AuthOAuth2 && c.SMTP.Username == "" {
		c.SMTP.Username = c.IMAP.Username
	}
	p, ok := presets[c.OAuth2.Provider]
	if !ok {
		return
	}
	if c.OAuth2.Tenant == "" && c.OAuth2.Provider == ProviderMicrosoft365 {
		c.OAuth2.Tenant = DefaultTenant
	}
	tenant := func(s string) string { return strings.ReplaceAll(s, "{tenant}", url.PathEscape(c.OAuth2.Tenant)) }
	if c.IMAP.Addr == "" && c.IMAP.Auth == AuthOAuth2 {
		c.IMAP.Addr, c.IMAP.TLS = p.imapAddr, p.imapTLS
	}
	if c.SMTP.Addr == "" && c.SMTP.Auth == AuthOAuth2 {
		c.SMTP.Addr, c.SMTP.TLS = p.smtpAddr, p.smtpTLS
	}
	if c.OAuth2.DeviceAuthURL == "" {
		c.OAuth2.DeviceAuthURL = tenant(p.deviceAuthURL)
	}
	if c.OAuth2.TokenURL == "" {
		c.OAuth2.TokenURL = tenant(p.tokenURL)
	}
	if len(c.OAuth2.Scopes) == 0 {
		c.OAuth2.Scopes = append([]string(nil), p.scopes...)
	}
}

// validateAuth checks [imap] auth, [smtp] auth and, when either is oauth2, the
// [oauth2] section.
func (v *validator) validateAuth(c *Config) {
	for _, f := range []struct{ name, val string }{{"imap.auth", c.IMAP.Auth}, {"smtp.auth", c.SMTP.Auth}} {
		if f.val != AuthPassword && f.val != AuthOAuth2 {
			v.add(f.name, fmt.Sprintf("%q must be %s or %s", f.val, AuthPassword, AuthOAuth2))
		}
	}
	if !c.UsesOAuth2() {
		return
	}
	o := &c.OAuth2
	switch o.Provider {
	case ProviderMicrosoft365, ProviderGoogle, ProviderGeneric:
	case "":
		v.add("oauth2.provider", fmt.Sprintf("must be set when an auth is %s: %s, %s or %s",
			AuthOAuth2, ProviderMicrosoft365, ProviderGoogle, ProviderGeneric))
	default:
		v.add("oauth2.provider", fmt.Sprintf("%q must be %s, %s or %s", o.Provider, ProviderMicrosoft365, ProviderGoogle, ProviderGeneric))
	}
	v.check(strings.TrimSpace(o.ClientID) != "", "oauth2.client_id",
		"must be set when an auth is oauth2: the app's client id from the provider (or set "+EnvOAuthClientID+")")
	v.endpoint("oauth2.device_auth_url", o.DeviceAuthURL)
	v.endpoint("oauth2.token_url", o.TokenURL)
	v.check(len(o.Scopes) > 0, "oauth2.scopes", "must list at least one scope")
	for i, s := range o.Scopes {
		if s == "" || strings.ContainsAny(s, " \t\r\n\"\\") {
			v.add(fmt.Sprintf("oauth2.scopes[%d]", i), fmt.Sprintf("%q is not a scope", s))
		}
	}
	if c.IMAP.Auth == AuthOAuth2 {
		v.check(c.IMAP.Username != "", "imap.username", "must be set with imap.auth = oauth2: the mailbox the token is for")
	}
	if c.SMTP.Auth == AuthOAuth2 {
		v.check(c.SMTP.Username != "", "smtp.username", "must be set with smtp.auth = oauth2: the mailbox the token is for")
	}
}

// endpoint accepts an https URL, or http to a loopback address (a test's own
// authorisation server): tokens never cross a network in the clear.
func (v *validator) endpoint(field, s string) {
	u, err := url.Parse(s)
	switch {
	case s == "":
		v.add(field, "must be set for provider generic (an https URL)")
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		v.add(field, fmt.Sprintf("%q is not an https URL", s))
	case u.Scheme == "http" && !loopback(u.Hostname()):
		v.add(field, fmt.Sprintf("%q must use https (http only to a loopback address)", s))
	}
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
