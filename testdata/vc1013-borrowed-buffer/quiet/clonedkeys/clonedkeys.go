// Quiet: the keys are cloned before they are kept (the fix of
// syndtr/goleveldb#236), so the next Next overwrites nothing they hold.
package main

import (
	"bytes"
	"fmt"
)

type iter struct {
	data [][]byte
	i    int
	key  []byte
}

func (it *iter) Next() bool {
	if it.i >= len(it.data) {
		return false
	}
	it.key = append(it.key[:0], it.data[it.i]...)
	it.i++
	return true
}

//viewcheck:borrowed until Next
func (it *iter) Key() []byte { return it.key }

func main() {
	it := &iter{data: [][]byte{[]byte("a"), []byte("b")}}
	var keys [][]byte
	for it.Next() {
		keys = append(keys, bytes.Clone(it.Key()))
	}
	fmt.Println(bytes.Equal(keys[0], keys[1]))
}
