// Quiet: a deferred write through a view runs when the function returns,
// after the read of the base in the return statement.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

// consume reports the total of the pending counts and clears the first
// row of them on the way out.
func consume(pending *ndarray.Array[float64]) float64 {
	first := pending.Slice(ndarray.S(0, 1))
	defer first.Fill(0)
	return ndarray.Sum(pending)
}

func main() {
	pending := ndarray.Full(1.0, 3, 3)
	fmt.Println(consume(pending)) // 9: the Fill ran after the Sum
}
