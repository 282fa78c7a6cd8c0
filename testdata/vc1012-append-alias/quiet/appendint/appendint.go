// Quiet (VC1012): the AppendXxx idiom (strconv.AppendInt): a function
// that appends to its dst parameter and returns the result; its callers
// assign the result back to their buffer.
package main

import (
	"fmt"
	"strconv"
)

// AppendPair appends "k=v" to dst and returns the extended buffer.
func AppendPair(dst []byte, k string, v int) []byte {
	dst = append(dst, k...)
	dst = append(dst, '=')
	return strconv.AppendInt(dst, int64(v), 10)
}

func appendQuoted(dst []byte, s string) []byte {
	out := append(dst, '"')
	out = append(out, s...)
	return append(out, '"')
}

func main() {
	var buf []byte
	buf = AppendPair(buf, "a", 1)
	buf = append(buf, ' ')
	buf = appendQuoted(buf, "x")
	fmt.Println(string(buf))
}
