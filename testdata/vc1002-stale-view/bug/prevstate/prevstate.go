// Heat diffusion that stops when the state no longer changes. "prev" is a
// view of the current state, so after the overwrite the change is always
// zero and the loop stops after one step.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

// diffuse returns the next state: each interior cell moves towards the
// mean of its neighbours.
func diffuse(u *nd.Array[float64]) *nd.Array[float64] {
	n := u.Size()
	next := u.Copy()
	for i := 1; i < n-1; i++ {
		next.Set(u.At(i)+0.25*(u.At(i-1)-2*u.At(i)+u.At(i+1)), i)
	}
	return next
}

func main() {
	cur := nd.FromSlice([]float64{0, 0, 100, 0, 0})
	prev := cur.View()
	steps := 0
	for steps < 100 {
		cur.Assign(diffuse(cur)) // want "VC1002"
		steps++
		change := nd.Sum(nd.Sub(cur, prev))
		if change == 0 {
			break
		}
	}
	fmt.Println("converged after", steps, "steps:", cur)
}
