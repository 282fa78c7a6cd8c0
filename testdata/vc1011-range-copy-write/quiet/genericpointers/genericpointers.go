// Correct: a generic loop over pointers to nodes: the range value is a
// pointer, and the write through it lands in the node.
package main

import "fmt"

type node[K comparable] struct {
	Key   K
	Dirty bool
}

func markAll[K comparable](ns []*node[K]) {
	for _, n := range ns {
		n.Dirty = true
	}
}

func main() {
	ns := []*node[string]{{Key: "x"}}
	markAll(ns)
	fmt.Println(*ns[0])
}
