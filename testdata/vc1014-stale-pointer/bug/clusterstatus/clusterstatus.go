// Bug (VC1014): redpanda-data/redpanda-operator#1587: a pointer into the
// conditions slice is kept across an append to *cs that reallocates; the
// status written through it goes to the orphaned array: it prints
// [{Ready false} {Synced true}] instead of Ready true.
package main

import "fmt"

type condition struct {
	Type   string
	Status bool
}

type conditions []condition

func setReady(cs *conditions, extra condition) {
	i := 0
	p := &(*cs)[i]
	*cs = append(*cs, extra)
	p.Status = true // want "VC1014"
}

func main() {
	cs := conditions{{Type: "Ready"}}
	setReady(&cs, condition{Type: "Synced", Status: true})
	fmt.Println(cs)
}
