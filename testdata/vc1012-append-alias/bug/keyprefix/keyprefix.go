// Bug (VC1012): ethereum/go-ethereum#35304: a range iterator builds its
// start key with string(append(prefix, start...)): the caller's prefix
// gets start's bytes in its spare capacity, and a key the caller built on
// the same prefix changes.
package main

import "fmt"

func newIterator(prefix []byte, start []byte) string {
	st := string(append(prefix, start...)) // want "VC1012"
	return st
}

func main() {
	prefix := make([]byte, 0, 16)
	prefix = append(prefix, "acct-"...)
	key := append(prefix, "alice"...)
	it := newIterator(prefix, []byte("bob"))
	fmt.Println(string(key), it)
}
