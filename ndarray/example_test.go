package ndarray_test

import (
	"errors"
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

//lint:file-ignore VC1001,VC1005 these tests write through views, copies and read-only views on purpose, to check what the library does

// The classic tutorial: a view sees writes to its base, a copy does not, and
// plain Go assignment copies only the pointer.
func Example() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})

	view := arr.View() // shares arr's memory
	cp := arr.Copy()   // owns fresh memory
	same := arr        // the very same array, not a view and not a copy

	arr.Set(12, 0)
	fmt.Println("arr: ", arr)
	fmt.Println("view:", view)
	fmt.Println("copy:", cp)
	fmt.Println("same:", same)

	// A write through the view reaches arr too.
	view.Set(40, 1)
	fmt.Println("arr: ", arr)

	// Base tells a view from an owner.
	fmt.Println(view.Base() == arr, view.OwnsData())
	fmt.Println(cp.Base() == nil, cp.OwnsData())
	// Output:
	// arr:  [12 4 6 8 10]
	// view: [12 4 6 8 10]
	// copy: [2 4 6 8 10]
	// same: [12 4 6 8 10]
	// arr:  [12 40 6 8 10]
	// true false
	// true true
}

// Slicing returns a view whatever the steps: a write through it changes
// the original.
func ExampleArray_Slice() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	s := arr.Slice(ndarray.S(1, 3)) // arr[1:3]
	s.Set(100, 0)
	fmt.Println(s, arr)

	rev := arr.Slice(ndarray.Step(ndarray.End, ndarray.End, -1)) // arr[::-1]
	fmt.Println(rev, rev.Base() == arr)

	m := ndarray.Arange[int](6).Reshape(2, 3)
	col := m.Slice(ndarray.All(), ndarray.I(1)) // m[:, 1]
	fmt.Println(col)
	fmt.Println(m.Slice(ndarray.NewAxis(), ndarray.I(-1)).Shape()) // m[None, -1]
	// Output:
	// [100 6] [2 100 6 8 10]
	// [10 8 6 100 2] true
	// [1 4]
	// [1 3]
}

// Reshape and Transpose are views when the layout allows; Reshape of a
// transposed matrix to 1-D cannot be, and copies.
func ExampleArray_Reshape() {
	a := ndarray.Arange[int](6)
	m := a.Reshape(2, 3) // a view: a is contiguous
	m.Set(-1, 1, 2)
	fmt.Println(a)

	t := m.Transpose() // a view with swapped strides
	fmt.Println(t)
	fmt.Println(t.Base() == a, t.IsContiguous())

	flat := t.Reshape(-1) // no strides can read t in C order: a copy
	flat.Set(99, 0)
	fmt.Println(flat, flat.Base() == nil)
	fmt.Println(a)
	// Output:
	// [0 1 2 3 4 -1]
	// [[0 3]
	//  [1 4]
	//  [2 -1]]
	// true false
	// [99 3 1 4 2 -1] true
	// [0 1 2 3 4 -1]
}

// Fancy indexing copies, so a write into its result is lost; Put writes
// through the indices instead.
func ExampleArray_Take() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	picked := arr.Take([]int{1, 2}, 0) // arr[[1, 2]]
	picked.Set(100, 0)
	fmt.Println(picked, arr) // arr did not change

	arr.Put([]int{1, 2}, 0, picked) // arr[[1, 2]] = picked
	fmt.Println(arr)
	// Output:
	// [100 6] [2 4 6 8 10]
	// [2 100 6 8 10]
}

// Boolean masks copy too; PutMask writes through a mask.
func ExampleArray_Mask() {
	arr := ndarray.FromSlice([]int{2, 4, 6, 8, 10})
	big := ndarray.FromSlice([]bool{false, false, true, true, true})
	fmt.Println(arr.Mask(big))

	arr.PutMask(big, ndarray.Full(0))
	fmt.Println(arr)
	// Output:
	// [6 8 10]
	// [2 4 0 0 0]
}

// BroadcastTo repeats elements without copying, so its result is read-only.
func ExampleArray_BroadcastTo() {
	row := ndarray.FromSlice([]int{1, 2, 3})
	grid := row.BroadcastTo(2, 3)
	fmt.Println(grid)
	fmt.Println(grid.Strides(), grid.Writable())

	defer func() {
		err := recover().(error)
		fmt.Println(errors.Is(err, ndarray.ErrReadOnly))
		fmt.Println(err)
	}()
	grid.Set(0, 0, 0)
	// Output:
	// [[1 2 3]
	//  [1 2 3]]
	// [0 1] false
	// true
	// ndarray: Set: cannot write to a read-only view: BroadcastTo repeats elements (zero strides), so one write would change many positions; use Copy() to get a writable array
}

// Diagonal is a read-only view, as in NumPy; an optional offset selects
// the diagonals above (k > 0) or below (k < 0) the main one.
func ExampleArray_Diagonal() {
	m := ndarray.Arange[int](9).Reshape(3, 3)
	fmt.Println(m.Diagonal(), m.Diagonal(1), m.Diagonal(-1))
	fmt.Println(m.Diagonal().Writable())
	// Output:
	// [0 4 8] [1 5] [3 7]
	// false
}

// Format applies verbs and flags to each element.
func ExampleArray_Format() {
	m := ndarray.FromSlice([]float64{1, 2.5, 3.25, 4}, 2, 2)
	fmt.Printf("%.2f\n", m)
	fmt.Printf("%v\n", m)
	// Output:
	// [[1.00 2.50]
	//  [3.25 4.00]]
	// [[1 2.5]
	//  [3.25 4]]
}
