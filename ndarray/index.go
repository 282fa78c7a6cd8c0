package ndarray

import "math"

// End is the open bound of a range, like an omitted bound in Python:
// S(2, End) is 2:, Step(End, End, -1) is ::-1.
const End = math.MinInt

type indexKind uint8

const (
	kindRange indexKind = iota
	kindInt
	kindNewAxis
)

// Index is one entry of a Slice expression: a range, an integer or NewAxis.
type Index struct {
	kind              indexKind
	start, stop, step int
}

// S is the range start:stop. Negative values count from the end; End is open.
//
//viewcheck:reads
//viewcheck:index range
func S(start, stop int) Index { return Index{kind: kindRange, start: start, stop: stop, step: 1} }

// Step is the range start:stop:step. A zero step panics when it is used.
//
//viewcheck:reads
//viewcheck:layout strided
//viewcheck:index range
func Step(start, stop, step int) Index {
	return Index{kind: kindRange, start: start, stop: stop, step: step}
}

// All is the whole axis, Python's ":".
//
//viewcheck:reads
//viewcheck:index all
func All() Index { return Index{kind: kindRange, start: End, stop: End, step: 1} }

// I selects position i of an axis and removes the axis. Negative i counts
// from the end.
//
//viewcheck:reads
//viewcheck:index int
func I(i int) Index { return Index{kind: kindInt, start: i} }

// NewAxis inserts an axis of length 1.
//
//viewcheck:reads
//viewcheck:index newaxis
func NewAxis() Index { return Index{kind: kindNewAxis} }
