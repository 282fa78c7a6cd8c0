// Correct: the buffer is refilled through a helper only after the reader
// built over it has been read to the end.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func refill(dst []byte, c byte) {
	for i := range dst {
		dst[i] = c
	}
}

func main() {
	buf := []byte("data")
	r := bytes.NewReader(buf)
	out, _ := io.ReadAll(r)
	refill(buf, 'z')
	fmt.Println(string(out), string(buf))
}
