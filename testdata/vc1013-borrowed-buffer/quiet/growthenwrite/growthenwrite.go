// Quiet: bytes's ExampleBuffer_Grow: after Grow(64), writes of up to 64
// bytes go past the end of what Bytes returned without moving it, as Grow
// documents, so bb[:b.Len()] shows them.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Grow(64)
	bb := b.Bytes()
	b.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q\n", bb[:b.Len()])
}
