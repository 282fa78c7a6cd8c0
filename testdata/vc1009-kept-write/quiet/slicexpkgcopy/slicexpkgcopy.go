// Correct: the queue of another package copies the slice it is given
// (copy(q.items, items)), so the caller may reuse its slice: it prints
// "build".
package main

import (
	"fmt"

	"viewcheck.test/vc1009-kept-write/quiet/slicexpkgcopy/fifo"
)

func main() {
	jobs := []string{"build", "test"}
	q := fifo.New(jobs)
	jobs[0] = "retry"
	fmt.Println(q.Pop())
}
