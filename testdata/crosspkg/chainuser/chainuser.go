// A view made two packages away (geom -> views) is still a view.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"

	"viewcheck.test/crosspkg/geom"
)

func main() {
	heat := nd.Zeros[float64](5, 5)
	c := geom.Center(heat)
	c.Set(100, 0, 0) // want "VC1001"
	edge := geom.TopEdge(heat)
	fmt.Println("edge:", edge)
	fmt.Println("heat total:", nd.Sum(heat)) // 100
}
