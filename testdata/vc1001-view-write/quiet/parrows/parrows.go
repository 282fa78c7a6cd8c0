// Package parrows processes row blocks of a matrix in goroutines and reads the
// matrix after they finish.
//
// Review: redteam2
package parrows

import (
	"fmt"
	"sync"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func ScaleParallel(m *nd.Array[float64], workers int, c float64) float64 {
	rows := m.Shape()[0]
	per := (rows + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*per, min((w+1)*per, rows)
		if lo >= hi {
			break
		}
		part := m.Slice(nd.S(lo, hi))
		wg.Add(1)
		go func() {
			defer wg.Done()
			nd.ScaleAssign(part, c)
		}()
	}
	wg.Wait()
	return nd.Sum(m)
}

func SquareParallel(m *nd.Array[float64]) {
	rows := m.Shape()[0]
	var wg sync.WaitGroup
	for i := 0; i < rows; i++ {
		row := m.Slice(nd.I(i))
		wg.Go(func() {
			nd.MulAssign(row, row.Copy())
		})
	}
	wg.Wait()
	fmt.Println(m)
}
