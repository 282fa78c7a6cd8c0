// Bug (VC1009): a function keeps part of its parameter in a window, then
// zeroes the parameter's slot while the window is still summed: Total
// returns 3 instead of 5.
package main

import "fmt"

type Window struct {
	xs []int
}

func NewWindow(xs []int) *Window { return &Window{xs: xs} }

func (w *Window) Sum() int {
	t := 0
	for _, x := range w.xs {
		t += x
	}
	return t
}

func Total(s []int) int {
	w := NewWindow(s[1:])
	s[1] = 0 // want "VC1009"
	return w.Sum()
}

func main() {
	fmt.Println(Total([]int{1, 2, 3}))
}
