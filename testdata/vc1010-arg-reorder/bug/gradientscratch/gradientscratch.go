// Bug (VC1010): gonum commit 85a23c46's shape: a numerical gradient helper
// hands its scratch point to the user's function for every evaluation; the
// user's function changes its argument (it clamps it in place), so the
// following evaluations start from a moved point and the gradient is
// wrong. It prints a gradient that depends on the clamping.
//
// A known miss: the callee is a function value, whose effect on its
// argument a syntactic check cannot know (analyzer/reviewed_test.go).
package main

import "fmt"

func gradient(f func(x []float64) float64, x []float64) []float64 {
	const h = 1e-6
	g := make([]float64, len(x))
	fx := f(x) // want "VC1010"
	for i := range x {
		x[i] += h
		g[i] = (f(x) - fx) / h
		x[i] -= h
	}
	return g
}

func main() {
	clampSum := func(x []float64) float64 {
		s := 0.0
		for i := range x {
			if x[i] > 1 {
				x[i] = 1
			}
			s += x[i] * x[i]
		}
		return s
	}
	fmt.Println(gradient(clampSum, []float64{0.5, 2}))
}
