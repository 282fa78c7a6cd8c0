// Bug (VC1011): gonum commit f76d4f03's shape with struct elements: the
// board is an array passed by value, so marking a cell alive changes the
// function's copy only. It prints [{false} {false} {false}].
package main

import "fmt"

type cell struct{ alive bool }

func seed(board [3]cell, i int) {
	board[i].alive = true // want "VC1011"
}

func main() {
	var board [3]cell
	seed(board, 1)
	fmt.Println(board)
}
