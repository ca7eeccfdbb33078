package roster

import (
	"fmt"
	"strings"
)

// RowError is one problem in a CSV file, at a line and (when it concerns one
// cell) a column, named the way a spreadsheet names it.
type RowError struct {
	// File is the file's name as given to the import.
	File string
	// Line is the 1-based line in the file; a quoted cell may span lines, and
	// Line is where the cell starts.
	Line int
	// Column is the 1-based column, 0 when the problem is the whole row.
	Column int
	// Name is the column's header, as written in the file.
	Name string
	// Reason says what is wrong and, where it can, how to fix it.
	Reason string
}

// Error returns "participants.csv: line 4, column C (role): unknown role ...".
func (e *RowError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d", e.Line)
	}
	if e.Column > 0 {
		fmt.Fprintf(&b, ", column %s (%s)", columnLetters(e.Column), e.Name)
	}
	return b.String() + ": " + e.Reason
}

// Errors is every problem found in an import, in file and line order. Nothing
// is written when there is any.
type Errors []*RowError

// Error returns the problems one per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
