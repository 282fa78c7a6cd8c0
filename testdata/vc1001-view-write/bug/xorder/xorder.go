// Bug (VC1001): the same helpers as ../../quiet/xorder, called so that the parts
// overlap: each write changes elements that the following read sees.
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
	lo := xsplit.Rows(0, 4, a)
	hi := xsplit.RowsRev(6, a, 3) // lo is hi, hi is lo: rows 3-5
	lo.Fill(0)                    // want "VC1001"
	fmt.Println(ndarray.Sum(hi))  // row 3 was cleared

	b := ndarray.Arange[float64](12).Reshape(6, 2)
	head := xsplit.Head(b, 3)
	tail := xsplit.Tail(b, 2)
	head.Fill(0)                   // want "VC1001"
	fmt.Println(ndarray.Sum(tail)) // row 2 was cleared

	c := ndarray.Arange[float64](6).Reshape(3, 2)
	c0 := xsplit.Column(c, 1)
	c1 := xsplit.Column(c, 1)
	c0.Fill(-1)                  // want "VC1001"
	fmt.Println(ndarray.Sum(c1)) // -3

	m := ndarray.Arange[float64](8).Reshape(4, 2)
	t := &xsplit.Table{M: m}
	top := t.Band(0, 3)
	bottom := t.Band(2, 4)
	top.Fill(0)                      // want "VC1001"
	fmt.Println(ndarray.Sum(bottom)) // row 2 was cleared

	d := ndarray.Arange[float64](8).Reshape(4, 2)
	first := xsplit.Pick(d, 0, 2, "x")
	rest := xsplit.Pick(d, 1, 4)
	first.Fill(9)                  // want "VC1001"
	fmt.Println(ndarray.Sum(rest)) // row 1 was filled

	e := ndarray.Arange[float64](8).Reshape(4, 2)
	top2 := e.Slice(ndarray.S(0, 2))
	bottom2 := e.Slice(ndarray.S(2, 4))
	owner := xsplit.Owner(top2)
	owner.Fill(1)                     // want "VC1001"
	fmt.Println(ndarray.Sum(bottom2)) // 4, not 22
}
