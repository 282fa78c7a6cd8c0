// Bug (VC1012): kubernetes/kubernetes#70678: NewCgroupName returns
// append(base, comps...); the parent has spare capacity (it was grown by
// append), so both children write the same slot: it prints
// [kubepods burstable pod2] twice instead of pod1 and pod2.
package main

import "fmt"

// CgroupName is a cgroup path, one component per element.
type CgroupName []string

// NewCgroupName returns base with comps added.
func NewCgroupName(base CgroupName, comps ...string) CgroupName {
	return append(base, comps...)
}

func main() {
	parent := make(CgroupName, 0, 4)
	parent = append(parent, "kubepods", "burstable")
	pod1 := NewCgroupName(parent, "pod1")
	pod2 := NewCgroupName(parent, "pod2") // want "VC1012"
	fmt.Println(pod1, pod2)
}
