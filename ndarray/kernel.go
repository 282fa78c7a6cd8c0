package ndarray

import (
	"iter"
	"unsafe"
)

// This file holds the element loops every operation is built on. Callers
// check shapes, writability and overlap; kernels only walk memory.
//
// A walk describes the iteration space of up to maxOps operands that share
// one shape. It is simplified the way NumPy's iterator does it, which is only
// correct because callers have removed harmful overlap first (elementwise
// work may then be done in any order):
//   - axes of length 1 are dropped;
//   - an axis on which no operand has a positive stride is reversed, so that
//     a reversed view is walked forwards;
//   - axes are sorted so that operand 0 (the destination) is walked in memory
//     order, its smallest stride innermost;
//   - neighbouring axes whose strides chain for every operand are merged.
// A C-contiguous array thus becomes a single axis, which the loops below
// treat as one plain Go slice.
//
// The loops are generic and need no type switch: Go compiles generic code
// once per GC shape, every element type is its own shape (its underlying
// basic type), and arithmetic on T compiles to the same instructions as in
// a function written for float64 (checked with -gcflags=-S). What is slow
// in generic code, a call through a function value per element, never
// happens here: the operation is chosen once per row.

const maxOps = 3

type walkAxis struct {
	n int
	s [maxOps]int
}

type walk struct {
	nops  int
	start [maxOps]int
	axes  []walkAxis // slowest first; the last is the inner axis
	empty bool
}

// newWalk builds the simplified walk of an array of shape over operands
// given by their offsets and strides (each of len(shape)).
func newWalk(shape []int, offsets []int, strides ...[]int) walk {
	w := walk{nops: len(strides)}
	copy(w.start[:], offsets)
	nd := 0
	for _, d := range shape {
		if d == 0 {
			w.empty = true
			return w
		}
		if d > 1 {
			nd++
		}
	}
	axes := make([]walkAxis, 0, max(nd, 1))
	for i, d := range shape {
		if d == 1 {
			continue
		}
		ax := walkAxis{n: d}
		flip, neg := true, false
		for k := range w.nops {
			s := strides[k][i]
			ax.s[k] = s
			if s > 0 {
				flip = false
			} else if s < 0 {
				neg = true
			}
		}
		if flip && neg {
			for k := range w.nops {
				w.start[k] += (d - 1) * ax.s[k]
				ax.s[k] = -ax.s[k]
			}
		}
		axes = append(axes, ax)
	}
	// Stable insertion sort: outer axes have the larger strides. Operand 0
	// decides; ties go to the next operand.
	for i := 1; i < len(axes); i++ {
		for j := i; j > 0 && w.innerThan(axes[j-1], axes[j]); j-- {
			axes[j-1], axes[j] = axes[j], axes[j-1]
		}
	}
	// Merge axis i into its inner neighbour when strides chain.
	out := axes[:0]
	for _, ax := range axes {
		if len(out) > 0 {
			prev := &out[len(out)-1]
			chain := true
			for k := range w.nops {
				if prev.s[k] != ax.s[k]*ax.n {
					chain = false
					break
				}
			}
			if chain {
				prev.n *= ax.n
				prev.s = ax.s
				continue
			}
		}
		out = append(out, ax)
	}
	if len(out) == 0 {
		out = append(out, walkAxis{n: 1})
	}
	w.axes = out
	return w
}

// innerThan reports whether axis a should be walked inside axis b, that is
// a comes after b: a's strides are smaller.
func (w *walk) innerThan(a, b walkAxis) bool {
	for k := range w.nops {
		sa, sb := iabs(a.s[k]), iabs(b.s[k])
		if sa != sb {
			return sa < sb
		}
	}
	return false
}

func iabs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// inner returns the length and strides of the inner axis.
func (w *walk) inner() (int, [maxOps]int) {
	ax := w.axes[len(w.axes)-1]
	return ax.n, ax.s
}

