package ndarray

import "math"

// Ordered is the element types with a total order apart from NaN: the
// integers and the floats. Comparisons other than equality, Min, Max and
// Mean need it.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 |
		~uint32 | ~uint64 | ~float32 | ~float64
}

// The arithmetic is made of package functions rather than methods because a
// method cannot narrow Array's element type to Number.

// Add returns a new C-ordered array holding a + b elementwise. a and b are
// broadcast against each other; it panics with ErrShape naming both shapes
// when they do not broadcast. Neither operand is changed.
//
//viewcheck:fresh
func Add[T Number](a, b *Array[T]) *Array[T] { return binary("Add", opAdd, a, b) }

// Sub returns a new C-ordered array holding a - b elementwise, broadcasting
// like Add.
//
//viewcheck:fresh
func Sub[T Number](a, b *Array[T]) *Array[T] { return binary("Sub", opSub, a, b) }

// Mul returns a new C-ordered array holding a * b elementwise, broadcasting
// like Add.
//
//viewcheck:fresh
func Mul[T Number](a, b *Array[T]) *Array[T] { return binary("Mul", opMul, a, b) }

// Div returns a new C-ordered array holding a / b elementwise, broadcasting
// like Add. Integer division truncates and, as in Go, panics on a zero
// divisor; float division by zero gives ±Inf or NaN.
//
//viewcheck:fresh
func Div[T Number](a, b *Array[T]) *Array[T] { return binary("Div", opDiv, a, b) }

func binary[T Number](op string, kind binOp, a, b *Array[T]) *Array[T] {
	shape := broadcastShapes(op, a.shape, b.shape)
	n := sizeOf(op, shape)
	out := newOwner(uninit[T](n), shape)
	binaryInto(kind, out, a.broadcastView(op, shape), b.broadcastView(op, shape))
	return out
}

// AddAssign adds src to dst in place (dst += src), writing through dst into
// the memory it shares with its base and other views. src is broadcast to
// dst's shape and is not changed. When src overlaps dst the result is as if
// src had been copied first (AddAssign(a.Slice(S(1, End)), a.Slice(S(0, -1)))
// is a running update from the old values, AddAssign(m, m.Transpose()) makes
// m symmetric); an identical src (AddAssign(a, a)) needs no copy. It panics
// with ErrReadOnly when dst is read-only and with ErrShape, naming both
// shapes, when src does not broadcast to dst's shape.
//
//viewcheck:writes dst
func AddAssign[T Number](dst, src *Array[T]) { inPlace("AddAssign", opAdd, dst, src) }

// SubAssign subtracts src from dst in place (dst -= src), like AddAssign.
//
//viewcheck:writes dst
func SubAssign[T Number](dst, src *Array[T]) { inPlace("SubAssign", opSub, dst, src) }

// MulAssign multiplies dst by src in place (dst *= src), like AddAssign.
//
//viewcheck:writes dst
func MulAssign[T Number](dst, src *Array[T]) { inPlace("MulAssign", opMul, dst, src) }

// DivAssign divides dst by src in place (dst /= src), like AddAssign.
// Integer division by zero panics as in Go, leaving the elements before the
// zero divisor already divided.
//
//viewcheck:writes dst
func DivAssign[T Number](dst, src *Array[T]) { inPlace("DivAssign", opDiv, dst, src) }

func inPlace[T Number](op string, kind binOp, dst, src *Array[T]) {
	dst.checkWritable(op)
	binaryInto(kind, dst, dst, safeOperand(op, dst, src))
}

// ScaleAssign multiplies every element of dst by c in place (dst *= c),
// writing through dst into the memory it shares with its base and other
// views. It panics with ErrReadOnly when dst is read-only.
//
//viewcheck:writes dst
func ScaleAssign[T Number](dst *Array[T], c T) {
	dst.checkWritable("ScaleAssign")
	scaleInto(dst, c)
}

// Sum returns the sum of all elements of a; 0 for an empty array. Floats are
// added pairwise (blocks of 8 partial sums, then halves), as NumPy does,
// which keeps the rounding error small; integers wrap around as in Go.
//
//viewcheck:reads
func Sum[T Number](a *Array[T]) T { return sumOf(a) }

