// Package heatbuffers runs a heat-diffusion stencil with two buffers.
//
// Review: redteam
package heatbuffers

import nd "github.com/viewcheck/viewcheck/ndarray"

// Diffuse runs steps of explicit diffusion and returns the final field.
func Diffuse(n, steps int, alpha float64) *nd.Array[float64] {
	prev := nd.Zeros[float64](n)
	prev.Set(1, n/2)
	next := nd.Zeros[float64](n)
	for t := 0; t < steps; t++ {
		for i := 1; i < n-1; i++ {
			l, c, r := prev.At(i-1), prev.At(i), prev.At(i+1)
			next.Set(c+alpha*(l-2*c+r), i)
		}
		prev, next = next, prev
	}
	return prev
}
