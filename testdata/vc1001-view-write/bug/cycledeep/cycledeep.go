// Bug (VC1001): twelve functions that call each other in a ring, with
// chords (step0 also calls step5 and step7, and so on): every path passes a
// view of the parameter on and the ring ends in a slice, so every function
// returns a view of its parameter. The summaries must converge on a cycle
// this size without the analyzer giving up or taking long; the caller's
// write through the result changes field, which is read afterwards.
//
// Review: redteam3
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func step0(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step5(a.View(), n-1)
	case n%3 == 1:
		return step7(a.Slice(ndarray.All()), n-1)
	}
	return step1(a, n-1)
}

func step1(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step6(a.View(), n-1)
	case n%3 == 1:
		return step8(a.Slice(ndarray.All()), n-1)
	}
	return step2(a, n-1)
}

func step2(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step7(a.View(), n-1)
	case n%3 == 1:
		return step9(a.Slice(ndarray.All()), n-1)
	}
	return step3(a, n-1)
}

func step3(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step8(a.View(), n-1)
	case n%3 == 1:
		return step10(a.Slice(ndarray.All()), n-1)
	}
	return step4(a, n-1)
}

func step4(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step9(a.View(), n-1)
	case n%3 == 1:
		return step11(a.Slice(ndarray.All()), n-1)
	}
	return step5(a, n-1)
}

func step5(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step10(a.View(), n-1)
	case n%3 == 1:
		return step0(a.Slice(ndarray.All()), n-1)
	}
	return step6(a, n-1)
}

func step6(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step11(a.View(), n-1)
	case n%3 == 1:
		return step1(a.Slice(ndarray.All()), n-1)
	}
	return step7(a, n-1)
}

func step7(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step0(a.View(), n-1)
	case n%3 == 1:
		return step2(a.Slice(ndarray.All()), n-1)
	}
	return step8(a, n-1)
}

func step8(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step1(a.View(), n-1)
	case n%3 == 1:
		return step3(a.Slice(ndarray.All()), n-1)
	}
	return step9(a, n-1)
}

func step9(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step2(a.View(), n-1)
	case n%3 == 1:
		return step4(a.Slice(ndarray.All()), n-1)
	}
	return step10(a, n-1)
}

func step10(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step3(a.View(), n-1)
	case n%3 == 1:
		return step5(a.Slice(ndarray.All()), n-1)
	}
	return step11(a, n-1)
}

func step11(a *ndarray.Array[float64], n int) *ndarray.Array[float64] {
	switch {
	case n <= 0:
		return a.Slice(ndarray.S(0, 1))
	case n%3 == 0:
		return step4(a.View(), n-1)
	case n%3 == 1:
		return step6(a.Slice(ndarray.All()), n-1)
	}
	return step0(a, n-1)
}

func main() {
	field := ndarray.Arange[float64](6)
	cell := step0(field, 40)
	cell.Fill(-1)      // want "VC1001"
	fmt.Println(field) // [-1 1 2 3 4 5]

	f2 := ndarray.Arange[float64](6)
	c2 := step9(f2, 7)
	c2.Set(-2, 0) // want "VC1001"
	fmt.Println(f2)
}
