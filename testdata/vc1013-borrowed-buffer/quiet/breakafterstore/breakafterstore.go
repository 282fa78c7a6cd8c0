// Quiet: the loop stores the matching key and leaves at once (break,
// return): no Next follows the store.
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

func find(it *iter, prefix []byte) []byte {
	var found []byte
	for it.Next() {
		if bytes.HasPrefix(it.Key(), prefix) {
			found = it.Key()
			break
		}
	}
	return found
}

func first(it *iter, prefix []byte) []byte {
	for it.Next() {
		if k := it.Key(); bytes.HasPrefix(k, prefix) {
			return k
		}
	}
	return nil
}

func main() {
	fmt.Printf("%s\n", find(&iter{data: [][]byte{[]byte("ab"), []byte("cd")}}, []byte("c")))
	fmt.Printf("%s\n", first(&iter{data: [][]byte{[]byte("ab"), []byte("cd")}}, []byte("a")))
}
