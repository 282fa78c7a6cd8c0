// Package doublebuf is Conway's life with two buffers swapped each step.
//
// Review: redteam2
package doublebuf

import nd "github.com/viewcheck/viewcheck/ndarray"

func neighbours(g *nd.Array[int], i, j int) int {
	sh := g.Shape()
	n := 0
	for di := -1; di <= 1; di++ {
		for dj := -1; dj <= 1; dj++ {
			if di == 0 && dj == 0 {
				continue
			}
			ii, jj := (i+di+sh[0])%sh[0], (j+dj+sh[1])%sh[1]
			n += g.At(ii, jj)
		}
	}
	return n
}

// Run advances g by steps generations and returns the final grid.
func Run(g *nd.Array[int], steps int) *nd.Array[int] {
	sh := g.Shape()
	cur := g.Copy()
	next := nd.Zeros[int](sh...)
	for s := 0; s < steps; s++ {
		for i := 0; i < sh[0]; i++ {
			for j := 0; j < sh[1]; j++ {
				k := neighbours(cur, i, j)
				alive := cur.At(i, j) == 1
				if k == 3 || (alive && k == 2) {
					next.Set(1, i, j)
				} else {
					next.Set(0, i, j)
				}
			}
		}
		cur, next = next, cur
	}
	return cur
}
