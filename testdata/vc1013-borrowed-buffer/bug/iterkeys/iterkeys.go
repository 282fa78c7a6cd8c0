// Bug (VC1013): syndtr/goleveldb#236: collecting an iterator's keys keeps
// slices of its key buffer, which every Next overwrites: all the keys end
// up equal to the last one. (The iterator here lends by directive; the
// contracts say the same of goleveldb's and pebble's.)
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

// Key returns the current key, valid until the next call of Next.
//
//viewcheck:borrowed until Next
func (it *iter) Key() []byte { return it.key }

func main() {
	it := &iter{data: [][]byte{[]byte("a"), []byte("b")}}
	var keys [][]byte
	for it.Next() {
		keys = append(keys, it.Key()) // want "VC1013"
	}
	fmt.Println(bytes.Equal(keys[0], keys[1]))
}
