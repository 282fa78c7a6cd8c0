// A Jacobi iteration that keeps "old" as a view of u: every update reads
// neighbours that were already overwritten in the same sweep, so the
// iteration silently becomes Gauss-Seidel with a different result after a
// fixed number of sweeps.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	const n = 6
	u := ndarray.Zeros[float64](n)
	u.Set(1, n-1)
	old := u.View()
	for sweep := 0; sweep < 3; sweep++ {
		for i := 1; i < n-1; i++ {
			u.Set(0.5*(old.At(i-1)+old.At(i+1)), i) // want "VC1002"
		}
	}
	fmt.Printf("%.4f\n", u.At(n-2)) // 0.6250 with a true Jacobi sweep, 0.6875 here
}
