package store

import (
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Floor is the bench's floor database: one table, one batched insert, with the
// store's settings (for SQLite: WAL, synchronous=FULL). It is the least work that
// stores the same messages, measured against the store's own ingest.
type Floor struct {
	db *gorm.DB
}

// FloorRow is the one row the floor stores per message.
type FloorRow struct {
	ID        int64 `gorm:"primaryKey"`
	MessageID string
	From      string
	Subject   string
	Size      int
}

// OpenFloor opens the floor database at dsn (a SQLite path, or a PostgreSQL URL,
// as Options.DSN).
func OpenFloor(dsn string) (*Floor, error) {
	dial, err := dialector(dsn, "FULL")
	if err != nil {
		return nil, err
	}
	db, err := gorm.Open(dial, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return nil, fmt.Errorf("store: floor database: %w", err)
	}
	if err := db.AutoMigrate(&FloorRow{}); err != nil {
		return nil, fmt.Errorf("store: floor database: %w", err)
	}
	return &Floor{db: db}, nil
}

// Insert inserts rows in batches.
func (f *Floor) Insert(rows []FloorRow) error {
	if err := f.db.CreateInBatches(rows, bulkBatch).Error; err != nil {
		return fmt.Errorf("store: floor: insert: %w", err)
	}
	return nil
}

// Close closes the floor database.
func (f *Floor) Close() error {
	sqlDB, err := f.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}
