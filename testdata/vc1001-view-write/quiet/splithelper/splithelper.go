// Quiet: trainTest returns two views of data that never meet (rows before
// and from k). Scaling the training rows leaves the test rows as they were,
// so the mean read afterwards is the test set's own.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// trainTest splits data's rows at k.
func trainTest(data *ndarray.Array[float64], k int) (*ndarray.Array[float64], *ndarray.Array[float64]) {
	return data.Slice(ndarray.S(0, k)), data.Slice(ndarray.S(k, ndarray.End))
}

func main() {
	data := ndarray.Arange[float64](8).Reshape(4, 2)
	train, test := trainTest(data, 3)
	ndarray.ScaleAssign(train, 2)
	fmt.Println(ndarray.Mean(test)) // 6.5
	fmt.Println(ndarray.SharesMemory(train, test))
}
