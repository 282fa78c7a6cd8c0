package ndarray

import (
	"math"
	"math/big"
	"math/bits"
	"unsafe"
)

// This file decides whether two arrays have an element in common. It follows
// NumPy's mem_overlap.c (Pauli Virtanen's bounded Diophantine solver, after
// P. Ramachandran, "Use of Extended Euclidean Algorithm in Solving a System of
// Linear Diophantine Equations with Bounded Variables", 2006).
//
// Two arrays a and b share an element when
//
//	start_a + sum(|sa_i| * x_i) == last_b - sum(|sb_j| * y_j)
//	0 <= x_i <= shape_a[i]-1,  0 <= y_j <= shape_b[j]-1
//
// has an integer solution, where start_a is a's lowest element address and
// last_b is b's highest (flipping x -> n-1-x turns every negative stride
// positive). That is one bounded linear Diophantine equation with positive
// coefficients, sum(A_k * z_k) == rhs, which the depth-first search below
// decides. The problem is NP-hard in general, so the search counts its work
// and gives up (answering "may share") past a bound.
//
// Addresses, not buffers, are compared: two Wraps of overlapping Go slices
// share memory although they hold different slice headers, and two distinct
// allocations can never overlap in the address space.

// overlapMinWork is the least number of search steps SharesMemory allows
// before it gives up. Above it the bound grows with the arrays' sizes, so the
// test never costs more than a pass over the elements of both arrays, which
// is what the operation that asks about overlap does anyway.
const overlapMinWork = 1 << 12

// SharesMemory reports whether a and b have at least one element at the same
// memory address. Writing to that element through one would change the other.
// Empty arrays share memory with nothing. It reads only shapes, strides and
// addresses, never elements, and allocates nothing for arrays of up to 8
// dimensions.
//
// The answer is exact for every array built by this package's constructors
// and view operations in practice: disjoint address ranges are rejected at
// once, and views cut from one parent (rows, columns, even and odd elements,
// blocks) are decided after a handful of steps. For contrived layouts the
// question is NP-hard, so the search is bounded: after max(4096, a.Size() +
// b.Size()) steps, or if an intermediate value would overflow int64, it stops
// and answers true. A true answer is therefore always safe to act on (copy
// before writing), and a false answer is always correct.
//
//viewcheck:meta
func SharesMemory[T Elem](a, b *Array[T]) bool {
	return sharesMemory(a, b, max(overlapMinWork, a.Size()+b.Size())) != overlapNo
}

// MayShareMemory reports whether the address ranges spanned by a and b
// overlap. It is fast (a few multiplications per axis) and never misses
// shared memory, but it may report true for arrays that interleave without
// sharing an element, such as the even and the odd elements of one array.
// Empty arrays share memory with nothing.
//
//viewcheck:meta
func MayShareMemory[T Elem](a, b *Array[T]) bool {
	sa, ea, oka := byteExtent(a)
	sb, eb, okb := byteExtent(b)
	return oka && okb && sa < eb && sb < ea
}

// overlapResult is the answer of the solver.
type overlapResult uint8

const (
	overlapNo       overlapResult = iota // proved: no common element
	overlapYes                           // proved: a common element exists
	overlapTooHard                       // gave up at the work bound
	overlapOverflow                      // an intermediate value left int64
)

// maxTerms is the number of Diophantine terms held on the stack: one per
// axis of both arrays plus two item-width terms. Larger problems still work;
// they allocate.
const maxTerms = 18

// sharesMemory decides whether a and b have a common element, taking at most
// maxWork search steps.
func sharesMemory[T Elem](a, b *Array[T], maxWork int) overlapResult {
	sa, ea, oka := byteExtent(a)
	sb, eb, okb := byteExtent(b)
	if !oka || !okb || sa >= eb || sb >= ea {
		return overlapNo
	}
	if a == b || sa == sb && sameLayout(a, b) {
		return overlapYes
	}
	var zero T
	size := uintptr(unsafe.Sizeof(zero))

	// Work in elements when the two arrays' elements are aligned with each
	// other, as they always are for arrays over one Go slice or over
	// overlapping slices of one Go array. Only unsafe code can misalign them;
	// then the problem is stated in bytes, with each element's width as an
	// extra variable, exactly as NumPy states it.
	unit, k, width := size, int64(1), int64(1)
	if (max(sa, sb)-min(sa, sb))%size != 0 {
		unit, k, width = 1, int64(size), int64(size)
	}
	// Both right-hand sides are non-negative after the extent check; the
	// smaller one makes the search cheaper.
	rhsBytes := min(eb-size-sa, ea-size-sb)
	if width > 1 {
		rhsBytes = min(eb-1-sa, ea-1-sb)
	}
	if uint64(rhsBytes/unit) > math.MaxInt64 {
		return overlapOverflow
	}
	rhs := int64(rhsBytes / unit)

	var buf [maxTerms]term
	terms := buf[:0]
	var ok bool
	if terms, ok = appendTerms(terms, a.shape, a.strides, k); !ok {
		return overlapOverflow
	}
	if terms, ok = appendTerms(terms, b.shape, b.strides, k); !ok {
		return overlapOverflow
	}
	if width > 1 {
		terms = append(terms, term{1, width - 1}, term{1, width - 1})
	}
	terms, ok = simplify(terms, rhs)
	if !ok {
		return overlapOverflow
	}
	return solveDiophantine(terms, rhs, maxWork)
}

