package ndarray

// Broadcasting follows NumPy's rules: shapes are aligned at their last axis;
// two lengths are compatible when they are equal or one of them is 1, and a
// missing leading axis counts as length 1. The result takes the larger length
// of each pair. A broadcast view repeats elements with a zero stride, so it
// is read-only.

// broadcastShapes returns the shape that a and b broadcast to, or panics
// with ErrShape naming both shapes.
func broadcastShapes(op string, a, b []int) []int {
	n := max(len(a), len(b))
	out := make([]int, n)
	for i := 1; i <= n; i++ {
		da, db := 1, 1
		if i <= len(a) {
			da = a[len(a)-i]
		}
		if i <= len(b) {
			db = b[len(b)-i]
		}
		switch {
		case da == db, db == 1:
			out[n-i] = da
		case da == 1:
			out[n-i] = db
		default:
			panic(newError(op, ErrShape, "operands could not be broadcast together with shapes %v %v (axis %d: %d vs %d)",
				a, b, n-i, da, db))
		}
	}
	return out
}

// canBroadcastTo reports whether an array of shape from broadcasts to shape
// to without changing to (the one-sided rule used by assignment).
func canBroadcastTo(from, to []int) bool {
	if len(from) > len(to) {
		return false
	}
	for i := 1; i <= len(from); i++ {
		d := from[len(from)-i]
		if d != 1 && d != to[len(to)-i] {
			return false
		}
	}
	return true
}

// broadcastStrides returns the strides of a view of an array with shape and
// strides broadcast to shape to: repeated axes get stride 0. The caller has
// checked canBroadcastTo.
func broadcastStrides(shape, strides, to []int) []int {
	out := make([]int, len(to))
	lead := len(to) - len(shape)
	for i := range shape {
		if shape[i] == to[lead+i] {
			out[lead+i] = strides[i]
		}
	}
	return out
}

// broadcastViewReadOnly is the reason recorded on broadcast views.
const broadcastViewReadOnly = "a broadcast view repeats elements (zero strides)"

// broadcastView returns a read-only view of a with shape to, sharing a's
// memory, or a itself when the shapes are already equal. It panics with
// ErrShape naming both shapes when a does not broadcast to to.
//
// It is the internal form used by the arithmetic: it does not record a base
// chain beyond what newView does and is never returned to users as is.
func (a *Array[T]) broadcastView(op string, to []int) *Array[T] {
	if sameInts(a.shape, to) {
		return a
	}
	if !canBroadcastTo(a.shape, to) {
		panic(newError(op, ErrShape, "cannot broadcast shape %v to shape %v", a.shape, to))
	}
	v := a.newView(a.offset, append([]int(nil), to...), broadcastStrides(a.shape, a.strides, to))
	if v.readOnly == "" && hasRepeats(v.shape, v.strides) {
		v.readOnly = broadcastViewReadOnly
	}
	return v
}

// hasRepeats reports whether some axis of length > 1 has stride 0, so that
// several indices name one element.
func hasRepeats(shape, strides []int) bool {
	for i, d := range shape {
		if d > 1 && strides[i] == 0 {
			return true
		}
	}
	return false
}

func sameInts(a, b []int) bool {
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
