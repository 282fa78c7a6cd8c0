// Bug (VC1013): ava-labs/avalanchego#3020: a map of keys to values built
// from an iterator stores its Value slices, which the next Next reuses.
package main

import "fmt"

type kvIter struct {
	keys, vals []string
	i          int
	val        []byte
}

func (it *kvIter) Next() bool {
	if it.i >= len(it.keys) {
		return false
	}
	it.val = append(it.val[:0], it.vals[it.i]...)
	it.i++
	return true
}

func (it *kvIter) Key() string { return it.keys[it.i-1] }

// Value is valid until the next Next.
//
//viewcheck:borrowed until Next
func (it *kvIter) Value() []byte { return it.val }

func snapshot(it *kvIter) map[string][]byte {
	m := make(map[string][]byte)
	for it.Next() {
		m[it.Key()] = it.Value() // want "VC1013"
	}
	return m
}

func main() {
	fmt.Println(snapshot(&kvIter{keys: []string{"a", "b"}, vals: []string{"1", "2"}}))
}
