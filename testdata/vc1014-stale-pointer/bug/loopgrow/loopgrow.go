// Bug (VC1014): golang/go#33111's cousin: while walking a worklist by
// index, a node's pointer is kept, its children are appended to the same
// slice, and the node is marked visited through the stale pointer: the
// marks are lost whenever the append grew the slice. It prints visited
// false for the root.
package main

import "fmt"

type node struct {
	ID      int
	Visited bool
}

func main() {
	work := []node{{ID: 1}}
	for i := 0; i < len(work) && i < 4; i++ {
		n := &work[i]
		if n.ID < 4 {
			work = append(work, node{ID: n.ID * 2}, node{ID: n.ID*2 + 1})
		}
		n.Visited = true // want "VC1014"
	}
	fmt.Println(work[0].Visited)
}
