package replytext

import "strings"

// Unflow undoes format=flowed (RFC 3676 §4): a line that ends with a space
// goes on in the next line of the same quote depth, so the paragraphs come out
// as the sender typed them. Space-stuffing is removed, and with DelSp=yes the
// space that marks a soft break too (§4.2). Quoted lines are written back with
// their depth as ">" marks. One pass, linear in the size of the body.
func Unflow(s string, delSp bool) string {
	var b strings.Builder
	b.Grow(len(s))
	open := false // a flowed line is waiting for its continuation
	openDepth := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSuffix(line, "\r")
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		text := strings.TrimPrefix(line[depth:], " ") // space-stuffing (§4.4)
		if open && depth != openDepth {
			b.WriteByte('\n') // a soft break before a change of depth is a hard one (§4.5)
			open = false
		}
		if !open && depth > 0 {
			b.WriteString(strings.Repeat(">", depth))
			if text != "" {
				b.WriteByte(' ')
			}
		}
		flowed := strings.HasSuffix(text, " ") && text != "-- "
		if flowed && delSp {
			text = text[:len(text)-1]
		}
		b.WriteString(text)
		if flowed {
			open, openDepth = true, depth
			continue
		}
		open = false
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
