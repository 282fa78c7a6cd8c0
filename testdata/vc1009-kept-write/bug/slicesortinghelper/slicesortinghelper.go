// Bug (VC1009): the history keeps the caller's readings, and a helper of
// another package (crosspkg/sortutil.Unique, which sorts its argument, as
// its fact says) reorders them afterwards: the first reading prints 1
// instead of 7.
package main

import (
	"fmt"

	"viewcheck.test/crosspkg/sortutil"
)

type History struct {
	readings []int
}

func NewHistory(readings []int) History { return History{readings: readings} }

func (h History) First() int { return h.readings[0] }

func main() {
	r := []int{7, 2, 1, 2}
	h := NewHistory(r)
	n := sortutil.Unique(r) // want "VC1009"
	fmt.Println(h.First(), n)
}
