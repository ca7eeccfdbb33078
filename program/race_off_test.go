//go:build !race

package program

// testParseBudget is the budget the fixtures run with: the default, as serve's.
const testParseBudget = DefaultParseBudget