// byteExtent returns the half-open address range [start, end) that holds
// a's elements, and false when a is empty.
func byteExtent[T Elem](a *Array[T]) (start, end uintptr, ok bool) {
	lo, hi := a.offset, a.offset
	for i, n := range a.shape {
		if n == 0 {
			return 0, 0, false
		}
		if s := a.strides[i] * (n - 1); s > 0 {
			hi += s
		} else {
			lo += s
		}
	}
	var zero T
	size := unsafe.Sizeof(zero)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(a.data)))
	return p + uintptr(lo)*size, p + uintptr(hi+1)*size, true
}

// sameLayout reports whether a and b have the same shape and strides.
func sameLayout[T Elem](a, b *Array[T]) bool {
	if len(a.shape) != len(b.shape) {
		return false
	}
	for i := range a.shape {
		if a.shape[i] != b.shape[i] || a.strides[i] != b.strides[i] {
			return false
		}
	}
	return true
}

// term is one variable of the equation sum(a * x) == b with 0 <= x <= ub.
type term struct {
	a, ub int64
}

// appendTerms adds a term for every axis of the layout that moves through
// memory. Axes of length 1 and zero strides contribute no address, so they
// are dropped; negative strides become positive (x -> n-1-x). k scales
// strides into the unit of the problem.
func appendTerms(terms []term, shape, strides []int, k int64) ([]term, bool) {
	for i, n := range shape {
		s := int64(strides[i])
		if n <= 1 || s == 0 {
			continue
		}
		if s < 0 {
			if s == math.MinInt64 {
				return terms, false
			}
			s = -s
		}
		s, ok := mul64(s, k)
		if !ok {
			return terms, false
		}
		terms = append(terms, term{s, int64(n - 1)})
	}
	return terms, true
}

// simplify sorts the terms by decreasing coefficient (the order that keeps
// the search small for views of one parent), merges equal coefficients,
// clips each bound to what b allows and drops variables that must be zero.
// It keeps the feasibility of the problem; b must be non-negative.
func simplify(terms []term, b int64) ([]term, bool) {
	// Insertion sort: there are at most a few dozen terms, and sort.Slice
	// would make the slice escape to the heap.
	for i := 1; i < len(terms); i++ {
		for j := i; j > 0 && terms[j-1].a < terms[j].a; j-- {
			terms[j-1], terms[j] = terms[j], terms[j-1]
		}
	}
	ok := true
	n := 0
	for _, t := range terms {
		if n > 0 && terms[n-1].a == t.a {
			var sumOK bool
			terms[n-1].ub, sumOK = add64(terms[n-1].ub, t.ub)
			ok = ok && sumOK
			continue
		}
		terms[n] = t
		n++
	}
	terms = terms[:n]
	n = 0
	for _, t := range terms {
		t.ub = min(t.ub, b/t.a)
		if t.ub == 0 {
			continue
		}
		terms[n] = t
		n++
	}
	return terms[:n], ok
}

// solveDiophantine decides whether sum(E[i].a * x[i]) == b has a solution
// with 0 <= x[i] <= E[i].ub. Every E[i].a must be positive, and E sorted by
// decreasing a for the search to be quick.
func solveDiophantine(E []term, b int64, maxWork int) overlapResult {
	if b < 0 {
		return overlapNo
	}
	for _, t := range E {
		if t.ub < 0 {
			return overlapNo
		}
	}
	switch len(E) {
	case 0:
		if b == 0 {
			return overlapYes
		}
		return overlapNo
	case 1:
		if b%E[0].a == 0 && b/E[0].a <= E[0].ub {
			return overlapYes
		}
		return overlapNo
	}
	var epBuf [maxTerms]term
	var gammaBuf, epsilonBuf [maxTerms]int64
	s := dioSearch{E: E, maxWork: maxWork}
	s.Ep, s.Gamma, s.Epsilon = epBuf[:], gammaBuf[:], epsilonBuf[:]
	if len(E) > maxTerms {
		s.Ep = make([]term, len(E))
		s.Gamma = make([]int64, len(E))
		s.Epsilon = make([]int64, len(E))
	}
	if !s.precompute() {
		return overlapOverflow
	}
	return s.dfs(len(E)-1, b)
}

