// Quiet (VC1012): a method returns append(it.path, key...) of its
// receiver's field, and its caller assigns the result back to the field
// (go-ethereum's trie iterator): the receiver decides about its own path.
package main

import "fmt"

type iterator struct{ path []byte }

func (it *iterator) next(key []byte) []byte {
	path := append(it.path, key...)
	return path
}

func main() {
	it := &iterator{}
	for _, k := range []string{"a", "bc"} {
		it.path = it.next([]byte(k))
	}
	fmt.Println(string(it.path))
}
