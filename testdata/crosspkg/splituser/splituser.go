// Parts of arrays returned by helpers in another package (splits): parts
// that do not meet stay quiet; parts that do are reported. Each case has
// arrays of its own.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/splits"
)

func main() {
	data := ndarray.Arange[float64](12).Reshape(6, 2)
	train, test := splits.TrainTest(data, 4)
	ndarray.ScaleAssign(train, 2) // quiet: test does not hold these rows
	fmt.Println(ndarray.Mean(test))

	m := ndarray.Arange[float64](12).Reshape(2, 6)
	left := splits.Columns(m, 0, 3)
	right := splits.Columns(m, 3, 6)
	left.Fill(0) // quiet: columns 3-5 are not 0-2
	fmt.Println(ndarray.Sum(right))

	n := ndarray.Arange[float64](12).Reshape(2, 6)
	even, odd := splits.EvenOdd(n)
	odd.Fill(-1) // quiet: the even columns are apart
	fmt.Println(ndarray.Sum(even))

	w := ndarray.Arange[float64](12).Reshape(2, 6)
	wide := splits.Columns(w, 0, 4)
	narrow := splits.Columns(w, 3, 6)
	wide.Fill(1)                     // want "VC1001"
	fmt.Println(ndarray.Sum(narrow)) // column 3 was filled

	rows := ndarray.Arange[float64](12).Reshape(6, 2)
	head, tail := splits.Overlapping(rows, 2)
	head.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(tail)) // row 2 was cleared
}
