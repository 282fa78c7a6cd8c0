// Quiet: a deferred Reset of a buffer the function made itself and then
// drops: nothing writes the buffer again, so the returned bytes stay as
// they are. (A deferred Put to a pool, or a Reset of a field's buffer,
// would hand the memory on: bug/deferput.)
package main

import (
	"bytes"
	"fmt"
)

func render(items []string) []byte {
	var buf bytes.Buffer
	defer buf.Reset()
	for _, it := range items {
		buf.WriteString(it)
	}
	return buf.Bytes()
}

func main() {
	fmt.Println(string(render([]string{"a", "b"})))
}
