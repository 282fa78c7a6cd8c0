package ndarray

// Fill sets every element of a to v, writing through a into the memory it
// shares with its base and other views. It panics with ErrReadOnly when a is
// read-only.
//
//viewcheck:writes a
func (a *Array[T]) Fill(v T) {
	a.checkWritable("Fill")
	fill(a, v)
}

// Assign copies src into a, element by element: NumPy's a[...] = src. src
// is broadcast to a's shape (extra leading axes of length 1 are ignored);
// the write goes through a into the memory it shares with its base and
// other views, and src is not changed. When src overlaps a the result is as
// if src had been copied first (a.Slice(S(1, End)).Assign(a.Slice(S(0, -1)))
// shifts by one, m.Assign(m.Transpose()) transposes); only then is a
// temporary made. It panics with ErrReadOnly when a is read-only and with
// ErrShape, naming both shapes, when src does not broadcast to a's shape.
//
//viewcheck:writes a
func (a *Array[T]) Assign(src *Array[T]) {
	a.checkWritable("Assign")
	s := readOperand("Assign", a, src)
	if s == nil {
		return // a.Assign(a): nothing changes
	}
	copyInto(a, s)
}

// readOperand is safeOperand for a plain copy: it returns nil when src is
// identical to dst, since copying an array onto itself changes nothing.
func readOperand[T Elem](op string, dst, src *Array[T]) *Array[T] {
	s := safeOperand(op, dst, src)
	if s == dst || identical(dst, s) {
		return nil
	}
	return s
}

// safeOperand returns src broadcast to dst's shape, in a form that can be
// read while dst is written elementwise with the result NumPy gives. When src
// shares memory with dst and is not laid out exactly like it, src is copied
// first (before broadcasting, which keeps the copy small). An identical src
// is returned as is: each element is read before the same step writes it.
// It panics with ErrShape naming both shapes when src does not broadcast.
func safeOperand[T Elem](op string, dst, src *Array[T]) *Array[T] {
	orig := src.shape
	if extra := len(src.shape) - len(dst.shape); extra > 0 && allOnes(src.shape[:extra]) {
		// NumPy lets a source have extra leading axes of length 1.
		src = src.newView(src.offset, src.shape[extra:], src.strides[extra:])
	}
	if !canBroadcastTo(src.shape, dst.shape) {
		panic(newError(op, ErrShape, "could not broadcast input array from shape %v into shape %v", orig, dst.shape))
	}
	if src == dst || identical(dst, src) {
		return src
	}
	if SharesMemory(dst, src) {
		src = contiguousCopy(src)
	}
	return src.broadcastView(op, dst.shape)
}

func allOnes(shape []int) bool {
	for _, d := range shape {
		if d != 1 {
			return false
		}
	}
	return true
}

// identical reports whether a and b name the same elements in the same
// order: same memory, offset, shape and strides.
func identical[T Elem](a, b *Array[T]) bool {
	return len(a.data) > 0 && len(b.data) > 0 && &a.data[0] == &b.data[0] &&
		a.offset == b.offset && sameInts(a.shape, b.shape) && sameInts(a.strides, b.strides)
}

// contiguousCopy returns a fresh C-ordered copy of a.
func contiguousCopy[T Elem](a *Array[T]) *Array[T] {
	return newOwner(freshData(a), append([]int(nil), a.shape...))
}
