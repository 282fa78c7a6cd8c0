// Correct: the copy is changed and then used in the same iteration: a
// scratch value built from each element.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	pts := []point{{1, 2}, {3, 4}}
	var shifted []point
	for _, p := range pts {
		p.X += 10
		shifted = append(shifted, p)
	}
	fmt.Println(pts, shifted)
}
