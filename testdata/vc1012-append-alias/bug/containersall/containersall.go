// Bug (VC1012): kubernetes-sigs/descheduler#1900: a filter over pods that
// come from a shared cache appends the init containers to the pod's own
// containers slice: while it has spare capacity the cached pod's array is
// written, and the next filter call sees those entries.
package main

import "fmt"

type container struct{ Name string }

type podSpec struct {
	Containers     []container
	InitContainers []container
}

type pod struct{ Spec podSpec }

func usesImage(p *pod, name string) bool {
	all := append(p.Spec.Containers, p.Spec.InitContainers...) // want "VC1012"
	for _, c := range all {
		if c.Name == name {
			return true
		}
	}
	return false
}

func main() {
	p := &pod{Spec: podSpec{Containers: make([]container, 1, 4), InitContainers: []container{{"init"}}}}
	p.Spec.Containers[0].Name = "app"
	fmt.Println(usesImage(p, "init"), p.Spec.Containers[:2])
}
