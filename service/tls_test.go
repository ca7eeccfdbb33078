package service_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store/storetest"
)

// testPKI is a throwaway CA, and a server certificate it signed for 127.0.0.1
// and localhost.
type testPKI struct {
	caFile string
	server tls.Certificate
}

func newTestPKI(t *testing.T) *testPKI {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mentormail test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	caCert, _ := x509.ParseCertificate(caDER)
	leafDER, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	p := &testPKI{caFile: filepath.Join(t.TempDir(), "ca.pem"),
		server: tls.Certificate{Certificate: [][]byte{leafDER}, PrivateKey: key}}
	if err := os.WriteFile(p.caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// listenTLS accepts TLS connections on loopback, completes the handshake and
// closes them. It returns the address.
func (p *testPKI) listenTLS(t *testing.T) string {
	t.Helper()
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{p.server}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.SetDeadline(time.Now().Add(5 * time.Second))
			c.(*tls.Conn).Handshake()
			c.Close()
		}
	}()
	return l.Addr().String()
}

// handshake connects to addr with the configuration the service builds, the
// server name defaulting to the address's host as the mailer does.
func handshake(addr string, tc *tls.Config) error {
	tc = tc.Clone()
	if tc.ServerName == "" {
		tc.ServerName, _, _ = net.SplitHostPort(addr)
	}
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, tc)
	if err != nil {
		return err
	}
	return c.Close()
}

func TestTLSConfig(t *testing.T) {
	p := newTestPKI(t)
	addr := p.listenTLS(t)
	if tc, err := service.TLSConfig(config.TLSNone, "", ""); tc != nil || err != nil {
		t.Errorf("TLSConfig(none) = %v, %v; want nil, nil", tc, err)
	}
	for _, tc := range []struct {
		name, caFile, serverName string
		ok                       bool
	}{
		{"the CA, the IP address", p.caFile, "", true},
		{"the CA, server_name localhost", p.caFile, "localhost", true},
		{"the system roots only", "", "", false},
		{"the CA, a name the certificate lacks", p.caFile, "imap.example.org", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, mode := range []string{config.TLSImplicit, config.TLSStartTLS} {
				c, err := service.TLSConfig(mode, tc.caFile, tc.serverName)
				if err != nil {
					t.Fatal(err)
				}
				if c.MinVersion < tls.VersionTLS12 || c.InsecureSkipVerify || c.ServerName != tc.serverName {
					t.Errorf("%s: %+v", mode, c)
				}
				err = handshake(addr, c)
				var cv *tls.CertificateVerificationError
				switch {
				case tc.ok && err != nil:
					t.Errorf("%s: handshake: %v", mode, err)
				case !tc.ok && !errors.As(err, &cv):
					t.Errorf("%s: handshake: %v; want a certificate verification error", mode, err)
				}
			}
		})
	}
	if _, err := service.TLSConfig(config.TLSImplicit, filepath.Join(t.TempDir(), "missing.pem"), ""); err == nil {
		t.Error("TLSConfig with a missing ca_file succeeded")
	}
}

// A server whose certificate is not trusted is one line at start-up that says
// which fields to set.
func TestCheckNamesCAFile(t *testing.T) {
	p := newTestPKI(t)
	addr := p.listenTLS(t)
	cfg := config.Default()
	cfg.Program.Secret = "0123456789abcdef0123"
	cfg.Program.NotesKey = base64.StdEncoding.EncodeToString(make([]byte, 32))
	cfg.Store.Path = storetest.Path(t, filepath.Join(t.TempDir(), "mm.db"))
	cfg.IMAP.Addr, cfg.SMTP.Addr = addr, addr
	if err := cfg.ValidateForServe(); err != nil {
		t.Fatal(err)
	}
	svc, err := service.New(cfg, cfg.Logger(io.Discard), service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = svc.Check(ctx)
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "IMAP "+addr) ||
		!strings.Contains(err.Error(), "certificate") || !strings.Contains(err.Error(), "imap.ca_file") {
		t.Errorf("Check = %v; want one line naming IMAP %s, the certificate and imap.ca_file", err, addr)
	}
}
