package ndarray

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// bruteShares reports whether some byte of an element of a is also a byte of
// an element of b, by listing every element address. It is the definition
// SharesMemory must agree with.
func bruteShares[T Elem](a, b *Array[T]) bool {
	var zero T
	size := unsafe.Sizeof(zero)
	bytes := map[uintptr]bool{}
	each := func(x *Array[T], f func(p uintptr) bool) bool {
		p0 := uintptr(unsafe.Pointer(unsafe.SliceData(x.data)))
		found := false
		forEachOffset(x.shape, x.strides, x.offset, func(off int) {
			for k := uintptr(0); k < size && !found; k++ {
				found = f(p0 + uintptr(off)*size + k)
			}
		})
		return found
	}
	each(a, func(p uintptr) bool { bytes[p] = true; return false })
	return each(b, func(p uintptr) bool { return bytes[p] })
}

// layout describes an array for failure messages.
func layout[T Elem](a *Array[T]) string {
	p := uintptr(unsafe.Pointer(unsafe.SliceData(a.data)))
	return fmt.Sprintf("{ptr %#x offset %d shape %v strides %v}", p, a.offset, a.shape, a.strides)
}

// randomSliceView cuts a random view out of a the way the view methods do:
// per-axis slices with positive and negative steps (sometimes empty),
// integer indices, new axes, broadcast axes and transposes.
func randomSliceView[T Elem](r *rand.Rand, a *Array[T]) *Array[T] {
	offset := a.offset
	shape := append([]int(nil), a.shape...)
	strides := append([]int(nil), a.strides...)
	for ax := range shape {
		n := shape[ax]
		if n == 0 || r.IntN(4) == 0 {
			continue
		}
		step := 1 + r.IntN(3)
		if r.IntN(2) == 0 {
			step = -step
		}
		i0 := r.IntN(n)
		avail := i0/(-step) + 1
		if step > 0 {
			avail = (n-1-i0)/step + 1
		}
		m := 1 + r.IntN(avail)
		if r.IntN(25) == 0 {
			m = 0
		}
		offset += i0 * strides[ax]
		strides[ax] *= step
		shape[ax] = m
	}
	// An integer index drops an axis.
	if len(shape) > 0 && r.IntN(4) == 0 {
		ax := r.IntN(len(shape))
		if shape[ax] > 0 {
			offset += r.IntN(shape[ax]) * strides[ax]
			shape = append(shape[:ax], shape[ax+1:]...)
			strides = append(strides[:ax], strides[ax+1:]...)
		}
	}
	// A new axis of length 1 (any stride), or a broadcast one (stride 0).
	if len(shape) < 5 && r.IntN(4) == 0 {
		ax := r.IntN(len(shape) + 1)
		n, s := 1, r.IntN(7)-3
		if r.IntN(2) == 0 {
			n, s = 1+r.IntN(3), 0
		}
		shape = append(shape[:ax], append([]int{n}, shape[ax:]...)...)
		strides = append(strides[:ax], append([]int{s}, strides[ax:]...)...)
	}
	// Broadcast an existing length-1 axis.
	for ax := range shape {
		if shape[ax] == 1 && r.IntN(3) == 0 {
			shape[ax], strides[ax] = 2+r.IntN(3), 0
		}
	}
	if r.IntN(3) == 0 {
		perm := r.Perm(len(shape))
		ps, pt := make([]int, len(shape)), make([]int, len(shape))
		for i, p := range perm {
			ps[i], pt[i] = shape[p], strides[p]
		}
		shape, strides = ps, pt
	}
	return a.newView(offset, shape, strides)
}

