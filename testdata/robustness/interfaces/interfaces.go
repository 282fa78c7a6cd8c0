// Quiet: arrays stored in interfaces and maps and passed as fmt.Stringer;
// the analyzer cannot know their provenance and must not guess.
package main

import (
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

type shaper interface{ Shape() []int }

func widen(v any) *nd.Array[float64] {
	if a, ok := v.(*nd.Array[float64]); ok {
		return a
	}
	return nd.Zeros[float64](1)
}

func main() {
	base := nd.Arange[float64](4)
	reg := map[string]any{"base": base, "other": nd.Zeros[float64](2)}
	h := widen(reg["base"])
	h.Set(-1, 0)
	var s shaper = base
	var str fmt.Stringer = base.Transpose()
	fmt.Println(s.Shape(), str, widen(reg["other"]).At(0), base)
}
