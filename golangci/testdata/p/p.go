package p

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// viewWrite is the tutorial view write: VC1001.
func viewWrite() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	s := arr.Slice(ndarray.S(1, 3))
	s.Set(100, 0) // VC1001
	fmt.Println(arr)
}

// layoutWrite is a VC1004 finding, which the test's settings turn off.
func layoutWrite(m *ndarray.Array[float64]) float64 {
	flat := m.Ravel()
	flat.Set(0, 0) // VC1004, turned off
	return ndarray.Sum(m)
}
