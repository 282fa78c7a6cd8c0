// Bug (VC1009): bytes.NewReader keeps the slice it reads from; masking the
// payload in place after building the reader changes what the reader
// returns: it prints "Xello" instead of "hello".
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	payload := []byte("hello")
	r := bytes.NewReader(payload)
	payload[0] = 'X' // want "VC1009"
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))
}
