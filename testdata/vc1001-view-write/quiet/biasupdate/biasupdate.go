// Quiet: a gradient step applied column by column through unnamed views
// (W[:, j] -= lr * g[j]).
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	w := nd.Full(1.0, 3, 2)
	grads := []*nd.Array[float64]{nd.FromSlice([]float64{1, 2, 3}), nd.FromSlice([]float64{-1, 0, 1})}
	const lr = 0.1
	for j, g := range grads {
		step := nd.Mul(g, nd.Full(lr, 1))
		nd.SubAssign(w.Slice(nd.All(), nd.I(j)), step)
	}
	fmt.Println(w, nd.Sum(w))
}
