// Bug (VC1014): the write goes through nested value fields and an array
// element of the pointed-to struct (p.stats.hist[1]++): it lands in the old
// array when the append grew the slice. It prints [0 0 0] for the first
// bucket's histogram.
package main

import "fmt"

type stats struct{ hist [3]int }

type bucket struct {
	name  string
	stats stats
}

func record(bs []bucket) []bucket {
	p := &bs[0]
	bs = append(bs, bucket{name: "overflow"})
	p.stats.hist[1]++ // want "VC1014"
	return bs
}

func main() {
	bs := record([]bucket{{name: "first"}})
	fmt.Println(bs[0].stats.hist)
}
