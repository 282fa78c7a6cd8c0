// Bug (VC1001): the split holds both halves of the data set; norm is a
// named view of the test rows, the same rows as split.test. Scaling through
// norm changes split.test, and evaluate reads it afterwards. (split.train is
// disjoint from norm, split.test is not: a value holding both meets it.)
// split.test is also a view stored in a struct field, a snapshot by
// VC1002's rule, read after the base changed: VC1002 on the same write.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type split struct {
	train, test *ndarray.Array[float64]
}

// evaluate returns the mean of the test rows.
func evaluate(s *split) float64 { return ndarray.Mean(s.test) }

func main() {
	data := ndarray.Arange[float64](8).Reshape(4, 2)
	s := &split{
		train: data.Slice(ndarray.S(0, 2)),
		test:  data.Slice(ndarray.S(2, 4)),
	}
	norm := data.Slice(ndarray.S(2, 4))
	ndarray.ScaleAssign(norm, 0.5) // want "VC1001" "VC1002"
	fmt.Println(evaluate(s))       // 2.75, not 5.5
}
