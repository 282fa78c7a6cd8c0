// Cycles of methods.
//
// Bug (VC1001): the methods down and up of a pyramid call each other,
// slicing every second sample on the way down and returning the input at
// the top: the result is a view of the image. Marking the top level marks
// the image, which is read afterwards.
//
// Bug (VC1006), twice: the filter's forward and backward passes call each
// other; backward scales its input in place and the recursion ends in new
// memory (Add). Both return a new array and both change the caller's
// signal (backward directly, forward through its call of backward). The
// receiver is the filter's own state and may change; the signal must not.
// clean, which works on a copy, is quiet.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

type pyramid struct{ levels int }

func (p *pyramid) down(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	if k >= p.levels {
		return a
	}
	return p.up(a.Slice(ndarray.Step(0, ndarray.End, 2)), k+1)
}

func (p *pyramid) up(a *ndarray.Array[float64], k int) *ndarray.Array[float64] {
	return p.down(a.Slice(ndarray.All()), k)
}

type filter struct{ gain float64 }

func (f *filter) forward(sig *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	if n == 0 {
		return ndarray.Add(sig, sig)
	}
	return f.backward(sig, n-1) // want "VC1006"
}

func (f *filter) backward(sig *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	ndarray.ScaleAssign(sig, f.gain) // want "VC1006"
	return f.forward(sig, n)
}

// clean works on a copy of its input.
func (f *filter) clean(sig *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	return f.forward(sig.Copy(), n)
}

func main() {
	img := ndarray.Arange[float64](8)
	p := &pyramid{levels: 2}
	top := p.down(img, 0)
	top.Fill(-1)     // want "VC1001"
	fmt.Println(img) // [-1 1 2 3 -1 5 6 7]

	f := &filter{gain: 0.5}
	sig := ndarray.Full(4.0, 3)
	out := f.forward(sig, 2)
	fmt.Println(out, sig) // sig changed to [1 1 1]
	sig2 := ndarray.Full(4.0, 3)
	fmt.Println(f.clean(sig2, 2), sig2) // sig2 unchanged
}
