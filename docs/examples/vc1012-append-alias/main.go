// Command vc1012-append-alias shows VC1012: two cgroup names built with
// append from one parent that has spare capacity (kubernetes/kubernetes#70678)
// share the parent's spare slot, so the second overwrites the first.
//
// It prints [kubepods pod2] [kubepods pod2] instead of pod1 and pod2. The
// fix caps the parent with a full slice expression, so each append copies.
package main

import "fmt"

func main() {
	parent := make([]string, 0, 4)
	parent = append(parent, "kubepods")
	pod1 := append(parent, "pod1")
	pod2 := append(parent, "pod2") // VC1012: overwrites pod1's last element
	fmt.Println(pod1, pod2)
}
