// Correct: the helper appends to its own copy of the slice header (a slice
// parameter, not a pointer): the caller's slice does not move, and the
// write through the caller's pointer lands.
package main

import "fmt"

type point struct{ X, Y int }

func withOrigin(ps []point) []point { ps = append(ps, point{}); return ps }

func main() {
	ps := []point{{1, 2}}
	p := &ps[0]
	all := withOrigin(ps)
	p.X = 10
	fmt.Println(ps, all)
}
