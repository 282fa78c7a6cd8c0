// Bug (VC1000): A file-ignore directive without a reason is reported (VC1000). Nothing in
// this file would be reported otherwise.
package main

// want +1 "needs a reason.*\\(VC1000\\)"
//lint:file-ignore VC1003

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](4)
	a.Slice(ndarray.S(0, 2)).Fill(7)
	fmt.Println(a)
}