// randomLayout returns a view of owner with arbitrary strides (not
// necessarily reachable by slicing), all of whose elements lie in the buffer.
func randomLayout[T Elem](r *rand.Rand, owner *Array[T]) *Array[T] {
	ndim := r.IntN(5)
	shape := make([]int, ndim)
	strides := make([]int, ndim)
	lo, hi := 0, 0
	for i := range shape {
		shape[i] = r.IntN(5)
		if r.IntN(10) == 0 {
			shape[i] = 0
		} else if shape[i] == 0 {
			shape[i] = 1
		}
		strides[i] = r.IntN(15) - 7
		if r.IntN(8) == 0 {
			strides[i] = 0
		}
		if s := strides[i] * (shape[i] - 1); s > 0 {
			hi += s
		} else if shape[i] > 0 {
			lo += s
		}
	}
	n := len(owner.data)
	if hi-lo >= n {
		// Too wide for the buffer: make it a single element.
		for i := range shape {
			shape[i] = min(shape[i], 1)
		}
		lo, hi = 0, 0
	}
	offset := -lo + r.IntN(n-(hi-lo))
	return owner.newView(offset, shape, strides)
}

func randomOwner[T Elem](r *rand.Rand) *Array[T] {
	ndim := 1 + r.IntN(4)
	shape := make([]int, ndim)
	n := 1
	for i := range shape {
		shape[i] = 1 + r.IntN(6)
		n *= shape[i]
	}
	return newOwner(make([]T, n), shape)
}

func checkAgainstBrute[T Elem](t *testing.T, a, b *Array[T]) {
	t.Helper()
	want := bruteShares(a, b)
	if got := SharesMemory(a, b); got != want {
		t.Fatalf("SharesMemory(%s, %s) = %v, want %v", layout(a), layout(b), got, want)
	}
	if got := SharesMemory(b, a); got != want {
		t.Fatalf("SharesMemory(%s, %s) = %v, want %v (arguments swapped)", layout(b), layout(a), got, want)
	}
	// Random views are far below the work bound, so the exact answer must
	// come from the search itself, not from giving up.
	if res := sharesMemory(a, b, overlapMinWork); res != overlapNo && res != overlapYes {
		t.Fatalf("sharesMemory(%s, %s) gave up (%d)", layout(a), layout(b), res)
	}
	if want && !MayShareMemory(a, b) {
		t.Fatalf("MayShareMemory(%s, %s) = false, but they share an element", layout(a), layout(b))
	}
}

func TestSharesMemoryRandomSliceViews(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	shared := 0
	for range 4000 {
		owner := randomOwner[float64](r)
		a := randomSliceView(r, owner)
		if r.IntN(2) == 0 {
			a = randomSliceView(r, a) // a view of a view
		}
		b := randomSliceView(r, owner)
		checkAgainstBrute(t, a, b)
		if bruteShares(a, b) {
			shared++
		}
	}
	// The generator must produce both answers in quantity, or the
	// comparison proves little.
	if shared < 500 || shared > 3500 {
		t.Errorf("%d of 4000 random pairs share memory; the generator is unbalanced", shared)
	}
}

func TestSharesMemoryRandomLayouts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 4000 {
		n := 1 + r.IntN(60)
		owner := newOwner(make([]int32, n), []int{n})
		a, b := randomLayout(r, owner), randomLayout(r, owner)
		if i%2 == 0 {
			checkAgainstBrute(t, a, b)
		} else {
			// The same layouts with 1-byte and 16-byte elements.
			a8 := &Array[int8]{data: make([]int8, len(owner.data)), offset: a.offset, shape: a.shape, strides: a.strides}
			b8 := &Array[int8]{data: a8.data, offset: b.offset, shape: b.shape, strides: b.strides}
			checkAgainstBrute(t, a8, b8)
			a16 := &Array[complex128]{data: make([]complex128, len(owner.data)), offset: a.offset, shape: a.shape, strides: a.strides}
			b16 := &Array[complex128]{data: a16.data, offset: b.offset, shape: b.shape, strides: b.strides}
			checkAgainstBrute(t, a16, b16)
		}
	}
}

