package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrNoGrant means no OAuth2 grant is stored for the account: `mentormail auth`
// has not been run for it (or the database is another one).
var ErrNoGrant = errors.New("store: no OAuth2 grant stored for this mailbox")

// OAuthGrant is a stored OAuth2 grant: the refresh token of one mailbox.
type OAuthGrant struct {
	Account       string `gorm:"primaryKey"`
	RefreshSealed []byte
	Scopes        string
	UpdatedAt     time.Time
}

// TableName is the grants table.
func (OAuthGrant) TableName() string { return "oauth_grants" }

// SaveGrant stores (or replaces) account's refresh token, sealed with the notes key.
func (s *Store) SaveGrant(ctx context.Context, account, refreshToken, scopes string) error {
	if refreshToken == "" {
		return errors.New("store: no refresh token to save")
	}
	sealed, err := s.seal.seal(refreshToken)
	if err != nil {
		return err
	}
	err = s.db.WithContext(ctx).Exec(`INSERT INTO oauth_grants (account, refresh_sealed, scopes, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (account) DO UPDATE SET refresh_sealed = excluded.refresh_sealed, scopes = excluded.scopes, updated_at = excluded.updated_at`,
		account, sealed, scopes, time.Now().UTC()).Error
	if err != nil {
		return fmt.Errorf("store: unable to save the OAuth2 grant: %w", err)
	}
	return nil
}

// Grant returns account's refresh token, or ErrNoGrant.
func (s *Store) Grant(ctx context.Context, account string) (string, error) {
	var g []OAuthGrant
	if err := s.db.WithContext(ctx).Where("account = ?", account).Limit(1).Find(&g).Error; err != nil {
		return "", fmt.Errorf("store: unable to read the OAuth2 grant: %w", err)
	}
	if len(g) == 0 {
		return "", ErrNoGrant
	}
	return s.seal.open(g[0].RefreshSealed)
}

// DeleteGrant forgets account's grant (after the provider revoked it).
func (s *Store) DeleteGrant(ctx context.Context, account string) error {
	if err := s.db.WithContext(ctx).Exec(`DELETE FROM oauth_grants WHERE account = ?`, account).Error; err != nil {
		return fmt.Errorf("store: unable to delete the OAuth2 grant: %w", err)
	}
	return nil
}
