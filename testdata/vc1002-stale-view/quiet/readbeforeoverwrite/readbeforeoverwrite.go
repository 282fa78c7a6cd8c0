// Quiet: the backup view is read (printed, summed) before the array is
// overwritten and never afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	a := ndarray.Arange[int](5)
	backup := a.View()
	fmt.Println("before:", backup, ndarray.Sum(backup))
	a.Fill(1)
	fmt.Println("after:", a)
}
