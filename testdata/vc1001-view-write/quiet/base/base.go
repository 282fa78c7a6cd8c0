// Correct: ordinary uses of Base that write nothing through it, or write
// through a base nothing reads afterwards. Checking ownership, printing the
// owner, and writing the owner directly at the end.
//
// Review: redteam4
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func isViewOf(v, m *ndarray.Array[float64]) bool { return v.Base() == m }

func main() {
	m := ndarray.Arange[float64](8).Reshape(4, 2)
	top := m.Slice(ndarray.S(0, 2))
	bottom := m.Slice(ndarray.S(2, 4))
	fmt.Println(isViewOf(top, m), top.Base() != nil)
	owner := bottom.Base()
	fmt.Println(ndarray.Sum(owner)) // reads only
	m.Slice(ndarray.S(0, 1)).Fill(0)
	fmt.Println(ndarray.Sum(m))

	c := top.Copy() // owns its memory: Base is nil
	if c.Base() == nil {
		c.Fill(1)
		fmt.Println(ndarray.Sum(c))
	}

	n := ndarray.Arange[float64](8).Reshape(4, 2)
	half := n.Slice(ndarray.S(0, 2))
	fmt.Println(ndarray.Sum(half))
	all := half.Base()
	all.Fill(0) // quiet: nothing of n is read afterwards
}
