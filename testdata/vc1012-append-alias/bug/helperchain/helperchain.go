// Bug (VC1012): russross/blackfriday#73 in the shape of a helper chain:
// withNewline returns addByte(line, '\n'), which returns append(b, c);
// two results made from one input sub-slice share the caller's bytes
// after it, and the first one's newline is overwritten.
package main

import "fmt"

func addByte(b []byte, c byte) []byte { return append(b, c) }

func withNewline(line []byte) []byte { return addByte(line, '\n') }

func render(input []byte) (string, string) {
	line := input[:5]
	first := withNewline(line)
	second := addByte(line, '!') // want "VC1012"
	return string(first), string(second)
}

func main() {
	fmt.Println(render([]byte("hello world")))
}
