//go:build !race

package e2e

// raceEnabled: the suite runs without -race, and so does the binary.
const raceEnabled = false