// rows calls f with the starting offsets of every inner row, in order.
func (w *walk) rows(f func(off [maxOps]int)) {
	if w.empty {
		return
	}
	outer := w.axes[:len(w.axes)-1]
	off := w.start
	if len(outer) == 0 {
		f(off)
		return
	}
	idx := make([]int, len(outer))
	for {
		f(off)
		ax := len(outer) - 1
		for ; ax >= 0; ax-- {
			idx[ax]++
			for k := range w.nops {
				off[k] += outer[ax].s[k]
			}
			if idx[ax] < outer[ax].n {
				break
			}
			for k := range w.nops {
				off[k] -= idx[ax] * outer[ax].s[k]
			}
			idx[ax] = 0
		}
		if ax < 0 {
			return
		}
	}
}

// forEachOffset calls f with the data offset of every element of an array of
// shape and strides starting at offset, in C order. It is the reference
// loop; the fast kernels below avoid per-element calls.
func forEachOffset(shape, strides []int, offset int, f func(off int)) {
	for off := range offsets(shape, strides, offset) {
		f(off)
	}
}

// offsets yields the data offset of every element of an array of shape and
// strides starting at offset, in C order (one offset for a 0-d array, none
// for an empty one).
func offsets(shape, strides []int, offset int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, d := range shape {
			if d == 0 {
				return
			}
		}
		idx := make([]int, len(shape))
		off := offset
		for {
			if !yield(off) {
				return
			}
			ax := len(shape) - 1
			for ; ax >= 0; ax-- {
				idx[ax]++
				off += strides[ax]
				if idx[ax] < shape[ax] {
					break
				}
				off -= idx[ax] * strides[ax]
				idx[ax] = 0
			}
			if ax < 0 {
				return
			}
		}
	}
}

// copyInto copies src into dst. Normally both have the same shape (src may
// have zero strides from broadcasting); when the shapes differ but the sizes
// agree, elements are matched in C order (what a copying Reshape needs). The
// caller has made sure they do not overlap or are identical.
func copyInto[T Elem](dst, src *Array[T]) {
	if !sameInts(dst.shape, src.shape) {
		copyReshaped(dst, src)
		return
	}
	// The layouts, not the flags: callers may pass internal headers (one
	// row of a Take) that do not compute flags.
	if isCContiguous(dst.shape, dst.strides) && isCContiguous(src.shape, src.strides) {
		n := dst.Size()
		copyRun(dst.data[dst.offset:dst.offset+n], src.data[src.offset:src.offset+n])
		return
	}
	w := newWalk(dst.shape, []int{dst.offset, src.offset}, dst.strides, src.strides)
	if w.empty {
		return
	}
	if p := w.transposed(); p >= 0 {
		copyTiled(&w, p, dst.data, src.data)
		return
	}
	n, s := w.inner()
	d, sd := dst.data, src.data
	switch {
	case s[0] == 1 && s[1] == 1:
		w.rows(func(off [maxOps]int) { copyRun(d[off[0]:off[0]+n], sd[off[1]:off[1]+n]) })
	case s[0] == 1 && s[1] == 0:
		w.rows(func(off [maxOps]int) { fillSlice(d[off[0]:off[0]+n], sd[off[1]]) })
	default:
		// Four rows at a time: four independent streams through memory keep
		// more cache-line fills in flight than one strided stream can.
		w.rows4(func(o *[4][maxOps]int) { copyStrided4(d, sd, o, n, s[0], s[1]) },
			func(o [maxOps]int) { copyStrided(d, o[0], s[0], sd, o[1], s[1], n) })
	}
}

// freshData returns a new slice holding a's elements in C order, in memory
// that is not zeroed first (see uninit).
func freshData[T Elem](a *Array[T]) []T {
	out := uninit[T](a.Size())
	copyInto(&Array[T]{data: out, shape: a.shape, strides: cStrides(a.shape)}, a)
	return out
}

// copyReshaped copies src into dst, of the same size but another shape, in C
// order.
func copyReshaped[T Elem](dst, src *Array[T]) {
	if dst.Size() != src.Size() {
		panic(newError("copy", ErrShape, "cannot copy shape %v into shape %v", src.shape, dst.shape))
	}
	switch {
	case dst.IsContiguous():
		copyInto(&Array[T]{data: dst.data, offset: dst.offset, shape: src.shape, strides: cStrides(src.shape)}, src)
	case src.IsContiguous():
		copyInto(dst, &Array[T]{data: src.data, offset: src.offset, shape: dst.shape, strides: cStrides(dst.shape)})
	default:
		tmp := newOwner(uninit[T](src.Size()), append([]int(nil), src.shape...))
		copyInto(tmp, src)
		copyInto(dst, &Array[T]{data: tmp.data, shape: dst.shape, strides: cStrides(dst.shape)})
	}
}

