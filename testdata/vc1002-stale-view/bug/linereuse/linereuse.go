// Package linereuse: a Go slice stored, then truncated with [:0] and
// refilled, overwriting what was stored.
//
// Review: redteam2
package linereuse

func Lines(words []string, width int) [][]string {
	var lines [][]string
	line := make([]string, 0, 16)
	n := 0
	for _, w := range words {
		if n+len(w) > width && len(line) > 0 {
			lines = append(lines, line) // want "VC1002"
			line = line[:0]
			n = 0
		}
		line = append(line, w)
		n += len(w) + 1
	}
	return lines
}
