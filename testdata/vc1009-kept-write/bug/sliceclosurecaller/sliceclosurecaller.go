// Bug (VC1009): the keeping and the write happen inside a function literal:
// the window keeps the caller's slice, which the literal then reuses for
// the next readings: it prints 40 instead of 6.
package main

import "fmt"

type Window struct {
	xs []int
}

func NewWindow(xs []int) Window { return Window{xs: xs} }

func (w Window) Sum() int {
	t := 0
	for _, x := range w.xs {
		t += x
	}
	return t
}

func main() {
	report := func(readings []int) {
		w := NewWindow(readings)
		for i := range readings {
			readings[i] *= 10 // want "VC1009"
		}
		fmt.Println(w.Sum(), readings)
	}
	report([]int{1, 2, 1})
}
