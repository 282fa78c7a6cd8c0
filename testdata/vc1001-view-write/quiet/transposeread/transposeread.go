// Quiet: a normal-equations solve that reads A through its transpose and a
// column view; all writes go into fresh arrays.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.FromSlice([]float64{1, 1, 1, 2, 1, 3}, 3, 2)
	y := ndarray.FromSlice([]float64{1, 2, 2}, 3, 1)
	at := a.Transpose()
	ata := ndarray.MatMul(at, a)
	aty := ndarray.MatMul(at, y)
	det := ata.At(0, 0)*ata.At(1, 1) - ata.At(0, 1)*ata.At(1, 0)
	inv := ndarray.FromSlice([]float64{ata.At(1, 1), -ata.At(0, 1), -ata.At(1, 0), ata.At(0, 0)}, 2, 2)
	ndarray.ScaleAssign(inv, 1/det)
	beta := ndarray.MatMul(inv, aty)
	fmt.Println("slope:", beta.At(1, 0), "x column:", a.Slice(ndarray.All(), ndarray.I(1)))
}
