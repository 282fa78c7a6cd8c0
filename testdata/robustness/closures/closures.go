// Closures: a function literal that writes through its parameter is a
// writer like any other; closures that only read views, and per-iteration
// windows written by a callback, stay quiet.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func forEachRow(m *nd.Array[float64], f func(row *nd.Array[float64])) {
	for r := 0; r < m.Shape()[0]; r++ {
		f(m.Slice(nd.I(r)))
	}
}

func main() {
	m := nd.Arange[float64](6).Reshape(3, 2)

	// Quiet: the callback is handed a fresh window per row.
	forEachRow(m, func(row *nd.Array[float64]) { nd.ScaleAssign(row, 2) })

	// Quiet: a closure that only reads a view.
	first := m.Slice(nd.I(0))
	show := func() { fmt.Println("first row:", first) }
	show()

	// A closure used as a writer of its parameter.
	scale := func(x *nd.Array[float64], c float64) { nd.ScaleAssign(x, c) }
	last := m.Slice(nd.I(-1))
	scale(last, 10) // want "VC1001"
	fmt.Println(m)

	// Quiet: immediately invoked closure writing a fresh array.
	acc := func() *nd.Array[float64] {
		z := nd.Zeros[float64](2)
		z.Set(1, 0)
		return z
	}()
	fmt.Println(acc)
}
