// Bug (VC1010): a method that reports a percentile sorts the slice it is
// handed, which belongs to the caller: it prints [1 2 3 4] instead of
// [4 3 2 1].
package main

import (
	"fmt"
	"sort"
)

type reporter struct{ p float64 }

func (r reporter) percentile(latencies []int) int {
	sort.Ints(latencies) // want "VC1010"
	return latencies[int(r.p*float64(len(latencies)-1))]
}

func main() {
	lat := []int{4, 3, 2, 1}
	fmt.Println(reporter{0.5}.percentile(lat), lat)
}