func TestSharesMemoryInterleaved(t *testing.T) {
	x := newOwner(make([]float64, 80), []int{4, 20})
	cases := []struct {
		name string
		a, b *Array[float64]
		want bool
	}{
		// Even and odd elements: the bounds overlap, no element does.
		{"even/odd 1-D", x.newView(0, []int{40}, []int{2}), x.newView(1, []int{40}, []int{2}), false},
		{"even/odd reversed", x.newView(78, []int{40}, []int{-2}), x.newView(1, []int{40}, []int{2}), false},
		{"x[:, ::2] x[:, 1::2]", x.newView(0, []int{4, 10}, []int{20, 2}), x.newView(1, []int{4, 10}, []int{20, 2}), false},
		{"column 0, column 1", x.newView(0, []int{4}, []int{20}), x.newView(1, []int{4}, []int{20}), false},
		{"row 1, column 3", x.newView(20, []int{20}, []int{1}), x.newView(3, []int{4}, []int{20}), true},
		{"row 1, column 3 reversed", x.newView(20, []int{20}, []int{1}), x.newView(63, []int{4}, []int{-20}), true},
		{"x, x.T", x, x.newView(0, []int{20, 4}, []int{1, 20}), true},
		{"x[1:, :], x[:-1, :]", x.newView(20, []int{3, 20}, []int{20, 1}), x.newView(0, []int{3, 20}, []int{20, 1}), true},
		{"rows 0-1, rows 2-3", x.newView(0, []int{2, 20}, []int{20, 1}), x.newView(40, []int{2, 20}, []int{20, 1}), false},
		// NumPy's example of a problem the gcd pruning does not settle at
		// once: 20*x1 + 7*x2 + 3*x3 = 78 has no bounded solution.
		{"x[:, ::7], x[:, 3::3]", x.newView(0, []int{4, 3}, []int{20, 7}), x.newView(3, []int{4, 6}, []int{20, 3}), false},
		{"x[:, ::7], x[:, 1::3]", x.newView(0, []int{4, 3}, []int{20, 7}), x.newView(1, []int{4, 7}, []int{20, 3}), true},
		{"broadcast row, other row", x.newView(0, []int{5, 20}, []int{0, 1}), x.newView(20, []int{20}, []int{1}), false},
		{"broadcast element, column", x.newView(40, []int{3, 3}, []int{0, 0}), x.newView(0, []int{4}, []int{20}), true},
		{"empty, whole", x.newView(0, []int{0, 20}, []int{20, 1}), x, false},
		{"empty, itself", x.newView(0, []int{4, 0}, []int{20, 1}), x.newView(0, []int{4, 0}, []int{20, 1}), false},
		{"0-d, its element", x.newView(7, nil, nil), x.newView(7, []int{1, 1}, []int{3, 9}), true},
		{"0-d, neighbour", x.newView(7, nil, nil), x.newView(8, nil, nil), false},
		{"identical", x.newView(5, []int{3, 5}, []int{-1, 11}), x.newView(5, []int{3, 5}, []int{-1, 11}), true},
	}
	for _, c := range cases {
		if got := bruteShares(c.a, c.b); got != c.want {
			t.Fatalf("%s: the test case is wrong: brute force says %v", c.name, got)
		}
		if got := SharesMemory(c.a, c.b); got != c.want {
			t.Errorf("%s: SharesMemory(%s, %s) = %v, want %v", c.name, layout(c.a), layout(c.b), got, c.want)
		}
		if got := SharesMemory(c.b, c.a); got != c.want {
			t.Errorf("%s: SharesMemory(b, a) = %v, want %v", c.name, got, c.want)
		}
	}
}

type sharePair[T Elem] struct {
	name string
	a, b *Array[T]
	want bool
}

