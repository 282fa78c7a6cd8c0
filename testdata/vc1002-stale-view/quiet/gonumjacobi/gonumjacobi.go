// Correct: Jacobi iteration with two buffers swapped each sweep (cur, next = next, cur):
// next is computed only from cur, never from itself, so the old values
// are intact while the sweep reads them; it converges to x = [1 1].
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	a := mat.NewDense(2, 2, []float64{4, 1, 2, 5})
	b := mat.NewVecDense(2, []float64{5, 7})
	cur := mat.NewVecDense(2, nil)
	next := mat.NewVecDense(2, nil)
	for sweep := 0; sweep < 50; sweep++ {
		for i := 0; i < 2; i++ {
			s := b.AtVec(i)
			for j := 0; j < 2; j++ {
				if j != i {
					s -= a.At(i, j) * cur.AtVec(j)
				}
			}
			next.SetVec(i, s/a.At(i, i))
		}
		cur, next = next, cur
	}
	fmt.Printf("x = %.4g\n", mat.Formatted(cur.T()))
}