// dioSearch holds the state of the depth-first Euclid search.
//
// Ep[j] is the combined term of variables 0..j+1: its coefficient is
// gcd(E[0].a, ..., E[j+1].a) and its bound the largest value the combined
// variable can take. Gamma[j] and Epsilon[j] are the Bezout coefficients of
// that gcd from Ep[j-1].a (or E[0].a) and E[j+1].a.
type dioSearch struct {
	E, Ep          []term
	Gamma, Epsilon []int64
	maxWork, count int
}

// precompute fills Ep, Gamma and Epsilon; it returns false on overflow.
func (s *dioSearch) precompute() bool {
	E, n := s.E, len(s.E)
	g, gamma, epsilon := euclid(E[0].a, E[1].a)
	s.Ep[0].a, s.Gamma[0], s.Epsilon[0] = g, gamma, epsilon
	if n > 2 {
		ub, ok := combineBounds(E[0].a/g, E[0].ub, E[1].a/g, E[1].ub)
		if !ok {
			return false
		}
		s.Ep[0].ub = ub
	}
	for j := 2; j < n; j++ {
		g, gamma, epsilon := euclid(s.Ep[j-2].a, E[j].a)
		s.Ep[j-1].a, s.Gamma[j-1], s.Epsilon[j-1] = g, gamma, epsilon
		if j < n-1 {
			ub, ok := combineBounds(s.Ep[j-2].a/g, s.Ep[j-2].ub, E[j].a/g, E[j].ub)
			if !ok {
				return false
			}
			s.Ep[j-1].ub = ub
		}
	}
	return true
}

// combineBounds returns c1*u1 + c2*u2, the bound of the variable
// c1*x1 + c2*x2, and false on overflow.
func combineBounds(c1, u1, c2, u2 int64) (int64, bool) {
	p1, ok1 := mul64(c1, u1)
	p2, ok2 := mul64(c2, u2)
	sum, ok3 := add64(p1, p2)
	return sum, ok1 && ok2 && ok3
}

// dfs decides whether Ep[v-2]*x' + E[v].a*x_v == b (with x' standing for
// variables 0..v-1, or E[0] itself when v == 1) has a solution that the
// lower levels can realise. The solutions of the two-variable equation form
// one arithmetic progression in a parameter t; each candidate x_v is tried
// in turn with the right-hand side reduced by it.
func (s *dioSearch) dfs(v int, b int64) overlapResult {
	if s.count >= s.maxWork {
		return overlapTooHard
	}
	var a1, u1 int64
	if v == 1 {
		a1, u1 = s.E[0].a, s.E[0].ub
	} else {
		a1, u1 = s.Ep[v-2].a, s.Ep[v-2].ub
	}
	a2, u2 := s.E[v].a, s.E[v].ub
	g, gamma, epsilon := s.Ep[v-1].a, s.Gamma[v-1], s.Epsilon[v-1]

	if b%g != 0 {
		s.count++
		return overlapNo
	}
	c := b / g
	c1, c2 := a2/g, a1/g
	// The solutions are x1 = gamma*c + c1*t, x2 = epsilon*c - c2*t for
	// integer t; the bounds on x1 and x2 bound t.
	_, x2, span, res := candidates(gamma, epsilon, c, c1, c2, u1, u2)
	if res != overlapYes {
		if res == overlapNo {
			s.count++
		}
		return res
	}
	if v == 1 {
		// x1 and x2 are the two remaining variables, both within bounds.
		return overlapYes
	}
	for t := int64(0); t <= span; t++ {
		xv := x2 - c2*t
		// xv <= u2 and a2*u2 is at most one array's extent, so this cannot
		// overflow; b - a2*xv lies in [b - a2*u2, b].
		res := s.dfs(v-1, b-a2*xv)
		if res != overlapNo {
			return res
		}
	}
	s.count++
	return overlapNo
}

