// Command vc1003-lost-write shows VC1003: a write into a copy made by
// fancy indexing (Take) is never read, while the original, which the code
// meant to change, is (NumPy's a[[0, 2]][:] = 60).
//
// It prints [50 72 38 91 64]: the failing scores were not raised. The fix
// writes the copy back with scores.Put(failing, 0, low).
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	scores := ndarray.FromSlice([]int{50, 72, 38, 91, 64})
	failing := []int{0, 2}
	low := scores.Take(failing, 0) // a copy of scores[0] and scores[2]
	low.Fill(60)                   // VC1003: only the copy changes
	fmt.Println(scores)
}
