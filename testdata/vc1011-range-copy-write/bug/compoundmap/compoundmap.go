// Bug (VC1011): a map of struct values ranged over in a method, with a
// compound assignment to a nested value field: the totals stay zero. It
// prints map[eu:{{0}} us:{{0}}].
package main

import "fmt"

type totals struct{ Sum int }

type region struct{ T totals }

type report struct{ regions map[string]region }

func (r *report) add(n int) {
	for _, reg := range r.regions {
		reg.T.Sum += n // want "VC1011"
	}
}

func main() {
	r := &report{regions: map[string]region{"eu": {}, "us": {}}}
	r.add(5)
	fmt.Println(r.regions)
}
