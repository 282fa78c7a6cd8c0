package npy_test

import (
	"bytes"
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
	"github.com/viewcheck/viewcheck/ndarray/npy"
)

func Example() {
	a := ndarray.Arange[float64](6).Reshape(2, 3)
	var buf bytes.Buffer
	if err := npy.Save(&buf, a); err != nil {
		panic(err)
	}
	b, err := npy.Load[float64](&buf)
	if err != nil {
		panic(err)
	}
	fmt.Println(b)
	// Output:
	// [[0 1 2]
	//  [3 4 5]]
}

func ExampleLoad_wrongType() {
	var buf bytes.Buffer
	npy.Save(&buf, ndarray.Arange[float32](3))
	_, err := npy.Load[float64](&buf)
	fmt.Println(err)
	// Output:
	// npy: the file holds float32 (descr "<f4"), cannot load it as float64: use Load[float32] or a type with that underlying type
}

// Load a file whose element type is not known in advance: read the header,
// then the data as the matching type.
func ExampleReadHeader() {
	var buf bytes.Buffer
	npy.Save(&buf, ndarray.FromSlice([]int32{7, 8, 9}))

	h, err := npy.ReadHeader(&buf)
	if err != nil {
		panic(err)
	}
	fmt.Println(h.DType(), h.Shape, h.Descr)
	switch h.DType() {
	case "int32":
		a, err := npy.ReadData[int32](&buf, h)
		fmt.Println(a, err)
	case "float64":
		a, err := npy.ReadData[float64](&buf, h)
		fmt.Println(a, err)
	}
	// Output:
	// int32 [3] <i4
	// [7 8 9] <nil>
}

// A Fortran-order file loads as the transposed view NumPy gives.
func ExampleSave_fortran() {
	a := ndarray.Arange[int64](6).Reshape(2, 3).Transpose() // Fortran-contiguous
	var buf bytes.Buffer
	npy.Save(&buf, a)
	h, _ := npy.ReadHeader(bytes.NewReader(buf.Bytes()))
	fmt.Println("fortran_order:", h.FortranOrder)

	b, _ := npy.Load[int64](&buf)
	fmt.Println(b.Shape(), b.IsContiguous(), b.Transpose().IsContiguous())
	fmt.Println(b)
	// Output:
	// fortran_order: true
	// [3 2] false true
	// [[0 3]
	//  [1 4]
	//  [2 5]]
}

func ExampleNewArchive() {
	var buf bytes.Buffer
	aw := npy.NewArchiveWriter(&buf, npy.Deflated)
	npy.SaveTo(aw, "x", ndarray.Arange[float32](4))
	npy.SaveTo(aw, "mask", ndarray.FromSlice([]bool{true, false}))
	if err := aw.Close(); err != nil {
		panic(err)
	}

	ar, err := npy.NewArchive(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		panic(err)
	}
	fmt.Println(ar.Names())
	x, err := npy.LoadFrom[float32](ar, "x")
	fmt.Println(x, err)
	// Output:
	// [x mask]
	// [0 1 2 3] <nil>
}
