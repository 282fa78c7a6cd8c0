// Correct for VC1010: the slice goes to a method of an interface, whose
// dynamic callee is unknown; the implementation here copies before
// sorting, and VC1010 does not guess.
package main

import (
	"fmt"
	"slices"
)

type ranker interface{ Rank(xs []int) int }

type copyRanker struct{}

func (copyRanker) Rank(xs []int) int {
	c := slices.Clone(xs)
	slices.Sort(c)
	return c[0]
}

func best(r ranker, xs []int) int { return r.Rank(xs) }

func main() {
	xs := []int{3, 1, 2}
	fmt.Println(best(copyRanker{}, xs), xs)
}
