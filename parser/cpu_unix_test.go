//go:build unix

package parser

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used: a benchmark on a
// shared machine reports it beside the wall time, which other work inflates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
