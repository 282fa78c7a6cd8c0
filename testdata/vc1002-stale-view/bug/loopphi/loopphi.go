// Bug (VC1002): a sweep over split points k with a helper that returns
// both parts. prevTest, the test part kept from the previous step, is
// rows [k-1, end); this step's train part [0, k) contains row k-1 and is
// cleared before prevTest is read. The helper's bounds name the same k,
// but prevTest was cut with last step's value.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func split(m *ndarray.Array[float64], k int) (train, test *ndarray.Array[float64]) {
	return m.Slice(ndarray.S(0, k)), m.Slice(ndarray.S(k, ndarray.End))
}

func main() {
	n := ndarray.Arange[float64](10).Reshape(5, 2)
	var prevTest *ndarray.Array[float64]
	for k := 1; k < 5; k++ {
		train, test := split(n, k)
		train.Fill(0) // want "VC1002"
		if prevTest != nil {
			fmt.Println(ndarray.Sum(prevTest)) // its first row is now zero
		}
		prevTest = test
	}
}
