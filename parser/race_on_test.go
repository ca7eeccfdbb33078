//go:build race

package parser

// raceEnabled: the race detector slows the parser several times over.
const raceEnabled = true
