package config

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testCAPEM returns a self-signed CA certificate in PEM.
func testCAPEM(t *testing.T) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mentormail test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

func writeBytes(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadCAFile(t *testing.T) {
	ca := testCAPEM(t)
	// A bundle as openssl writes it: text between the blocks.
	bundle := append(append([]byte("subject=CN = one\n"), ca...), append([]byte("subject=CN = two\n"), testCAPEM(t)...)...)
	certs, err := ReadCAFile(writeBytes(t, "bundle.pem", bundle))
	if err != nil || len(certs) != 2 || certs[0].Subject.CommonName != "mentormail test CA" {
		t.Fatalf("ReadCAFile(bundle) = %d certificates, %v; want 2", len(certs), err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte("x")})
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty.pem", nil, "no PEM certificate"},
		{"text.pem", []byte("not a certificate\n"), "no PEM certificate"},
		{"der.crt", []byte{0x30, 0x82, 0x01, 0x0a}, "no PEM certificate"},
		{"key.pem", append(append([]byte{}, ca...), keyPEM...), "PEM block 2 is a PRIVATE KEY"},
		{"bad.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: []byte("junk")}), "PEM block 1: x509: "},
	} {
		p := writeBytes(t, tc.name, tc.data)
		if _, err := ReadCAFile(p); err == nil || !strings.HasPrefix(err.Error(), "config: ") ||
			!strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("ReadCAFile(%s) = %v; want a config: error naming the file and %q", tc.name, err, tc.want)
		}
	}
}

func TestTLSFields(t *testing.T) {
	ca := writeBytes(t, "ca.pem", testCAPEM(t))
	c, err := load(writeFile(t, "[imap]\nca_file = \""+ca+"\"\nserver_name = \"imap.example.org\"\n"+
		"[smtp]\nca_file = \""+ca+"\"\nserver_name = \"192.0.2.10\"\n"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.CAFile != ca || c.IMAP.ServerName != "imap.example.org" || c.SMTP.CAFile != ca || c.SMTP.ServerName != "192.0.2.10" {
		t.Errorf("got imap %+v smtp %+v", c.IMAP, c.SMTP)
	}
	notPEM := writeBytes(t, "ca.txt", []byte("hello\n"))
	unreadable := filepath.Join(t.TempDir(), "missing.pem")
	for _, tc := range []struct{ toml, want string }{
		{"[imap]\nca_file = \"" + unreadable + "\"", "config: imap.ca_file: open " + unreadable + ": "},
		{"[smtp]\nca_file = \"" + notPEM + "\"", "config: smtp.ca_file: " + notPEM + ": no PEM certificate"},
		{"[imap]\nserver_name = \"imap.example.org:993\"", `config: imap.server_name: "imap.example.org:993" is not a host name`},
		{"[smtp]\nserver_name = \"smtp example\"", `config: smtp.server_name: "smtp example" is not a host name`},
		{"[smtp]\nserver_name = \"-x.example.org\"", `config: smtp.server_name: `},
		{"[imap]\ntls = \"none\"\nca_file = \"" + ca + "\"", `config: imap.ca_file: has no effect with imap.tls = "none"`},
		{"[smtp]\ntls = \"none\"\nserver_name = \"localhost\"", `config: smtp.server_name: has no effect with smtp.tls = "none"`},
	} {
		_, err := load(writeFile(t, tc.toml), noEnv)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s\n  err = %v\n  want it to contain %q", tc.toml, err, tc.want)
		}
	}
}
