// Correct: a slab allocator (the shape of libopenapi's JSON parser): newNode
// starts a new slab when the current one is full, so its append never moves
// the nodes it already handed out, and a node written after later
// allocations is still the one in the slab. The function reads the slice's
// capacity, which VC1014 takes as the sign of code managing it.
package main

import "fmt"

type node struct {
	Kind     string
	Children int
}

type parser struct{ nodes []node }

func (p *parser) newNode(kind string) *node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]node, 0, 2)
	}
	p.nodes = append(p.nodes, node{Kind: kind})
	return &p.nodes[len(p.nodes)-1]
}

func main() {
	var p parser
	list := p.newNode("list")
	a := p.newNode("item")
	b := p.newNode("item")
	list.Children = 2
	fmt.Println(*list, *a, *b)
}
