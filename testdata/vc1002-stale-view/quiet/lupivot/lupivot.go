// Quiet: LU decomposition with partial pivoting, in place. Rows are swapped
// through an explicit copy; the elimination writes row views made in the
// loops that write them.
package main

import (
	"fmt"
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// luInPlace overwrites a with its LU factors and returns the row order.
func luInPlace(a *nd.Array[float64]) []int {
	n := a.Shape()[0]
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(a.At(i, k)) > math.Abs(a.At(p, k)) {
				p = i
			}
		}
		if p != k {
			tmp := a.Slice(nd.I(k)).Copy()
			a.Slice(nd.I(k)).Assign(a.Slice(nd.I(p)))
			a.Slice(nd.I(p)).Assign(tmp)
			perm[k], perm[p] = perm[p], perm[k]
		}
		for i := k + 1; i < n; i++ {
			f := a.At(i, k) / a.At(k, k)
			a.Set(f, i, k)
			rest := a.Slice(nd.I(i), nd.S(k+1, nd.End))
			nd.SubAssign(rest, nd.Mul(a.Slice(nd.I(k), nd.S(k+1, nd.End)), nd.Full(f, 1)))
		}
	}
	return perm
}

func main() {
	a := nd.FromSlice([]float64{1, 2, 3, 4, 5, 6, 7, 8, 10}, 3, 3)
	perm := luInPlace(a)
	fmt.Println(perm, a)
}
