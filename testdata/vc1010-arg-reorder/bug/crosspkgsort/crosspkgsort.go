// Bug (VC1010): the reordering helper is in another package
// (crosspkg/sortutil): stats passes its parameter on, and its caller's
// readings come back sorted: it prints [1 2 2 7] instead of [7 2 1 2].
package main

import (
	"fmt"

	"viewcheck.test/crosspkg/sortutil"
)

func stats(readings []int) (int, int) {
	return len(readings), sortutil.Unique(readings) // want "VC1010"
}

func main() {
	r := []int{7, 2, 1, 2}
	fmt.Println(stats(r))
	fmt.Println(r)
}
