// rec = df.ix[0]; rec['a'] = 100 updates df only for some layouts
// (pandas#11510). Here the "record" is the first two rows of a table
// reshaped to one record; it is a view of a contiguous table and a copy of
// a transposed one.
package main

import (
	"fmt"

	"github.com/viewcheck/viewcheck/ndarray"
)

func stampRecord(table *ndarray.Array[float64]) float64 {
	rec := table.Slice(ndarray.S(0, 2)).Reshape(-1)
	rec.Set(100, 0) // want "VC1004"
	return table.At(0, 0)
}

func main() {
	t := ndarray.Zeros[float64](3, 3)
	fmt.Println(stampRecord(t))                                        // 100
	fmt.Println(stampRecord(t.Transpose()))                            // 100 only because t changed above
	fmt.Println(stampRecord(ndarray.Zeros[float64](3, 3).Transpose())) // 0
}
