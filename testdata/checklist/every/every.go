// One finding of every check, so that the tests of check lists
// (analyzer/checklist_test.go, and the viewcheck command's and the
// golangci-lint plugin's tests) can see which checks a list runs.
package every

import (
	"fmt"
	"sort"

	"github.com/viewcheck/viewcheck/ndarray"
)

// VC1000, twice: a malformed //viewcheck: directive here, and a suppression
// without a reason in main.

//viewcheck:view a b
func first(a, b *ndarray.Array[int]) *ndarray.Array[int] { // want "malformed directive.*\\(VC1000\\)"
	return a.Slice(ndarray.S(0, 1))
}

func viewWrite() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	s := arr.Slice(ndarray.S(1, 3))
	s.Set(100, 0) // want "VC1001"
	fmt.Println(arr)
}

func staleView() {
	state := ndarray.FromSlice([]float64{1, 2, 3, 4})
	prev := state.View()
	ndarray.ScaleAssign(state, 2) // want "VC1002"
	fmt.Println(ndarray.Sub(state, prev))
}

func lostWrite() {
	scores := ndarray.FromSlice([]int{50, 72, 38, 91, 64})
	low := scores.Take([]int{0, 2}, 0)
	low.Fill(60) // want "VC1003"
	fmt.Println(scores)
}

func layoutWrite(m *ndarray.Array[float64]) float64 {
	flat := m.Ravel()
	flat.Set(0, 0) // want "VC1004"
	return ndarray.Sum(m)
}

func readonlyWrite() {
	grid := ndarray.FromSlice([]float64{1, 2, 3}).BroadcastTo(3, 3)
	grid.Set(0, 1, 1) // want "VC1005"
	fmt.Println(grid)
}

func argMutation(x *ndarray.Array[float64]) *ndarray.Array[float64] {
	ndarray.ScaleAssign(x, 1/ndarray.Sum(x)) // want "VC1006"
	return x.Flatten()
}

// VC1010: a query that sorts its caller's slice.
func medianOf(xs []int) int {
	sort.Ints(xs) // want "VC1010"
	return xs[len(xs)/2]
}

// VC1011: a field written on a range value, a copy.
func rangeCopy(ps []struct{ N int }) {
	for _, p := range ps {
		p.N = 1 // want "VC1011"
	}
}
