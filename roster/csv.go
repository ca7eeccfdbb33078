package roster

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxParseErrors stops reading a badly broken file after this many CSV errors.
const maxParseErrors = 50

// table is a CSV file read into memory: its header mapped to canonical column
// names and its non-empty data rows.
type table struct {
	file   string
	header []string       // the header as written
	cols   map[string]int // canonical column name -> field index
	rows   []row
}

// row is one data record and the line each of its fields starts on.
type row struct {
	fields []string
	lines  []int
}

// line is the line the row starts on.
func (r row) line() int { return r.lines[0] }

// get returns the trimmed value of a canonical column, "" when absent.
func (t *table) get(r row, col string) string {
	i, ok := t.cols[col]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

// errAt makes an error about a column of a row.
func (t *table) errAt(r row, col, format string, args ...any) *RowError {
	e := &RowError{File: t.file, Line: r.line(), Reason: fmt.Sprintf(format, args...)}
	if i, ok := t.cols[col]; ok {
		e.Column = i + 1
		e.Name = t.header[i]
		if i < len(r.lines) {
			e.Line = r.lines[i]
		}
	} else {
		e.Name = col
	}
	return e
}

// schema describes a file's columns.
type schema struct {
	columns  []string          // canonical names, in documentation order
	required []string          // columns the header must have
	aliases  map[string]string // other header spellings -> canonical name
}

// readTable decodes data (UTF-8 with or without BOM, UTF-16 with BOM, or else
// Windows-1252 as older Excel writes it), sniffs the delimiter from the header
// line, and reads every record, collecting every error.
func readTable(file string, data []byte, sc schema) (*table, []string, Errors) {
	var warnings []string
	text, note := decode(data)
	if note != "" {
		warnings = append(warnings, file+": "+note)
	}
	t := &table{file: file, cols: map[string]int{}}
	if strings.TrimSpace(text) == "" {
		return nil, warnings, Errors{{File: file, Line: 1, Reason: "the file is empty; it needs a header row"}}
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1
	var errs Errors
	header := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			reason := fmt.Sprintf("malformed CSV: %v (line %d, character %d)", pe.Err, pe.Line, pe.Column)
			if errors.Is(pe.Err, csv.ErrQuote) && pe.Line != pe.StartLine {
				reason += "; a quoted cell that starts on this line is never closed"
			}
			errs = append(errs, &RowError{File: file, Line: pe.StartLine, Reason: reason})
			if len(errs) >= maxParseErrors || header {
				return nil, warnings, errs
			}
			continue
		}
		if err != nil {
			return nil, warnings, append(errs, &RowError{File: file, Reason: err.Error()})
		}
		rw := row{fields: rec, lines: make([]int, len(rec))}
		for i := range rec {
			rw.lines[i], _ = r.FieldPos(i)
		}
		if header {
			header = false
			warnings = append(warnings, t.setHeader(rw, sc, &errs)...)
			continue
		}
		if blank(rec) {
			continue
		}
		if len(rec) > len(t.header) && !blank(rec[len(t.header):]) {
			errs = append(errs, &RowError{File: file, Line: rw.line(),
				Reason: fmt.Sprintf("%d fields but the header has %d columns", len(rec), len(t.header))})
			continue
		}
		t.rows = append(t.rows, rw)
	}
	return t, warnings, errs
}

// setHeader maps the header's names to canonical columns.
func (t *table) setHeader(r row, sc schema, errs *Errors) (warnings []string) {
	t.header = r.fields
	known := map[string]bool{}
	for _, c := range sc.columns {
		known[c] = true
	}
	for i, h := range r.fields {
		name := canonicalHeader(h)
		if a, ok := sc.aliases[name]; ok {
			name = a
		}
		switch {
		case name == "":
			// Spreadsheets often export trailing columns without a name.
		case !known[name]:
			warnings = append(warnings, fmt.Sprintf("%s: column %s (%s) is not one mentormail reads; it is ignored", t.file, columnLetters(i+1), h))
		default:
			if j, dup := t.cols[name]; dup {
				*errs = append(*errs, &RowError{File: t.file, Line: r.lines[i], Column: i + 1, Name: h,
					Reason: fmt.Sprintf("column %q appears twice (also column %s)", name, columnLetters(j+1))})
				continue
			}
			t.cols[name] = i
		}
	}
	for _, c := range sc.required {
		if _, ok := t.cols[c]; !ok {
			*errs = append(*errs, &RowError{File: t.file, Line: r.line(),
				Reason: fmt.Sprintf("the header has no %q column (it has: %s)", c, strings.Join(r.fields, ", "))})
		}
	}
	return warnings
}

// canonicalHeader lower-cases a header name, drops accents from the French
// letters that carry them, and joins words with underscores.
func canonicalHeader(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	h = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ô", "o", "ç", "c", "à", "a", "\u0301", "", "\u0300", "").Replace(h)
	h = strings.NewReplacer(" ", "_", "-", "_", ".", "_").Replace(h)
	return strings.Trim(h, "_")
}

func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// sniffDelimiter picks ',', ';' or tab: whichever the header line has most of,
// outside quotes. Spreadsheets in French locales write ';'.
func sniffDelimiter(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range text {
		if c == '"' {
			quoted = !quoted
		}
		if !quoted && (c == '\n' || c == '\r') {
			break
		}
		if !quoted {
			counts[c]++
		}
	}
	best := ','
	for _, d := range []rune{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}

// decode returns data as UTF-8 text, and a note when it was not UTF-8.
func decode(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), ""
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), ""
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	return decodeWindows1252(data), "the file is not UTF-8; it was read as Windows-1252 (save as \"CSV UTF-8\" to be sure accents survive)"
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps Windows-1252's bytes 0x80-0x9F; the other bytes are Latin-1.
var cp1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			sb.WriteRune(cp1252[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// columnLetters returns a spreadsheet's name for a 1-based column: A, B, ... Z, AA.
func columnLetters(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}
