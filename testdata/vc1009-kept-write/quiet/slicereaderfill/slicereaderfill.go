// Correct: a reader built over a buffer made for it and filled afterwards:
// the buffer held nothing when it was handed over, so the reader is a
// window onto it by design: it prints "abcd".
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	buf := make([]byte, 4)
	r := bytes.NewReader(buf)
	copy(buf, "abcd")
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))
}
