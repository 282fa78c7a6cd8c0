// zeroFirst writes through m.Reshape(-1) and then reads m: for a
// C-contiguous m the write lands, for a transposed m the reshape copies and
// the write is lost, so the two calls below print different totals.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func zeroFirst(m *ndarray.Array[float64]) float64 {
	flat := m.Reshape(-1)
	flat.Set(0, 0) // want "VC1004"
	return ndarray.Sum(m)
}

func main() {
	a := ndarray.Full(1.0, 2, 3)
	fmt.Println(zeroFirst(a))                                   // 5
	fmt.Println(zeroFirst(ndarray.Full(1.0, 2, 3).Transpose())) // 6
}