func TestSharesMemoryWrappedSlices(t *testing.T) {
	s := make([]int64, 20)
	cases := []sharePair[int64]{
		{"s[0:10], s[5:15]", Wrap(s[0:10]), Wrap(s[5:15]), true},
		{"s[0:10], s[9:10]", Wrap(s[0:10]), Wrap(s[9:10]), true},
		{"s[0:5], s[5:10]", Wrap(s[0:5]), Wrap(s[5:10]), false},
		{"s[0:10] 2x5, s[5:15] 5x2", Wrap(s[0:10], 2, 5), Wrap(s[5:15], 5, 2), true},
		{"other buffer", Wrap(s), Wrap(make([]int64, 20)), false},
		{"s, its own array", Wrap(s), FromSlice(s), false},
		{"empty s[3:3], s", Wrap(s[3:3]), Wrap(s), false},
	}
	// The even elements of s[0:10] against those of s[1:11], which are the
	// odd elements of s: not shared. Against s[2:12] reversed: shared.
	w0, w1, w2 := Wrap(s[0:10]), Wrap(s[1:11]), Wrap(s[2:12])
	cases = append(cases,
		sharePair[int64]{"s[0:10:2], s[1:11][0::2]", w0.newView(0, []int{5}, []int{2}), w1.newView(0, []int{5}, []int{2}), false},
		sharePair[int64]{"s[0:10:2], s[2:12][8::-2]", w0.newView(0, []int{5}, []int{2}), w2.newView(8, []int{5}, []int{-2}), true},
	)
	for _, c := range cases {
		if got := bruteShares(c.a, c.b); got != c.want {
			t.Fatalf("%s: the test case is wrong: brute force says %v", c.name, got)
		}
		if got := SharesMemory(c.a, c.b); got != c.want {
			t.Errorf("%s: SharesMemory = %v, want %v", c.name, got, c.want)
		}
		if got := SharesMemory(c.b, c.a); got != c.want {
			t.Errorf("%s: SharesMemory(b, a) = %v, want %v", c.name, got, c.want)
		}
	}
}

