// Quiet: other packages' helpers used correctly: a copy is edited, an
// unnamed view is normalised in place, views are only read.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/geom"
	"viewcheck.test/crosspkg/views"
)

func main() {
	m := ndarray.Arange[float64](16).Reshape(4, 4)
	d := views.Detached(m)
	d.Fill(0)
	views.Normalize(views.FirstRow(m))
	for r := 1; r < 4; r++ {
		row := m.Slice(ndarray.I(r))
		views.Normalize(row)
	}
	fmt.Println(ndarray.Sum(geom.Center(m)), ndarray.Sum(views.Tile(views.FirstRow(m), 2)))
	fmt.Println(m, d)
}