// rows4 is rows in groups: f4 gets the offsets of four consecutive inner
// rows at a time, f1 each of the up to three rows left over.
func (w *walk) rows4(f4 func(o *[4][maxOps]int), f1 func(o [maxOps]int)) {
	var buf [4][maxOps]int
	k := 0
	w.rows(func(o [maxOps]int) {
		buf[k] = o
		k++
		if k == 4 {
			f4(&buf)
			k = 0
		}
	})
	for i := range k {
		f1(buf[i])
	}
}

// copyStrided4 copies four rows of n elements: row r goes from s at
// o[r][1] with stride ss to d at o[r][0] with stride ds.
func copyStrided4[T Elem](d, s []T, o *[4][maxOps]int, n, ds, ss int) {
	d0, d1, d2, d3 := o[0][0], o[1][0], o[2][0], o[3][0]
	s0, s1, s2, s3 := o[0][1], o[1][1], o[2][1], o[3][1]
	if ds == 1 {
		r0, r1, r2, r3 := d[d0:d0+n], d[d1:d1+n], d[d2:d2+n], d[d3:d3+n]
		r1, r2, r3 = r1[:len(r0)], r2[:len(r0)], r3[:len(r0)]
		for i := range r0 {
			r0[i] = s[s0]
			r1[i] = s[s1]
			r2[i] = s[s2]
			r3[i] = s[s3]
			s0, s1, s2, s3 = s0+ss, s1+ss, s2+ss, s3+ss
		}
		return
	}
	for range n {
		d[d0] = s[s0]
		d[d1] = s[s1]
		d[d2] = s[s2]
		d[d3] = s[s3]
		d0, d1, d2, d3 = d0+ds, d1+ds, d2+ds, d3+ds
		s0, s1, s2, s3 = s0+ss, s1+ss, s2+ss, s3+ss
	}
}

func copyStrided[T Elem](d []T, do, ds int, s []T, so, ss int, n int) {
	for range n {
		d[do] = s[so]
		do += ds
		so += ss
	}
}

// transposed returns the outer axis along which operand 1 (the source) is
// walked with a smaller stride than along the inner axis, when operand 0's
// inner stride is small: the layout where a row-by-row copy reads one element
// per cache line (and, for long strides, per page) and a tiled copy pays
// off. It returns -1 otherwise.
func (w *walk) transposed() int {
	if len(w.axes) < 2 {
		return -1
	}
	n, s := w.inner()
	if n < tileMin || iabs(s[1]) <= 1 {
		return -1
	}
	best, bs := -1, iabs(s[1])
	for i, ax := range w.axes[:len(w.axes)-1] {
		if ax.n >= tileMin && iabs(ax.s[1]) < bs {
			best, bs = i, iabs(ax.s[1])
		}
	}
	return best
}

// The transposed copy works in tiles of tileBytes x tileBytes/size elements
// (128 x 128 float64s): a tile of each operand touches 128 pages and fits in
// the L2 cache, so every cache line and TLB entry that is fetched is used
// whole before it is evicted. Inside a tile it moves 4 x 4 blocks: four
// short contiguous reads and four short contiguous writes.
const (
	tileBytes = 1024
	tileMin   = 16
)

func tileFor[T Elem]() int {
	var z T
	return min(max(tileBytes/int(unsafe.Sizeof(z)), 32), 256)
}

// copyTiled copies operand 1 into operand 0 in tiles over the inner axis and
// outer axis p; the other outer axes are walked as usual.
func copyTiled[T Elem](w *walk, p int, d, s []T) {
	ax := w.axes[p]
	n, in := w.inner()
	outer := w.axes[:len(w.axes)-1]
	rest := walk{nops: w.nops, start: w.start}
	rest.axes = append(append(append([]walkAxis(nil), outer[:p]...), outer[p+1:]...), walkAxis{n: 1})
	rows, dr, sr := ax.n, ax.s[0], ax.s[1]
	dc, sc := in[0], in[1]
	tb := tileFor[T]()
	rest.rows(func(off [maxOps]int) {
		if dc == 1 && sr == 1 {
			transposeBlocks(d, off[0], dr, s, off[1], sc, rows, n, tb)
		} else {
			transposeTiles(d, off[0], dr, dc, s, off[1], sr, sc, rows, n, tb)
		}
	})
}

