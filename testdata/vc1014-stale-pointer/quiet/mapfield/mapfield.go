// Correct: the write through the pointer goes into a map the element refers
// to, which both arrays share: it lands whether or not the append moved the
// slice.
package main

import "fmt"

type group struct {
	Name   string
	Labels map[string]string
}

func main() {
	gs := []group{{Name: "a", Labels: map[string]string{}}}
	g := &gs[0]
	gs = append(gs, group{Name: "b"})
	g.Labels["env"] = "prod"
	fmt.Println(gs[0].Labels)
}
