// Package train runs gradient descent with an update-size stopping rule.
//
// Review: redteam
package train

import nd "github.com/viewcheck/viewcheck/ndarray"

// Fit takes gradient steps on w until the step is small.
func Fit(w *nd.Array[float64], grad func(*nd.Array[float64]) *nd.Array[float64], lr float64) int {
	for it := 0; it < 1000; it++ {
		prevW := w.View()
		g := grad(w)
		nd.ScaleAssign(g, lr)
		nd.SubAssign(w, g) // want "VC1002"
		step := nd.Sub(w, prevW)
		if nd.Max(step) < 1e-9 && nd.Min(step) > -1e-9 {
			return it
		}
	}
	return 1000
}
