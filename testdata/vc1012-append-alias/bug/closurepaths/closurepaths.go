// Bug (VC1012): a closure walking a tree collects append(path, name) for
// each child of one node into a slice captured from its caller: the
// siblings share the path's spare slot, so every collected path of a
// node ends with its last child.
package main

import "fmt"

type node struct {
	name     string
	children []*node
}

func paths(root *node) [][]string {
	var out [][]string
	var walk func(n *node, path []string)
	walk = func(n *node, path []string) {
		path = append(path, n.name)
		for _, c := range n.children {
			if len(c.children) == 0 {
				out = append(out, append(path, c.name)) // want "VC1012"
				continue
			}
			walk(c, path)
		}
	}
	walk(root, make([]string, 0, 8))
	return out
}

func main() {
	t := &node{name: "r", children: []*node{{name: "a"}, {name: "b"}}}
	fmt.Println(paths(t))
}