// transposeBlocks copies a rows x cols block with d[do + i*dr + j] =
// s[so + i + j*sc]: contiguous along j in d and along i in s, the layout of
// out.Assign(a.Transpose()).
func transposeBlocks[T Elem](d []T, do, dr int, s []T, so, sc int, rows, cols, tb int) {
	for i0 := 0; i0 < rows; i0 += tb {
		i1 := min(i0+tb, rows)
		for j0 := 0; j0 < cols; j0 += tb {
			j1 := min(j0+tb, cols)
			i := i0
			for ; i+4 <= i1; i += 4 {
				j := j0
				for ; j+4 <= j1; j += 4 {
					b := so + i + j*sc
					s0 := s[b : b+4 : b+4]
					s1 := s[b+sc : b+sc+4 : b+sc+4]
					s2 := s[b+2*sc : b+2*sc+4 : b+2*sc+4]
					s3 := s[b+3*sc : b+3*sc+4 : b+3*sc+4]
					o := do + i*dr + j
					d0 := d[o : o+4 : o+4]
					d1 := d[o+dr : o+dr+4 : o+dr+4]
					d2 := d[o+2*dr : o+2*dr+4 : o+2*dr+4]
					d3 := d[o+3*dr : o+3*dr+4 : o+3*dr+4]
					d0[0], d0[1], d0[2], d0[3] = s0[0], s1[0], s2[0], s3[0]
					d1[0], d1[1], d1[2], d1[3] = s0[1], s1[1], s2[1], s3[1]
					d2[0], d2[1], d2[2], d2[3] = s0[2], s1[2], s2[2], s3[2]
					d3[0], d3[1], d3[2], d3[3] = s0[3], s1[3], s2[3], s3[3]
				}
				for ; j < j1; j++ {
					for k := i; k < i+4; k++ {
						d[do+k*dr+j] = s[so+k+j*sc]
					}
				}
			}
			for ; i < i1; i++ {
				for j := j0; j < j1; j++ {
					d[do+i*dr+j] = s[so+i+j*sc]
				}
			}
		}
	}
}

// transposeTiles is transposeBlocks for any strides:
// d[do + i*dr + j*dc] = s[so + i*sr + j*sc].
func transposeTiles[T Elem](d []T, do, dr, dc int, s []T, so, sr, sc int, rows, cols, tb int) {
	for i0 := 0; i0 < rows; i0 += tb {
		i1 := min(i0+tb, rows)
		for j0 := 0; j0 < cols; j0 += tb {
			j1 := min(j0+tb, cols)
			for i := i0; i < i1; i++ {
				dp := do + i*dr + j0*dc
				sp := so + i*sr + j0*sc
				for j := j0; j < j1; j++ {
					d[dp] = s[sp]
					dp += dc
					sp += sc
				}
			}
		}
	}
}

// fillSlice sets every element of d to v, doubling with copy (memmove) for
// long runs, and past runChunk bytes repeating its first chunk.
func fillSlice[T Elem](d []T, v T) {
	if len(d) < 64 {
		for i := range d {
			d[i] = v
		}
		return
	}
	for i := range d[:64] {
		d[i] = v
	}
	step := runChunk / int(unsafe.Sizeof(v))
	i := 64
	for ; i < len(d) && i < step; i *= 2 {
		copy(d[i:], d[:i])
	}
	for ; i < len(d); i += step {
		copyPreemptible(d[i:min(i+step, len(d))], d[:step])
	}
}

// copyRun copies s into d like copy, in chunks of runChunk bytes. The
// runtime's memmove cannot be preempted, so a single copy of a large array
// holds up the garbage collector: its mark phase has to stop this goroutine
// to scan the stack, and spins (and signals the thread again and again)
// until the copy ends; on 128 MiB arrays that doubled the CPU time of Copy.
// A call per chunk gives it a preemption point, as the runtime's own
// chunked clearing of large allocations does. d and s must not overlap
// unless they are identical.
func copyRun[T Elem](d, s []T) {
	var zero T
	n, step := min(len(d), len(s)), runChunk/int(unsafe.Sizeof(zero))
	if n <= step {
		copy(d, s)
		return
	}
	for i := 0; i < n; i += step {
		j := min(i+step, n)
		copyPreemptible(d[i:j], s[i:j])
	}
}

