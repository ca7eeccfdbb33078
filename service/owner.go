package service

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/mentormail/mentormail/store"
)

// senderOwner names this instance's sender in outbox leases with a name that is
// the same at every start on this host and database, so a restarted instance
// takes back the leases its previous run held (kill -9, a power cut) and sends
// their rows at once. Two instances on one host and database must never share
// the name: the first holds an exclusive lock on <database>.sender.lock while it
// runs, and a second that cannot take it gets the sender's default, a name of
// its own (its leases then wait for their expiry after a crash). unlock frees
// the lock; owner is "" when the default is to be used.
//
// On PostgreSQL, where instances on several hosts share the database, each
// sender has a name of its own (the default), and a dead instance's leases
// expire for the others to take.
func senderOwner(dbPath string) (owner string, unlock func(), err error) {
	if store.IsPostgres(dbPath) {
		return "", func() {}, nil
	}
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return "", func() {}, err
	}
	f, err := os.OpenFile(abs+".sender.lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return "", func() {}, fmt.Errorf("service: unable to open the sender's lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return "", func() {}, fmt.Errorf("service: another instance on this host sends from %s: %w", abs, err)
	}
	host, _ := os.Hostname()
	sum := sha256.Sum256([]byte(abs))
	return fmt.Sprintf("%s.%s", host, hex.EncodeToString(sum[:6])), func() { f.Close() }, nil
}
