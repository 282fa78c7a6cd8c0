// Quiet (VC1012): the depth-first idiom: each child is visited with
// append(stack, x) passed straight to the recursive call, which is done
// with it before the next sibling's append (x/tools's nilness visit).
package main

import "fmt"

type node struct {
	name string
	kids []*node
}

func visit(n *node, stack []string, out *[]string) {
	if len(n.kids) == 0 {
		*out = append(*out, fmt.Sprint(append(stack, n.name)))
		return
	}
	for _, k := range n.kids {
		visit(k, append(stack, n.name), out)
	}
}

func main() {
	var out []string
	visit(&node{"r", []*node{{"a", nil}, {"b", nil}}}, make([]string, 0, 8), &out)
	fmt.Println(out)
}