// runChunk is the size in bytes copyRun and fillSlice move per call: short
// enough that a preemption request waits a fraction of a millisecond, and
// above the 1 MiB from which memmove (on amd64) streams with non-temporal
// stores, which for arrays larger than the cache save fetching each
// destination line before overwriting it.
const runChunk = 4 << 20

// copyPreemptible is copy behind a call the compiler must keep: its
// prologue's stack check is where a pending preemption takes effect.
//
//go:noinline
func copyPreemptible[T Elem](d, s []T) { copy(d, s) }

// fill sets every element of a to v.
func fill[T Elem](a *Array[T], v T) {
	w := newWalk(a.shape, []int{a.offset}, a.strides)
	if w.empty {
		return
	}
	n, s := w.inner()
	d := a.data
	if s[0] == 1 {
		w.rows(func(off [maxOps]int) { fillSlice(d[off[0]:off[0]+n], v) })
		return
	}
	w.rows(func(off [maxOps]int) {
		o := off[0]
		for range n {
			d[o] = v
			o += s[0]
		}
	})
}

// The arithmetic kernels. Each switches on the operation once per inner row,
// never per element, so that the loops inside are plain slice loops.

type binOp uint8

const (
	opAdd binOp = iota
	opSub
	opMul
	opDiv
)

// binaryInto sets out = a op b elementwise. All three have out's shape (a
// and b may be broadcast views); out may be identical to a or b, but must not
// otherwise overlap them.
func binaryInto[T Number](op binOp, out, a, b *Array[T]) {
	w := newWalk(out.shape, []int{out.offset, a.offset, b.offset}, out.strides, a.strides, b.strides)
	if w.empty {
		return
	}
	n, s := w.inner()
	d, x, y := out.data, a.data, b.data
	switch {
	case s == [maxOps]int{1, 1, 1}:
		w.rows(func(o [maxOps]int) {
			dr, xr, yr := d[o[0]:o[0]+n], x[o[1]:o[1]+n], y[o[2]:o[2]+n]
			if n < twoStreamMin {
				binVV(op, dr, xr, yr)
				return
			}
			// Long runs are done as two halves side by side: six streams
			// through memory keep more cache-line fills in flight.
			h := n / 2
			binVV2(op, dr[:h], dr[h:2*h], xr[:h], xr[h:2*h], yr[:h], yr[h:2*h])
			binVV(op, dr[2*h:], xr[2*h:], yr[2*h:])
		})
	case s == [maxOps]int{1, 1, 0}:
		w.rows(func(o [maxOps]int) { binVS(op, d[o[0]:o[0]+n], x[o[1]:o[1]+n], y[o[2]]) })
	case s == [maxOps]int{1, 0, 1}:
		w.rows(func(o [maxOps]int) { binSV(op, d[o[0]:o[0]+n], x[o[1]], y[o[2]:o[2]+n]) })
	default:
		w.rows(func(o [maxOps]int) { binStrided(op, n, d, o[0], s[0], x, o[1], s[1], y, o[2], s[2]) })
	}
}

func binVV[T Number](op binOp, d, x, y []T) {
	x, y = x[:len(d)], y[:len(d)]
	switch op {
	case opAdd:
		for i := range d {
			d[i] = x[i] + y[i]
		}
	case opSub:
		for i := range d {
			d[i] = x[i] - y[i]
		}
	case opMul:
		for i := range d {
			d[i] = x[i] * y[i]
		}
	case opDiv:
		for i := range d {
			d[i] = x[i] / y[i]
		}
	}
}

// twoStreamMin is the run length from which binaryInto walks a contiguous
// run as two halves at once; below it the run is likely in cache anyway.
const twoStreamMin = 1 << 15

