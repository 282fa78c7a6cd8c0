// Bug (VC1010): sort.Stable on a conversion of the parameter to a sortable
// slice type (sort.IntSlice(scores), the same backing array): topScore
// returns the best score and leaves the caller's scores sorted. It prints
// [1 4 9] instead of [9 1 4].
package main

import (
	"fmt"
	"sort"
)

func topScore(scores []int) int {
	sort.Stable(sort.IntSlice(scores)) // want "VC1010"
	return scores[len(scores)-1]
}

func main() {
	s := []int{9, 1, 4}
	fmt.Println(topScore(s), s)
}
