// Bug (VC1012): a loop stores each iteration's append(base, x) in a map,
// through a variable of the iteration, while base does not change: every
// entry shares base's spare slot and ends with the last key.
package main

import "fmt"

type route struct{ segs []string }

func expand(r route, leaves []string) map[string][]string {
	m := make(map[string][]string)
	for _, leaf := range leaves {
		full := append(r.segs, leaf) // want "VC1012"
		m[leaf] = full
	}
	return m
}

func main() {
	r := route{segs: make([]string, 1, 2)}
	r.segs[0] = "api"
	fmt.Println(expand(r, []string{"users", "groups"}))
}
