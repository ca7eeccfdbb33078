//go:build race

package program

import "time"

// testParseBudget: the race detector slows parsing several times over, and CI runs
// the suite on a loaded machine; a 3 MB message took over the 5 s default there.
// The budget's own tests set theirs.
const testParseBudget = time.Minute
