// Package tempfunc standardises feature columns.
//
// Review: redteam
package tempfunc

import nd "github.com/viewcheck/viewcheck/ndarray"

// center subtracts the mean of x from x, in place.
func center(x *nd.Array[float64]) {
	nd.SubAssign(x, nd.Full(nd.Mean(x), 1))
}

// CenterEveryOther centers the even columns of X and returns X's mean.
func CenterEveryOther(X *nd.Array[float64]) float64 {
	cols := X.Shape()[1]
	var even []int
	for j := 0; j < cols; j += 2 {
		even = append(even, j)
	}
	center(X.Take(even, 1)) // want "VC1003"
	return nd.Mean(X)
}
