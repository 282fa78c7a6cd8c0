// Bug (VC1009): one scratch slice is parsed into for every sensor and the
// series kept in a map by name keeps it: every sensor's series prints the
// last sensor's readings.
package main

import "fmt"

type Series struct {
	points []int
}

func newSeries(points []int) *Series { return &Series{points: points[:len(points):len(points)]} }

func main() {
	scratch := make([]int, 3)
	bySensor := map[string]*Series{}
	for i, name := range []string{"a", "b"} {
		for j := range scratch {
			scratch[j] = i*10 + j // want "VC1009"
		}
		bySensor[name] = newSeries(scratch)
	}
	fmt.Println(bySensor["a"].points, bySensor["b"].points)
}
