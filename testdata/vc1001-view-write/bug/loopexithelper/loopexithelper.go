// Bug (VC1001): ../loopexit with helpers. head is the longest
// prefix whose total fits the budget, found by shrinking k; when none fits,
// the loop runs out with head = prefix(costs, 1) and k = 0, so suffix(costs,
// k) is the whole series and contains head. The second function keeps
// head in a variable a closure reads (memory, not a phi).
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func prefix(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return a.Slice(ndarray.S(0, k))
}

func suffix(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return a.Slice(ndarray.S(k, ndarray.End))
}

func spend(costs *ndarray.Array[float64], budget float64) float64 {
	k := costs.Size()
	var head *ndarray.Array[float64]
	for ; k > 0; k-- {
		head = prefix(costs, k)
		if ndarray.Sum(head) <= budget {
			break
		}
	}
	tail := suffix(costs, k)
	if head != nil {
		head.Fill(0) // want "VC1001"
	}
	return ndarray.Sum(tail)
}

func spendLogged(costs *ndarray.Array[float64], budget float64) float64 {
	k := costs.Size()
	var head *ndarray.Array[float64]
	logHead := func() { fmt.Println("head:", head) }
	for ; k > 0; k-- {
		head = prefix(costs, k)
		if ndarray.Sum(head) <= budget {
			break
		}
	}
	logHead()
	tail := suffix(costs, k)
	if head != nil {
		head.Fill(0) // want "VC1001"
	}
	return ndarray.Sum(tail)
}

func main() {
	fmt.Println(spend(ndarray.FromSlice([]float64{5, 6, 7}), 1))       // 13, not 18
	fmt.Println(spendLogged(ndarray.FromSlice([]float64{5, 6, 7}), 1)) // 13, not 18
}
