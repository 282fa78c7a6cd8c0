// Bug (VC1001): k-means seeded with a data point: the first centroid is a RowView of
// the data, so moving the centroid to the mean of its cluster moves the data
// point too, and the next assignment step reads a changed data set. It
// prints the first point as [2.67 2.67] at distance 0 from its centroid,
// instead of [1 1] at distance 2.36.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(4, 2, []float64{
		1, 1,
		5, 5,
		2, 2,
		6, 6,
	})
	centroid := data.RowView(0).(*mat.VecDense) // seed: the first point
	mean := mat.NewVecDense(2, nil)
	for _, i := range []int{0, 1, 2} { // its cluster after one assignment
		mean.AddVec(mean, data.RowView(i))
	}
	centroid.ScaleVec(1.0/3, mean) // want "VC1001"
	// The next assignment step measures every point against the centroid.
	for i := 0; i < 4; i++ {
		var d mat.VecDense
		d.SubVec(data.RowView(i), centroid)
		fmt.Printf("point %v: distance %.3g\n", mat.Row(nil, i, data), mat.Norm(&d, 2))
	}
}
