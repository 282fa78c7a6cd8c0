// Correct: m = m.Grow(...) rebinds the name to the grown matrix, as s = append(s, x)
// does: nothing reads the old value afterwards. Correct.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	m = m.Grow(1, 1).(*mat.Dense)
	m.Set(2, 2, 9)
	fmt.Println(mat.Formatted(m))
}
