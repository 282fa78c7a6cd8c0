// Bug (VC1012): kgateway-dev/kgateway#14535: the builder's
// c.opts = append(c.opts, o...) leaves spare capacity, and Command does
// all := append(c.opts, extra...): two commands built from one builder
// write the same slots, so the first command's extra argument changes.
package main

import "fmt"

type cmdBuilder struct {
	bin  string
	opts []string
}

func (c *cmdBuilder) With(o ...string) *cmdBuilder {
	c.opts = append(c.opts, o...)
	return c
}

func (c *cmdBuilder) Command(extra ...string) []string {
	all := append(c.opts, extra...) // want "VC1012"
	return append([]string{c.bin}, all...)
}

func main() {
	b := &cmdBuilder{bin: "kubectl"}
	b.With("--context", "kind").With("-n")
	get := b.Command("get")
	del := b.Command("delete")
	fmt.Println(get, del)
}
