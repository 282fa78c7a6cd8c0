// Bug (VC1013): an encoder reuses the buffer in its struct and returns
// its Bytes after a deferred Reset: the next Encode writes over what the
// previous caller still holds.
package main

import (
	"bytes"
	"fmt"
)

type encoder struct{ buf bytes.Buffer }

func (e *encoder) encode(k, v string) []byte {
	defer e.buf.Reset()
	e.buf.WriteString(k)
	e.buf.WriteByte('=')
	e.buf.WriteString(v)
	return e.buf.Bytes() // want "VC1013"
}

func main() {
	var e encoder
	a := e.encode("a", "1")
	b := e.encode("b", "2")
	fmt.Println(string(a), string(b))
}
