// Quiet: the function owns a fresh bytes.Buffer, never reset or pooled:
// returning its Bytes hands the memory over for good.
package main

import (
	"bytes"
	"fmt"
)

func render(items []string) []byte {
	var buf bytes.Buffer
	for i, it := range items {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(it)
	}
	return buf.Bytes()
}

func main() {
	fmt.Println(string(render([]string{"a", "b"})))
}
