// ExpandDims gives a view: clamping the column vector made from the
// temperatures clamps the temperatures themselves.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// Celsius is a temperature.
type Celsius float64

func main() {
	temps := ndarray.FromSlice([]Celsius{-3.5, 12, 41.5, 18})
	col := temps.ExpandDims(1) // shape (4, 1)
	for i := 0; i < col.Shape()[0]; i++ {
		if col.At(i, 0) > 40 {
			col.Set(40, i, 0) // want "VC1001"
		}
	}
	fmt.Println("column:", col)
	fmt.Println("max recorded:", ndarray.Max(temps)) // 40, the 41.5 reading is gone
}
