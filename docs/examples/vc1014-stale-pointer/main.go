// Command vc1014-stale-pointer shows VC1014: a pointer to a condition is
// kept across an append that grows the slice (redpanda-data/redpanda-operator#1587),
// so the status set through it goes to the old array.
//
// It prints [{Ready false} {Synced true}] instead of Ready true. The fix
// takes the pointer again after the append.
package main

import "fmt"

type condition struct {
	Type   string
	Status bool
}

func main() {
	conds := []condition{{Type: "Ready"}}
	ready := &conds[0]
	conds = append(conds, condition{Type: "Synced", Status: true})
	ready.Status = true // VC1014: ready may point into the old array
	fmt.Println(conds)
}
