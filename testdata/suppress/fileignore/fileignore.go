// //lint:file-ignore silences one check in the whole file; other checks in
// the same file are still reported.
package main

//lint:file-ignore VC1003 this file demonstrates lost writes on purpose

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func lost() {
	a := ndarray.Arange[int](5)
	a.Take([]int{1, 2}, 0).Set(100, 0)
	flat := a.Flatten()
	flat.Fill(0)
	fmt.Println(a)
}

func main() {
	lost()
	b := ndarray.Arange[int](5)
	v := b.Slice(ndarray.S(1, 3))
	v.Fill(0) // want "VC1001"
	fmt.Println(b)
}
