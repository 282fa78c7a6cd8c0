// Package ndarray is a strided N-dimensional array library with NumPy's view
// and copy semantics.
//
// An *Array[T] is a small header (shape, strides and an offset, counted in
// elements) over a buffer of T. Element (i0, i1, ...) lives at
// offset + i0*strides[0] + i1*strides[1] + ... of the buffer. Several headers
// may share one buffer: an owner and its views. Whether an operation returns a
// view of its receiver or a copy decides whether a later write through one is
// seen in the other, and that is the source of the aliasing bugs the viewcheck
// analyzer reports.
//
//	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
//	v := arr.Slice(ndarray.S(1, 3)) // a view: arr[1:3]
//	c := arr.Take([]int{1, 2}, 0)   // a copy: arr[[1, 2]]
//	v.Set(100, 0)                   // arr is now [2 100 6 8 10]
//	c.Set(100, 0)                   // arr does not change
//
// # Views and copies
//
// Views share memory with their receiver; they cost O(Ndim) whatever the
// size, and writes through them change the receiver:
// View, Slice (whatever the indices and steps), Transpose, SwapAxes, Squeeze,
// ExpandDims, and Wrap, a view of a Go slice's own memory. BroadcastTo and
// Diagonal are read-only views.
//
// Copies own fresh memory; writes to them never reach the receiver:
// the constructors (Zeros, Full, Arange, FromSlice), Copy, Flatten, ToSlice,
// Take (fancy indexing), Mask (boolean indexing) and every arithmetic or
// comparison result (Add, Sub, Mul, Div, MatMul, Equal, Less, ...).
//
// Reshape and Ravel depend on the layout, with NumPy's rules: Reshape is a
// view when the new shape only merges or splits axes whose strides chain (for
// a C-contiguous receiver, always) and a C-order copy otherwise; Ravel is a
// view when the receiver is C-contiguous and a copy otherwise. Code that
// writes through their result is correct for some layouts only: use Copy for
// an independent array, or Slice/View when a view is meant.
//
// Base returns the array that owns the memory of a view (nil for an owner,
// and for a Wrap, whose memory belongs to a Go slice); chains collapse, so the
// base of a view of a view is the owner. OwnsData reports whether an array
// owns its memory. Writable reports whether writes are allowed: BroadcastTo
// views repeat elements and Diagonal views are read-only as in NumPy, views of
// a read-only array are read-only, and a write to any of them panics with
// ErrReadOnly saying why. Copy always gives a writable owner.
// SharesMemory says exactly whether two arrays have an element in common;
// MayShareMemory compares address ranges only.
//
// # Aliasing
//
// Functions and methods that write, the receiver of Set, Fill, Assign, Put
// and PutMask and the dst of AddAssign, SubAssign, MulAssign, DivAssign and
// ScaleAssign, write through that array into the memory it shares with its
// base and every other view of it. Their inputs may share memory with the
// destination, wholly or in part: the result is always as if every input had
// been copied before the first write (NumPy's rule since 1.13):
//
//	a.Slice(S(1, End)).Assign(a.Slice(S(0, -1))) // shifts a right by one
//	AddAssign(m, m.Transpose())                  // makes m symmetric
//	a.Put(i, ax, a.Take(i, ax))                  // changes nothing
//
// Only a partial overlap costs a temporary copy; an input identical to the
// destination is read in place. Functions that return a new array never
// write to their arguments.
//
// # Errors
//
// Programmer errors, an index out of range, shapes that do not match or
// broadcast, a bad axis, a write to a read-only view, panic with an *Error,
// as Go's own slices panic, with a message that names the shapes, the axis and
// the index. Recover it and test it with errors.Is against ErrIndex, ErrShape,
// ErrAxis, ErrReadOnly or ErrValue. Reading files (package ndarray/npy)
// returns errors instead.
//
// # Directives
//
// Every exported function and method ends its doc comment with one-line
// //viewcheck: directives that state its aliasing contract, which the
// viewcheck analyzer reads as facts instead of knowing method names:
// fresh (the result owns new memory), copy (a copy a user may mistake for a
// view), view [param], readonly [param] and mayview [param] (the result is a
// view, a read-only view, or a view or copy depending on layout, of param or
// of the receiver), layout strided (the result is in general not
// C-contiguous), writes p... (writes through the named parameters), reads
// (returns no shared memory and writes nothing), meta (reads only the
// shape, strides or flags, never an element, so it does not observe a
// change of the data) and, on index constructors, index range|int|all|
// newaxis (what the Index selects, so that disjoint slices are told
// apart). A test keeps them complete. Any library can annotate
// its own API the same way.
//
// # Allocation
//
// Operations that overwrite their whole result (Copy, Take, Mask, the
// arithmetic and comparisons, Full, Arange) allocate it without zeroing,
// through strings.Builder and package unsafe; alloc_unsafe.go states what
// that relies on, and the tests check it. Building with the tag
// viewcheck_safe (go build -tags viewcheck_safe) allocates with make
// instead: the results are the same, large ones are slower to make.
package ndarray
