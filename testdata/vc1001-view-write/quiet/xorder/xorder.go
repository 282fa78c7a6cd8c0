// Correct: every pair of parts below is disjoint. The helpers live in
// another package (xsplit) and take their parameters in unusual orders,
// call each other, are methods, generic, or variadic; writing one part and
// reading the other changes nothing the read sees.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
	"viewcheck.test/crosspkg/xsplit"
)

func main() {
	a := ndarray.Arange[float64](12).Reshape(6, 2)
	lo := xsplit.Rows(0, 3, a)
	hi := xsplit.RowsRev(6, a, 3)
	lo.Fill(0)                   // quiet: rows 3-5 are not 0-2
	fmt.Println(ndarray.Sum(hi)) // 51

	b := ndarray.Arange[float64](12).Reshape(6, 2)
	k := 2
	head := xsplit.Head(b, k)
	tail := xsplit.Tail(b, k)
	head.Fill(0)                   // quiet: tail starts at row k
	fmt.Println(ndarray.Sum(tail)) // 60

	c := ndarray.Arange[float64](6).Reshape(3, 2)
	c0 := xsplit.Column(c, 0)
	c1 := xsplit.Column(c, 1)
	c0.Fill(-1)                  // quiet: column 1 is apart
	fmt.Println(ndarray.Sum(c1)) // 9

	m := ndarray.Arange[float64](8).Reshape(4, 2)
	t := &xsplit.Table{M: m}
	top := t.Band(0, 2)
	bottom := t.Band(2, 4)
	top.Fill(0)                      // quiet
	fmt.Println(ndarray.Sum(bottom)) // 22

	d := ndarray.Arange[float64](8).Reshape(4, 2)
	first := xsplit.Pick(d, 0, 1, "x")
	rest := xsplit.Pick(d, 1, 4)
	first.Fill(9)                  // quiet
	fmt.Println(ndarray.Sum(rest)) // 27
}
