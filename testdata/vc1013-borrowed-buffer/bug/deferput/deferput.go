// Bug (VC1013): projectdiscovery/utils#709: the buffer goes back to the
// pool in a deferred call, which runs after the return statement has taken
// buf.Bytes(): the caller holds memory the pool's next user overwrites.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{New: func() any { return &bytes.Buffer{} }}

func render(name string, n int) []byte {
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	fmt.Fprintf(buf, "%s=%d", name, n)
	return buf.Bytes() // want "VC1013"
}

func main() {
	a := render("a", 1)
	b := render("bb", 2)
	fmt.Println(string(a), string(b))
}
