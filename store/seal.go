package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// KeySize is the length of the notes key in bytes (AES-256).
const KeySize = 32

// sealer encrypts confidential text at rest with AES-256-GCM. A sealed value is
// the 12-byte nonce followed by the ciphertext and tag; the empty string seals to nil.
type sealer struct{ aead cipher.AEAD }

func newSealer(key []byte) (*sealer, error) {
	if len(key) == 0 {
		return nil, errors.New("store: no notes key configured (notes_key, or MENTORMAIL_NOTES_KEY)")
	}
	if len(key) != KeySize {
		return nil, fmt.Errorf("store: the notes key must be %d bytes, got %d", KeySize, len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return &sealer{aead: aead}, nil
}

func (s *sealer) seal(plain string) ([]byte, error) { return s.sealBytes([]byte(plain)) }

// sealBytes seals without copying plain first: a raw message can be megabytes.
func (s *sealer) sealBytes(plain []byte) ([]byte, error) {
	if len(plain) == 0 {
		return nil, nil
	}
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(plain)+s.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("store: unable to make a nonce: %w", err)
	}
	return s.aead.Seal(nonce, nonce, plain, nil), nil
}

func (s *sealer) open(sealed []byte) (string, error) {
	if len(sealed) == 0 {
		return "", nil
	}
	n := s.aead.NonceSize()
	if len(sealed) < n+s.aead.Overhead() {
		return "", errors.New("store: sealed value is too short")
	}
	plain, err := s.aead.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return "", fmt.Errorf("store: unable to open a sealed value: %w", err)
	}
	return string(plain), nil
}

// Seal encrypts confidential text for a *Sealed column.
func (s *Store) Seal(plain string) ([]byte, error) { return s.seal.seal(plain) }

// Open decrypts a *Sealed column.
func (s *Store) Open(sealed []byte) (string, error) { return s.seal.open(sealed) }

// Seal encrypts confidential text for a *Sealed column.
func (t *Tx) Seal(plain string) ([]byte, error) { return t.seal.seal(plain) }

// Open decrypts a *Sealed column.
func (t *Tx) Open(sealed []byte) (string, error) { return t.seal.open(sealed) }
