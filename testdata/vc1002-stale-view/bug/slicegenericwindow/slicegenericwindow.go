// Bug (VC1002): a generic sliding window reuses one buffer for every window
// and stores it: all windows end up equal to the last one.
package slicegenericwindow

func Windows[T any](xs []T, k int) [][]T {
	var out [][]T
	win := make([]T, 0, k)
	for i := 0; i+k <= len(xs); i++ {
		win = append(win[:0], xs[i:i+k]...)
		out = append(out, win) // want `"win" is stored in out without a copy.*VC1002`
	}
	return out
}
