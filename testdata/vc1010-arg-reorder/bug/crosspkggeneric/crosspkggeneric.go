// Bug (VC1010): a generic helper in another package (crosspkggeneric/stat)
// documents that it sorts its argument; summarize does not, and returns a
// string, so its callers' latencies come back sorted through the helper's
// fact. It prints [3 5 40 90] instead of the arrival order [40 3 90 5].
package main

import (
	"fmt"

	"viewcheck.test/vc1010-arg-reorder/bug/crosspkggeneric/stat"
)

func summarize(latencies []int) string {
	return fmt.Sprintf("p50=%d p99=%d", stat.Percentile(latencies, 50), stat.Percentile(latencies, 99)) // want "VC1010"
}

func main() {
	lat := []int{40, 3, 90, 5}
	fmt.Println(summarize(lat))
	fmt.Println(lat)
}
