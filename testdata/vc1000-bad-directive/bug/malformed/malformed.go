// Bug (VC1000): directives that steer the analyzer but do not parse: a view
// of two parameters at once, and a directive kind that does not exist. The
// analyzer says so instead of guessing what was meant.
package malformed

import "github.com/viewcheck/viewcheck/ndarray"

// Head returns the first row of a.
//
//viewcheck:view a b
func Head(a, b *ndarray.Array[int]) *ndarray.Array[int] { // want "malformed directive.*\\(VC1000\\)"
	return a.Slice(ndarray.I(0))
}

// Tail returns the last row of a.
//
//viewcheck:shares a
func Tail(a *ndarray.Array[int]) *ndarray.Array[int] { // want "malformed directive.*unknown directive.*\\(VC1000\\)"
	return a.Slice(ndarray.I(-1))
}
