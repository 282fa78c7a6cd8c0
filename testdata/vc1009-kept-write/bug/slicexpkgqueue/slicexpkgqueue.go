// Bug (VC1009): the keeper is in another package (fifo.New, which keeps its
// slice through a helper): the caller learns it from a fact, and its write
// after building the queue changes the first job: it prints "retry"
// instead of "build".
package main

import (
	"fmt"

	"viewcheck.test/vc1009-kept-write/bug/slicexpkgqueue/fifo"
)

func main() {
	jobs := []string{"build", "test"}
	q := fifo.New(jobs)
	jobs[0] = "retry" // want "VC1009"
	fmt.Println(q.Pop())
}