// Views whose elements are not aligned with each other (only unsafe code can
// make them) are compared byte by byte, as NumPy does.
func TestSharesMemoryMisaligned(t *testing.T) {
	buf := make([]uint64, 8) // 64 bytes, 8-aligned
	base := unsafe.Pointer(unsafe.SliceData(buf))
	at := func(byteOff, n int) []uint32 {
		return unsafe.Slice((*uint32)(unsafe.Add(base, byteOff)), n)
	}
	cases := []struct {
		name string
		a, b *Array[uint32]
		want bool
	}{
		{"bytes 0-3 and 2-5", Wrap(at(0, 1)), Wrap(at(2, 1)), true},
		{"bytes 0-3 and 4-7", Wrap(at(0, 1)), Wrap(at(4, 1)), false},
		// Elements at bytes 0, 16, 32, ... against elements at 5, 21, 37,
		// ...: 0-3 and 5-8 are disjoint, and so is every pair.
		{"stride 16 bytes, shifted by 5", Wrap(at(0, 13)).newView(0, []int{4}, []int{4}), Wrap(at(5, 13)).newView(0, []int{4}, []int{4}), false},
		{"stride 16 bytes, shifted by 14", Wrap(at(0, 13)).newView(0, []int{4}, []int{4}), Wrap(at(14, 12)).newView(0, []int{3}, []int{4}), true},
		{"stride 12 bytes, shifted by 2", Wrap(at(0, 15)).newView(0, []int{5}, []int{3}), Wrap(at(2, 13)).newView(0, []int{4}, []int{3}), true},
	}
	for _, c := range cases {
		if got := bruteShares(c.a, c.b); got != c.want {
			t.Fatalf("%s: the test case is wrong: brute force says %v", c.name, got)
		}
		if got := SharesMemory(c.a, c.b); got != c.want {
			t.Errorf("%s: SharesMemory = %v, want %v", c.name, got, c.want)
		}
		if got := SharesMemory(c.b, c.a); got != c.want {
			t.Errorf("%s: SharesMemory(b, a) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A search that would exceed its work bound answers "may share", never a
// wrong "no".
func TestSharesMemoryWorkBound(t *testing.T) {
	x := newOwner(make([]int8, 80), []int{4, 20})
	a := x.newView(0, []int{4, 3}, []int{20, 7})
	b := x.newView(3, []int{4, 6}, []int{20, 3})
	if got := sharesMemory(a, b, 1); got != overlapTooHard {
		t.Errorf("with a work bound of 1: got %d, want overlapTooHard", got)
	}
	if got := sharesMemory(a, b, 1000); got != overlapNo {
		t.Errorf("with a work bound of 1000: got %d, want overlapNo", got)
	}
	if SharesMemory(a, b) {
		t.Errorf("SharesMemory = true, want false within the default bound")
	}
}

func TestMayShareMemory(t *testing.T) {
	x := newOwner(make([]float32, 80), []int{4, 20})
	even := x.newView(0, []int{40}, []int{2})
	odd := x.newView(1, []int{40}, []int{2})
	if !MayShareMemory(even, odd) {
		t.Errorf("MayShareMemory(even, odd) = false: it only compares bounds, which overlap")
	}
	if SharesMemory(even, odd) {
		t.Errorf("SharesMemory(even, odd) = true, want false")
	}
	top, bottom := x.newView(0, []int{2, 20}, []int{20, 1}), x.newView(40, []int{2, 20}, []int{20, 1})
	if MayShareMemory(top, bottom) {
		t.Errorf("MayShareMemory of rows 0-1 and rows 2-3 = true, want false (bounds are disjoint)")
	}
	// Adjacent at the edge: x[1, 19] is the last of top's and x[2, 0] the
	// first of bottom's; a one-element shift makes them overlap.
	shifted := x.newView(39, []int{2, 20}, []int{20, 1})
	if !MayShareMemory(top, shifted) || !SharesMemory(top, shifted) {
		t.Errorf("top rows and a view starting at their last element: want both true")
	}
	reversed := x.newView(79, []int{80}, []int{-1})
	if !MayShareMemory(x, reversed) {
		t.Errorf("MayShareMemory(x, x reversed) = false")
	}
	empty := x.newView(10, []int{0}, []int{1})
	if MayShareMemory(empty, x) || MayShareMemory(x, empty) || MayShareMemory(empty, empty) {
		t.Errorf("an empty array must share memory with nothing")
	}
	s := make([]float32, 10)
	if MayShareMemory(Wrap(s[:5]), Wrap(s[5:])) {
		t.Errorf("MayShareMemory(s[:5], s[5:]) = true, want false")
	}
	if !MayShareMemory(Wrap(s[:6]), Wrap(s[5:])) {
		t.Errorf("MayShareMemory(s[:6], s[5:]) = false, want true")
	}
	// MayShareMemory never misses shared memory.
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		owner := randomOwner[uint16](r)
		a, b := randomSliceView(r, owner), randomSliceView(r, owner)
		if bruteShares(a, b) && !MayShareMemory(a, b) {
			t.Fatalf("MayShareMemory(%s, %s) = false, but they share an element", layout(a), layout(b))
		}
	}
}

// solveDiophantine must agree with enumeration on small random problems,
// including ones the array layer never poses (many terms, equal
// coefficients after simplification).
func TestSolveDiophantine(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		n := r.IntN(5)
		terms := make([]term, n)
		for i := range terms {
			terms[i] = term{a: 1 + r.Int64N(30), ub: r.Int64N(6)}
		}
		b := r.Int64N(120)
		want := bruteDiophantine(terms, b)
		simple, ok := simplify(append([]term(nil), terms...), b)
		if !ok {
			t.Fatalf("simplify(%v, %d) overflowed", terms, b)
		}
		if got := solveDiophantine(simple, b, math.MaxInt); (got == overlapYes) != want || got > overlapYes {
			t.Fatalf("terms %v, b %d (simplified %v): got %d, want %v", terms, b, simple, got, want)
		}
	}
}

func bruteDiophantine(terms []term, b int64) bool {
	if len(terms) == 0 {
		return b == 0
	}
	for x := int64(0); x <= terms[0].ub; x++ {
		if rest := b - terms[0].a*x; rest >= 0 && bruteDiophantine(terms[1:], rest) {
			return true
		}
	}
	return false
}

// The arbitrary-precision path must give the same answer as the int64 one
// where both apply, and answer when only it can.
func TestCandidatesBig(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		a1, a2 := 1+r.Int64N(1000), 1+r.Int64N(1000)
		g, gamma, epsilon := euclid(a1, a2)
		if gamma*a1+epsilon*a2 != g || a1%g != 0 || a2%g != 0 {
			t.Fatalf("euclid(%d, %d) = %d, %d, %d", a1, a2, g, gamma, epsilon)
		}
		c := r.Int64N(1 << 20)
		u1, u2 := r.Int64N(1<<20), r.Int64N(1<<20)
		x1, x2, span, res := candidates(gamma, epsilon, c, a2/g, a1/g, u1, u2)
		bx1, bx2, bspan, bres := candidatesBig(gamma, epsilon, c, a2/g, a1/g, u1, u2)
		if x1 != bx1 || x2 != bx2 || span != bspan || res != bres {
			t.Fatalf("candidates(%d, %d, %d, %d, %d, %d, %d) = %d %d %d %d, big: %d %d %d %d",
				gamma, epsilon, c, a2/g, a1/g, u1, u2, x1, x2, span, res, bx1, bx2, bspan, bres)
		}
		if res == overlapYes && (x1 < 0 || x1 > u1 || x2 < 0 || x2 > u2 || a1*x1+a2*x2 != g*c) {
			t.Fatalf("candidates gave x1=%d x2=%d, not a bounded solution of %d*x1 + %d*x2 = %d", x1, x2, a1, a2, g*c)
		}
	}
	// 3*x1 + 2*x2 = b with b near 2^62: gamma*c leaves int64 but the
	// answer (x2 = b/2 - 3t) is representable.
	b := int64(1) << 62
	g, gamma, epsilon := euclid(3, 2)
	x1, x2, _, res := candidates(gamma, epsilon, b/g, 2/g, 3/g, 1, b)
	if res != overlapYes || 3*x1+2*x2 != b {
		t.Errorf("large right-hand side: got x1=%d x2=%d res=%d", x1, x2, res)
	}
}

func TestOverflowHelpers(t *testing.T) {
	if _, ok := mul64(math.MaxInt64/2+1, 2); ok {
		t.Error("mul64 missed an overflow")
	}
	if v, ok := mul64(math.MinInt64/2, 2); !ok || v != math.MinInt64 {
		t.Errorf("mul64(MinInt64/2, 2) = %d, %v", v, ok)
	}
	if v, ok := mul64(-7, 6); !ok || v != -42 {
		t.Errorf("mul64(-7, 6) = %d, %v", v, ok)
	}
	if _, ok := add64(math.MaxInt64, 1); ok {
		t.Error("add64 missed an overflow")
	}
	if _, ok := sub64(math.MinInt64, 1); ok {
		t.Error("sub64 missed an overflow")
	}
	for _, c := range []struct{ p, q, floor, ceil int64 }{{7, 2, 3, 4}, {-7, 2, -4, -3}, {6, 3, 2, 2}, {-6, 3, -2, -2}, {0, 5, 0, 0}} {
		if f := floorDiv(c.p, c.q); f != c.floor {
			t.Errorf("floorDiv(%d, %d) = %d, want %d", c.p, c.q, f, c.floor)
		}
		if f := ceilDiv(c.p, c.q); f != c.ceil {
			t.Errorf("ceilDiv(%d, %d) = %d, want %d", c.p, c.q, f, c.ceil)
		}
	}
}

// FuzzSharesMemory decodes two layouts over one buffer from the input and
// compares SharesMemory with brute force. Its seed corpus runs with the
// ordinary tests.
func FuzzSharesMemory(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{2, 4, 20, 2, 2, 0, 3, 1, 2, 20, 1, 4, 2})          // column-like pairs
	f.Add([]byte{1, 40, 2, 0, 1, 40, 2, 1})                         // even vs odd
	f.Add([]byte{1, 40, 0xfe, 78, 1, 40, 2, 1})                     // reversed even vs odd
	f.Add([]byte{2, 4, 20, 3, 7, 0, 2, 4, 20, 6, 3, 3})             // NumPy's hard example
	f.Add([]byte{2, 5, 0, 20, 1, 0, 1, 20, 1, 20})                  // broadcast row
	f.Add([]byte{3, 2, 30, 3, 10, 4, 1, 5, 3, 2, 1, 3, 0xff, 4, 9}) // 3-D mixed signs
	f.Add([]byte{0, 7, 0, 8})                                       // 0-d neighbours
	f.Add([]byte{1, 0, 1, 0, 1, 5, 1, 0})                           // empty vs non-empty
	f.Fuzz(func(t *testing.T, in []byte) {
		const bufLen = 120
		owner := newOwner(make([]int16, bufLen), []int{bufLen})
		pos := 0
		next := func() int {
			if pos >= len(in) {
				return 0
			}
			pos++
			return int(in[pos-1])
		}
		decode := func() *Array[int16] {
			ndim := next() % 5
			shape, strides := make([]int, ndim), make([]int, ndim)
			lo, hi := 0, 0
			for i := range shape {
				shape[i] = next() % 41
				strides[i] = int(int8(next())) % 41
				if shape[i] > 0 {
					if s := strides[i] * (shape[i] - 1); s > 0 {
						hi += s
					} else {
						lo += s
					}
				}
			}
			if hi-lo >= bufLen {
				for i := range shape {
					shape[i] = min(shape[i], 1)
				}
				lo, hi = 0, 0
			}
			offset := -lo + next()%(bufLen-(hi-lo))
			return owner.newView(offset, shape, strides)
		}
		a, b := decode(), decode()
		want := bruteShares(a, b)
		if got := SharesMemory(a, b); got != want {
			t.Fatalf("SharesMemory(%s, %s) = %v, want %v", layout(a), layout(b), got, want)
		}
		if want && !MayShareMemory(a, b) {
			t.Fatalf("MayShareMemory(%s, %s) = false, but they share an element", layout(a), layout(b))
		}
	})
}

