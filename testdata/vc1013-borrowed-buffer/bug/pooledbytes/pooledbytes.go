// Bug (VC1013): mozilla-services/go-syncstorage#148: the encoder takes a
// buffer from a pool, keeps its Bytes, and puts the buffer back before
// returning them: the next Get hands the same memory to another encoder.
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
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		pool.Put(buf)
		return nil, err
	}
	out := buf.Bytes()
	pool.Put(buf)
	return out, nil // want "VC1013"
}

func main() {
	a, _ := encode(map[string]int{"a": 1})
	b, _ := encode(map[string]int{"b": 2})
	fmt.Println(string(a), string(b))
}
