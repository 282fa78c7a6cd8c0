// Correct (documented): Rank sorts scores in place and returns the winner;
// its doc comment says so, so callers are told.
package main

import (
	"fmt"
	"sort"
)

// Rank sorts scores in place, highest first, and returns the top score.
func Rank(scores []int) int {
	sort.Sort(sort.Reverse(sort.IntSlice(scores)))
	return scores[0]
}

func main() {
	s := []int{1, 3, 2}
	fmt.Println(Rank(s), s)
}
