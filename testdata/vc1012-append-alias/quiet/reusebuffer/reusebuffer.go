// Quiet (VC1012): a scratch buffer reused with append(scratch[:0], ...)
// each iteration; the buffer's old contents are never read again, only
// the new result (s[:0] as a base counts only when s is read afterwards).
package main

import (
	"fmt"
	"strings"
)

func upperAll(words []string) []string {
	scratch := make([]byte, 0, 16)
	var out []string
	for _, w := range words {
		b := append(scratch[:0], w...)
		out = append(out, strings.ToUpper(string(b)))
		scratch = b
	}
	return out
}

func main() { fmt.Println(upperAll([]string{"a", "bc"})) }
