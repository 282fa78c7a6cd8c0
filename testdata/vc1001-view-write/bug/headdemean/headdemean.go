// Removing the mean of the first samples for an energy estimate demeans
// them in the signal itself, so the signal's total printed afterwards is
// off by n*mean.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	signal := ndarray.FromSlice([]float64{4, 6, 8, 1, 1, 1, 1, 1})
	const n = 3
	head := signal.Slice(ndarray.S(0, n))
	mean := ndarray.Mean(head)
	for i := 0; i < n; i++ {
		head.Set(head.At(i)-mean, i) // want "VC1001"
	}
	energy := ndarray.Sum(ndarray.Mul(head, head))
	fmt.Println("head energy:", energy)
	fmt.Println("signal total:", ndarray.Sum(signal)) // 5, not 23
}
