// Package slicemethodreset: a recursive method that stores its path and
// gives the field new backing before anyone writes it again.
package slicemethodreset

type walker struct {
	path  []int
	found [][]int
}

func (w *walker) walk(n int) {
	if n == 0 {
		w.found = append(w.found, w.path)
		w.path = append([]int(nil), w.path...)
		return
	}
	w.path = append(w.path, n)
	w.walk(n - 1)
	w.walk(n - 2)
}

func Walk(n int) [][]int {
	w := &walker{}
	w.walk(n)
	return w.found
}
