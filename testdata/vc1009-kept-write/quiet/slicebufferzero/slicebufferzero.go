// Correct: bytes.NewBuffer(scratch[:0]) keeps no element of scratch, only
// its capacity: the caller's write to scratch[0] before the buffer writes
// there changes nothing the buffer holds: it prints "x".
package main

import (
	"bytes"
	"fmt"
)

func main() {
	scratch := []byte("abc")
	b := bytes.NewBuffer(scratch[:0])
	scratch[0] = 'z'
	b.WriteString("x")
	fmt.Println(b.String())
}
