//go:build race

package e2e

// raceEnabled: the suite runs with -race, so the binary is built with it too.
const raceEnabled = true
