// Quiet (VC1012): two appends of the same value on one base with spare
// capacity (prometheus's block planner: pending = append(np, b) and
// groups = append(groups, append(np, b))): the second writes what the
// first wrote, so both results keep their values.
package main

import "fmt"

func plan(blocks []int) ([][]int, []int) {
	var groups [][]int
	var pending []int
	np := make([]int, 0, 8)
	for _, b := range blocks {
		np = append(np[:0], pending...)
		pending = append(np, b)
		groups = append(groups, append(np, b))
	}
	return groups, pending
}

func main() { fmt.Println(plan([]int{1, 2})) }