// binVV2 is binVV on two runs at once: d0 = x0 op y0 and d1 = x1 op y1.
func binVV2[T Number](op binOp, d0, d1, x0, x1, y0, y1 []T) {
	d1, x0, x1, y0, y1 = d1[:len(d0)], x0[:len(d0)], x1[:len(d0)], y0[:len(d0)], y1[:len(d0)]
	switch op {
	case opAdd:
		for i := range d0 {
			d0[i] = x0[i] + y0[i]
			d1[i] = x1[i] + y1[i]
		}
	case opSub:
		for i := range d0 {
			d0[i] = x0[i] - y0[i]
			d1[i] = x1[i] - y1[i]
		}
	case opMul:
		for i := range d0 {
			d0[i] = x0[i] * y0[i]
			d1[i] = x1[i] * y1[i]
		}
	case opDiv:
		for i := range d0 {
			d0[i] = x0[i] / y0[i]
			d1[i] = x1[i] / y1[i]
		}
	}
}

func binVS[T Number](op binOp, d, x []T, y T) {
	x = x[:len(d)]
	switch op {
	case opAdd:
		for i := range d {
			d[i] = x[i] + y
		}
	case opSub:
		for i := range d {
			d[i] = x[i] - y
		}
	case opMul:
		for i := range d {
			d[i] = x[i] * y
		}
	case opDiv:
		for i := range d {
			d[i] = x[i] / y
		}
	}
}

func binSV[T Number](op binOp, d []T, x T, y []T) {
	y = y[:len(d)]
	switch op {
	case opAdd:
		for i := range d {
			d[i] = x + y[i]
		}
	case opSub:
		for i := range d {
			d[i] = x - y[i]
		}
	case opMul:
		for i := range d {
			d[i] = x * y[i]
		}
	case opDiv:
		for i := range d {
			d[i] = x / y[i]
		}
	}
}

func binStrided[T Number](op binOp, n int, d []T, do, ds int, x []T, xo, xs int, y []T, yo, ys int) {
	switch op {
	case opAdd:
		for range n {
			d[do] = x[xo] + y[yo]
			do, xo, yo = do+ds, xo+xs, yo+ys
		}
	case opSub:
		for range n {
			d[do] = x[xo] - y[yo]
			do, xo, yo = do+ds, xo+xs, yo+ys
		}
	case opMul:
		for range n {
			d[do] = x[xo] * y[yo]
			do, xo, yo = do+ds, xo+xs, yo+ys
		}
	case opDiv:
		for range n {
			d[do] = x[xo] / y[yo]
			do, xo, yo = do+ds, xo+xs, yo+ys
		}
	}
}

// scaleInto multiplies every element of a by c.
func scaleInto[T Number](a *Array[T], c T) {
	w := newWalk(a.shape, []int{a.offset}, a.strides)
	if w.empty {
		return
	}
	n, s := w.inner()
	d := a.data
	w.rows(func(o [maxOps]int) {
		if s[0] == 1 {
			row := d[o[0] : o[0]+n]
			for i := range row {
				row[i] *= c
			}
			return
		}
		p := o[0]
		for range n {
			d[p] *= c
			p += s[0]
		}
	})
}

// axpy adds a*x to y.
func axpy[T Number](y []T, a T, x []T) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

// sumOf returns the sum of a's elements.
func sumOf[T Number](a *Array[T]) T {
	var total T
	w := newWalk(a.shape, []int{a.offset}, a.strides)
	if w.empty {
		return total
	}
	n, s := w.inner()
	d := a.data
	if s[0] == 1 {
		w.rows(func(o [maxOps]int) { total += sumContig(d[o[0] : o[0]+n]) })
		return total
	}
	w.rows4(func(o *[4][maxOps]int) { total += stridedSum4(d, o, s[0], n) },
		func(o [maxOps]int) { total += stridedSum(d, o[0], s[0], n) })
	return total
}

// sumBlock is the length of the blocks that sumContig adds with independent
// partial sums before it combines the block sums pairwise.
const sumBlock = 256

