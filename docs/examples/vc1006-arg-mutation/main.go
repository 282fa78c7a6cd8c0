// Command vc1006-arg-mutation shows VC1006: a function that returns a new
// array also writes through its parameter, so its caller's array changes
// behind its back (NumPy's np.pmt did rate[rate == 0] = 1 on its input).
//
// It prints [0.1 0.3 0.6] twice: sales was scaled too. The fix is
// x = x.Copy() at the start of shares.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// shares returns each value's share of the total, as a new array.
func shares(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.ScaleAssign(x, 1/ndarray.Sum(x)) // VC1006: scales the caller's array
	return x.Flatten()
}

func main() {
	sales := ndarray.FromSlice([]float64{10, 30, 60})
	fmt.Println(shares(sales))
	fmt.Println(sales)
}
