// View names the same memory twice: resetting "the working copy" resets
// the counts that are reported afterwards.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	counts := ndarray.FromSlice([]int64{5, 3, 9})
	working := counts.View()
	working.Fill(0) // want "VC1001"
	fmt.Println("working:", working)
	fmt.Println("reported counts:", counts) // [0 0 0]
}