func BenchmarkSharesMemory(b *testing.B) {
	x := newOwner(make([]float64, 1000*1000), []int{1000, 1000})
	row := func(i int) *Array[float64] { return x.newView(i*1000, []int{1000}, []int{1}) }
	col := func(j int) *Array[float64] { return x.newView(j, []int{1000}, []int{1000}) }
	block := func(i, j int) *Array[float64] {
		return x.newView(i*1000+j, []int{100, 100}, []int{1000, 1})
	}
	cases := []struct {
		name string
		a, b *Array[float64]
		want bool
	}{
		{"row/row", row(3), row(500), false},
		{"column/column", col(3), col(500), false},
		{"row/column", row(3), col(500), true},
		{"even/odd", x.newView(0, []int{500000}, []int{2}), x.newView(1, []int{500000}, []int{2}), false},
		{"block/block", block(0, 0), block(50, 100), false},
		{"transpose/original", x, x.newView(0, []int{1000, 1000}, []int{1, 1000}), true},
		{"a[1:]/a[:-1] reversed", x.newView(1000, []int{999, 1000}, []int{1000, 1}), x.newView(998999, []int{999, 1000}, []int{-1000, -1}), true},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			if SharesMemory(c.a, c.b) != c.want {
				b.Fatalf("SharesMemory = %v, want %v", !c.want, c.want)
			}
			b.ReportAllocs()
			for b.Loop() {
				SharesMemory(c.a, c.b)
			}
		})
	}
}
