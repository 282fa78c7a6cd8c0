// Package lufactor is Doolittle LU with partial pivoting, done on a copy of
// the input through per-iteration row windows.
//
// Review: redteam2
package lufactor

import (
	"math"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// LU returns the packed LU factors of a (in new memory) and the row permutation.
func LU(a *nd.Array[float64]) (*nd.Array[float64], []int) {
	n := a.Shape()[0]
	lu := a.Copy()
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(lu.At(i, k)) > math.Abs(lu.At(p, k)) {
				p = i
			}
		}
		if p != k {
			saved := lu.Slice(nd.I(k)).Copy()
			lu.Slice(nd.I(k)).Assign(lu.Slice(nd.I(p)))
			lu.Slice(nd.I(p)).Assign(saved)
			perm[k], perm[p] = perm[p], perm[k]
		}
		pivot := lu.At(k, k)
		for i := k + 1; i < n; i++ {
			f := lu.At(i, k) / pivot
			lu.Set(f, i, k)
			row := lu.Slice(nd.I(i), nd.S(k+1, nd.End))
			scaled := lu.Slice(nd.I(k), nd.S(k+1, nd.End)).Copy()
			nd.ScaleAssign(scaled, f)
			nd.SubAssign(row, scaled)
		}
	}
	return lu, perm
}

// Det returns the determinant of a from its LU factors.
func Det(a *nd.Array[float64]) float64 {
	lu, perm := LU(a)
	d := 1.0
	for i := 0; i < len(perm); i++ {
		d *= lu.At(i, i)
	}
	swaps := 0
	seen := make([]bool, len(perm))
	for i := range perm {
		if seen[i] {
			continue
		}
		n := 0
		for j := i; !seen[j]; j = perm[j] {
			seen[j] = true
			n++
		}
		swaps += n - 1
	}
	if swaps%2 == 1 {
		d = -d
	}
	return d
}
