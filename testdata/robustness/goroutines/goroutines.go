// Goroutines: workers scale disjoint blocks of rows in place, each through
// a view made in the loop that starts it (quiet); results come back over a
// channel as fresh arrays.
package main

import (
	"fmt"
	"sync"

	nd "github.com/viewcheck/viewcheck/ndarray"
)

func main() {
	m := nd.Full(1.0, 8, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		block := m.Slice(nd.S(2*w, 2*w+2))
		wg.Add(1)
		go func() {
			defer wg.Done()
			nd.ScaleAssign(block, float64(w+1))
		}()
	}
	wg.Wait()
	fmt.Println(nd.Sum(m))

	results := make(chan *nd.Array[float64], 2)
	for k := 0; k < 2; k++ {
		go func() { results <- nd.Full(float64(k), 2) }()
	}
	total := 0.0
	for k := 0; k < 2; k++ {
		total += nd.Sum(<-results)
	}
	fmt.Println(total)
}
