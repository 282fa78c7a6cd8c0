// Package gameoflife runs Conway's game of life.
//
// Review: redteam
package gameoflife

import nd "github.com/viewcheck/viewcheck/ndarray"

func neighbours(g *nd.Array[uint8], y, x int) uint8 {
	h, w := g.Shape()[0], g.Shape()[1]
	var n uint8
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy != 0 || dx != 0 {
				n += g.At((y+dy+h)%h, (x+dx+w)%w)
			}
		}
	}
	return n
}

// Run advances grid by gens generations in place and returns the live count.
func Run(grid *nd.Array[uint8], gens int) uint8 {
	h, w := grid.Shape()[0], grid.Shape()[1]
	for g := 0; g < gens; g++ {
		next := nd.Zeros[uint8](h, w)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				n := neighbours(grid, y, x)
				if n == 3 || (n == 2 && grid.At(y, x) == 1) {
					next.Set(1, y, x)
				}
			}
		}
		grid.Assign(next)
	}
	return nd.Sum(grid)
}
