// Bug (VC1009): the caller refills its buffer through a helper of its own
// (refill writes its parameter's elements) while the reader built over the
// buffer has not been read yet: it prints "zzzz" instead of "data".
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
	refill(buf, 'z') // want "VC1009"
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))
}
