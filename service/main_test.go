package service_test

import (
	"testing"

	"github.com/mentormail/mentormail/store/storetest"
)

// The package's tests run on SQLite, then again on PostgreSQL when
// MENTORMAIL_TEST_POSTGRES is set (storetest.Main).
func TestMain(m *testing.M) { storetest.Main(m) }
