// Correct: the slice holds pointers ([]*T): both arrays share the same
// elements, so a write through an element's pointer lands.
package main

import "fmt"

type peer struct {
	Addr string
	Up   bool
}

func main() {
	peers := []*peer{{Addr: "a"}}
	p := peers[0]
	peers = append(peers, &peer{Addr: "b"})
	p.Up = true
	pp := &peers[0]
	peers = append(peers, &peer{Addr: "c"})
	(*pp).Up = true
	fmt.Println(*peers[0])
}
