package config

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
)

// ReadCAFile reads a PEM file of certificate authorities ([imap] ca_file,
// [smtp] ca_file) and returns its certificates. Every PEM block must be a
// CERTIFICATE that parses, and there must be at least one; text between blocks
// (as openssl writes in bundles) is ignored. A private key in the file is an
// error: it is never needed here, and is likely the wrong file.
func ReadCAFile(path string) ([]*x509.Certificate, error) {
	certs, err := readCAFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return certs, nil
}

// readCAFile is ReadCAFile without the package prefix, for a validation error
// that names its field.
func readCAFile(path string) ([]*x509.Certificate, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var certs []*x509.Certificate
	for n := 1; ; n++ {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("%s: PEM block %d is a %s, want only CERTIFICATE blocks", path, n, b.Type)
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%s: PEM block %d: %w", path, n, err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("%s: no PEM certificate (-----BEGIN CERTIFICATE-----) in the file", path)
	}
	return certs, nil
}

// checkServerName accepts a DNS name or an IP address: what a server's
// certificate can name.
func checkServerName(s string) error {
	if net.ParseIP(s) != nil {
		return nil
	}
	if len(s) > 253 {
		return errors.New("is longer than a host name can be")
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return fmt.Errorf("%q is not a host name such as mail.example.org", s)
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return fmt.Errorf("%q is not a host name such as mail.example.org", s)
			}
		}
	}
	return nil
}

// tlsFields checks a section's ca_file and server_name (section is "imap" or "smtp").
func (v *validator) tlsFields(section, mode, caFile, serverName string) {
	if mode == TLSNone {
		for _, f := range []struct{ name, val string }{{"ca_file", caFile}, {"server_name", serverName}} {
			if f.val != "" {
				v.add(section+"."+f.name, fmt.Sprintf("has no effect with %s.tls = %q: remove it, or use TLS", section, TLSNone))
			}
		}
		return
	}
	if caFile != "" {
		if _, err := readCAFile(caFile); err != nil {
			v.add(section+".ca_file", err.Error())
		}
	}
	if serverName != "" {
		if err := checkServerName(serverName); err != nil {
			v.add(section+".server_name", err.Error())
		}
	}
}
