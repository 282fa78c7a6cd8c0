// Correct: The first step of a blocked Cholesky factorisation keeps a copy of the
// original diagonal block (DenseCopyOf) to check the factor afterwards: the
// block is factorised in place, the copy keeps A11, and the check
// |L11·L11ᵀ - A11| prints 0.
package main

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// cholInPlace replaces the lower triangle of the symmetric positive definite
// matrix m with its Cholesky factor L and zeroes the upper triangle.
func cholInPlace(m *mat.Dense) {
	n, _ := m.Dims()
	for j := 0; j < n; j++ {
		d := m.At(j, j)
		for k := 0; k < j; k++ {
			d -= m.At(j, k) * m.At(j, k)
		}
		m.Set(j, j, math.Sqrt(d))
		for i := j + 1; i < n; i++ {
			s := m.At(i, j)
			for k := 0; k < j; k++ {
				s -= m.At(i, k) * m.At(j, k)
			}
			m.Set(i, j, s/m.At(j, j))
			m.Set(j, i, 0)
		}
	}
}

func main() {
	a := mat.NewDense(4, 4, []float64{
		4, 2, 1, 0,
		2, 5, 0, 1,
		1, 0, 3, 1,
		0, 1, 1, 2,
	})
	orig := mat.DenseCopyOf(a.Slice(0, 2, 0, 2)) // A11, to check the factor against
	cholInPlace(a.Slice(0, 2, 0, 2).(*mat.Dense))
	l11 := a.Slice(0, 2, 0, 2)
	var check mat.Dense
	check.Mul(l11, l11.T())
	check.Sub(&check, orig)
	fmt.Printf("|L11·L11ᵀ - A11| = %.2g\n", mat.Norm(&check, 2))
}
