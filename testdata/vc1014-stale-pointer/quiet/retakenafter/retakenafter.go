// Correct: redpanda-data/redpanda-operator#1587 as fixed: the pointer is
// taken again after the append, so the write lands in the slice's current
// array.
package main

import "fmt"

type condition struct {
	Type   string
	Status bool
}

func setReady(cs *[]condition, extra condition) {
	p := &(*cs)[0]
	p.Status = false
	*cs = append(*cs, extra)
	p = &(*cs)[0]
	p.Status = true
}

func main() {
	cs := []condition{{Type: "Ready"}}
	setReady(&cs, condition{Type: "Synced"})
	fmt.Println(cs)
}
