// y = x.ravel('F'); y[0] = 9999 does not change a C-ordered x (numpy#12318).
// In Go the Fortran-order ravel is Transpose().Ravel(), which must copy.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	x := ndarray.Arange[int](6).Reshape(2, 3)
	y := x.Transpose().Ravel()
	y.Set(9999, 0)          // want "VC1003"
	fmt.Println(x.At(0, 0)) // 0
}
