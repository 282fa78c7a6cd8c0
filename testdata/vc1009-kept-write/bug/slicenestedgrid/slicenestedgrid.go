// Bug (VC1009): the grid keeps the caller's cells two literals deep
// (Grid{board: board{cells: cells}}); resetting the cells for the next game
// clears the grid that is still printed: it prints 0 instead of 1.
package main

import "fmt"

type board struct {
	cells []int
}

type Grid struct {
	board board
	width int
}

func NewGrid(width int, cells []int) *Grid {
	return &Grid{board: board{cells: cells}, width: width}
}

func (g *Grid) At(x, y int) int { return g.board.cells[y*g.width+x] }

func main() {
	cells := []int{1, 0, 0, 1}
	g := NewGrid(2, cells)
	for i := range cells {
		cells[i] = 0 // want "VC1009"
	}
	fmt.Println(g.At(0, 0))
}
