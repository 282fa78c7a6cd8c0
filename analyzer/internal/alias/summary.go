package alias

import (
	"fmt"
	"strings"
)

// A ResultKind says what a function's result shares with its parameters.
type ResultKind uint8

const (
	ResultUnknown  ResultKind = iota
	ResultFresh               // new memory, and the caller knows it
	ResultCopy                // a copy of Param that may be mistaken for a view
	ResultView                // a view of Param
	ResultReadOnly            // a read-only view of Param
	ResultMayView             // a view or a copy of Param, depending on its layout
	// ResultPending is the result of a recursive call whose summary is
	// being computed: it adds nothing to what the other paths return.
	ResultPending
)

var resultNames = [...]string{"unknown", "fresh", "copy", "view", "readonly", "mayview", "pending"}

func (k ResultKind) String() string { return resultNames[k] }

// A Result describes one result of a function.
type Result struct {
	Kind    ResultKind
	Param   int  // for copy, view, readonly, mayview
	Strided bool // the result is in general not C-contiguous
	// AnyLayout marks fresh memory whose layout depends on the input (an
	// array loaded from a Fortran-order file is a transposed view).
	AnyLayout bool
	// Whole marks a view that may cover more of the memory than Param
	// does (the base of a view), so it is not within Param's selection.
	Whole bool
	// Capacity marks a view that lasts only while Param's capacity does
	// (append, Grow): Kind is ResultMayView, and the copy it becomes is
	// new memory.
	Capacity bool
	// Borrowed marks a view of the receiver's buffer that the next call
	// of one of the Summary's Until methods overwrites.
	Borrowed bool
	// Axes is, for a view that slices Param itself, what it selects on
	// Param's axes, with bounds that are constants or other parameters,
	// so that a caller can tell apart the parts a helper returns.
	Axes []ResultSel
}

// A ResultSel is a Sel in terms of a function's parameters.
type ResultSel struct {
	Kind   SelKind
	Lo, Hi Bound
	Step   int64
}

// A Bound is a slice bound in terms of a function's parameters.
type Bound struct {
	Kind  BoundKind
	Value int64 // the constant, or the parameter's index
}

// BoundKind tells the kinds of Bound apart.
type BoundKind int

const (
	BoundOpen BoundKind = iota
	BoundConst
	BoundParam
)

func sameResult(a, b Result) bool {
	return a.Kind == b.Kind && a.Param == b.Param && a.Strided == b.Strided &&
		a.AnyLayout == b.AnyLayout && a.Whole == b.Whole && a.Capacity == b.Capacity &&
		a.Borrowed == b.Borrowed && sameAxes(a.Axes, b.Axes)
}

func sameAxes(a, b []ResultSel) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A Summary is the aliasing contract of a function: what its array results
// share with its parameters and which parameters it writes through or
// stores. Parameters are numbered as in ssa.Function.Params: the receiver,
// if any, is 0.
//
// Summaries cross package boundaries as analysis facts: declared ones come
// from //viewcheck: directives, the others are inferred from the body.
type Summary struct {
	Results []Result // indexed like the signature's results
	Writes  uint64   // bit i: writes through parameter i
	// WritesBeyond, bit i: some write through parameter i goes through
	// its base (Base), so it may reach past what the parameter selects.
	WritesBeyond uint64
	Stores       uint64 // bit i: stores parameter i where it outlives the call
	Declared     bool   // from directives rather than inferred
	// StridedIndex marks an index constructor (it returns no array) whose
	// values make a sliced view strided unless its last argument is the
	// constant 1 (a step).
	StridedIndex bool
	// Meta marks a function that reads only an array's metadata (its
	// shape, strides, flags): calling it is not a read of the elements.
	Meta bool
	// BorrowsInto, bit i: the function stores, through pointer parameter
	// i, memory borrowed from the receiver (sql.Rows.Scan into a
	// *RawBytes).
	BorrowsInto uint64
	// NoOverlap, if set, names a parameter the function writes that must
	// not share memory with some others unless it is the same value.
	NoOverlap *NoOverlap
	// Resets, bit i: the function empties parameter i's header and keeps
	// its backing memory for the next use (gonum's Reset).
	Resets uint64
	// Until lists the methods whose next call on the same receiver
	// overwrites borrowed memory (a Borrowed result, or BorrowsInto).
	Until []string
	// Index is, for an index constructor, what its Index selects on an
	// axis: "range" (start, stop arguments), "int", "all" or "newaxis".
	Index string
}

// A NoOverlap rule: parameter Target must not share memory with the
// parameters in With (bit i: parameter i) unless it is the same value. The
// function panics when it does (gonum's "mat: bad region: overlap"), or,
// without Panics, silently computes wrong values.
type NoOverlap struct {
	Target int
	With   uint64
	Panics bool
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for i, r := range s.Results {
		if r.Kind == ResultUnknown {
			continue
		}
		p := fmt.Sprintf("result %d: %s", i, r.Kind)
		if r.Kind >= ResultCopy {
			p += fmt.Sprintf(" of param %d", r.Param)
		}
		if r.Strided {
			p += " (strided)"
		}
		if r.Whole {
			p += " (whole)"
		}
		if r.Capacity {
			p += " (while capacity lasts)"
		}
		if r.Borrowed {
			p += " (borrowed)"
		}
		if len(r.Axes) > 0 {
			p += fmt.Sprintf(" selecting %v", r.Axes)
		}
		parts = append(parts, p)
	}
	if s.Writes != 0 {
		parts = append(parts, fmt.Sprintf("writes %b", s.Writes))
	}
	if s.WritesBeyond != 0 {
		parts = append(parts, fmt.Sprintf("writes beyond %b", s.WritesBeyond))
	}
	if s.Stores != 0 {
		parts = append(parts, fmt.Sprintf("stores %b", s.Stores))
	}
	if s.BorrowsInto != 0 {
		parts = append(parts, fmt.Sprintf("borrows into %b", s.BorrowsInto))
	}
	if o := s.NoOverlap; o != nil {
		parts = append(parts, fmt.Sprintf("param %d overlaps %b: panics %v", o.Target, o.With, o.Panics))
	}
	if s.Resets != 0 {
		parts = append(parts, fmt.Sprintf("resets %b", s.Resets))
	}
	if len(s.Until) > 0 {
		parts = append(parts, "until "+strings.Join(s.Until, " "))
	}
	return "summary(" + strings.Join(parts, "; ") + ")"
}

