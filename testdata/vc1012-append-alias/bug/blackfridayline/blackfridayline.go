// Bug (VC1012): russross/blackfriday#73: an extension appended '\n' to a
// sub-slice of its input, line := data[:end]; append(line, '\n') writes
// over data[end], the separator that the parser then reads with the rest:
// it prints "hello\n\nworld" instead of "hello\n world".
package main

import (
	"bytes"
	"fmt"
)

func render(out *bytes.Buffer, data []byte) {
	end := bytes.IndexByte(data, ' ')
	line := data[:end]
	out.Write(append(line, '\n')) // want "VC1012"
	out.Write(data[end:])
}

func main() {
	var out bytes.Buffer
	render(&out, []byte("hello world"))
	fmt.Printf("%q\n", out.String())
}
