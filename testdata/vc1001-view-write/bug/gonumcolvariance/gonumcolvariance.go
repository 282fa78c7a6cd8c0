// Bug (VC1001): The variance of the first column is computed by centring the column
// in place through a named ColView, which centres the data set's column:
// the summary printed afterwards shows column 0 as -1 0 1 instead of 1 2 3.
package main

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

func main() {
	data := mat.NewDense(3, 2, []float64{
		1, 10,
		2, 20,
		3, 30,
	})
	n, _ := data.Dims()
	x := data.ColView(0).(*mat.VecDense)
	mean := mat.Sum(x) / float64(n)
	for i := 0; i < n; i++ {
		x.SetVec(i, x.AtVec(i)-mean) // want "VC1001"
	}
	variance := mat.Dot(x, x) / float64(n-1)
	fmt.Println("variance of column 0:", variance)
	fmt.Printf("data:\n%v\n", mat.Formatted(data))
}
