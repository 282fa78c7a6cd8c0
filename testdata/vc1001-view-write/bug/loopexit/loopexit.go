// Bug (VC1001): head is the longest prefix whose total fits the budget,
// found by shrinking k. When no prefix fits, the loop runs out: head is
// still the last prefix tried, a[:1], while k has moved on to 0, so tail is
// the whole series and contains head. Clearing head then changes tail, which
// is summed afterwards. head and tail are cut at "the same k" in the source,
// but head was cut with an earlier value of it.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// spend zeroes the affordable prefix of costs and returns what is left.
func spend(costs *ndarray.Array[float64], budget float64) float64 {
	k := costs.Size()
	var head *ndarray.Array[float64]
	for ; k > 0; k-- {
		head = costs.Slice(ndarray.S(0, k))
		if ndarray.Sum(head) <= budget {
			break
		}
	}
	tail := costs.Slice(ndarray.S(k, ndarray.End))
	if head != nil {
		head.Fill(0) // want "VC1001"
	}
	return ndarray.Sum(tail)
}

func main() {
	fmt.Println(spend(ndarray.FromSlice([]float64{1, 2, 3, 4}), 3)) // 7: head = [1 2]
	fmt.Println(spend(ndarray.FromSlice([]float64{5, 6, 7}), 1))    // 13, not 18: head = [5] is inside tail
}
