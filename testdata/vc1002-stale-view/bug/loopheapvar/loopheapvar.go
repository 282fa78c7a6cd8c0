// Bug (VC1002): ../loopphi with the kept part in a variable that a deferred
// closure also reads, so that it lives in memory rather than in an SSA phi.
// It still was cut with the previous step's k: its first row, k-1, is
// cleared by this step's train part before it is read.
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
	defer func() { fmt.Println("last test part:", prevTest.Shape()) }()
	for k := 1; k < 5; k++ {
		train, test := split(n, k)
		train.Fill(0) // want "VC1002"
		if prevTest != nil {
			fmt.Println(ndarray.Sum(prevTest)) // its first row is now zero
		}
		prevTest = test
	}

	// Without a helper: the old tail kept in a local array's element.
	a := ndarray.Arange[float64](5)
	var saved [1]*ndarray.Array[float64]
	for k := 1; k < 5; k++ {
		h := a.Slice(ndarray.S(0, k))
		h.Fill(-1) // want "VC1002"
		if saved[0] != nil {
			fmt.Println(ndarray.Sum(saved[0])) // saved[0][0] is now -1
		}
		saved[0] = a.Slice(ndarray.S(k, ndarray.End))
	}
}
