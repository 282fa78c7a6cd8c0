// Bug (VC1013): the shape of compress/lzw's reader and writer tests (Go
// standard library): the first output's Bytes is kept, the buffer Reset
// and written again, and the two compared: both are the same memory, so
// the comparison always succeeds and the test checks nothing.
package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

func compress(buf *bytes.Buffer, data []byte) {
	w := zlib.NewWriter(buf)
	w.Write(data)
	w.Close()
}

func main() {
	var buf bytes.Buffer
	compress(&buf, []byte("first"))
	b1 := buf.Bytes()
	buf.Reset()
	compress(&buf, []byte("other"))
	b2 := buf.Bytes()
	fmt.Println(bytes.Equal(b1, b2)) // want "VC1013"
}
