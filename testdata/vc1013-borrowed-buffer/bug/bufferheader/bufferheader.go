// Bug (VC1013): the header's bytes are taken from the buffer, which the
// body is then written into: the write may grow the buffer or, after a
// Reset, overwrite the header's memory.
package main

import (
	"bytes"
	"fmt"
)

func frame(body string) (header, all []byte) {
	var buf bytes.Buffer
	buf.WriteString("LEN ")
	header = buf.Bytes() // want "VC1013"
	buf.Reset()
	buf.WriteString(body)
	return header, buf.Bytes()
}

func main() {
	h, a := frame("payload")
	fmt.Printf("%q %q\n", h, a)
}
