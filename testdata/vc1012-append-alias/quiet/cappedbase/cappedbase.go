// Quiet (VC1012): kubernetes/kubernetes#70678 as fixed: the parent is
// capped with a full slice expression before each append, so every child
// gets a new array.
package main

import "fmt"

type CgroupName []string

func NewCgroupName(base CgroupName, comps ...string) CgroupName {
	return append(base[:len(base):len(base)], comps...)
}

func main() {
	parent := make(CgroupName, 0, 4)
	parent = append(parent, "kubepods")
	a := NewCgroupName(parent, "pod1")
	b := NewCgroupName(parent, "pod2")
	fmt.Println(a, b)
}