// Pending returns the optimistic summary of a function under analysis,
// for its recursive calls: results that add nothing, no writes.
func Pending(nresults int) *Summary {
	s := &Summary{Results: make([]Result, nresults)}
	for i := range s.Results {
		s.Results[i].Kind = ResultPending
	}
	return s
}

// Settle turns results still pending (a recursion that never returns
// anything else) into unknown ones: the summary is final.
func (s *Summary) Settle() {
	for i := range s.Results {
		if s.Results[i].Kind == ResultPending {
			s.Results[i] = Result{Kind: ResultUnknown}
		}
	}
}

// declaresResult reports whether a declared summary (a directive or a
// contract) says what some result shares: a Go slice result (mat.Row's
// copy, bytes.TrimSpace's view) is then followed like an array.
func (s *Summary) declaresResult() bool {
	if s == nil || !s.Declared {
		return false
	}
	for _, r := range s.Results {
		if r.Kind != ResultUnknown {
			return true
		}
	}
	return false
}

// WritesBeyondParam reports whether the function's writes through
// parameter i may reach past what it selects (through its Base).
func (s *Summary) WritesBeyondParam(i int) bool {
	return i < 64 && s.WritesBeyond&(1<<uint(i)) != 0
}

// WritesParam reports whether the function writes through parameter i.
func (s *Summary) WritesParam(i int) bool { return i < 64 && s.Writes&(1<<uint(i)) != 0 }

// ViewsParam reports whether every array result that depends on
// parameter i is a view of it (so that the call itself reads nothing).
func (s *Summary) ViewsParam(i int) bool {
	views := false
	for _, r := range s.Results {
		switch r.Kind {
		case ResultView, ResultReadOnly, ResultMayView:
			if r.Param == i {
				views = true
			}
		case ResultCopy:
			if r.Param == i {
				return false
			}
		}
	}
	return views
}

// StoresParam reports whether the function stores parameter i.
func (s *Summary) StoresParam(i int) bool { return i < 64 && s.Stores&(1<<uint(i)) != 0 }

// ArrayType is the fact on a type name whose pointers are arrays
// (declared by //viewcheck:array).
type ArrayType struct{}

// AFact marks ArrayType as an analysis fact.
func (*ArrayType) AFact() {}

func (*ArrayType) String() string { return "array type" }

// Involved is the package fact of a package that declares array types or
// imports, directly or not, one that does. Packages without it cannot hold
// an array, so the analyzer skips them without building SSA.
type Involved struct{}

// AFact marks Involved as an analysis fact.
func (*Involved) AFact() {}

func (*Involved) String() string { return "involves arrays" }

// Reorders is the fact on a function that writes the elements of some of
// its slice parameters in place through calls that reorder or rewrite a
// whole slice (sort.Strings, slices.Reverse, a helper that does): bit i,
// parameter i, numbered as in ssa.Function.Params (the receiver first).
type Reorders struct {
	Params uint64
	// Reported is set when the function was reported for it (VC1010) in
	// its own package: its callers passing their parameters on are not
	// reported again.
	Reported uint64
}

// AFact marks Reorders as an analysis fact.
func (*Reorders) AFact() {}

func (r *Reorders) String() string { return fmt.Sprintf("reorders %b", r.Params) }

// Appends is the fact on a function whose result is its slice parameter
// appended to (return append(p, ...), directly or through a helper that
// has this fact): bit i, parameter i, numbered as in ssa.Function.Params
// (the receiver first). Two calls on one argument are two appends on it,
// whose results share the argument's spare capacity (VC1012).
type Appends struct {
	Params uint64
}

// AFact marks Appends as an analysis fact.
func (*Appends) AFact() {}

func (a *Appends) String() string { return fmt.Sprintf("appends to %b", a.Params) }

// Lends is the fact on a function that returns memory it only borrows from
// one of its parameters: result Result is a buffer of parameter Param
// (numbered as in ssa.Function.Params, the receiver first), lent by a call
// like `sc.Bytes()` until the next call of one of the methods Until on it.
// A caller keeping the result past such a call keeps overwritten memory
// (VC1013).
type Lends struct {
	Result, Param int
	Until         []string
	// Advances is set when the function itself calls one of the Until
	// methods on the parameter first (a nextLine(sc) that scans, then
	// returns sc.Bytes()): its next call ends the previous loan.
	Advances bool
}

// AFact marks Lends as an analysis fact.
func (*Lends) AFact() {}

func (l *Lends) String() string {
	return fmt.Sprintf("lends result %d from parameter %d until %s", l.Result, l.Param, strings.Join(l.Until, " "))
}