// Mean returns the arithmetic mean of all elements of a as a float64, as
// NumPy does for integer arrays: the elements are converted to float64 and
// summed pairwise, so integer sums do not overflow. The mean of an empty
// array is NaN (NumPy also warns). For complex arrays use Sum and divide.
//
//viewcheck:reads
func Mean[T Ordered](a *Array[T]) float64 {
	n := a.Size()
	if n == 0 {
		return math.NaN()
	}
	return sumFloat64(a) / float64(n)
}

// Min returns the smallest element of a. A NaN anywhere makes the result NaN,
// as in NumPy. It panics with ErrValue for an empty array, which has no
// minimum.
//
//viewcheck:reads
func Min[T Ordered](a *Array[T]) T { return extreme("Min", a, false) }

// Max returns the largest element of a; NaN and empty arrays as in Min.
//
//viewcheck:reads
func Max[T Ordered](a *Array[T]) T { return extreme("Max", a, true) }

// Equal returns a new bool array holding a == b elementwise, broadcasting
// like Add. NaN equals nothing, not even itself.
//
//viewcheck:fresh
func Equal[T Elem](a, b *Array[T]) *Array[bool] { return compare("Equal", cmpEq, a, b) }

// NotEqual returns a new bool array holding a != b elementwise, broadcasting
// like Add.
//
//viewcheck:fresh
func NotEqual[T Elem](a, b *Array[T]) *Array[bool] { return compare("NotEqual", cmpNe, a, b) }

// Less returns a new bool array holding a < b elementwise, broadcasting like
// Add. Comparisons with NaN are false.
//
//viewcheck:fresh
func Less[T Ordered](a, b *Array[T]) *Array[bool] { return order("Less", cmpLt, a, b) }

// LessEqual returns a new bool array holding a <= b elementwise, broadcasting
// like Add.
//
//viewcheck:fresh
func LessEqual[T Ordered](a, b *Array[T]) *Array[bool] { return order("LessEqual", cmpLe, a, b) }

// Greater returns a new bool array holding a > b elementwise, broadcasting
// like Add.
//
//viewcheck:fresh
func Greater[T Ordered](a, b *Array[T]) *Array[bool] { return order("Greater", cmpLt, b, a) }

// GreaterEqual returns a new bool array holding a >= b elementwise,
// broadcasting like Add.
//
//viewcheck:fresh
func GreaterEqual[T Ordered](a, b *Array[T]) *Array[bool] {
	return order("GreaterEqual", cmpLe, b, a)
}

func compare[T Elem](op string, kind cmpOp, a, b *Array[T]) *Array[bool] {
	shape := broadcastShapes(op, a.shape, b.shape)
	out := newOwner(uninit[bool](sizeOf(op, shape)), shape)
	equalInto(kind, out, a.broadcastView(op, shape), b.broadcastView(op, shape))
	return out
}

func order[T Ordered](op string, kind cmpOp, a, b *Array[T]) *Array[bool] {
	shape := broadcastShapes(op, a.shape, b.shape)
	out := newOwner(uninit[bool](sizeOf(op, shape)), shape)
	orderInto(kind, out, a.broadcastView(op, shape), b.broadcastView(op, shape))
	return out
}

// MatMul returns the matrix product of the 2-D arrays a (m x k) and b
// (k x n) as a new C-ordered m x n array. It panics with ErrShape naming both
// shapes when they are not 2-D or the inner lengths differ.
//
//viewcheck:fresh
func MatMul[T Number](a, b *Array[T]) *Array[T] {
	if len(a.shape) != 2 || len(b.shape) != 2 || a.shape[1] != b.shape[0] {
		panic(newError("MatMul", ErrShape, "cannot multiply shapes %v and %v: want (m, k) and (k, n)", a.shape, b.shape))
	}
	m, k, n := a.shape[0], a.shape[1], b.shape[1]
	out := newOwner(make([]T, m*n), []int{m, n})
	if m == 0 || n == 0 || k == 0 {
		return out
	}
	// Row i of the result is the sum over p of a[i,p] * row p of b: every
	// inner loop is an axpy over contiguous rows.
	if !b.IsContiguous() {
		b = contiguousCopy(b)
	}
	bd := b.data[b.offset : b.offset+k*n]
	for i := range m {
		row := out.data[i*n : (i+1)*n]
		ap := a.offset + i*a.strides[0]
		for p := range k {
			axpy(row, a.data[ap+p*a.strides[1]], bd[p*n:(p+1)*n])
		}
	}
	return out
}
