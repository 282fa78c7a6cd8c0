// Package closures updates arrays from closures in ways that are intended.
//
// Review: redteam2
package closures

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func ForEachRow(m *nd.Array[float64], f func(row *nd.Array[float64])) {
	for i := 0; i < m.Shape()[0]; i++ {
		f(m.Slice(nd.I(i)))
	}
}

func Demo() {
	m := nd.Arange[float64](12).Reshape(3, 4)
	ForEachRow(m, func(r *nd.Array[float64]) { nd.ScaleAssign(r, 2) })
	fmt.Println(m)
	acc := 0.0
	visit := func(r *nd.Array[float64]) { acc += nd.Sum(r) }
	ForEachRow(m, visit)
	fmt.Println(acc)
}

func Counter() func(int) *nd.Array[int] {
	hist := nd.Zeros[int](10)
	return func(bin int) *nd.Array[int] {
		hist.Set(hist.At(bin)+1, bin)
		return hist.Copy()
	}
}
