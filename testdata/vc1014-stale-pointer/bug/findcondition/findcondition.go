// Bug (VC1014): redpanda-data/redpanda-operator#1587 with a lookup helper,
// the shape of k8s's meta.SetStatusCondition but without its early return:
// the pointer found by findCondition (a pointer into *conds, known from its
// fact) is kept across the append of a missing "Synced" condition, and the
// message written afterwards is lost when the append grew the slice. It
// prints [{Ready }  {Synced }].
package main

import "fmt"

type condition struct {
	Type    string
	Message string
}

func findCondition(conds []condition, typ string) *condition {
	for i := range conds {
		if conds[i].Type == typ {
			return &conds[i]
		}
	}
	return nil
}

func update(conds *[]condition, msg string) {
	ready := findCondition(*conds, "Ready")
	if ready == nil {
		return
	}
	if findCondition(*conds, "Synced") == nil {
		*conds = append(*conds, condition{Type: "Synced"})
	}
	ready.Message = msg // want "VC1014"
}

func main() {
	conds := []condition{{Type: "Ready"}}
	update(&conds, "all good")
	fmt.Println(conds)
}
