// Correct: a window built once over a buffer that each iteration refills
// and then reads through the window, on purpose: the window is meant to
// show the buffer's current contents.
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

func main() {
	frame := []int{0, 0, 0}
	w := NewWindow(frame)
	for step := 0; step < 3; step++ {
		for i := range frame {
			frame[i] = step + i
		}
		fmt.Println(w.Sum())
	}
}