// sumContig adds x pairwise: blocks of sumBlock elements are summed with
// several partial sums each, and the block sums are combined as in a binary
// tree (a cascade), so the rounding error grows with log(len(x)) rather
// than len(x), as in NumPy's pairwise_sum. Long slices are cut in four
// quarters that are walked side by side: four streams through memory keep
// more cache-line fills in flight than one, which is what bounds a sum.
func sumContig[T Number](x []T) T {
	if len(x) < 8*sumBlock {
		return pairwiseSum(x)
	}
	q := len(x) / 4
	x0, x1, x2, x3 := x[:q], x[q:2*q], x[2*q:3*q], x[3*q:4*q]
	var c0, c1, c2, c3 cascade[T]
	for off := 0; off < q; off += sumBlock {
		end := min(off+sumBlock, q)
		s0, s1, s2, s3 := sum4(x0[off:end], x1[off:end], x2[off:end], x3[off:end])
		c0.push(s0)
		c1.push(s1)
		c2.push(s2)
		c3.push(s3)
	}
	return ((c0.total() + c1.total()) + (c2.total() + c3.total())) + pairwiseSum(x[4*q:])
}

// cascade combines a sequence of block sums pairwise, like a binary counter:
// after 2^k pushes the stack holds one sum of 2^k blocks.
type cascade[T Number] struct {
	stack [64]T
	top   int
	count uint64
}

func (c *cascade[T]) push(s T) {
	c.count++
	for k := c.count; k&1 == 0; k >>= 1 {
		c.top--
		s = c.stack[c.top] + s
	}
	c.stack[c.top] = s
	c.top++
}

func (c *cascade[T]) total() T {
	var t T
	for i := c.top - 1; i >= 0; i-- {
		t = c.stack[i] + t
	}
	return t
}

// sum4 returns the sums of four slices of equal length, walking them side
// by side with two partial sums each.
func sum4[T Number](a, b, c, d []T) (T, T, T, T) {
	b, c, d = b[:len(a)], c[:len(a)], d[:len(a)]
	var a0, a1, b0, b1, c0, c1, d0, d1 T
	i := 0
	for ; i+2 <= len(a); i += 2 {
		a0 += a[i]
		a1 += a[i+1]
		b0 += b[i]
		b1 += b[i+1]
		c0 += c[i]
		c1 += c[i+1]
		d0 += d[i]
		d1 += d[i+1]
	}
	if i < len(a) {
		a0 += a[i]
		b0 += b[i]
		c0 += c[i]
		d0 += d[i]
	}
	return a0 + a1, b0 + b1, c0 + c1, d0 + d1
}

// pairwiseSum adds x with eight running partial sums per block of 128 and
// halves longer slices, as NumPy's pairwise_sum does: the rounding error
// grows with log(n) rather than n, and the eight independent additions keep
// the floating-point adder busy.
func pairwiseSum[T Number](x []T) T {
	const block = 128
	if len(x) > block {
		h := len(x) / 2
		h -= h % 8
		return pairwiseSum(x[:h]) + pairwiseSum(x[h:])
	}
	var r0, r1, r2, r3, r4, r5, r6, r7 T
	i := 0
	for ; i+8 <= len(x); i += 8 {
		v := x[i : i+8 : i+8]
		r0 += v[0]
		r1 += v[1]
		r2 += v[2]
		r3 += v[3]
		r4 += v[4]
		r5 += v[5]
		r6 += v[6]
		r7 += v[7]
	}
	res := ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
	for ; i < len(x); i++ {
		res += x[i]
	}
	return res
}

// stridedSum adds n elements of d from o on with stride s, with four partial
// sums.
func stridedSum[T Number](d []T, o, s, n int) T {
	var r0, r1, r2, r3 T
	i := 0
	for ; i+4 <= n; i += 4 {
		r0 += d[o]
		r1 += d[o+s]
		r2 += d[o+2*s]
		r3 += d[o+3*s]
		o += 4 * s
	}
	for ; i < n; i++ {
		r0 += d[o]
		o += s
	}
	return (r0 + r1) + (r2 + r3)
}

// stridedSum4 adds four rows of n elements with stride s, side by side.
func stridedSum4[T Number](d []T, o *[4][maxOps]int, s, n int) T {
	p0, p1, p2, p3 := o[0][0], o[1][0], o[2][0], o[3][0]
	var r0, r1, r2, r3 T
	for range n {
		r0 += d[p0]
		r1 += d[p1]
		r2 += d[p2]
		r3 += d[p3]
		p0, p1, p2, p3 = p0+s, p1+s, p2+s, p3+s
	}
	return (r0 + r1) + (r2 + r3)
}