// candidates returns the solution of the two-variable equation with the
// smallest admissible t (shifted to t = 0), as x1 and x2, and the number of
// further admissible values of t. It reports overlapNo when no t keeps both
// variables within their bounds, and overlapOverflow when a value does not
// fit in int64 even after the bounds are applied.
func candidates(gamma, epsilon, c, c1, c2, u1, u2 int64) (x1, x2, span int64, res overlapResult) {
	// Fast path in int64; gamma*c can exceed it when b is large, and then
	// the bounds are computed exactly with big integers.
	x10, ok1 := mul64(gamma, c)
	x20, ok2 := mul64(epsilon, c)
	u1x, ok3 := sub64(u1, x10)
	x2u, ok4 := sub64(x20, u2)
	if !ok1 || !ok2 || !ok3 || !ok4 || x10 == math.MinInt64 {
		return candidatesBig(gamma, epsilon, c, c1, c2, u1, u2)
	}
	tl := max(ceilDiv(-x10, c1), ceilDiv(x2u, c2))
	tu := min(floorDiv(u1x, c1), floorDiv(x20, c2))
	if tl > tu {
		return 0, 0, 0, overlapNo
	}
	// With tl and tu within the bounds, c1*tl lies between -x10 and u1-x10,
	// and likewise for c2*tl, so these cannot overflow.
	return x10 + c1*tl, x20 - c2*tl, tu - tl, overlapYes
}

// candidatesBig is candidates in arbitrary precision.
func candidatesBig(gamma, epsilon, c, c1, c2, u1, u2 int64) (x1, x2, span int64, res overlapResult) {
	bc := big.NewInt(c)
	x10 := new(big.Int).Mul(big.NewInt(gamma), bc)
	x20 := new(big.Int).Mul(big.NewInt(epsilon), bc)
	bc1, bc2 := big.NewInt(c1), big.NewInt(c2)

	// ceil(p/q) for q > 0 is -floor(-p/q); big.Int.Div floors for q > 0.
	ceil := func(p, q *big.Int) *big.Int {
		r := new(big.Int).Div(new(big.Int).Neg(p), q)
		return r.Neg(r)
	}
	tl := ceil(new(big.Int).Neg(x10), bc1)
	if t := ceil(new(big.Int).Sub(x20, big.NewInt(u2)), bc2); t.Cmp(tl) > 0 {
		tl = t
	}
	tu := new(big.Int).Div(new(big.Int).Sub(big.NewInt(u1), x10), bc1)
	if t := new(big.Int).Div(x20, bc2); t.Cmp(tu) < 0 {
		tu = t
	}
	if tl.Cmp(tu) > 0 {
		return 0, 0, 0, overlapNo
	}
	bx1 := x10.Add(x10, new(big.Int).Mul(bc1, tl))
	bx2 := x20.Sub(x20, new(big.Int).Mul(bc2, tl))
	bspan := tu.Sub(tu, tl)
	if !bx1.IsInt64() || !bx2.IsInt64() || !bspan.IsInt64() {
		return 0, 0, 0, overlapOverflow
	}
	return bx1.Int64(), bx2.Int64(), bspan.Int64(), overlapYes
}

// euclid returns g = gcd(a1, a2) and gamma, epsilon with
// gamma*a1 + epsilon*a2 == g, |gamma| < a2/g and |epsilon| < a1/g. Both
// arguments must be positive; every intermediate value stays within them.
func euclid(a1, a2 int64) (g, gamma, epsilon int64) {
	gamma1, gamma2 := int64(1), int64(0)
	epsilon1, epsilon2 := int64(0), int64(1)
	for {
		if a2 == 0 {
			return a1, gamma1, epsilon1
		}
		r := a1 / a2
		a1 -= r * a2
		gamma1 -= r * gamma2
		epsilon1 -= r * epsilon2
		if a1 == 0 {
			return a2, gamma2, epsilon2
		}
		r = a2 / a1
		a2 -= r * a1
		gamma2 -= r * gamma1
		epsilon2 -= r * epsilon1
	}
}

// mul64 returns a*b and whether it fits in int64.
func mul64(a, b int64) (int64, bool) {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(absU(a), absU(b))
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true // -(1<<63) wraps to MinInt64, as it should
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // MinInt64 wraps to 1<<63, its magnitude
	}
	return uint64(a)
}

// add64 returns a+b and whether it fits in int64.
func add64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// sub64 returns a-b and whether it fits in int64.
func sub64(a, b int64) (int64, bool) {
	d := a - b
	return d, (d < a) == (b > 0)
}

// floorDiv returns floor(p/q) for q > 0.
func floorDiv(p, q int64) int64 {
	d := p / q
	if p%q != 0 && p < 0 {
		d--
	}
	return d
}

// ceilDiv returns ceil(p/q) for q > 0.
func ceilDiv(p, q int64) int64 {
	d := p / q
	if p%q != 0 && p > 0 {
		d++
	}
	return d
}
