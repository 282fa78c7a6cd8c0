// Quiet: the fix of mozilla-services/go-syncstorage#148: the pooled
// buffer's bytes are cloned before the buffer goes back to the pool.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func encode(v any) ([]byte, error) {
	buf := pool.Get().(*bytes.Buffer)
	defer pool.Put(buf)
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

func main() {
	a, _ := encode(1)
	b, _ := encode(2)
	fmt.Println(string(a), string(b))
}