// sumFloat64 returns the sum of a's elements converted to float64.
func sumFloat64[T Ordered](a *Array[T]) float64 {
	if f, ok := any(a).(*Array[float64]); ok {
		return sumOf(f)
	}
	var total float64
	w := newWalk(a.shape, []int{a.offset}, a.strides)
	if w.empty {
		return 0
	}
	n, s := w.inner()
	d := a.data
	var buf [128]float64
	w.rows(func(o [maxOps]int) {
		p := o[0]
		for left := n; left > 0; {
			m := min(left, len(buf))
			for i := range buf[:m] {
				buf[i] = float64(d[p])
				p += s[0]
			}
			total += pairwiseSum(buf[:m])
			left -= m
		}
	})
	return total
}

// extreme returns the minimum (or with wantMax, the maximum) of a, or NaN when a
// holds one.
func extreme[T Ordered](op string, a *Array[T], wantMax bool) T {
	w := newWalk(a.shape, []int{a.offset}, a.strides)
	if w.empty {
		panic(newError(op, ErrValue, "zero-size array of shape %v has no %s", a.shape, op))
	}
	n, s := w.inner()
	d := a.data
	best := d[w.start[0]]
	nan := false
	w.rows(func(o [maxOps]int) {
		if nan {
			return
		}
		p := o[0]
		for range n {
			v := d[p]
			if v != v {
				best, nan = v, true
				return
			}
			if wantMax && v > best || !wantMax && v < best {
				best = v
			}
			p += s[0]
		}
	})
	return best
}

type cmpOp uint8

const (
	cmpEq cmpOp = iota
	cmpNe
	cmpLt
	cmpLe
)

// equalInto sets out = (a == b) or (a != b) elementwise.
func equalInto[T Elem](op cmpOp, out *Array[bool], a, b *Array[T]) {
	w := newWalk(out.shape, []int{out.offset, a.offset, b.offset}, out.strides, a.strides, b.strides)
	if w.empty {
		return
	}
	n, s := w.inner()
	d, x, y := out.data, a.data, b.data
	ne := op == cmpNe
	if s == [maxOps]int{1, 1, 1} {
		w.rows(func(o [maxOps]int) {
			r := d[o[0] : o[0]+n]
			xr, yr := x[o[1]:o[1]+n], y[o[2]:o[2]+n]
			xr, yr = xr[:len(r)], yr[:len(r)]
			for i := range r {
				r[i] = (xr[i] == yr[i]) != ne
			}
		})
		return
	}
	w.rows(func(o [maxOps]int) {
		do, xo, yo := o[0], o[1], o[2]
		for range n {
			d[do] = (x[xo] == y[yo]) != ne
			do, xo, yo = do+s[0], xo+s[1], yo+s[2]
		}
	})
}

// orderInto sets out = (a < b) or (a <= b) elementwise.
func orderInto[T Ordered](op cmpOp, out *Array[bool], a, b *Array[T]) {
	w := newWalk(out.shape, []int{out.offset, a.offset, b.offset}, out.strides, a.strides, b.strides)
	if w.empty {
		return
	}
	n, s := w.inner()
	d, x, y := out.data, a.data, b.data
	if s == [maxOps]int{1, 1, 1} {
		w.rows(func(o [maxOps]int) {
			r := d[o[0] : o[0]+n]
			xr, yr := x[o[1]:o[1]+n], y[o[2]:o[2]+n]
			xr, yr = xr[:len(r)], yr[:len(r)]
			if op == cmpLt {
				for i := range r {
					r[i] = xr[i] < yr[i]
				}
				return
			}
			for i := range r {
				r[i] = xr[i] <= yr[i]
			}
		})
		return
	}
	w.rows(func(o [maxOps]int) {
		do, xo, yo := o[0], o[1], o[2]
		if op == cmpLt {
			for range n {
				d[do] = x[xo] < y[yo]
				do, xo, yo = do+s[0], xo+s[1], yo+s[2]
			}
			return
		}
		for range n {
			d[do] = x[xo] <= y[yo]
			do, xo, yo = do+s[0], xo+s[1], yo+s[2]
		}
	})
}
