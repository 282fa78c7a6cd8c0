// Package generic smooths series of any numeric type.
//
// Review: redteam
package generic

import nd "github.com/viewcheck/viewcheck/ndarray"

// SmoothDelta replaces series by its running pairwise mean and returns the
// change it made.
func SmoothDelta[T nd.Number](series *nd.Array[T]) *nd.Array[T] {
	old := series.View()
	n := series.Size()
	next := series.Copy()
	for i := 1; i < n; i++ {
		next.Set((series.At(i-1)+series.At(i))/2, i)
	}
	series.Assign(next) // want "VC1002" "VC1006"
	return nd.Sub(series, old)
}
