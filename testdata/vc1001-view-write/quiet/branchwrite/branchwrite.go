// Package branchwrite writes through a named view on one path only; the base
// is read only on paths where the view was not written.
//
// Review: redteam2
package branchwrite

import (
	"errors"
	"fmt"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func Reset(a *nd.Array[float64], hard bool) error {
	head := a.Slice(nd.S(0, 4))
	if hard {
		head.Fill(0)
		return errors.New("reset")
	}
	fmt.Println(a)
	return nil
}

func ShowOrClear(a *nd.Array[int], clear bool) {
	tail := a.Slice(nd.S(-3, nd.End))
	if !clear {
		fmt.Println(a)
		return
	}
	tail.Fill(0)
}
