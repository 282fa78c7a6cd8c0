// Quiet: the buffer's bytes are written out before the buffer is reset
// and reused for the next record.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var buf bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&buf, "record %d\n", i)
		os.Stdout.Write(buf.Bytes())
		buf.Reset()
	}
}
