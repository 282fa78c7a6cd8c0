// Correct: one scratch slice refilled each iteration and a window built
// over it after the fill, used only within that iteration: nothing built
// in an earlier iteration is read after the refill.
package main

import "fmt"

type Window struct {
	xs []int
}

func NewWindow(xs []int) Window { return Window{xs: xs} }

func (w Window) Max() int {
	m := w.xs[0]
	for _, x := range w.xs {
		m = max(m, x)
	}
	return m
}

func main() {
	scratch := make([]int, 3)
	for round := 0; round < 3; round++ {
		for i := range scratch {
			scratch[i] = round * i
		}
		w := NewWindow(scratch)
		fmt.Println(w.Max())
	}
}
